// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Confab
import Confab.Models

// One tool call of a reply: its name and state on one line; open it for the arguments and the
// result or error. A call waiting for the user's approval shows Allow and Deny.
Rectangle {
    id: card
    objectName: "toolCallCard"

    /** {callId, name, arguments, result, error, ok, running, durationMs, approval} (MessageModel). */
    required property var call

    property bool expanded: false
    readonly property bool waiting: card.call.approval === "pending"
    readonly property int shownLimit: 4000

    signal decided(string callId, bool allow)

    function pretty(text) {
        try {
            return JSON.stringify(JSON.parse(text), null, 2);
        } catch (e) {
            return text;
        }
    }

    function capped(text) {
        return text.length > card.shownLimit ? text.slice(0, card.shownLimit) + "\n…" : text;
    }

    implicitHeight: column.implicitHeight + 12
    radius: Theme.radius
    color: Theme.codeBackground
    border.color: card.waiting ? Theme.accent : Theme.border

    Column {
        id: column
        x: 8
        y: 6
        width: parent.width - 16
        spacing: 6

        Item {
            id: header
            objectName: "toolCallHeader"
            width: parent.width
            height: Math.max(nameText.implicitHeight, stateText.implicitHeight) + 2

            Accessible.role: Accessible.Button
            Accessible.name: nameText.text + " " + stateText.text
            Accessible.onPressAction: card.expanded = !card.expanded

            Text {
                id: arrow
                anchors.verticalCenter: parent.verticalCenter
                text: card.expanded ? "▾" : "▸"
                color: Theme.secondaryText
            }

            Text {
                id: nameText
                objectName: "toolName"
                x: 16
                anchors.verticalCenter: parent.verticalCenter
                text: card.call.name
                font.family: Theme.monospaceFamily
                font.bold: true
                color: Theme.text
            }

            Text {
                id: stateText
                objectName: "toolState"
                anchors.left: nameText.right
                anchors.leftMargin: 10
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                elide: Text.ElideRight
                color: !card.call.running && !card.call.ok && card.call.approval !== "pending" ? "#c0392b" : Theme.secondaryText
                text: {
                    if (card.waiting)
                        return qsTr("waiting for your approval");
                    if (card.call.approval === "denied")
                        return qsTr("denied");
                    if (card.call.running)
                        return qsTr("running…");
                    if (card.call.ok)
                        return qsTr("done in %1 ms").arg(LocaleFormat.number(card.call.durationMs));
                    return qsTr("failed");
                }
            }

            TapHandler {
                onTapped: card.expanded = !card.expanded
            }
        }

        Row {
            visible: card.waiting
            spacing: 8

            Label {
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Allow this tool to run?")
            }
            Button {
                objectName: "allowButton"
                text: qsTr("Allow")
                highlighted: true
                onClicked: card.decided(card.call.callId, true)
            }
            Button {
                objectName: "denyButton"
                text: qsTr("Deny")
                onClicked: card.decided(card.call.callId, false)
            }
        }

        Loader {
            width: parent.width
            active: card.expanded
            visible: active
            sourceComponent: Column {
                spacing: 4

                Text {
                    text: qsTr("Arguments")
                    font.bold: true
                    color: Theme.secondaryText
                }
                TextEdit {
                    objectName: "toolArguments"
                    width: parent.width
                    readOnly: true
                    selectByMouse: true
                    wrapMode: TextEdit.Wrap
                    textFormat: TextEdit.PlainText
                    font.family: Theme.monospaceFamily
                    color: Theme.text
                    text: card.capped(card.pretty(card.call.arguments))
                }
                Text {
                    visible: !card.call.running
                    text: card.call.ok ? qsTr("Result") : qsTr("Error")
                    font.bold: true
                    color: Theme.secondaryText
                }
                TextEdit {
                    objectName: "toolResult"
                    visible: !card.call.running
                    width: parent.width
                    readOnly: true
                    selectByMouse: true
                    wrapMode: TextEdit.Wrap
                    textFormat: TextEdit.PlainText
                    font.family: Theme.monospaceFamily
                    color: Theme.text
                    text: card.capped(card.call.ok ? card.call.result : card.call.error)
                }
            }
        }
    }
}
