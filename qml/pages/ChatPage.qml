// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab
import Confab.Models

Page {
    id: page

    header: ToolBar {
        Label {
            anchors.fill: parent
            leftPadding: 12
            verticalAlignment: Text.AlignVCenter
            font.bold: true
            text: qsTr("New conversation")
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 12

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 6

            Item { Layout.fillHeight: true }
            Label {
                Layout.alignment: Qt.AlignHCenter
                font.pointSize: 20
                text: qsTr("Start a conversation")
            }
            Label {
                Layout.alignment: Qt.AlignHCenter
                opacity: 0.7
                text: qsTr("%1 %2: ask anything below.").arg(AppInfo.name).arg(AppInfo.version)
            }
            Item { Layout.fillHeight: true }
        }

        Composer {
            Layout.fillWidth: true
        }
    }
}
