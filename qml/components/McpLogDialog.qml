// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab
import Confab.Models

// What a server printed on stderr and what Confab noted about it, kept up to date while open.
Dialog {
    id: dialog

    required property McpServerModel servers
    property int row: -1
    property string serverName

    function openFor(serverRow, name) {
        row = serverRow
        serverName = name
        refresh()
        open()
    }

    function refresh() {
        logArea.text = servers.log(row)
        logArea.cursorPosition = logArea.length
    }

    objectName: "logDialog"
    modal: true
    width: Math.min(820, parent ? parent.width - 40 : 820)
    height: Math.min(560, parent ? parent.height - 40 : 560)
    title: qsTr("Log of %1").arg(serverName)
    standardButtons: Dialog.Close

    Connections {
        target: dialog.servers
        enabled: dialog.visible
        function onLogChanged(changedRow) {
            if (changedRow === dialog.row)
                dialog.refresh()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true

            TextArea {
                id: logArea

                objectName: "logArea"
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.Wrap
                font.family: Theme.monospaceFamily
                placeholderText: qsTr("Nothing logged yet.")
            }
        }

        RowLayout {
            Layout.fillWidth: true

            Button {
                text: qsTr("Copy")
                onClicked: {
                    logArea.selectAll()
                    logArea.copy()
                    logArea.deselect()
                }
            }
            Button {
                text: qsTr("Clear")
                onClicked: {
                    dialog.servers.clearLog(dialog.row)
                    dialog.refresh()
                }
            }
        }
    }
}
