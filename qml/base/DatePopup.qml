import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Fieldnotes.Base

// A month calendar in the user's locale, with large day cells for touch.
Popup {
    id: popup

    font.pixelSize: Theme.fontSize // as AppDialog: in the app's type size from the start

    property int month: new Date().getMonth()
    property int year: new Date().getFullYear()
    property date selected

    signal picked(date day)

    function openAt(d) {
        popup.selected = d;
        popup.month = d.getMonth();
        popup.year = d.getFullYear();
        open();
    }
    function step(months) {
        const d = new Date(popup.year, popup.month + months, 1);
        popup.month = d.getMonth();
        popup.year = d.getFullYear();
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    focus: true
    padding: Theme.margin
    width: Math.min(460, parent ? parent.width - 2 * Theme.margin : 460)

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Button {
                text: "\u2039"
                font.pixelSize: Theme.titleFontSize
                flat: true
                Accessible.name: qsTr("Previous month")
                onClicked: popup.step(-1)
            }
            Label {
                text: grid.title
                font.pixelSize: Theme.headingFontSize
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            Button {
                text: "\u203a"
                font.pixelSize: Theme.titleFontSize
                flat: true
                Accessible.name: qsTr("Next month")
                onClicked: popup.step(1)
            }
        }
        DayOfWeekRow {
            // QLocale is unknown to Qt 6.4's qmllint; the locale is the one Preferences chose.
            locale: Qt.locale(Preferences.localeName) // qmllint disable type
            Layout.fillWidth: true
        }
        MonthGrid {
            id: grid
            month: popup.month
            year: popup.year
            locale: Qt.locale(Preferences.localeName) // qmllint disable type
            Layout.fillWidth: true
            implicitHeight: 6 * Theme.touchTarget

            delegate: Button {
                id: dayCell

                required property date date
                required property int day
                required property int month
                required property bool today

                readonly property bool isSelected: date.getFullYear() === popup.selected.getFullYear() // qmllint disable unqualified
                                                   && date.getMonth() === popup.selected.getMonth()
                                                   && date.getDate() === popup.selected.getDate()
                text: day
                flat: !isSelected
                highlighted: isSelected
                opacity: month === popup.month ? 1 : 0.4 // qmllint disable unqualified
                font.bold: today
                padding: 0
                implicitHeight: Theme.touchTarget
                implicitWidth: Theme.touchTarget
                Accessible.name: date.toLocaleDateString(Qt.locale(Preferences.localeName), Locale.LongFormat)
                onClicked: {
                    popup.picked(dayCell.date); // qmllint disable unqualified
                    popup.close();
                }
            }
        }
        Button {
            text: qsTr("Cancel")
            flat: true
            Layout.alignment: Qt.AlignRight
            Accessible.name: qsTr("Cancel choosing a date")
            onClicked: popup.close()
        }
    }
}
