// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab
import Confab.Models

// Light, dark or the system's colours; the font size; how wide a conversation grows.
ColumnLayout {
    spacing: Theme.spacing

    Label {
        font.pointSize: Theme.fontSize * 1.3
        font.bold: true
        text: qsTr("Appearance")
    }

    Label {
        text: qsTr("Colours")
    }
    RowLayout {
        spacing: Theme.spacing
        RadioButton {
            objectName: "schemeSystem"
            text: qsTr("Like the system")
            checked: Backend.colorScheme === "system"
            onClicked: Backend.colorScheme = "system"
        }
        RadioButton {
            objectName: "schemeLight"
            text: qsTr("Light")
            checked: Backend.colorScheme === "light"
            onClicked: Backend.colorScheme = "light"
        }
        RadioButton {
            objectName: "schemeDark"
            text: qsTr("Dark")
            checked: Backend.colorScheme === "dark"
            onClicked: Backend.colorScheme = "dark"
        }
    }

    Label {
        Layout.topMargin: Theme.spacing
        text: qsTr("Font size")
    }
    RowLayout {
        spacing: Theme.spacing
        CheckBox {
            id: ownSize
            objectName: "ownFontSize"
            text: qsTr("Own size")
            checked: Backend.fontSize > 0
            onToggled: Backend.fontSize = checked ? Math.round(Theme.systemFont.pointSize) : 0
        }
        SpinBox {
            objectName: "fontSizeBox"
            enabled: ownSize.checked
            from: 7
            to: 32
            value: Backend.fontSize > 0 ? Backend.fontSize : Math.round(Theme.systemFont.pointSize)
            onValueModified: Backend.fontSize = value
        }
        Label {
            color: Theme.secondaryText
            text: qsTr("points")
        }
    }

    Label {
        Layout.topMargin: Theme.spacing
        text: qsTr("Width of the conversation")
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Slider {
            id: width
            objectName: "chatWidthSlider"
            Layout.fillWidth: true
            from: 480
            to: 1600
            stepSize: 20
            value: Backend.chatWidth
            onMoved: Backend.chatWidth = value
        }
        Label {
            Layout.preferredWidth: 80
            color: Theme.secondaryText
            text: qsTr("%1 px").arg(Math.round(width.value))
        }
    }
}
