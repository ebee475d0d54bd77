// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab
import Confab.Models

// One conversation: its messages (a virtualized list that loads older pages as the user scrolls up
// and follows the newest text unless the user scrolled away) and the composer.
//
//     ChatPage {
//         conversationId: 0            // 0: a new chat
//         onConversationCreated: id => ...
//     }
Page {
    id: page
    objectName: "chatPage"

    /** The conversation shown; 0 for a new chat (sending creates it: see conversationCreated). */
    property int conversationId: 0
    readonly property ChatController controller: chat
    readonly property alias composer: composer

    /** Sending in a new chat created conversation @p id. */
    signal conversationCreated(int id)

    header: ToolBar {
        Label {
            objectName: "chatTitle"
            anchors.fill: parent
            leftPadding: 12
            rightPadding: 12
            verticalAlignment: Text.AlignVCenter
            font.bold: true
            elide: Text.ElideRight
            text: chat.title.length > 0 ? chat.title : qsTr("New conversation")
        }
    }

    ChatController {
        id: chat
        objectName: "chatController"
        conversationId: page.conversationId
        onConversationCreated: id => page.conversationCreated(id)
        onConversationIdChanged: {
            list.followTail = true;
            Qt.callLater(list.scrollToEnd);
            composer.input.forceActiveFocus();
        }
    }

    // Typing goes to the composer as soon as the page shows.
    Component.onCompleted: composer.input.forceActiveFocus()

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: list
                objectName: "messageList"

                // Follow the newest text while the user has not scrolled away from it.
                property bool followTail: true
                property bool autoScrolling: false
                property int endAttempts: 0

                // The newest message's end is on screen. (The content height of a list of delegates of
                // different heights is an estimate, so atYEnd is not exact; the last item is.)
                function atBottom(): bool {
                    if (list.count === 0)
                        return true;
                    const last = list.itemAtIndex(list.count - 1);
                    return last !== null && last.y + last.height <= list.contentY + list.height + 24;
                }

                function scrollToEnd() {
                    if (!list.followTail || list.count === 0)
                        return;
                    list.autoScrolling = true;
                    const last = list.itemAtIndex(list.count - 1);
                    if (last !== null)
                        list.contentY = Math.max(list.originY, last.y + last.height - list.height);
                    else
                        list.positionViewAtEnd();
                    list.autoScrolling = false;
                    // Heights settle as delegates are laid out: check again over the next frames.
                    if (!list.atBottom() && list.endAttempts < 5) {
                        ++list.endAttempts;
                        endTimer.restart();
                    } else {
                        list.endAttempts = 0;
                    }
                }

                // Less than three screens above the first loaded message: load the page before it.
                function fetchOlderIfNeeded() {
                    if (!chat.messages.hasOlder || list.contentY - list.originY >= 3 * list.height)
                        return;
                    const anchorIndex = list.indexAt(list.width / 2, list.contentY + 1);
                    const anchor = anchorIndex >= 0 ? list.itemAtIndex(anchorIndex) : null;
                    const offset = anchor !== null ? anchor.y - list.contentY : 0;
                    const before = list.count;
                    if (!chat.messages.fetchOlder())
                        return;
                    // Put the message that was on top back in place: the list itself keeps it only when
                    // the new rows go in above every item it has created, which a fast scroll defeats.
                    if (anchor !== null) {
                        list.autoScrolling = true;
                        list.cancelFlick();
                        list.positionViewAtIndex(anchorIndex + list.count - before, ListView.Beginning);
                        list.contentY -= offset;
                        list.autoScrolling = false;
                    }
                }

                anchors.fill: parent
                clip: true
                model: chat.messages
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {
                    id: scrollBar
                    onPressedChanged: {
                        if (!pressed)
                            list.followTail = list.atBottom();
                    }
                }

                // Only the user's scrolling (drag, flick, wheel, scroll bar) decides whether to follow
                // the tail: rows replaced or resized below move the content too.
                onContentYChanged: {
                    if (!list.autoScrolling && (list.moving || scrollBar.pressed))
                        list.followTail = list.atBottom();
                    Qt.callLater(list.fetchOlderIfNeeded);
                }
                onMovementEnded: list.followTail = list.atBottom()
                onContentHeightChanged: {
                    if (list.followTail)
                        Qt.callLater(list.scrollToEnd);
                }
                onCountChanged: {
                    if (list.followTail)
                        Qt.callLater(list.scrollToEnd);
                    Qt.callLater(list.fetchOlderIfNeeded);
                }
                onHeightChanged: {
                    if (list.followTail)
                        Qt.callLater(list.scrollToEnd);
                }

                Timer {
                    id: endTimer
                    interval: 16
                    onTriggered: list.scrollToEnd()
                }

                delegate: MessageDelegate {
                    width: ListView.view.width
                    viewport: ListView.view
                    sourceModel: chat.messages
                    busy: chat.streaming
                    isLast: index === list.count - 1
                    onHeightChanged: {
                        if (isLast && list.followTail)
                            Qt.callLater(list.scrollToEnd);
                    }
                    onRegenerateRequested: id => chat.regenerate(id)
                    onRetryRequested: id => chat.retry(id)
                    onCopyRequested: id => chat.copyMessage(id)
                    onEditRequested: (id, text) => {
                        list.followTail = true;
                        chat.edit(id, text);
                    }
                    onSiblingRequested: (id, step) => chat.showSibling(id, step)
                    onToolCallDecided: (callId, allow) => chat.resolveToolCall(callId, allow)
                }
            }

            ColumnLayout {
                anchors.centerIn: parent
                visible: list.count === 0
                spacing: 6

                Label {
                    Layout.alignment: Qt.AlignHCenter
                    font.pointSize: 20
                    text: qsTr("Start a conversation")
                }
                Label {
                    Layout.alignment: Qt.AlignHCenter
                    opacity: 0.7
                    text: qsTr("%1 %2: ask anything below.").arg(AppInfo.name).arg(AppInfo.version)
                }
            }

            RoundButton {
                objectName: "jumpToBottomButton"
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: 16
                visible: !list.followTail && list.count > 0
                text: "↓"
                font.pointSize: 14
                Accessible.name: qsTr("Jump to the newest message")
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Jump to the newest message")
                onClicked: {
                    list.cancelFlick();
                    list.followTail = true;
                    list.scrollToEnd();
                }
            }
        }

        Rectangle {
            objectName: "chatError"
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            Layout.topMargin: 6
            visible: chat.lastError.length > 0
            implicitHeight: errorRow.implicitHeight + 12
            radius: Theme.radius
            color: Qt.tint(Theme.base, Qt.rgba(0.85, 0.2, 0.15, Theme.dark ? 0.3 : 0.12))
            border.color: Qt.rgba(0.85, 0.2, 0.15, 0.6)

            RowLayout {
                id: errorRow
                anchors.fill: parent
                anchors.margins: 6
                anchors.leftMargin: 10

                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: chat.lastError
                }
                ToolButton {
                    text: "×"
                    Accessible.name: qsTr("Dismiss")
                    onClicked: chat.clearError()
                }
            }
        }

        Composer {
            id: composer
            Layout.fillWidth: true
            Layout.margins: 12
            streaming: chat.streaming
            onSendRequested: (text, files) => {
                list.followTail = true;
                if (chat.send(text, files))
                    composer.clear();
            }
            onStopRequested: chat.stop()
        }
    }
}
