import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Sync

// Pairing this tablet with the office from the pairing file given at the office.
AppPage {
    id: page

    signal done()

    title: qsTr("Pair with the office")
    ready: true
    busy: controller.working
    errorText: controller.errorText
    onDismissError: controller.clearError()

    SyncController {
        id: controller
        onSummaryChanged: if (controller.paired) page.done()
    }

    FileDialog {
        id: bundleDialog
        title: qsTr("Choose the pairing file")
        nameFilters: [qsTr("Pairing files (*.json *.fnpair)"), qsTr("All files (*)")]
        onAccepted: controller.pairFromBundle(selectedFile)
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 620)
        spacing: Theme.spacing

        Label {
            text: qsTr("The office gives each tablet a pairing file. Pairing lets this tablet send your notes to the office and receive your caseload; it names you as the tablet's user.")
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            visible: controller.statusText.length > 0
            text: controller.statusText
            color: Theme.textSecondary
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        ProgressBar {
            visible: controller.working
            indeterminate: true
            Layout.fillWidth: true
            Accessible.name: qsTr("Pairing")
        }
        Button {
            text: qsTr("Choose pairing file")
            highlighted: true
            enabled: controller.available && !controller.working
            Layout.fillWidth: true
            Accessible.name: qsTr("Choose the pairing file")
            onClicked: bundleDialog.open()
        }
        Button {
            text: qsTr("Later")
            flat: true
            Layout.fillWidth: true
            Accessible.name: qsTr("Pair later")
            onClicked: page.done()
        }
    }
}
