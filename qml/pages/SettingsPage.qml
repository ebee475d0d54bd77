// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab
import Confab.Models

// Settings: a list of pages on the left, the page on the right.
Page {
    id: page

    /// The page to open first, by its `name` in #pages.
    property string initialPage: ""
    property int currentIndex: 0

    // Each page is one QML file in pages/.
    readonly property var pages: [
        { name: "providers", title: qsTr("Providers"), source: "SettingsProviders.qml" },
        { name: "defaults", title: qsTr("Models and defaults"), source: "SettingsDefaults.qml" },
        { name: "assistants", title: qsTr("Assistants"), source: "SettingsAssistants.qml" },
        { name: "appearance", title: qsTr("Appearance"), source: "SettingsAppearance.qml" },
        { name: "language", title: qsTr("Language"), source: "SettingsLanguage.qml" },
        { name: "server", title: qsTr("Local server"), source: "SettingsServer.qml" },
        { name: "mcp", title: qsTr("MCP servers"), source: "McpSettingsPage.qml" },
        { name: "remote", title: qsTr("Remote backend"), source: "SettingsRemote.qml" },
        { name: "data", title: qsTr("Data"), source: "SettingsData.qml" },
        { name: "shortcuts", title: qsTr("Keyboard shortcuts"), source: "SettingsShortcuts.qml" }
    ]

    signal closeRequested

    function show(name) {
        for (let i = 0; i < pages.length; ++i) {
            if (pages[i].name === name) {
                currentIndex = i;
                return true;
            }
        }
        return false;
    }

    Component.onCompleted: {
        if (initialPage.length > 0)
            show(initialPage);
    }

    background: Rectangle {
        color: Theme.palette.window
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            ToolButton {
                objectName: "settingsBack"
                text: qsTr("← Back to the chat")
                onClicked: page.closeRequested()
            }
            Label {
                Layout.fillWidth: true
                font.bold: true
                text: qsTr("Settings")
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.preferredWidth: 210
            Layout.fillHeight: true
            color: Theme.sidebarBackground

            ListView {
                id: nav
                objectName: "settingsNav"
                anchors.fill: parent
                model: page.pages
                currentIndex: page.currentIndex
                boundsBehavior: Flickable.StopAtBounds
                delegate: ItemDelegate {
                    required property var modelData
                    required property int index
                    objectName: "nav-" + modelData.name
                    width: ListView.view.width
                    text: modelData.title
                    highlighted: index === page.currentIndex
                    onClicked: page.currentIndex = index
                    background: Rectangle {
                        color: parent.highlighted ? Theme.selection : parent.hovered ? Theme.hover : "transparent"
                    }
                }
            }
        }

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            color: Theme.border
        }

        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth

            Loader {
                id: pageLoader
                objectName: "settingsPageLoader"
                width: Math.min(scroll.availableWidth - 4 * Theme.spacing, 760)
                x: 2 * Theme.spacing
                y: 2 * Theme.spacing
                source: page.pages[page.currentIndex].source
            }
        }
    }
}
