// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab
import Confab.Models

// Settings for MCP servers: the list, with switches per server, and the dialogs to add, edit,
// import and read the log. All decisions are in McpServerModel.
Page {
    id: page

    property McpServerModel servers: McpServerModel {}

    title: qsTr("MCP servers")

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 8

            Label {
                Layout.fillWidth: true
                font.bold: true
                text: page.title
            }
            Button {
                objectName: "importButton"
                text: qsTr("Import…")
                enabled: page.servers.available
                onClicked: importDialog.open()
            }
            Button {
                objectName: "addButton"
                text: qsTr("Add server…")
                enabled: page.servers.available
                onClicked: serverDialog.openFor(-1)
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.secondaryText
            text: qsTr("Tools of Model Context Protocol servers become tools of the assistant. A server runs as a program on this computer (stdio) or is reached at an address (HTTP). Calls of a server that asks before each call wait for your Allow or Deny in the chat.")
        }

        Label {
            id: notice

            objectName: "notice"
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.Wrap
            color: "#c0392b"
        }

        ListView {
            id: list

            objectName: "serverList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing
            model: page.servers

            delegate: McpServerCard {
                width: ListView.view.width
                onEditRequested: row => serverDialog.openFor(row)
                onLogRequested: row => logDialog.openFor(row, name)
                onRemoveRequested: row => {
                    removeDialog.row = row
                    removeDialog.serverName = name
                    removeDialog.open()
                }
                onEnabledToggled: (row, on) => page.servers.setEnabled(row, on)
                onAskToggled: (row, on) => page.servers.setAskBeforeCall(row, on)
                onRestartRequested: row => page.servers.restart(row)
            }

            Label {
                anchors.centerIn: parent
                width: parent.width * 0.8
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                visible: list.count === 0
                color: Theme.secondaryText
                text: page.servers.available ? qsTr("No MCP servers yet. Add one, or import the \"mcpServers\" settings of another app.")
                                             : qsTr("MCP servers are not available.")
            }
        }
    }

    Connections {
        target: page.servers
        function onProblem(name, message) {
            notice.text = message
        }
    }

    McpServerDialog {
        id: serverDialog

        anchors.centerIn: parent
        servers: page.servers
    }

    McpImportDialog {
        id: importDialog

        anchors.centerIn: parent
        servers: page.servers
    }

    McpLogDialog {
        id: logDialog

        anchors.centerIn: parent
        servers: page.servers
    }

    Dialog {
        id: removeDialog

        property int row: -1
        property string serverName

        anchors.centerIn: parent
        modal: true
        title: qsTr("Remove %1?").arg(serverName)
        standardButtons: Dialog.Ok | Dialog.Cancel
        Label {
            text: qsTr("Its tools are no longer offered to the assistant, and its program is stopped.")
            wrapMode: Text.Wrap
        }
        onAccepted: page.servers.removeServer(row)
    }
}
