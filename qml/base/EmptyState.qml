import QtQuick
import QtQuick.Controls
import Fieldnotes.Base

// What an empty list says instead of nothing.
Label {
    horizontalAlignment: Text.AlignHCenter
    verticalAlignment: Text.AlignVCenter
    wrapMode: Text.WordWrap
    color: Theme.textSecondary
    padding: Theme.margin * 2
}
