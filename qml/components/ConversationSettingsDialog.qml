// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab
import Confab.Models

// The options of one conversation: an assistant to start from, the model, the system prompt
// and the parameters. Changes are saved at once; on a new chat they create its conversation.
Dialog {
    id: dialog

    property alias conversationId: settings.conversationId

    signal conversationCreated(int conversationId)

    objectName: "conversationSettingsDialog"
    title: qsTr("Options of this conversation")
    modal: true
    standardButtons: Dialog.Close
    anchors.centerIn: Overlay.overlay
    width: Math.min(620, (parent ? parent.width : 620) - 40)
    height: Math.min(implicitHeight, (parent ? parent.height : 600) - 40)

    ConversationSettings {
        id: settings
        onConversationCreated: id => dialog.conversationCreated(id)
    }

    AssistantListModel {
        id: assistants
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing

            Label {
                visible: assistants.count > 0
                text: qsTr("Start from an assistant")
            }
            ComboBox {
                objectName: "assistantBox"
                visible: assistants.count > 0
                Layout.fillWidth: true
                model: assistants
                textRole: "name"
                valueRole: "assistantId"
                displayText: qsTr("Choose…")
                onActivated: settings.applyAssistant(currentValue)
            }

            Label {
                text: qsTr("Model")
            }
            TextField {
                objectName: "conversationModel"
                Layout.fillWidth: true
                text: settings.model
                placeholderText: settings.defaultModel.length > 0 ? qsTr("Default: %1").arg(settings.defaultModel) : qsTr("The default model")
                onEditingFinished: settings.model = text
            }

            Label {
                text: qsTr("System prompt")
            }
            TextArea {
                objectName: "conversationPrompt"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(90, implicitHeight)
                wrapMode: TextEdit.Wrap
                text: settings.systemPrompt
                placeholderText: settings.defaultSystemPrompt.length > 0 ? settings.defaultSystemPrompt : qsTr("None")
                onEditingFinished: settings.systemPrompt = text
                background: Rectangle {
                    color: Theme.base
                    border.color: Theme.border
                    radius: Theme.radius
                }
            }

            ParameterFields {
                Layout.fillWidth: true
                temperature: settings.temperature
                maxTokens: settings.maxTokens
                reasoning: settings.reasoning
                tools: settings.tools
                onTemperatureEdited: value => settings.temperature = value
                onMaxTokensEdited: value => settings.maxTokens = value
                onReasoningEdited: on => settings.reasoning = on
                onToolsEdited: on => settings.tools = on
            }

            Label {
                Layout.fillWidth: true
                visible: settings.errorString.length > 0
                wrapMode: Text.Wrap
                color: Theme.errorText
                text: settings.errorString
            }

            Button {
                objectName: "resetConversationSettings"
                enabled: !settings.usesDefaults
                text: qsTr("Use the defaults again")
                onClicked: settings.resetToDefaults()
            }
        }
    }
}
