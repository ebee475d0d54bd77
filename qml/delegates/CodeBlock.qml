// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Confab
import Confab.Models

// A code block: a header with the language and a Copy button, then the code in monospace,
// highlighted once the block is finished when the build has KSyntaxHighlighting, plain otherwise.
// Plain items rather than Controls and layouts: a long reply has hundreds of these, and each
// Control and layout costs memory (92 KB a block instead of 142 KB with a ToolButton, Labels and
// layouts, measured with bench_render --file).
Rectangle {
    id: code
    objectName: "codeBlock"

    required property string content
    required property string language
    required property string highlighted
    required property bool finished

    readonly property bool isHighlighted: highlighted.length > 0
    property bool copied: false

    signal copyRequested

    function copy() {
        code.copyRequested();
        code.copied = true;
        copiedTimer.restart();
    }

    implicitHeight: header.height + codeText.implicitHeight + 22
    radius: Theme.radius
    color: Theme.codeBackground
    border.color: Theme.border

    Rectangle {
        id: header
        x: 1
        y: 1
        width: parent.width - 2
        height: Math.max(languageText.implicitHeight, copyButton.height) + 8
        radius: Theme.radius
        color: Theme.codeHeader

        Text {
            id: languageText
            objectName: "language"
            x: 10
            anchors.verticalCenter: parent.verticalCenter
            text: code.language.length > 0 ? code.language : qsTr("code")
            font.bold: true
            color: Theme.text
        }

        Text {
            objectName: "plainNote"
            anchors.left: languageText.right
            anchors.leftMargin: 8
            anchors.verticalCenter: parent.verticalCenter
            visible: !code.isHighlighted && (code.finished || !AppInfo.syntaxHighlighting)
            text: AppInfo.syntaxHighlighting ? qsTr("plain text") : qsTr("plain text (no highlighting in this build)")
            color: Theme.secondaryText
        }

        Rectangle {
            id: copyButton
            objectName: "copyButton"

            readonly property alias text: copyLabel.text

            anchors.right: parent.right
            anchors.rightMargin: 4
            anchors.verticalCenter: parent.verticalCenter
            width: copyLabel.implicitWidth + 20
            height: copyLabel.implicitHeight + 8
            radius: Theme.radius
            color: copyTap.pressed ? Theme.border : copyHover.hovered || activeFocus ? Theme.codeBackground : "transparent"
            activeFocusOnTab: true

            Accessible.role: Accessible.Button
            Accessible.name: copyLabel.text
            Accessible.onPressAction: code.copy()
            Keys.onSpacePressed: code.copy()
            Keys.onReturnPressed: code.copy()

            Text {
                id: copyLabel
                anchors.centerIn: parent
                text: code.copied ? qsTr("Copied") : qsTr("Copy")
                color: Theme.text
            }

            TapHandler {
                id: copyTap
                onTapped: code.copy()
            }

            HoverHandler {
                id: copyHover
                cursorShape: Qt.PointingHandCursor
            }
        }
    }

    TextEdit {
        id: codeText
        objectName: "codeText"
        x: 10
        y: header.y + header.height + 10
        width: parent.width - 20
        text: code.isHighlighted ? code.highlighted : code.content
        textFormat: code.isHighlighted ? TextEdit.RichText : TextEdit.PlainText
        font.family: Theme.monospaceFamily
        wrapMode: TextEdit.Wrap
        readOnly: true
        selectByMouse: true
        color: Theme.text
        selectionColor: Theme.selection
        selectedTextColor: Theme.selectedText
    }

    Timer {
        id: copiedTimer
        interval: 1500
        onTriggered: code.copied = false
    }
}
