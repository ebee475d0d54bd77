// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Confab

// Display math, shown as its LaTeX source in monospace: no Debian-packaged library renders TeX
// into Qt Quick.
Rectangle {
    id: math
    objectName: "mathBlock"

    required property string content

    implicitHeight: formula.implicitHeight + 20
    radius: Theme.radius
    color: Theme.codeBackground

    TextEdit {
        id: formula
        objectName: "formula"
        anchors.verticalCenter: parent.verticalCenter
        x: 12
        width: parent.width - 2 * x
        text: math.content
        textFormat: TextEdit.PlainText
        horizontalAlignment: TextEdit.AlignHCenter
        font.family: Theme.monospaceFamily
        wrapMode: TextEdit.Wrap
        readOnly: true
        selectByMouse: true
        color: Theme.text
        selectionColor: Theme.selection
        selectedTextColor: Theme.selectedText
    }

    Text {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 4
        text: qsTr("TeX")
        font.pointSize: Math.max(6, formula.font.pointSize - 3)
        color: Theme.secondaryText
    }
}
