// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab
import Confab.Models

// The local server: other programs on this computer chat through Confab's agent
// (MineContext's API and OpenAI's /v1).
ColumnLayout {
    spacing: Theme.spacing

    ServerSettingsForm {
        id: server
    }

    Label {
        font.pointSize: Theme.fontSize * 1.3
        font.bold: true
        text: qsTr("Local server")
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.secondaryText
        text: qsTr("Lets other programs chat through Confab: MineContext's chat API and an OpenAI-compatible /v1. Off by default; it answers only requests that carry its token.")
    }
    Switch {
        objectName: "serverEnabled"
        text: server.enabled ? qsTr("On") : qsTr("Off")
        checked: server.enabled
        onToggled: server.enabled = checked
    }
    Label {
        objectName: "serverStatus"
        Layout.fillWidth: true
        visible: server.enabled
        wrapMode: Text.Wrap
        color: server.enabled && !server.listening ? Theme.errorText : Theme.secondaryText
        text: server.status
    }

    Label {
        text: qsTr("Port")
    }
    TextField {
        objectName: "serverPort"
        Layout.preferredWidth: 120
        text: server.port
        inputMethodHints: Qt.ImhDigitsOnly
        onEditingFinished: server.setPortText(text)
    }
    Label {
        objectName: "portError"
        Layout.fillWidth: true
        visible: text.length > 0
        wrapMode: Text.Wrap
        color: Theme.errorText
        text: server.portError
    }

    Label {
        text: qsTr("Addresses to listen on")
    }
    TextField {
        objectName: "serverBind"
        Layout.preferredWidth: 240
        text: server.bindAddress
        onEditingFinished: server.setBindText(text)
    }
    Label {
        objectName: "bindError"
        Layout.fillWidth: true
        visible: text.length > 0
        wrapMode: Text.Wrap
        color: Theme.errorText
        text: server.bindError
    }
    CheckBox {
        objectName: "serverAllowRemote"
        text: qsTr("Allow other computers")
        checked: server.allowRemote
        onToggled: server.allowRemote = checked
    }
    Label {
        Layout.fillWidth: true
        visible: server.exposed
        wrapMode: Text.Wrap
        color: Theme.errorText
        text: qsTr("Other computers can reach the server at this address. Anyone who has the token can use your models and history.")
    }

    Label {
        Layout.topMargin: Theme.spacing
        text: qsTr("Token")
    }
    RowLayout {
        objectName: "tokenRow"
        Layout.fillWidth: true
        spacing: Theme.spacing
        TextField {
            objectName: "serverToken"
            Layout.fillWidth: true
            readOnly: true
            echoMode: showToken.checked ? TextInput.Normal : TextInput.Password
            text: server.token
            placeholderText: server.tokenAvailable ? "" : qsTr("Not available in this window")
        }
        CheckBox {
            id: showToken
            text: qsTr("Show")
            enabled: server.tokenAvailable
        }
        Button {
            objectName: "rotateToken"
            text: qsTr("New token")
            enabled: server.tokenAvailable
            onClicked: server.rotateToken()
        }
    }
    Label {
        objectName: "tokenError"
        Layout.fillWidth: true
        visible: text.length > 0
        wrapMode: Text.Wrap
        color: Theme.errorText
        text: server.tokenError
    }

    Label {
        Layout.topMargin: Theme.spacing
        text: qsTr("Web pages allowed to call the server (origins, one per line)")
    }
    TextArea {
        objectName: "serverOrigins"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(60, implicitHeight)
        text: server.allowedOrigins
        placeholderText: "http://localhost:5173"
        onEditingFinished: server.setOriginsText(text)
        background: Rectangle {
            color: Theme.base
            border.color: Theme.border
            radius: Theme.radius
        }
    }
    CheckBox {
        objectName: "serverAllowNullOrigin"
        text: qsTr("Allow pages opened from files (Origin: null)")
        checked: server.allowNullOrigin
        onToggled: server.allowNullOrigin = checked
    }
    Label {
        Layout.fillWidth: true
        visible: server.allowNullOrigin
        wrapMode: Text.Wrap
        text: qsTr("For packaged Electron frontends. Any page opened from a file on this computer can then call the server, as long as it has the token.")
    }
    Label {
        objectName: "originsError"
        Layout.fillWidth: true
        visible: text.length > 0
        wrapMode: Text.Wrap
        color: Theme.errorText
        text: server.originsError
    }
    Label {
        text: qsTr("Other host names for this computer (one per line)")
    }
    TextArea {
        objectName: "serverHosts"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(60, implicitHeight)
        text: server.allowedHosts
        onEditingFinished: server.setHostsText(text)
        background: Rectangle {
            color: Theme.base
            border.color: Theme.border
            radius: Theme.radius
        }
    }
    Label {
        objectName: "hostsError"
        Layout.fillWidth: true
        visible: text.length > 0
        wrapMode: Text.Wrap
        color: Theme.errorText
        text: server.hostsError
    }
}
