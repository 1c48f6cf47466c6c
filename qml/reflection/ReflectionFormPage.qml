import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base
import Fieldnotes.Reflection
import Fieldnotes.Review

// One entry of the reflection log, new or one's own opened to change or delete it: the date, the
// step and a theme (taps and a few words, first), then what happened, what I did, the result, what
// could be done differently and what worked. It is
// never tied to a participant; core refuses a participant's name and says so under the field.
AppPage {
    id: page

    property string entryId: ""
    signal saved(string entryId)
    signal removed()

    title: controller.editing ? qsTr("Reflection") : qsTr("New reflection")
    headerActions: [
        Button {
            objectName: "bringToReview"
            visible: controller.editing
            text: qsTr("Bring to case review")
            flat: true
            enabled: controller.ready && !controller.loading
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: qsTr("Bring this entry to the team's case review")
            onClicked: {
                review.clearError();
                reviewQuestion.text = "";
                reviewDialog.open();
            }
        },
        Button {
            objectName: "deleteReflection"
            visible: controller.editing
            text: qsTr("Delete")
            flat: true
            enabled: controller.ready && !controller.loading
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: qsTr("Delete this entry")
            onClicked: deleteDialog.open()
        },
        Button {
            objectName: "saveReflection"
            text: qsTr("Save")
            highlighted: true
            enabled: controller.ready && !controller.loading
            Layout.minimumHeight: Theme.touchTarget
            Accessible.name: qsTr("Save the entry")
            onClicked: controller.save()
        }
    ]
    ready: controller.ready
    busy: controller.loading
    errorText: controller.errorText
    onDismissError: controller.clearError()

    ReflectionFormController {
        id: controller
        entryId: page.entryId
        onSaved: function(id) { page.saved(id) }
        onRemoved: page.removed()
    }
    // Bringing the entry to the case review (core/casereview.h): the lead sees it with the question.
    CaseReviewController {
        id: review
        onSaved: {
            reviewDialog.close();
            reviewSent.visible = true;
        }
    }
    AppDialog {
        id: reviewDialog
        objectName: "bringToReviewDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 640)
        modal: true
        title: qsTr("Bring to case review")
        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.spacing
            Label {
                text: qsTr("What would you like the team to discuss? (optional)")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            TextArea {
                id: reviewQuestion
                objectName: "bringQuestion"
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("What would you like the team to discuss? (optional)")
                Layout.fillWidth: true
                Layout.minimumHeight: 100
            }
            Label {
                visible: review.errorText.length > 0
                text: review.errorText
                color: Theme.overdue
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            // Cancel and the action side by side at the bottom, as in the app's other dialogs.
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Item {
                    Layout.fillWidth: true
                }
                Button {
                    text: qsTr("Cancel")
                    flat: true
                    Layout.minimumHeight: Theme.touchTarget
                    onClicked: reviewDialog.close()
                }
                Button {
                    objectName: "confirmBring"
                    text: qsTr("Bring to case review")
                    highlighted: true
                    Layout.minimumHeight: Theme.touchTarget
                    onClicked: review.bringReflection(page.entryId, reviewQuestion.text)
                }
            }
        }
    }
    ChoiceModel {
        id: steps
        kind: ChoiceModel.ProcessSteps
    }

    ScrollView {
        id: scroll
        objectName: "reflectionScroll"
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            x: Math.max(Theme.margin, (scroll.availableWidth - width) / 2)
            width: Math.min(scroll.availableWidth - 2 * Theme.margin, Theme.maxFormWidth)
            spacing: Theme.spacing

            Item {
                implicitHeight: Theme.spacing
            }
            Label {
                id: reviewSent
                objectName: "broughtToReview"
                visible: false
                text: qsTr("Brought to the case review. The lead's advice will reach you after a sync.")
                color: Theme.success
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("About the situation, never about a person: no names of participants.")
                color: Theme.textSecondary
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            DateField {
                label: qsTr("When")
                text: controller.occurredText
                // QDate is unknown to Qt 6.4's qmllint; the date arrives as a JS Date.
                value: controller.occurredOn // qmllint disable type
                hasValue: true
                quickChoices: [{ label: qsTr("Today"), days: 0 }, { label: qsTr("Yesterday"), days: -1 }]
                onPicked: function(day) { controller.occurredOn = day }
            }
            Label {
                objectName: "dateRefusal"
                visible: controller.refusedField === "occurred_on"
                text: controller.refusalText
                color: Theme.overdue
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Process step")
                font.weight: Font.DemiBold
            }
            ChoiceChips {
                objectName: "reflectionStepChips"
                model: steps
                selected: controller.step
                accessibleGroupName: qsTr("Process step")
                Layout.fillWidth: true
                onChosen: function(code) { controller.step = code }
            }
            Label {
                text: qsTr("Theme")
                font.weight: Font.DemiBold
            }
            TextEntry {
                objectName: "reflectionTheme"
                text: controller.theme
                placeholderText: qsTr("A few words the lead can group by, e.g. employer doubts")
                Layout.fillWidth: true
                Accessible.name: qsTr("Theme")
                onTextEdited: controller.theme = text
            }
            Label {
                objectName: "themeRefusal"
                visible: controller.refusedField === "theme"
                text: controller.refusalText
                color: Theme.overdue
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            ReflectionField {
                objectName: "reflectionSituation"
                label: qsTr("Situation")
                placeholder: qsTr("What happened, in a sentence or two")
                value: controller.situation
                refusal: controller.refusedField === "situation" ? controller.refusalText : ""
                onEdited: function(text) { controller.situation = text }
            }
            ReflectionField {
                objectName: "reflectionWhatIDid"
                label: qsTr("What I did")
                value: controller.whatIDid
                refusal: controller.refusedField === "what_i_did" ? controller.refusalText : ""
                onEdited: function(text) { controller.whatIDid = text }
            }
            ReflectionField {
                objectName: "reflectionResult"
                label: qsTr("Result")
                value: controller.result
                refusal: controller.refusedField === "result" ? controller.refusalText : ""
                onEdited: function(text) { controller.result = text }
            }
            ReflectionField {
                objectName: "reflectionCouldDoDifferently"
                label: qsTr("What could be done differently")
                value: controller.couldDoDifferently
                refusal: controller.refusedField === "could_do_differently" ? controller.refusalText : ""
                onEdited: function(text) { controller.couldDoDifferently = text }
            }
            ReflectionField {
                objectName: "reflectionWhatWorked"
                label: qsTr("What worked")
                value: controller.whatWorked
                refusal: controller.refusedField === "what_worked" ? controller.refusalText : ""
                onEdited: function(text) { controller.whatWorked = text }
            }
            Item {
                implicitHeight: Theme.margin
            }
        }
    }

    AppDialog {
        id: deleteDialog
        objectName: "deleteReflectionDialog"
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(page.width - 2 * Theme.margin, 560)
        title: qsTr("Delete this entry?")

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            Label {
                text: qsTr("The entry is removed from your log and from the team's.")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Item {
                    Layout.fillWidth: true
                }
                Button {
                    text: qsTr("Cancel")
                    flat: true
                    Layout.minimumHeight: Theme.touchTarget
                    onClicked: deleteDialog.close()
                }
                Button {
                    objectName: "confirmDeleteReflection"
                    text: qsTr("Delete")
                    highlighted: true
                    Layout.minimumHeight: Theme.touchTarget
                    onClicked: {
                        deleteDialog.close();
                        controller.remove();
                    }
                }
            }
        }
    }
}
