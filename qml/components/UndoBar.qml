// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab

// "Deleted … Undo": shown while a deletion can still be taken back.
Frame {
    id: bar

    property alias text: label.text

    signal undo

    background: Rectangle {
        color: Theme.warningBackground
        border.color: Theme.border
        radius: Theme.radius
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            id: label
            Layout.fillWidth: true
            elide: Text.ElideRight
            color: Theme.text
        }
        Button {
            objectName: "undoButton"
            text: qsTr("Undo")
            flat: true
            onClicked: bar.undo()
        }
    }
}
