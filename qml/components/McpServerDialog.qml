// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab
import Confab.Models

// Adds or edits one MCP server. The fields go to McpServerModel, which checks them.
Dialog {
    id: dialog

    required property McpServerModel servers
    property int row: -1
    property var fields: ({})

    function openFor(serverRow) {
        row = serverRow
        fields = serverRow < 0 ? servers.newServerFields() : servers.fields(serverRow)
        nameField.text = fields.name
        httpButton.checked = fields.transport === "http"
        stdioButton.checked = fields.transport !== "http"
        commandField.text = fields.command
        argsArea.text = fields.args
        envArea.text = fields.env
        workingDirField.text = fields.workingDir
        urlField.text = fields.url
        headersArea.text = fields.headers
        askBox.checked = fields.askBeforeCall
        timeoutBox.value = fields.timeoutSeconds
        errorLabel.text = ""
        open()
    }

    function collect() {
        return {
            name: nameField.text,
            transport: httpButton.checked ? "http" : "stdio",
            command: commandField.text,
            args: argsArea.text,
            env: envArea.text,
            workingDir: workingDirField.text,
            url: urlField.text,
            headers: headersArea.text,
            enabled: fields.enabled,
            askBeforeCall: askBox.checked,
            timeoutSeconds: timeoutBox.value
        }
    }

    objectName: "serverDialog"
    modal: true
    width: Math.min(640, parent ? parent.width - 40 : 640)
    title: row < 0 ? qsTr("Add an MCP server") : qsTr("Edit %1").arg(fields.name)
    standardButtons: Dialog.Save | Dialog.Cancel

    // Save keeps the dialog open when the model refuses the fields, and says why.
    onAccepted: {
        const error = row < 0 ? servers.addServer(collect()) : servers.updateServer(row, collect())
        if (error.length > 0) {
            errorLabel.text = error
            open()
        }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        GridLayout {
            width: parent.width
            columns: 2
            columnSpacing: Theme.spacing

            Label { text: qsTr("Name") }
            TextField {
                id: nameField

                Layout.fillWidth: true
                placeholderText: qsTr("files")
            }

            Label { text: qsTr("Runs") }
            RowLayout {
                RadioButton {
                    id: stdioButton

                    text: qsTr("As a program (stdio)")
                }
                RadioButton {
                    id: httpButton

                    text: qsTr("At an address (HTTP)")
                }
            }

            Label { text: qsTr("Command"); visible: stdioButton.checked }
            TextField {
                id: commandField

                Layout.fillWidth: true
                visible: stdioButton.checked
                placeholderText: "npx"
            }

            Label { text: qsTr("Arguments\n(one per line)"); visible: stdioButton.checked }
            TextArea {
                id: argsArea

                background: Rectangle {
                    color: Theme.base
                    border.color: Theme.border
                    radius: 2
                }

                Layout.fillWidth: true
                Layout.minimumHeight: 60
                visible: stdioButton.checked
                font.family: Theme.monospaceFamily
                placeholderText: "-y\n@modelcontextprotocol/server-filesystem\n~/Documents"
            }

            Label { text: qsTr("Environment\n(NAME=value)"); visible: stdioButton.checked }
            TextArea {
                id: envArea

                background: Rectangle {
                    color: Theme.base
                    border.color: Theme.border
                    radius: 2
                }

                Layout.fillWidth: true
                Layout.minimumHeight: 40
                visible: stdioButton.checked
                font.family: Theme.monospaceFamily
            }

            Label { text: qsTr("Working folder"); visible: stdioButton.checked }
            TextField {
                id: workingDirField

                Layout.fillWidth: true
                visible: stdioButton.checked
                placeholderText: qsTr("(optional)")
            }

            Label { text: qsTr("Address"); visible: httpButton.checked }
            TextField {
                id: urlField

                Layout.fillWidth: true
                visible: httpButton.checked
                placeholderText: "https://example.com/mcp"
            }

            Label { text: qsTr("Headers\n(Name: value)"); visible: httpButton.checked }
            TextArea {
                id: headersArea

                background: Rectangle {
                    color: Theme.base
                    border.color: Theme.border
                    radius: 2
                }

                Layout.fillWidth: true
                Layout.minimumHeight: 40
                visible: httpButton.checked
                font.family: Theme.monospaceFamily
                placeholderText: "Authorization: Bearer …"
            }

            Label { text: qsTr("Timeout (s)") }
            SpinBox {
                id: timeoutBox

                from: 1
                to: 3600
                editable: true
            }

            Item { width: 1 }
            CheckBox {
                id: askBox

                text: qsTr("Ask before each call")
            }

            Label {
                id: errorLabel

                objectName: "errorLabel"
                Layout.columnSpan: 2
                Layout.fillWidth: true
                visible: text.length > 0
                wrapMode: Text.Wrap
                color: "#c0392b"
            }
        }
    }
}
