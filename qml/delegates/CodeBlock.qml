// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab
import Confab.Models

// A code block: a header with the language and a Copy button, then the code in monospace,
// highlighted once the block is finished when the build has KSyntaxHighlighting, plain otherwise.
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

    implicitHeight: column.implicitHeight
    radius: Theme.radius
    color: Theme.codeBackground
    border.color: Theme.border

    ColumnLayout {
        id: column
        width: parent.width
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            Layout.margins: 1
            implicitHeight: header.implicitHeight
            color: Theme.codeHeader
            radius: Theme.radius

            RowLayout {
                id: header
                anchors.fill: parent
                anchors.leftMargin: 10
                spacing: 8

                Label {
                    objectName: "language"
                    text: code.language.length > 0 ? code.language : qsTr("code")
                    font.bold: true
                    color: Theme.text
                }
                Label {
                    objectName: "plainNote"
                    visible: !code.isHighlighted && (code.finished || !AppInfo.syntaxHighlighting)
                    text: AppInfo.syntaxHighlighting ? qsTr("plain text") : qsTr("plain text (no highlighting in this build)")
                    color: Theme.secondaryText
                }
                Item {
                    Layout.fillWidth: true
                }
                ToolButton {
                    objectName: "copyButton"
                    text: code.copied ? qsTr("Copied") : qsTr("Copy")
                    icon.name: "edit-copy"
                    display: AbstractButton.TextOnly
                    palette.buttonText: Theme.text
                    palette.windowText: Theme.text
                    palette.button: Theme.codeBackground
                    onClicked: {
                        code.copyRequested();
                        code.copied = true;
                        copiedTimer.restart();
                    }
                }
            }
        }

        TextEdit {
            objectName: "codeText"
            Layout.fillWidth: true
            Layout.margins: 10
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
    }

    Timer {
        id: copiedTimer
        interval: 1500
        onTriggered: code.copied = false
    }
}
