import QtQuick
import QtQuick.Templates as T
import QtTest
import Fieldnotes.Base
import Fieldnotes.Caseload
import Fieldnotes.Employers
import Fieldnotes.Mentor
import Fieldnotes.Participant
import Fieldnotes.Settings
import Fieldnotes.Sync
import Fieldnotes.Test
import Fieldnotes.Visit

// Every control on every screen, in both orientations: it has an accessible name (what a screen
// reader says) and a touch target of at least 48 dp.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: caseload
        CaseloadPage {
            anchors.fill: parent
        }
    }
    Component {
        id: participant
        ParticipantPage {
            anchors.fill: parent
        }
    }
    Component {
        id: visit
        VisitPage {
            anchors.fill: parent
        }
    }
    Component {
        id: employers
        EmployersPage {
            anchors.fill: parent
        }
    }
    Component {
        id: employer
        EmployerPage {
            anchors.fill: parent
        }
    }
    Component {
        id: employerForm
        EmployerFormPage {
            anchors.fill: parent
        }
    }
    Component {
        id: sync
        SyncPage {
            anchors.fill: parent
        }
    }
    Component {
        id: settings
        SettingsPage {
            anchors.fill: parent
        }
    }
    Component {
        id: mentorHome
        MentorHomePage {
            anchors.fill: parent
        }
    }
    Component {
        id: mentorEntry
        MentorEntryPage {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "Accessibility"
        when: windowShown

        // An item's visual children as an array (a QML list is not iterable from JavaScript).
        function kids(item) {
            const out = [];
            for (let k = 0; k < item.children.length; ++k)
                out.push(item.children[k]);
            return out;
        }

        function isControl(item) {
            return item instanceof T.AbstractButton || item instanceof T.TextField || item instanceof T.TextArea
                || item instanceof T.ComboBox;
        }
        function problems(item, found) {
            for (const c of kids(item)) {
                if (!c.visible || c.width <= 0)
                    continue;
                if (isControl(c)) {
                    const name = Fixture.accessibleName(c);
                    if (!name || name.length === 0)
                        found.push("no accessible name: " + c + " " + (c.text !== undefined ? c.text : ""));
                    if (c.height < 48 && !(c instanceof T.TextArea))
                        found.push("smaller than 48: " + (name || c) + " (" + c.height + ")");
                    continue; // a control's own parts are not separate controls
                }
                problems(c, found);
            }
            return found;
        }

        function check_data() {
            const participantId = Fixture.participantInWork();
            const employerId = Fixture.firstEmployer();
            return [
                { tag: "caseload", component: caseload, props: {} },
                { tag: "participant", component: participant, props: { participantId: participantId } },
                { tag: "visit", component: visit, props: { participantId: participantId, employerId: employerId } },
                { tag: "employers", component: employers, props: {} },
                { tag: "employer", component: employer, props: { employerId: employerId } },
                { tag: "register employer", component: employerForm, props: {} },
                { tag: "sync", component: sync, props: {} },
                { tag: "settings", component: settings, props: {} },
                { tag: "mentor home", component: mentorHome, props: {} },
                { tag: "mentor entry", component: mentorEntry, props: { participantId: participantId } },
            ];
        }

        function test_everyControlIsNamedAndLargeEnough_data() {
            return check_data();
        }
        function test_everyControlIsNamedAndLargeEnough(data) {
            for (const size of [[1280, 800], [800, 1280]]) {
                root.width = size[0];
                root.height = size[1];
                const page = createTemporaryObject(data.component, root, data.props);
                tryCompare(page, "ready", true, 20000);
                wait(50); // layout settles
                const found = problems(page, []);
                compare(found.join("\n"), "", size.join("x"));
                page.destroy();
            }
        }
    }
}
