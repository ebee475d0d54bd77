// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab
import Confab.Models

// Imports the "mcpServers" settings of Claude Desktop (or a similar app), pasted as JSON.
Dialog {
    id: dialog

    required property McpServerModel servers

    function show(result) {
        if (result.error.length > 0) {
            report.text = result.error
            return false
        }
        let lines = [qsTr("%n server(s) added.", "", result.added)]
        report.text = lines.concat(result.problems).join("\n")
        return result.problems.length === 0
    }

    objectName: "importDialog"
    modal: true
    width: Math.min(640, parent ? parent.width - 40 : 640)
    height: Math.min(520, parent ? parent.height - 40 : 520)
    title: qsTr("Import MCP servers")
    standardButtons: Dialog.Close

    onOpened: {
        jsonArea.text = ""
        report.text = ""
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Paste the contents of claude_desktop_config.json, or any JSON with an \"mcpServers\" object. Imported servers ask before each call.")
        }

        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true

            TextArea {
                id: jsonArea

                objectName: "jsonArea"
                font.family: Theme.monospaceFamily
                placeholderText: "{\n  \"mcpServers\": {\n    \"files\": { \"command\": \"npx\", \"args\": [\"-y\", \"@modelcontextprotocol/server-filesystem\", \"~/Documents\"] }\n  }\n}"
                wrapMode: TextEdit.NoWrap
            }
        }

        Label {
            id: report

            objectName: "report"
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.Wrap
        }

        Button {
            Layout.alignment: Qt.AlignRight
            text: qsTr("Import")
            enabled: jsonArea.text.trim().length > 0
            onClicked: {
                if (dialog.show(dialog.servers.importJson(jsonArea.text)))
                    dialog.close()
            }
        }
    }
}
