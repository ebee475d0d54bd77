// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Confab

// A paragraph, heading, list or table: markdown rendered by Qt, selectable, links clickable.
TextEdit {
    id: block
    objectName: "textBlock"

    required property string content

    text: content
    textFormat: TextEdit.MarkdownText
    readOnly: true
    selectByMouse: true
    wrapMode: TextEdit.Wrap
    color: Theme.text
    selectionColor: Theme.selection
    selectedTextColor: Theme.selectedText

    HoverHandler {
        cursorShape: block.hoveredLink.length > 0 ? Qt.PointingHandCursor : Qt.IBeamCursor
    }
}
