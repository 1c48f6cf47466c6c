import QtQuick
import QtQuick.Controls
import Fieldnotes.Base

// A dialog in the app's type size from the moment it is built. A popup takes the window's font only
// once it is in the window, and a page's dialogs are built before the page is: they would be laid
// out for the style's smaller default type first, and Qt Quick Layouts do not lay out a closed
// popup again when its type then grows, which left buttons cut short ("SAVE G…").
Dialog {
    font.pixelSize: Theme.fontSize
}
