// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab.Models

ApplicationWindow {
    id: window

    width: 1100
    height: 720
    minimumWidth: 480
    minimumHeight: 360
    visible: true
    title: qsTr("Confab")

    SplitView {
        anchors.fill: parent

        Sidebar {
            SplitView.preferredWidth: 260
            SplitView.minimumWidth: 180
        }

        ChatPage {
            SplitView.fillWidth: true
        }
    }
}
