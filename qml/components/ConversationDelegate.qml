// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab
import Confab.Models

// One conversation in the sidebar: its title (renamed in place), when it was last active, a
// spinner while a reply streams, and a menu for rename, pin, archive and delete.
ItemDelegate {
    id: item

    required property int conversationId
    required property string title
    required property bool pinned
    required property bool archived
    required property bool busy
    required property date updatedAt
    property bool current: false
    property bool renaming: false

    signal activated
    signal renameRequested
    signal renamed(string newTitle)
    signal renameCancelled
    signal pinRequested(bool on)
    signal archiveRequested(bool on)
    signal deleteRequested
    signal settingsRequested

    objectName: "conversation-" + conversationId
    highlighted: current
    padding: Theme.spacing
    leftPadding: Theme.spacing * 1.5
    onClicked: activated()
    background: Rectangle {
        color: item.highlighted ? Theme.selection : item.hovered || item.visualFocus ? Theme.hover : "transparent"
    }
    onDoubleClicked: renameRequested()
    onRenamingChanged: {
        if (renaming) {
            editor.text = title.length > 0 ? title : qsTr("New chat");
            editor.forceActiveFocus();
            editor.selectAll();
        }
    }

    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: menu.popup()
    }

    contentItem: RowLayout {
        spacing: Theme.spacing / 2

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            visible: !item.renaming

            Label {
                objectName: "title"
                Layout.fillWidth: true
                elide: Text.ElideRight
                font.bold: item.current
                text: item.title.length > 0 ? item.title : qsTr("New chat")
                color: item.highlighted ? Theme.selectedText : Theme.text
            }
            Label {
                Layout.fillWidth: true
                elide: Text.ElideRight
                font.pointSize: Math.max(7, Theme.fontSize * 0.8)
                color: item.highlighted ? Theme.selectedText : Theme.secondaryText
                text: item.busy ? qsTr("Answering…") : LocaleFormat.relativeTime(item.updatedAt, LocaleFormat.now)
            }
        }

        TextField {
            id: editor
            objectName: "renameField"
            Layout.fillWidth: true
            visible: item.renaming
            selectByMouse: true
            onAccepted: item.renamed(text)
            Keys.onEscapePressed: item.renameCancelled()
            onActiveFocusChanged: {
                if (!activeFocus && item.renaming)
                    item.renamed(text);
            }
        }

        BusyIndicator {
            Layout.preferredWidth: 18
            Layout.preferredHeight: 18
            visible: item.busy && !item.renaming
            running: visible
        }

        ToolButton {
            objectName: "menuButton"
            Layout.preferredWidth: 24
            visible: (item.hovered || item.current || menu.visible) && !item.renaming
            contentItem: Label {
                text: "⋯"
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                color: item.highlighted ? Theme.selectedText : Theme.text
            }
            Accessible.name: qsTr("Actions")
            onClicked: menu.popup()
        }
    }

    Menu {
        id: menu
        objectName: "conversationMenu"

        MenuItem {
            objectName: "renameAction"
            text: qsTr("Rename")
            onTriggered: item.renameRequested()
        }
        MenuItem {
            objectName: "pinAction"
            text: item.pinned ? qsTr("Unpin") : qsTr("Pin")
            onTriggered: item.pinRequested(!item.pinned)
        }
        MenuItem {
            objectName: "settingsAction"
            text: qsTr("Chat options…")
            onTriggered: item.settingsRequested()
        }
        MenuItem {
            objectName: "archiveAction"
            text: item.archived ? qsTr("Restore from archive") : qsTr("Archive")
            onTriggered: item.archiveRequested(!item.archived)
        }
        MenuSeparator {}
        MenuItem {
            objectName: "deleteAction"
            text: qsTr("Delete")
            onTriggered: item.deleteRequested()
        }
    }
}
