// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab

// Temperature, max tokens, reasoning and tools, for the defaults, an assistant or a
// conversation. A temperature of -1 and 0 max tokens mean "the provider's default".
GridLayout {
    id: fields

    property real temperature: -1
    property int maxTokens: 0
    property bool reasoning: true
    property bool tools: true

    signal temperatureEdited(real value)
    signal maxTokensEdited(int value)
    signal reasoningEdited(bool on)
    signal toolsEdited(bool on)

    columns: 2
    columnSpacing: Theme.spacing * 2
    rowSpacing: Theme.spacing

    CheckBox {
        id: ownTemperature
        objectName: "temperatureToggle"
        text: qsTr("Temperature")
        checked: fields.temperature >= 0
        onToggled: fields.temperatureEdited(checked ? 0.7 : -1)
    }
    RowLayout {
        Layout.fillWidth: true
        Slider {
            id: slider
            objectName: "temperatureSlider"
            Layout.fillWidth: true
            enabled: ownTemperature.checked
            from: 0
            to: 2
            stepSize: 0.05
            value: fields.temperature >= 0 ? fields.temperature : 0.7
            onMoved: fields.temperatureEdited(Math.round(value * 100) / 100)
        }
        Label {
            Layout.preferredWidth: 60
            text: ownTemperature.checked ? slider.value.toFixed(2) : qsTr("default")
            color: Theme.secondaryText
        }
    }

    Label {
        text: qsTr("Max tokens")
    }
    RowLayout {
        Layout.fillWidth: true
        SpinBox {
            objectName: "maxTokensBox"
            from: 0
            to: 1000000
            stepSize: 256
            editable: true
            value: fields.maxTokens
            onValueModified: fields.maxTokensEdited(value)
        }
        Label {
            Layout.fillWidth: true
            color: Theme.secondaryText
            wrapMode: Text.Wrap
            text: qsTr("0: no limit of Confab's own")
        }
    }

    Label {
        text: qsTr("Reasoning")
    }
    Switch {
        objectName: "reasoningSwitch"
        checked: fields.reasoning
        text: checked ? qsTr("On, where the provider can switch it") : qsTr("Off, where the provider can switch it")
        onToggled: fields.reasoningEdited(checked)
    }

    Label {
        text: qsTr("Tools")
    }
    Switch {
        objectName: "toolsSwitch"
        checked: fields.tools
        text: checked ? qsTr("The agent may use tools") : qsTr("No tools")
        onToggled: fields.toolsEdited(checked)
    }
}
