// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab
import Confab.Models

// The configured providers: which one is in use, edit, remove, add from a preset or a local
// server found on this computer.
ColumnLayout {
    id: root

    property string editing: ""
    property bool adding: false

    spacing: Theme.spacing

    ProviderSettings {
        id: providers
    }

    ProviderEditor {
        id: editor
        onSaved: {
            root.editing = "";
            root.adding = false;
        }
    }

    Label {
        font.pointSize: Theme.fontSize * 1.3
        font.bold: true
        text: qsTr("Providers")
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.secondaryText
        text: qsTr("The provider in use answers every conversation that does not choose its own model. Keys are kept in the system keychain.")
    }

    Repeater {
        model: providers.providers
        delegate: Frame {
            id: entry
            required property var modelData
            objectName: "provider-" + modelData.id
            Layout.fillWidth: true
            background: Rectangle {
                color: Theme.raised
                border.color: entry.modelData.active ? Theme.accent : Theme.border
                radius: Theme.radius
            }
            RowLayout {
                anchors.fill: parent
                spacing: Theme.spacing
                RadioButton {
                    objectName: "activeRadio"
                    checked: entry.modelData.active
                    onClicked: providers.activeProviderId = entry.modelData.id
                    Accessible.name: qsTr("Use %1").arg(entry.modelData.name)
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        font.bold: true
                        text: entry.modelData.name
                    }
                    Label {
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        color: Theme.secondaryText
                        text: entry.modelData.baseUrl + (entry.modelData.model.length > 0 ? " · " + entry.modelData.model : "")
                    }
                }
                Button {
                    objectName: "editButton"
                    visible: !entry.modelData.fromEnvironment
                    text: qsTr("Edit")
                    onClicked: {
                        editor.load(entry.modelData.id);
                        root.adding = false;
                        root.editing = entry.modelData.id;
                    }
                }
                Button {
                    objectName: "removeButton"
                    visible: !entry.modelData.fromEnvironment
                    text: qsTr("Remove")
                    onClicked: providers.remove(entry.modelData.id)
                }
            }
        }
    }

    Label {
        visible: providers.providers.length === 0
        color: Theme.secondaryText
        text: qsTr("No provider yet.")
    }

    // ---- Add ----
    Label {
        Layout.topMargin: Theme.spacing
        font.bold: true
        text: qsTr("Add a provider")
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: providers.presets
            delegate: Button {
                required property var modelData
                objectName: "add-" + modelData.id
                text: modelData.name
                onClicked: {
                    editor.loadPreset(modelData.id);
                    root.editing = "";
                    root.adding = true;
                }
            }
        }
    }
    RowLayout {
        spacing: Theme.spacing
        Button {
            objectName: "detectButton"
            text: qsTr("Look for local servers")
            enabled: !providers.detecting
            onClicked: providers.detect()
        }
        BusyIndicator {
            Layout.preferredWidth: 22
            Layout.preferredHeight: 22
            visible: providers.detecting
            running: visible
        }
        Label {
            visible: providers.detectionDone && !providers.detecting && providers.detected.length === 0
            color: Theme.secondaryText
            text: qsTr("None answered.")
        }
    }
    Repeater {
        model: providers.detected
        delegate: Button {
            required property var modelData
            objectName: "detected-" + modelData.presetId
            text: qsTr("Add %1 at %2").arg(modelData.name).arg(modelData.baseUrl)
            onClicked: {
                editor.loadDetected(modelData.presetId, modelData.baseUrl, modelData.models);
                root.editing = "";
                root.adding = true;
            }
        }
    }

    Frame {
        objectName: "providerEditorFrame"
        Layout.fillWidth: true
        visible: root.adding || root.editing.length > 0 || editor.keyNotice.length > 0
        background: Rectangle {
            color: Theme.raised
            border.color: Theme.border
            radius: Theme.radius
        }
        ProviderForm {
            objectName: "providerForm"
            anchors.left: parent.left
            anchors.right: parent.right
            editor: editor
            showCancel: true
            saveText: root.adding ? qsTr("Add and use") : qsTr("Save")
            onCancelled: {
                root.adding = false;
                root.editing = "";
            }
        }
    }
}
