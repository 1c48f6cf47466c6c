import QtQuick
import QtTest
import Fieldnotes.Base
import Fieldnotes.Employers
import Fieldnotes.Test

// Employers: the list, and registering a new employer.
Item {
    id: root
    width: 800
    height: 1280

    Component {
        id: employersPage
        EmployersPage {
            anchors.fill: parent
        }
    }
    Component {
        id: formPage
        EmployerFormPage {
            anchors.fill: parent
        }
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }

    TestCase {
        name: "Employers"
        when: windowShown

        function test_list() {
            const page = createTemporaryObject(employersPage, root);
            tryCompare(page, "ready", true, 20000);
            tryCompare(findChild(page, "employerList"), "count", 30);
        }

        function test_register() {
            const page = createTemporaryObject(formPage, root);
            tryCompare(page, "ready", true, 20000);
            const saved = createTemporaryObject(spyComponent, root, { target: page, signalName: "saved" });
            const save = findChild(page, "saveEmployer");
            verify(!save.enabled);
            const name = findChild(page, "employerName");
            name.forceActiveFocus();
            for (const c of "Testbyen Sykkel")
                keyClick(c);
            tryVerify(() => save.enabled);
            mouseClick(save);
            tryCompare(saved, "count", 1, 20000);
            verify(saved.signalArguments[0][0].length > 0);
        }
    }
}
