// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Confab

// What the agent is doing while the answer has not started: its stage (intent, context, tools,
// executing) and its latest status text.
Row {
    id: line
    objectName: "statusLine"

    /** The agent's stage: `init`, `intent_analysis`, `context_gathering`, `execution`, `reflection`. */
    property string stage
    /** What it is doing, in words (empty: waiting for the model). */
    property string text
    /** A tool call is running: the stage shows as Tools. */
    property bool toolRunning: false

    readonly property string stageLabel: {
        if (line.toolRunning)
            return qsTr("Tools");
        switch (line.stage) {
        case "init":
            return qsTr("Starting");
        case "intent_analysis":
            return qsTr("Intent");
        case "context_gathering":
            return qsTr("Context");
        case "execution":
            return qsTr("Executing");
        case "reflection":
            return qsTr("Reflecting");
        default:
            return "";
        }
    }

    spacing: 8
    height: visible ? implicitHeight : 0

    BusyIndicator {
        running: line.visible
        implicitWidth: 22
        implicitHeight: 22
    }
    Text {
        objectName: "stageText"
        anchors.verticalCenter: parent.verticalCenter
        visible: text.length > 0
        text: line.stageLabel
        font.bold: true
        color: Theme.secondaryText
    }
    Text {
        objectName: "statusText"
        anchors.verticalCenter: parent.verticalCenter
        width: Math.min(implicitWidth, Math.max(0, line.width - 140))
        elide: Text.ElideRight
        text: line.text.length > 0 ? line.text : qsTr("Waiting for the model…")
        color: Theme.secondaryText
    }
}
