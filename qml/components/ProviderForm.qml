// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab
import Confab.Models

// The fields of one provider, with their validation messages, "Test connection" and "Save".
// Used by the first-run page and the providers settings page.
ColumnLayout {
    id: form

    property ProviderEditor editor: ProviderEditor {}
    property string saveText: qsTr("Save")
    property bool showAdvanced: false
    property bool showCancel: false

    signal saved(string providerId)
    signal cancelled

    spacing: Theme.spacing

    function fieldError(error, field) {
        return error.length > 0 && (editor.attempted || (field.edited && !field.activeFocus)) ? error : "";
    }

    Connections {
        target: form.editor
        function onSaved(id) {
            form.saved(id);
        }
    }

    Label {
        text: qsTr("Name")
    }
    TextField {
        id: nameField
        objectName: "nameField"
        Layout.fillWidth: true
        text: form.editor.name
        placeholderText: qsTr("How this provider is shown")
        selectByMouse: true
        onTextEdited: form.editor.name = text
    }

    Label {
        text: qsTr("Base URL")
    }
    TextField {
        id: urlField
        objectName: "urlField"
        property bool edited: false
        Layout.fillWidth: true
        text: form.editor.baseUrl
        placeholderText: "https://api.example.com/v1"
        selectByMouse: true
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
        onTextEdited: {
            edited = true;
            form.editor.baseUrl = text;
        }
    }
    Label {
        objectName: "urlError"
        Layout.fillWidth: true
        visible: text.length > 0
        wrapMode: Text.Wrap
        color: Theme.errorText
        text: form.fieldError(form.editor.urlError, urlField)
    }
    Label {
        Layout.fillWidth: true
        visible: form.editor.urlWarning.length > 0
        wrapMode: Text.Wrap
        color: Theme.secondaryText
        text: form.editor.urlWarning
    }

    Label {
        text: form.editor.needsKey ? qsTr("API key") : qsTr("API key (optional)")
    }
    TextField {
        id: keyField
        objectName: "keyField"
        property bool edited: false
        Layout.fillWidth: true
        text: form.editor.apiKey
        echoMode: TextInput.Password
        placeholderText: form.editor.keepsStoredKey ? qsTr("Stored — leave empty to keep it") : ""
        selectByMouse: true
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        onTextEdited: {
            edited = true;
            form.editor.apiKey = text;
        }
    }
    Label {
        objectName: "keyError"
        Layout.fillWidth: true
        visible: text.length > 0
        wrapMode: Text.Wrap
        color: Theme.errorText
        text: form.fieldError(form.editor.keyError, keyField)
    }
    Label {
        Layout.fillWidth: true
        visible: form.editor.keyPage.length > 0
        wrapMode: Text.Wrap
        textFormat: Text.StyledText
        color: Theme.secondaryText
        text: qsTr("Create a key at <a href=\"%1\">%1</a>. It is kept in your system keychain, never in Confab's settings file.").arg(form.editor.keyPage)
        onLinkActivated: link => Qt.openUrlExternally(link)
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        Button {
            objectName: "testButton"
            text: qsTr("Test connection")
            enabled: !form.editor.testing
            onClicked: form.editor.testConnection()
        }
        BusyIndicator {
            Layout.preferredWidth: 22
            Layout.preferredHeight: 22
            visible: form.editor.testing
            running: visible
        }
        Label {
            objectName: "testMessage"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: form.editor.testing ? Theme.secondaryText : form.editor.testOk ? Theme.successText : Theme.errorText
            text: form.editor.testMessage
        }
    }

    Label {
        text: qsTr("Model")
    }
    ComboBox {
        id: modelBox
        objectName: "modelBox"
        property bool edited: false
        Layout.fillWidth: true
        editable: true
        model: form.editor.models
        editText: form.editor.model
        onActivated: index => {
            edited = true;
            form.editor.model = textAt(index);
        }
        onEditTextChanged: {
            if (editText !== form.editor.model) {
                edited = true;
                form.editor.model = editText;
            }
        }
        Connections {
            target: form.editor
            function onFieldsChanged() {
                if (modelBox.editText !== form.editor.model)
                    modelBox.editText = form.editor.model;
            }
        }
    }
    Label {
        objectName: "modelError"
        Layout.fillWidth: true
        visible: text.length > 0
        wrapMode: Text.Wrap
        color: Theme.errorText
        text: form.fieldError(form.editor.modelError, modelBox)
    }

    CheckBox {
        objectName: "advancedToggle"
        text: qsTr("Advanced: headers and reasoning switches")
        checked: form.showAdvanced
        onToggled: form.showAdvanced = checked
    }

    ColumnLayout {
        Layout.fillWidth: true
        visible: form.showAdvanced
        spacing: Theme.spacing

        Label {
            text: qsTr("Extra headers (one “Name: value” per line)")
        }
        TextArea {
            id: headersField
            objectName: "headersField"
            property bool edited: false
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(60, implicitHeight)
            text: form.editor.headersText
            placeholderText: "HTTP-Referer: https://example.org"
            wrapMode: TextEdit.NoWrap
            selectByMouse: true
            onTextChanged: {
                if (text !== form.editor.headersText) {
                    edited = true;
                    form.editor.headersText = text;
                }
            }
            background: Rectangle {
                color: Theme.base
                border.color: Theme.border
                radius: Theme.radius
            }
        }
        Label {
            objectName: "headersError"
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.Wrap
            color: Theme.errorText
            text: form.fieldError(form.editor.headersError, headersField)
        }
        Label {
            text: qsTr("Request fields that turn reasoning on")
        }
        TextField {
            id: reasoningOnField
            objectName: "reasoningOnField"
            property bool edited: false
            Layout.fillWidth: true
            font.family: Theme.monospaceFamily
            text: form.editor.reasoningOnText
            placeholderText: "{}"
            selectByMouse: true
            onTextEdited: {
                edited = true;
                form.editor.reasoningOnText = text;
            }
        }
        Label {
            text: qsTr("… and off")
        }
        TextField {
            id: reasoningOffField
            objectName: "reasoningOffField"
            property bool edited: false
            Layout.fillWidth: true
            font.family: Theme.monospaceFamily
            text: form.editor.reasoningOffText
            placeholderText: "{\"reasoning_effort\": \"none\"}"
            selectByMouse: true
            onTextEdited: {
                edited = true;
                form.editor.reasoningOffText = text;
            }
        }
        Label {
            objectName: "reasoningError"
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.Wrap
            color: Theme.errorText
            text: form.fieldError(form.editor.reasoningError, reasoningOffField.edited ? reasoningOffField : reasoningOnField)
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        Item {
            Layout.fillWidth: true
        }
        Button {
            objectName: "cancelButton"
            visible: form.showCancel
            text: qsTr("Cancel")
            onClicked: form.cancelled()
        }
        Button {
            objectName: "saveButton"
            text: form.saveText
            highlighted: true
            enabled: !form.editor.saving
            onClicked: form.editor.save(true)
        }
    }

    // What became of the key: the keychain took it, or it lasts this session only.
    Frame {
        objectName: "keyNotice"
        Layout.fillWidth: true
        visible: form.editor.keyNotice.length > 0
        background: Rectangle {
            color: Theme.warningBackground
            radius: Theme.radius
        }
        ColumnLayout {
            anchors.fill: parent
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.text
                text: form.editor.keyNotice
            }
            Button {
                objectName: "keyFileButton"
                visible: form.editor.keyFileOffered
                text: qsTr("Keep keys in a file readable only by me")
                onClicked: form.editor.allowKeyFile()
            }
        }
    }
}
