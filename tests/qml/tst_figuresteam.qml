import QtQuick
import QtTest
import Fieldnotes.Base
import Fieldnotes.Figures
import Fieldnotes.Test

// The team's figures on a lead's tablet (the page with `team`, as the route figures:team opens
// it): averages and shares over the team's specialists, never a line per person.
Item {
    id: root
    width: 800
    height: 1280

    Component {
        id: teamPage
        FiguresPage {
            team: true
            width: root.width
            height: root.height
        }
    }

    TestCase {
        name: "FiguresTeam"
        when: windowShown

        function test_theTeamsAverages() {
            const page = createTemporaryObject(teamPage, root);
            tryVerify(() => page.ready && !page.busy, 20000);
            compare(page.title, "Team figures");
            compare(page.errorText, "");
            const note = findChild(page, "figuresNote");
            verify(note.text.indexOf("Never per person.") >= 0, note.text);
            const contacts = findChild(page, "figure_newEmployerContacts");
            verify(contacts.detailText.startsWith("A week per specialist on average"));
            verify(Fixture.accessibleName(contacts).indexOf("about 6 a week") >= 0);
            compare(findChild(page, "figureCards").columns, 1); // portrait: one column
            mouseClick(findChild(page, "monthButton"));
            tryVerify(() => findChild(page, "periodText").text === "March 2026" && !page.busy, 20000);
        }
    }
}
