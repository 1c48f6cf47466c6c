import QtQuick
import QtTest
import Fieldnotes.Base
import Fieldnotes.Settings
import Fieldnotes.Test

// Settings: the language switches at runtime, the lock time is chosen from a list.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: settingsPage
        SettingsPage {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "Settings"
        when: windowShown

        function test_languageSwitchesAtRuntime() {
            const page = createTemporaryObject(settingsPage, root);
            tryCompare(page, "ready", true, 20000);
            compare(page.title, "Settings");
            Preferences.language = "nb";
            tryCompare(page, "title", "Innstillinger");
            Preferences.language = "en";
            tryCompare(page, "title", "Settings");
        }

        function test_lockTime() {
            const page = createTemporaryObject(settingsPage, root);
            tryCompare(page, "ready", true, 20000);
            const box = findChild(page, "lockTimeout");
            compare(box.count, Preferences.lockTimeoutChoices.length);
            box.activated(4); // as a tap on the fifth choice
            compare(box.currentIndex, 4);
            compare(Preferences.lockTimeoutMinutes, Preferences.lockTimeoutChoices[4]);
            compare(Preferences.lockTimeoutIndex, 4);
            Preferences.lockTimeoutMinutes = Preferences.lockTimeoutChoices[1];
            compare(box.currentIndex, 1); // the list follows a change made elsewhere
        }
    }
}
