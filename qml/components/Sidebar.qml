// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab
import Confab.Models

// (No ComponentBehavior: Bound here: Qt 6.4 cannot create a bound ListView section delegate.)
// The conversations: new chat, search across all messages, the list by sections (pinned, today,
// previous 7 days, older) with rename, pin, archive and delete (with undo), and the archive.
Pane {
    id: sidebar

    property int currentConversationId: 0
    readonly property bool searching: searchField.text.trim().length > 0
    property alias conversations: conversationModel
    property alias searchResults: searchModel

    signal newChatRequested
    signal conversationActivated(int conversationId, int messageId)
    signal settingsRequested
    signal conversationSettingsRequested(int conversationId)
    /// The conversation shown was deleted or archived.
    signal currentRemoved
    signal currentTitleChanged(string title)

    function focusSearch() {
        searchField.forceActiveFocus();
        searchField.selectAll();
    }

    function renameConversation(id) {
        const row = conversationModel.indexOf(id);
        if (row >= 0) {
            list.positionViewAtIndex(row, ListView.Contain);
            list.renamingId = id;
        }
    }

    function updateCurrentTitle() {
        const row = conversationModel.indexOf(currentConversationId);
        const item = row >= 0 ? list.itemAtIndex(row) : null;
        currentTitleChanged(item ? item.title : "");
    }
    onCurrentConversationIdChanged: updateCurrentTitle()

    padding: 0
    background: Rectangle {
        color: Theme.sidebarBackground
    }

    ConversationListModel {
        id: conversationModel
        objectName: "conversationModel"
        onConversationRemoved: id => {
            if (id === sidebar.currentConversationId)
                sidebar.currentRemoved();
        }
        onDataChanged: sidebar.updateCurrentTitle()
    }

    SearchModel {
        id: searchModel
        objectName: "searchModel"
        text: searchField.text
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            spacing: Theme.spacing / 2

            Button {
                objectName: "newChatButton"
                Layout.fillWidth: true
                text: qsTr("New chat")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Start a new conversation (Ctrl+N)")
                ToolTip.delay: 600
                onClicked: sidebar.newChatRequested()
            }
            ToolButton {
                objectName: "conversationSettingsButton"
                Accessible.name: qsTr("Chat options")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Model, prompt and parameters of this conversation (Ctrl+Shift+,)")
                ToolTip.delay: 600
                contentItem: Label {
                    text: "⋯"
                    font.pixelSize: 18
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                onClicked: sidebar.conversationSettingsRequested(sidebar.currentConversationId)
            }
            ToolButton {
                objectName: "settingsButton"
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Settings (Ctrl+,)")
                ToolTip.delay: 600
                contentItem: Label {
                    text: "⚙"
                    font.pixelSize: 18
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                Accessible.name: qsTr("Settings")
                onClicked: sidebar.settingsRequested()
            }
        }

        TextField {
            id: searchField
            objectName: "searchField"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            Layout.bottomMargin: Theme.spacing / 2
            placeholderText: qsTr("Search all messages (Ctrl+K)")
            selectByMouse: true
            Keys.onEscapePressed: text = ""
            Keys.onDownPressed: {
                // After a new search the list has no current row; the first hit becomes it.
                if (results.currentIndex < 0 && results.count > 0)
                    results.currentIndex = 0;
                results.forceActiveFocus();
            }
            Keys.onReturnPressed: {
                searchModel.search();
                if (searchModel.count > 0)
                    results.activate(0);
            }
        }

        // ---- The conversations ----
        ListView {
            id: list
            objectName: "conversationList"

            property int renamingId: 0

            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !sidebar.searching
            clip: true
            model: conversationModel
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            section.property: "section"
            section.criteria: ViewSection.FullString
            section.delegate: Label {
                required property string section
                width: ListView.view.width
                leftPadding: Theme.spacing * 1.5
                topPadding: Theme.spacing
                bottomPadding: Theme.spacing / 2
                font.pointSize: Math.max(7, Theme.fontSize * 0.85)
                font.bold: true
                color: Theme.secondaryText
                text: section === "pinned" ? qsTr("Pinned")
                    : section === "today" ? qsTr("Today")
                    : section === "week" ? qsTr("Previous 7 days")
                    : qsTr("Older")
            }

            delegate: ConversationDelegate {
                width: ListView.view.width
                current: conversationId === sidebar.currentConversationId
                renaming: list.renamingId === conversationId
                onActivated: sidebar.conversationActivated(conversationId, 0)
                onRenameRequested: list.renamingId = conversationId
                onRenamed: newTitle => {
                    list.renamingId = 0;
                    conversationModel.rename(conversationId, newTitle);
                }
                onRenameCancelled: list.renamingId = 0
                onPinRequested: on => conversationModel.setPinned(conversationId, on)
                onArchiveRequested: on => {
                    conversationModel.setConversationArchived(conversationId, on);
                    if (conversationId === sidebar.currentConversationId && on !== conversationModel.archived)
                        sidebar.currentRemoved();
                }
                onDeleteRequested: conversationModel.remove(conversationId)
                onSettingsRequested: sidebar.conversationSettingsRequested(conversationId)
            }

            Label {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacing
                visible: list.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: Theme.secondaryText
                text: conversationModel.archived ? qsTr("No archived conversations") : qsTr("No conversations yet")
            }
        }

        // ---- Search results ----
        ListView {
            id: results
            objectName: "searchResults"

            function activate(row) {
                const item = results.itemAtIndex(row);
                if (item)
                    item.activate();
            }

            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: sidebar.searching
            clip: true
            model: searchModel
            keyNavigationEnabled: true
            highlightFollowsCurrentItem: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            Keys.onReturnPressed: activate(currentIndex)
            Keys.onEscapePressed: sidebar.focusSearch()

            delegate: SearchResultDelegate {
                width: ListView.view.width
                selected: ListView.isCurrentItem && results.activeFocus
                onActivated: sidebar.conversationActivated(conversationId, messageId)
            }

            header: Label {
                width: ListView.view.width
                padding: Theme.spacing
                wrapMode: Text.Wrap
                color: searchModel.errorString.length > 0 ? Theme.errorText : Theme.secondaryText
                text: searchModel.errorString.length > 0 ? searchModel.errorString
                    : searchModel.busy ? qsTr("Searching…")
                    : searchModel.count === 0 ? qsTr("No message contains “%1”.").arg(searchField.text.trim())
                    : qsTr("%n message(s) found", "", searchModel.count)
            }
        }

        UndoBar {
            objectName: "undoBar"
            Layout.fillWidth: true
            visible: conversationModel.hasPendingRemoval
            text: qsTr("“%1” deleted").arg(conversationModel.pendingRemovalTitle)
            onUndo: conversationModel.undoRemove()
        }

        Label {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            visible: conversationModel.errorString.length > 0
            wrapMode: Text.Wrap
            color: Theme.errorText
            text: conversationModel.errorString
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing / 2

            ToolButton {
                objectName: "archiveToggle"
                Layout.fillWidth: true
                checkable: true
                checked: conversationModel.archived
                text: checked ? qsTr("Back to conversations") : qsTr("Archived conversations")
                onToggled: conversationModel.archived = checked
            }
        }
    }
}
