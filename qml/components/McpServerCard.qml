// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab

// One MCP server in the settings list: name, how it is reached, its state, its switches.
Frame {
    id: card

    required property int index
    required property string name
    required property string transport
    required property string summary
    required property bool serverEnabled
    required property bool askBeforeCall
    required property string statusText
    required property bool failed
    required property int toolCount
    required property var toolNames
    required property string serverInfo

    signal editRequested(int row)
    signal logRequested(int row)
    signal removeRequested(int row)
    signal restartRequested(int row)
    signal enabledToggled(int row, bool on)
    signal askToggled(int row, bool on)

    objectName: "serverCard"

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        RowLayout {
            Layout.fillWidth: true

            Label {
                font.bold: true
                text: card.name
            }
            Label {
                text: card.transport === "http" ? qsTr("HTTP") : qsTr("stdio")
                color: Theme.secondaryText
            }
            Item { Layout.fillWidth: true }
            Switch {
                objectName: "enabledSwitch"
                text: qsTr("On")
                checked: card.serverEnabled
                onToggled: card.enabledToggled(card.index, checked)
            }
        }

        Label {
            Layout.fillWidth: true
            elide: Text.ElideMiddle
            font.family: Theme.monospaceFamily
            color: Theme.secondaryText
            text: card.summary
        }

        Label {
            objectName: "statusLabel"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            maximumLineCount: 4
            elide: Text.ElideRight
            color: card.failed ? "#c0392b" : Theme.text
            text: card.serverInfo.length > 0 ? qsTr("%1 — %2").arg(card.statusText).arg(card.serverInfo) : card.statusText
        }

        Label {
            Layout.fillWidth: true
            visible: card.toolCount > 0
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            color: Theme.secondaryText
            text: qsTr("Tools: %1").arg(card.toolNames.join(", "))
        }

        RowLayout {
            Layout.fillWidth: true

            CheckBox {
                objectName: "askSwitch"
                text: qsTr("Ask before each call")
                checked: card.askBeforeCall
                onToggled: card.askToggled(card.index, checked)
            }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Log")
                flat: true
                onClicked: card.logRequested(card.index)
            }
            Button {
                text: qsTr("Restart")
                flat: true
                visible: card.serverEnabled
                onClicked: card.restartRequested(card.index)
            }
            Button {
                text: qsTr("Edit…")
                flat: true
                onClicked: card.editRequested(card.index)
            }
            Button {
                text: qsTr("Remove")
                flat: true
                onClicked: card.removeRequested(card.index)
            }
        }
    }
}
