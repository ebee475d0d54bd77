// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab
import Confab.Models

// First run: no provider yet. Offers the local servers found on this computer and the presets,
// then the provider's form; saving it ends here with a working chat. There is always a way on:
// a preset, "Custom", or a remote Confab server.
Page {
    id: page

    /// The user saved a provider (or a remote backend) and may chat now.
    signal finished

    property string chosenPreset: ""

    function choosePreset(id) {
        editor.loadPreset(id);
        chosenPreset = id;
        remoteBox.checked = false;
    }

    function chooseDetected(server) {
        editor.loadDetected(server.presetId, server.baseUrl, server.models);
        chosenPreset = server.presetId;
        remoteBox.checked = false;
    }

    background: Rectangle {
        color: Theme.palette.window
    }

    ProviderSettings {
        id: providers
        Component.onCompleted: detect()
    }

    ProviderEditor {
        id: editor
        onSaved: {
            if (keyNotice.length === 0)
                page.finished();
        }
    }

    RemoteSettings {
        id: remote
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 4 * Theme.spacing, 760)
            x: (scroll.availableWidth - width) / 2
            spacing: Theme.spacing * 1.5

            Item {
                Layout.preferredHeight: Theme.spacing * 3
            }

            Label {
                objectName: "welcomeTitle"
                Layout.fillWidth: true
                font.pointSize: Theme.fontSize * 1.8
                font.bold: true
                wrapMode: Text.Wrap
                text: qsTr("Welcome to Confab")
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.secondaryText
                text: qsTr("Connect a model to start chatting. Confab talks to any OpenAI-compatible provider, in the cloud or on this computer; your conversations stay here.")
            }

            // ---- Local servers ----
            Label {
                Layout.topMargin: Theme.spacing
                font.bold: true
                text: qsTr("On this computer")
            }
            RowLayout {
                visible: providers.detecting
                BusyIndicator {
                    Layout.preferredWidth: 22
                    Layout.preferredHeight: 22
                    running: providers.detecting
                }
                Label {
                    color: Theme.secondaryText
                    text: qsTr("Looking for Ollama, LM Studio and llama.cpp…")
                }
            }
            Label {
                objectName: "noLocalServer"
                Layout.fillWidth: true
                visible: providers.detectionDone && !providers.detecting && providers.detected.length === 0
                wrapMode: Text.Wrap
                color: Theme.secondaryText
                text: qsTr("No local server answered on its usual port (Ollama 11434, LM Studio 1234, llama.cpp 8080). Start one and look again, or pick a provider below.")
            }
            Repeater {
                model: providers.detected
                delegate: Button {
                    required property var modelData
                    objectName: "detected-" + modelData.presetId
                    Layout.fillWidth: true
                    text: qsTr("Use %1 at %2 — %n model(s)", "", modelData.models.length).arg(modelData.name).arg(modelData.baseUrl)
                    onClicked: page.chooseDetected(modelData)
                }
            }
            Button {
                objectName: "detectAgain"
                visible: providers.detectionDone && !providers.detecting
                flat: true
                text: qsTr("Look again")
                onClicked: providers.detect()
            }

            // ---- Presets ----
            Label {
                Layout.topMargin: Theme.spacing
                font.bold: true
                text: qsTr("Choose a provider")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    model: providers.presets
                    delegate: Button {
                        required property var modelData
                        objectName: "preset-" + modelData.id
                        text: modelData.name
                        checkable: true
                        checked: page.chosenPreset === modelData.id
                        onClicked: page.choosePreset(modelData.id)
                    }
                }
            }

            // ---- The chosen provider's form ----
            Frame {
                objectName: "providerFormFrame"
                Layout.fillWidth: true
                visible: page.chosenPreset.length > 0
                background: Rectangle {
                    color: Theme.raised
                    border.color: Theme.border
                    radius: Theme.radius
                }
                ProviderForm {
                    id: providerForm
                    objectName: "providerForm"
                    anchors.left: parent.left
                    anchors.right: parent.right
                    editor: editor
                    saveText: qsTr("Save and start chatting")
                }
            }
            Button {
                objectName: "continueButton"
                visible: editor.keyNotice.length > 0 && editor.providerId.length > 0
                highlighted: true
                text: qsTr("Continue to the chat")
                onClicked: page.finished()
            }

            // ---- A remote backend ----
            CheckBox {
                id: remoteBox
                objectName: "remoteToggle"
                Layout.topMargin: Theme.spacing
                text: qsTr("Or use another Confab (or a MineContext server) as the backend")
                onToggled: {
                    if (checked)
                        page.chosenPreset = "";
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                visible: remoteBox.checked
                spacing: Theme.spacing
                RemoteForm {
                    Layout.fillWidth: true
                    settings: remote
                    onApplied: page.finished()
                }
            }

            Item {
                Layout.preferredHeight: Theme.spacing * 3
            }
        }
    }
}
