// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab
import Confab.Models

// Another Confab or a MineContext server as the backend instead of the embedded agent.
ColumnLayout {
    spacing: Theme.spacing

    RemoteSettings {
        id: remote
    }

    Label {
        font.pointSize: Theme.fontSize * 1.3
        font.bold: true
        text: qsTr("Remote backend")
    }
    Label {
        objectName: "remoteState"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.bold: true
        text: remote.enabled ? qsTr("In use: answers come from %1.").arg(remote.url) : qsTr("Not in use: the embedded agent answers.")
    }
    RemoteForm {
        Layout.fillWidth: true
        settings: remote
        showDisable: true
    }
}
