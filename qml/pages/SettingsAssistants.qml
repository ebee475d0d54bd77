// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab
import Confab.Models

// Assistants: named presets of a system prompt, a model and parameters, applied to a
// conversation from its options.
ColumnLayout {
    id: root

    property string selected: ""
    readonly property var current: selected.length > 0 ? assistants.get(selected) : ({})

    spacing: Theme.spacing

    AssistantListModel {
        id: assistants
        onDataChanged: root.selectedChanged()
    }

    Label {
        font.pointSize: Theme.fontSize * 1.3
        font.bold: true
        text: qsTr("Assistants")
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.secondaryText
        text: qsTr("An assistant is a reusable system prompt with its model and parameters. Apply one to a conversation from its options (the “⋯” button).")
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        ListView {
            id: list
            objectName: "assistantList"
            Layout.preferredWidth: 220
            Layout.preferredHeight: 260
            clip: true
            model: assistants
            delegate: ItemDelegate {
                required property string assistantId
                required property string name
                width: ListView.view.width
                text: name
                highlighted: assistantId === root.selected
                onClicked: root.selected = assistantId
            }
            Label {
                anchors.centerIn: parent
                visible: assistants.count === 0
                color: Theme.secondaryText
                text: qsTr("None yet")
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            visible: root.selected.length > 0
            spacing: Theme.spacing

            Label {
                text: qsTr("Name")
            }
            TextField {
                objectName: "assistantName"
                Layout.fillWidth: true
                text: root.current.name || ""
                onEditingFinished: assistants.update(root.selected, { name: text })
            }
            Label {
                text: qsTr("System prompt")
            }
            TextArea {
                objectName: "assistantPrompt"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(90, implicitHeight)
                wrapMode: TextEdit.Wrap
                text: root.current.systemPrompt || ""
                onEditingFinished: assistants.update(root.selected, { systemPrompt: text })
                background: Rectangle {
                    color: Theme.base
                    border.color: Theme.border
                    radius: Theme.radius
                }
            }
            Label {
                text: qsTr("Model (empty: the default)")
            }
            TextField {
                objectName: "assistantModel"
                Layout.fillWidth: true
                text: root.current.model || ""
                onEditingFinished: assistants.update(root.selected, { model: text })
            }
            ParameterFields {
                Layout.fillWidth: true
                temperature: root.current.temperature !== undefined ? root.current.temperature : -1
                maxTokens: root.current.maxTokens || 0
                reasoning: root.current.reasoning !== 0
                tools: root.current.tools !== 0
                onTemperatureEdited: value => assistants.update(root.selected, { temperature: value })
                onMaxTokensEdited: value => assistants.update(root.selected, { maxTokens: value })
                onReasoningEdited: on => assistants.update(root.selected, { reasoning: on ? 1 : 0 })
                onToolsEdited: on => assistants.update(root.selected, { tools: on ? 1 : 0 })
            }
            Button {
                objectName: "removeAssistant"
                text: qsTr("Remove this assistant")
                onClicked: {
                    assistants.remove(root.selected);
                    root.selected = "";
                }
            }
        }
    }

    Button {
        objectName: "addAssistant"
        text: qsTr("New assistant")
        onClicked: root.selected = assistants.add(qsTr("New assistant"))
    }
}
