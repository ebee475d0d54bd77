// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab

// Every keyboard shortcut of the window.
ColumnLayout {
    id: page

    spacing: Theme.spacing

    readonly property var shortcuts: [
        { keys: "Ctrl+N", what: qsTr("New chat") },
        { keys: "Ctrl+K", what: qsTr("Search all messages") },
        { keys: "Ctrl+,", what: qsTr("Settings (again: back to the chat)") },
        { keys: "Ctrl+Shift+,", what: qsTr("Options of this conversation") },
        { keys: "Ctrl+B", what: qsTr("Show or hide the conversations") },
        { keys: "F2", what: qsTr("Rename this conversation") },
        { keys: "Enter", what: qsTr("Send the message") },
        { keys: "Shift+Enter", what: qsTr("New line in the message") },
        { keys: "↓, Enter", what: qsTr("In search: go to the results, open one") },
        { keys: "Esc", what: qsTr("Clear the search; leave the settings; cancel a rename") },
        { keys: "Ctrl+Q", what: qsTr("Quit") }
    ]

    Label {
        font.pointSize: Theme.fontSize * 1.3
        font.bold: true
        text: qsTr("Keyboard shortcuts")
    }
    GridLayout {
        objectName: "shortcutList"
        columns: 2
        columnSpacing: Theme.spacing * 3
        rowSpacing: Theme.spacing
        Repeater {
            model: page.shortcuts.length * 2
            delegate: Label {
                required property int index
                readonly property var entry: page.shortcuts[Math.floor(index / 2)]
                font.family: index % 2 === 0 ? Theme.monospaceFamily : font.family
                font.bold: index % 2 === 0
                text: index % 2 === 0 ? entry.keys : entry.what
            }
        }
    }
}
