import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Fieldnotes.Base

// Chips for a coded field. Single choice: `selected` holds one code and `chosen(code)` is emitted.
// Multiple choice (`multiple: true`): `selectedCodes` holds the codes and `toggled(code)` is emitted.
Flow {
    id: chips

    property alias model: repeater.model
    property bool multiple: false
    property string selected: ""
    property var selectedCodes: []
    property string accessibleGroupName: ""

    signal chosen(string code)
    signal toggled(string code)

    spacing: 8
    Accessible.role: Accessible.Grouping
    Accessible.name: accessibleGroupName

    Repeater {
        id: repeater

        delegate: Button {
            id: chip

            required property string code
            required property string label

            readonly property bool isOn: chips.multiple ? chips.selectedCodes.indexOf(code) >= 0 : chips.selected === code // qmllint disable unqualified

            text: (isOn ? "\u2713 " : "") + label
            checkable: false
            highlighted: isOn
            flat: !isOn
            Material.background: isOn ? Theme.primary : "#e8eeed"
            Accessible.role: Accessible.CheckBox
            Accessible.checkable: true
            Accessible.checked: isOn
            Accessible.name: label
            onClicked: chips.multiple ? chips.toggled(code) : chips.chosen(code) // qmllint disable unqualified
        }
    }
}
