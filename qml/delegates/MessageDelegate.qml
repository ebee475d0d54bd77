// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Confab
import Confab.Models

// One message of the conversation (a MessageModel row). The user's messages sit in a bubble on the
// right; replies use the full width: the agent's status line until the answer starts, the thinking
// section, the tool calls, the markdown, then an error with Retry, or the usage footer. Every part
// binds to its own roles, so a streamed chunk (the `content` role) touches only the markdown. The
// text and the reasoning come from `sourceModel` through RoleBindings, not required properties, so
// that a long reply is not copied into the JavaScript heap on every frame (see RoleBinding).
Item {
    id: message
    objectName: "message-" + index

    required property int index
    required property var messageId
    required property string role
    required property bool hasContent
    required property bool hasReasoning
    required property string status
    required property bool streaming
    required property string stage
    required property string statusLine
    required property var toolCalls
    required property int promptTokens
    required property int completionTokens
    required property bool tokensEstimated
    required property int timeToFirstTokenMs
    required property real tokensPerSecond
    required property bool thinking
    required property int thinkingMs
    required property string error
    required property var createdAt
    required property int branchIndex
    required property int branchCount
    required property var attachments
    required property string modelName

    /** The model of this row: the text and the reasoning come from it (its `content` and `reasoning` roles). */
    property var sourceModel: null
    /** The list this message scrolls in (long replies draw only their visible part). */
    property Flickable viewport: null
    /** A reply of the conversation is streaming: actions that change it wait. */
    property bool busy: false
    property bool editing: false
    /** The newest message shows its actions always; the others while the pointer is over them. */
    property bool isLast: false

    readonly property bool isUser: role === "user"
    readonly property bool answerStarted: hasContent
    readonly property bool anyToolRunning: {
        for (let i = 0; i < toolCalls.length; ++i) {
            if (toolCalls[i].running)
                return true;
        }
        return false;
    }

    signal regenerateRequested(var messageId)
    signal retryRequested(var messageId)
    signal copyRequested(var messageId)
    signal editRequested(var messageId, string text)
    signal siblingRequested(var messageId, int step)
    signal toolCallDecided(string callId, bool allow)

    function stageLabel(stage) {
        if (message.anyToolRunning)
            return qsTr("Tools");
        switch (stage) {
        case "init":
            return qsTr("Starting");
        case "intent_analysis":
            return qsTr("Intent");
        case "context_gathering":
            return qsTr("Context");
        case "execution":
            return qsTr("Executing");
        case "reflection":
            return qsTr("Reflecting");
        default:
            return "";
        }
    }

    implicitHeight: column.implicitHeight + 16

    HoverHandler {
        id: hover
    }

    Column {
        id: column
        x: 12
        y: 8
        width: message.width - 24
        spacing: 6

        Text {
            objectName: "author"
            anchors.right: message.isUser ? parent.right : undefined
            color: Theme.secondaryText
            font.bold: true
            text: {
                const who = message.isUser ? qsTr("You") : message.role === "assistant" ? qsTr("Assistant") : message.role;
                const when = message.createdAt ? LocaleFormat.time(message.createdAt) : "";
                return when.length > 0 ? qsTr("%1 · %2").arg(who).arg(when) : who;
            }
        }

        // The user's message.
        Rectangle {
            id: bubble
            objectName: "userBubble"
            visible: message.isUser && !message.editing
            anchors.right: parent.right
            width: Math.min(parent.width * 0.85, userText.implicitWidth + 24)
            height: visible ? userColumn.implicitHeight + 16 : 0
            radius: Theme.radius * 2
            color: Qt.tint(Theme.base, Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, Theme.dark ? 0.25 : 0.12))
            border.color: Theme.border

            Column {
                id: userColumn
                x: 12
                y: 8
                width: bubble.width - 24
                spacing: 6

                TextEdit {
                    id: userText
                    objectName: "userText"
                    width: Math.min(implicitWidth, column.width * 0.85 - 24)
                    readOnly: true
                    selectByMouse: true
                    wrapMode: TextEdit.Wrap
                    textFormat: TextEdit.PlainText
                    color: Theme.text
                    selectionColor: Theme.selection
                    selectedTextColor: Theme.selectedText
                }

                Flow {
                    width: parent.width
                    spacing: 4
                    visible: message.attachments.length > 0
                    Repeater {
                        model: message.attachments
                        delegate: Rectangle {
                            required property string modelData
                            width: attachmentName.implicitWidth + 12
                            height: attachmentName.implicitHeight + 6
                            radius: Theme.radius
                            color: Theme.codeHeader
                            Text {
                                id: attachmentName
                                anchors.centerIn: parent
                                text: parent.modelData
                                color: Theme.text
                            }
                        }
                    }
                }
            }
        }

        // Editing the user's message: the old branch stays as a sibling.
        Loader {
            width: parent.width
            active: message.editing
            visible: active
            sourceComponent: Column {
                spacing: 6
                TextArea {
                    id: editArea
                    objectName: "editArea"
                    width: parent.width
                    wrapMode: TextEdit.Wrap
                    text: userText.text
                    Component.onCompleted: forceActiveFocus()
                    Keys.onEscapePressed: message.editing = false
                }
                Row {
                    anchors.right: parent.right
                    spacing: 6
                    Button {
                        objectName: "cancelEditButton"
                        text: qsTr("Cancel")
                        onClicked: message.editing = false
                    }
                    Button {
                        objectName: "sendEditButton"
                        text: qsTr("Send")
                        highlighted: true
                        enabled: editArea.text.trim().length > 0 && !message.busy
                        onClicked: {
                            message.editRequested(message.messageId, editArea.text);
                            message.editing = false;
                        }
                    }
                }
            }
        }

        // What the agent does before the answer starts.
        Row {
            objectName: "statusLine"
            visible: !message.isUser && message.streaming && !message.answerStarted && !message.thinking
            spacing: 8
            height: visible ? implicitHeight : 0

            BusyIndicator {
                running: parent.visible
                implicitWidth: 22
                implicitHeight: 22
            }
            Text {
                anchors.verticalCenter: parent.verticalCenter
                visible: text.length > 0
                text: message.stageLabel(message.stage)
                font.bold: true
                color: Theme.secondaryText
            }
            Text {
                objectName: "statusText"
                anchors.verticalCenter: parent.verticalCenter
                width: Math.min(implicitWidth, column.width - 140)
                elide: Text.ElideRight
                text: message.statusLine.length > 0 ? message.statusLine : qsTr("Waiting for the model…")
                color: Theme.secondaryText
            }
        }

        Loader {
            id: thinkingLoader
            width: parent.width
            active: !message.isUser && message.hasReasoning
            visible: active
            sourceComponent: ThinkingSection {
                thinking: message.thinking
                durationMs: message.thinkingMs
            }
        }

        Repeater {
            model: message.isUser ? [] : message.toolCalls
            delegate: ToolCallCard {
                required property var modelData
                width: column.width
                call: modelData
                onDecided: (callId, allow) => message.toolCallDecided(callId, allow)
            }
        }

        MessageContent {
            id: reply
            objectName: "replyContent"
            visible: !message.isUser
            width: parent.width
            height: visible ? implicitHeight : 0
            viewport: message.viewport
            streaming: message.streaming
        }

        RoleBinding {
            model: message.sourceModel
            row: message.index
            role: "content"
            target: message.isUser ? userText : reply
        }

        RoleBinding {
            model: message.sourceModel
            row: message.index
            role: "reasoning"
            target: thinkingLoader.item ? thinkingLoader.item.textItem : null
            // While it streams, only the tail of a long reasoning is laid out.
            tail: message.streaming ? 1500 : 0
        }

        Text {
            objectName: "stoppedNote"
            visible: !message.isUser && (message.status === "cancelled" || message.status === "interrupted")
            text: message.status === "cancelled" ? qsTr("Stopped") : qsTr("Interrupted: Confab closed while this reply was written")
            font.italic: true
            color: Theme.secondaryText
        }

        // A failed reply: the provider's message and Retry.
        Rectangle {
            objectName: "errorBox"
            visible: !message.isUser && message.status === "failed"
            width: parent.width
            height: visible ? errorRow.implicitHeight + 16 : 0
            radius: Theme.radius
            color: Qt.tint(Theme.base, Qt.rgba(0.85, 0.2, 0.15, Theme.dark ? 0.3 : 0.12))
            border.color: Qt.rgba(0.85, 0.2, 0.15, 0.6)

            Row {
                id: errorRow
                x: 10
                y: 8
                width: parent.width - 20
                spacing: 10

                Text {
                    objectName: "errorText"
                    width: parent.width - retryButton.width - 10
                    anchors.verticalCenter: parent.verticalCenter
                    wrapMode: Text.Wrap
                    color: Theme.text
                    text: message.error.length > 0 ? message.error : qsTr("The reply failed.")
                }
                Button {
                    id: retryButton
                    objectName: "retryButton"
                    text: qsTr("Retry")
                    enabled: !message.busy
                    onClicked: message.retryRequested(message.messageId)
                }
            }
        }

        UsageFooter {
            width: parent.width
            visible: known && !message.isUser && !message.streaming
            completionTokens: message.completionTokens
            promptTokens: message.promptTokens
            estimated: message.tokensEstimated
            timeToFirstTokenMs: message.timeToFirstTokenMs
            tokensPerSecond: message.tokensPerSecond
            modelName: message.modelName
        }

        MessageActions {
            anchors.right: message.isUser ? parent.right : undefined
            visible: !message.streaming && !message.editing
            // Hidden, not removed, so that the layout does not move under the pointer.
            opacity: message.isLast || hover.hovered ? 1 : 0
            isUser: message.isUser
            branchIndex: message.branchIndex
            branchCount: message.branchCount
            busy: message.busy
            onSiblingRequested: step => message.siblingRequested(message.messageId, step)
            onCopyRequested: message.copyRequested(message.messageId)
            onRegenerateRequested: message.regenerateRequested(message.messageId)
            onEditRequested: message.editing = true
        }
    }
}
