// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab

// One search hit: the conversation's title, who wrote the message, and the snippet with the
// matched words in bold. Activating it opens the conversation at that message.
ItemDelegate {
    id: hit

    required property int conversationId
    required property int messageId
    required property string title
    required property string snippet
    required property string role
    required property bool archived
    property bool selected: false

    signal activated

    function activate() {
        activated();
    }

    objectName: "hit-" + messageId
    highlighted: selected
    padding: Theme.spacing
    leftPadding: Theme.spacing * 1.5
    onClicked: activated()
    background: Rectangle {
        color: hit.highlighted ? Theme.selection : hit.hovered || hit.visualFocus ? Theme.hover : "transparent"
    }

    contentItem: ColumnLayout {
        spacing: 2

        Label {
            Layout.fillWidth: true
            elide: Text.ElideRight
            font.bold: true
            color: hit.highlighted ? Theme.selectedText : Theme.text
            text: (hit.title.length > 0 ? hit.title : qsTr("New chat")) + (hit.archived ? " " + qsTr("(archived)") : "")
        }
        Label {
            objectName: "snippet"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            textFormat: Text.StyledText
            color: hit.highlighted ? Theme.selectedText : Theme.secondaryText
            text: (hit.role === "user" ? qsTr("You: ") : "") + hit.snippet
        }
    }
}
