// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab

Pane {
    id: sidebar

    padding: 8

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Button {
            Layout.fillWidth: true
            text: qsTr("New chat")
            icon.name: "document-new"
        }

        TextField {
            Layout.fillWidth: true
            placeholderText: qsTr("Search conversations")
        }

        Label {
            Layout.fillWidth: true
            Layout.fillHeight: true
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
            opacity: 0.6
            text: qsTr("No conversations yet")
        }
    }
}
