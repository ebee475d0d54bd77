// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab

// A message across the top of the window that the user closes: what happened at start, or a
// storage failure.
Pane {
    id: banner

    property alias text: label.text
    property bool error: false

    signal dismissed

    padding: Theme.spacing
    background: Rectangle {
        color: banner.error ? Qt.rgba(0.8, 0.1, 0.1, Theme.dark ? 0.35 : 0.12) : Theme.warningBackground
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.border
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            id: label
            objectName: "bannerText"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.text
        }
        Button {
            objectName: "dismissButton"
            text: qsTr("Close")
            flat: true
            onClicked: banner.dismissed()
        }
    }
}
