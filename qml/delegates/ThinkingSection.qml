// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Confab
import Confab.Models

// The model's reasoning ("thinking") text, collapsible. Open while the model is thinking, closed
// once the answer starts (unless the user opened or closed it). The text goes into `textItem`
// (MessageDelegate writes it there through a RoleBinding, the tail only while it streams).
Item {
    id: section
    objectName: "thinkingSection"

    /** Reasoning text is arriving now. */
    required property bool thinking
    /** How long the thinking took (so far); -1 when unknown. */
    required property int durationMs

    /** null: follow `thinking`; true/false: the user's choice. */
    property var userExpanded: null
    readonly property bool expanded: userExpanded === null ? thinking : userExpanded
    /** The item showing the text: set its `text`. */
    readonly property alias textItem: reasoningText

    function toggle() {
        section.userExpanded = !section.expanded;
    }

    implicitHeight: header.height + (expanded ? body.height + 6 : 0)

    Item {
        id: header
        objectName: "thinkingHeader"
        width: headerText.implicitWidth + 24
        height: headerText.implicitHeight + 6

        activeFocusOnTab: true
        Accessible.role: Accessible.Button
        Accessible.name: headerText.text
        Accessible.onPressAction: section.toggle()
        Keys.onSpacePressed: section.toggle()
        Keys.onReturnPressed: section.toggle()

        Text {
            id: arrow
            anchors.verticalCenter: parent.verticalCenter
            text: section.expanded ? "▾" : "▸"
            color: Theme.secondaryText
        }

        Text {
            id: headerText
            objectName: "thinkingTitle"
            x: 16
            anchors.verticalCenter: parent.verticalCenter
            color: Theme.secondaryText
            font.italic: section.thinking
            text: {
                const seconds = LocaleFormat.number(Math.max(0, section.durationMs) / 1000, 1);
                if (section.thinking)
                    return section.durationMs >= 0 ? qsTr("Thinking… %1 s").arg(seconds) : qsTr("Thinking…");
                return section.durationMs >= 0 ? qsTr("Thought for %1 s").arg(seconds) : qsTr("Thoughts");
            }
        }

        TapHandler {
            onTapped: section.toggle()
        }

        HoverHandler {
            cursorShape: Qt.PointingHandCursor
        }
    }

    Rectangle {
        id: body
        visible: section.expanded
        y: header.height + 6
        width: parent.width
        height: visible ? reasoningText.implicitHeight + 12 : 0
        color: "transparent"
        border.color: Theme.border
        radius: Theme.radius

        TextEdit {
            id: reasoningText
            objectName: "reasoningText"
            x: 10
            y: 6
            width: parent.width - 20
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.Wrap
            textFormat: TextEdit.PlainText
            color: Theme.secondaryText
            selectionColor: Theme.selection
            selectedTextColor: Theme.selectedText
        }
    }
}
