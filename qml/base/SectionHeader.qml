import QtQuick
import QtQuick.Controls
import Fieldnotes.Base

// The heading of a group of fields or a list section.
Label {
    topPadding: Theme.spacing
    bottomPadding: Theme.spacing / 2
    font.pixelSize: Theme.headingFontSize
    font.weight: Font.DemiBold
    color: Theme.primary
    wrapMode: Text.WordWrap
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
