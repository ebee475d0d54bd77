// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Confab

// The buttons under a message: the "< 2/3 >" switcher between its siblings, Copy, and Regenerate
// (replies) or Edit (the user's messages).
Row {
    id: actions
    objectName: "messageActions"

    required property bool isUser
    required property int branchIndex
    required property int branchCount
    /** The actions that change the conversation wait while a reply streams. */
    property bool busy: false

    signal siblingRequested(int step)
    signal copyRequested
    signal regenerateRequested
    signal editRequested

    spacing: 2

    ToolButton {
        objectName: "previousBranchButton"
        visible: actions.branchCount > 1
        enabled: actions.branchIndex > 0
        text: "‹"
        font.bold: true
        implicitWidth: 28
        Accessible.name: qsTr("Previous version")
        ToolTip.visible: hovered
        ToolTip.delay: 600
        ToolTip.text: qsTr("Previous version")
        onClicked: actions.siblingRequested(-1)
    }
    Label {
        objectName: "branchPosition"
        visible: actions.branchCount > 1
        anchors.verticalCenter: parent.verticalCenter
        text: qsTr("%1/%2").arg(actions.branchIndex + 1).arg(actions.branchCount)
        color: Theme.secondaryText
    }
    ToolButton {
        objectName: "nextBranchButton"
        visible: actions.branchCount > 1
        enabled: actions.branchIndex + 1 < actions.branchCount
        text: "›"
        font.bold: true
        implicitWidth: 28
        Accessible.name: qsTr("Next version")
        ToolTip.visible: hovered
        ToolTip.delay: 600
        ToolTip.text: qsTr("Next version")
        onClicked: actions.siblingRequested(1)
    }
    ToolButton {
        id: copyButton
        objectName: "copyMessageButton"
        property bool copied: false
        text: copied ? qsTr("Copied") : qsTr("Copy")
        onClicked: {
            actions.copyRequested();
            copied = true;
            copiedTimer.restart();
        }
        Timer {
            id: copiedTimer
            interval: 1500
            onTriggered: copyButton.copied = false
        }
    }
    ToolButton {
        objectName: "regenerateButton"
        visible: !actions.isUser
        enabled: !actions.busy
        text: qsTr("Regenerate")
        onClicked: actions.regenerateRequested()
    }
    ToolButton {
        objectName: "editButton"
        visible: actions.isUser
        enabled: !actions.busy
        text: qsTr("Edit")
        onClicked: actions.editRequested()
    }
}
