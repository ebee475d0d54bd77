// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab
import Confab.Models

// The model, prompt and parameters every conversation uses unless it sets its own.
ColumnLayout {
    id: root

    spacing: Theme.spacing

    DefaultsSettings {
        id: defaults
        Component.onCompleted: refreshModels()
    }

    Label {
        font.pointSize: Theme.fontSize * 1.3
        font.bold: true
        text: qsTr("Models and defaults")
    }

    Label {
        text: qsTr("Model")
    }
    ComboBox {
        id: modelBox
        objectName: "defaultModelBox"
        Layout.fillWidth: true
        editable: true
        model: defaults.models
        editText: defaults.model
        onAccepted: defaults.model = editText
        onActivated: index => defaults.model = textAt(index)
        onActiveFocusChanged: {
            if (!activeFocus)
                defaults.model = editText;
        }
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: defaults.modelsMessage.length > 0 ? Theme.errorText : Theme.secondaryText
        text: defaults.modelsMessage.length > 0 ? defaults.modelsMessage
            : defaults.model.length === 0 ? qsTr("Empty: the provider's model (%1).").arg(defaults.providerModel.length > 0 ? defaults.providerModel : qsTr("none set"))
            : ""
        visible: text.length > 0
    }

    Label {
        text: qsTr("System prompt")
    }
    TextArea {
        objectName: "defaultPrompt"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(90, implicitHeight)
        wrapMode: TextEdit.Wrap
        text: defaults.systemPrompt
        placeholderText: qsTr("Instructions the model gets at the start of every conversation")
        onEditingFinished: defaults.systemPrompt = text
        background: Rectangle {
            color: Theme.base
            border.color: Theme.border
            radius: Theme.radius
        }
    }

    ParameterFields {
        Layout.fillWidth: true
        temperature: defaults.temperature
        maxTokens: defaults.maxTokens
        reasoning: defaults.reasoning
        tools: defaults.tools
        onTemperatureEdited: value => defaults.temperature = value
        onMaxTokensEdited: value => defaults.maxTokens = value
        onReasoningEdited: on => defaults.reasoning = on
        onToolsEdited: on => defaults.tools = on
    }

    CheckBox {
        objectName: "generateTitles"
        text: qsTr("Let the model title new conversations after the first answer")
        checked: defaults.generateTitles
        onToggled: defaults.generateTitles = checked
    }
}
