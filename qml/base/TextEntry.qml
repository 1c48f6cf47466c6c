import QtQuick
import QtQuick.Controls
import Fieldnotes.Base

// A one-line text field, at least one touch target (48 dp) tall at the app's reading size.
TextField {
    implicitHeight: Math.max(Theme.touchTarget, contentHeight + topPadding + bottomPadding)
}
