// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab
import Confab.Models

// The address and token of a remote Confab or MineContext server, a connection test, and the
// switch that makes the window use it instead of the embedded agent.
ColumnLayout {
    id: form

    property RemoteSettings settings
    property bool showDisable: false

    signal applied(bool enabled)

    spacing: Theme.spacing

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.secondaryText
        text: qsTr("Your messages go to that server's chat API (/api/agent/chat/stream), which answers with its own model and tools. The conversations are still kept here.")
    }
    Label {
        text: qsTr("Server address")
    }
    TextField {
        id: urlField
        objectName: "remoteUrlField"
        property bool edited: false
        Layout.fillWidth: true
        text: form.settings ? form.settings.url : ""
        placeholderText: "http://127.0.0.1:1733"
        selectByMouse: true
        onTextEdited: {
            edited = true;
            form.settings.url = text;
        }
    }
    Label {
        objectName: "remoteUrlError"
        Layout.fillWidth: true
        visible: text.length > 0
        wrapMode: Text.Wrap
        color: Theme.errorText
        text: form.settings && urlField.edited && !urlField.activeFocus ? form.settings.urlError : ""
    }
    Label {
        text: qsTr("Token (if the server asks for one)")
    }
    TextField {
        objectName: "remoteTokenField"
        Layout.fillWidth: true
        echoMode: TextInput.Password
        text: form.settings ? form.settings.token : ""
        selectByMouse: true
        onTextEdited: form.settings.token = text
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Button {
            objectName: "remoteTestButton"
            text: qsTr("Test connection")
            enabled: form.settings && !form.settings.testing
            onClicked: form.settings.test()
        }
        Label {
            objectName: "remoteTestMessage"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: !form.settings || form.settings.testing ? Theme.secondaryText : form.settings.testOk ? Theme.successText : Theme.errorText
            text: form.settings ? form.settings.testMessage : ""
        }
    }
    RowLayout {
        Layout.fillWidth: true
        Item {
            Layout.fillWidth: true
        }
        Button {
            objectName: "remoteDisableButton"
            visible: form.showDisable && form.settings && form.settings.enabled
            text: qsTr("Use the embedded agent again")
            onClicked: {
                if (form.settings.apply(false))
                    form.applied(false);
            }
        }
        Button {
            objectName: "remoteApplyButton"
            highlighted: true
            text: qsTr("Use this server")
            enabled: form.settings && form.settings.urlError.length === 0
            onClicked: {
                if (form.settings.apply(true))
                    form.applied(true);
            }
        }
    }
}
