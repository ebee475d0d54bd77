// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Confab

// A paragraph, heading, list or table: markdown rendered by Qt, selectable, links clickable
// (TextEdit shows the pointing hand over a link by itself; no HoverHandler, which would make every
// block take part in hover delivery on every frame).
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
}
