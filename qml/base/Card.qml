import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Fieldnotes.Base

// A white card with a little elevation, for a group of related fields.
Pane {
    padding: Theme.margin
    Material.elevation: 1
    Material.background: Theme.surface
}
