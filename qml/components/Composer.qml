// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Confab

// Where the user writes: Enter sends, Shift+Enter starts a new line; Stop replaces Send while a
// reply streams. Files come by the Attach button or by dropping them here (images go to vision
// models as images). The text is bound to nothing else, so typing never waits on the conversation.
// The page clears the composer once the message is accepted (clear()), so nothing typed is lost.
Frame {
    id: composer
    objectName: "composer"

    /** A reply is streaming: Enter does not send, the button stops it. */
    property bool streaming: false
    property alias text: input.text
    /** Attached files, as URLs. */
    property var attachments: []
    readonly property alias input: input

    signal sendRequested(string text, var attachments)
    signal stopRequested

    function send() {
        if (composer.streaming || input.text.trim().length === 0)
            return;
        composer.sendRequested(input.text, composer.attachments);
    }

    function clear() {
        input.clear();
        composer.attachments = [];
    }

    function addFiles(urls) {
        const list = composer.attachments.slice();
        for (let i = 0; i < urls.length; ++i) {
            const url = urls[i].toString();
            if (url.startsWith("file:") && list.indexOf(url) < 0)
                list.push(url);
        }
        composer.attachments = list;
    }

    function removeAttachment(i) {
        const list = composer.attachments.slice();
        list.splice(i, 1);
        composer.attachments = list;
    }

    function isImage(url) {
        return /\.(png|jpe?g|gif|webp|bmp)$/i.test(url);
    }

    function fileName(url) {
        return decodeURIComponent(url.substring(url.lastIndexOf("/") + 1));
    }

    // The drop area and its highlight are children too: size the frame by the layout alone.
    contentWidth: layout.implicitWidth
    contentHeight: layout.implicitHeight

    DropArea {
        id: dropArea
        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: drop => {
            if (drop.hasUrls) {
                composer.addFiles(drop.urls);
                drop.acceptProposedAction();
            }
        }
    }

    Rectangle {
        anchors.fill: parent
        anchors.margins: -4
        visible: dropArea.containsDrag
        color: "transparent"
        border.color: Theme.accent
        border.width: 2
        radius: Theme.radius
    }

    ColumnLayout {
        id: layout
        anchors.fill: parent
        spacing: 6

        Flow {
            objectName: "attachmentList"
            Layout.fillWidth: true
            visible: composer.attachments.length > 0
            spacing: 6

            Repeater {
                model: composer.attachments
                delegate: Rectangle {
                    id: chip
                    objectName: "attachmentChip"
                    required property string modelData
                    required property int index
                    width: chipRow.implicitWidth + 12
                    height: chipRow.implicitHeight + 6
                    radius: Theme.radius
                    color: Theme.codeHeader
                    border.color: Theme.border

                    Row {
                        id: chipRow
                        x: 6
                        y: 3
                        spacing: 6
                        Image {
                            visible: composer.isImage(chip.modelData)
                            anchors.verticalCenter: parent.verticalCenter
                            width: visible ? 32 : 0
                            height: 32
                            fillMode: Image.PreserveAspectCrop
                            sourceSize.width: 64
                            sourceSize.height: 64
                            asynchronous: true
                            source: visible ? chip.modelData : ""
                        }
                        Text {
                            anchors.verticalCenter: parent.verticalCenter
                            text: composer.fileName(chip.modelData)
                            color: Theme.text
                        }
                        ToolButton {
                            objectName: "removeAttachmentButton"
                            anchors.verticalCenter: parent.verticalCenter
                            implicitWidth: 24
                            implicitHeight: 24
                            text: "×"
                            Accessible.name: qsTr("Remove %1").arg(composer.fileName(chip.modelData))
                            onClicked: composer.removeAttachment(chip.index)
                        }
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            ToolButton {
                objectName: "attachButton"
                Layout.alignment: Qt.AlignBottom
                text: "+"
                font.bold: true
                Accessible.name: qsTr("Attach files")
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Attach files (or drop them here)")
                onClicked: {
                    const dialog = fileDialogComponent.createObject(composer);
                    dialog.open();
                }
            }

            ScrollView {
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(input.implicitHeight, 160)

                TextArea {
                    id: input
                    objectName: "composerInput"
                    placeholderText: qsTr("Message Confab… (Enter to send, Shift+Enter for a new line)")
                    wrapMode: TextEdit.Wrap
                    focus: true
                    Keys.onReturnPressed: event => composer.handleEnter(event)
                    Keys.onEnterPressed: event => composer.handleEnter(event)
                }
            }

            Button {
                objectName: "sendButton"
                Layout.alignment: Qt.AlignBottom
                visible: !composer.streaming
                text: qsTr("Send")
                enabled: input.text.trim().length > 0
                highlighted: true
                onClicked: composer.send()
            }

            Button {
                objectName: "stopButton"
                Layout.alignment: Qt.AlignBottom
                visible: composer.streaming
                text: qsTr("Stop")
                onClicked: composer.stopRequested()
            }
        }
    }

    function handleEnter(event) {
        event.accepted = true;
        if (event.modifiers & Qt.ShiftModifier) {
            if (input.selectedText.length > 0)
                input.remove(input.selectionStart, input.selectionEnd);
            input.insert(input.cursorPosition, "\n");
            return;
        }
        composer.send();
    }

    Component {
        id: fileDialogComponent
        FileDialog {
            title: qsTr("Attach files")
            fileMode: FileDialog.OpenFiles
            onAccepted: {
                composer.addFiles(selectedFiles);
                destroy();
            }
            onRejected: destroy()
        }
    }
}
