// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Confab

// A thematic break.
Item {
    objectName: "ruleBlock"

    implicitHeight: 9

    Rectangle {
        anchors.verticalCenter: parent.verticalCenter
        width: parent.width
        height: 1
        color: Theme.border
    }
}
