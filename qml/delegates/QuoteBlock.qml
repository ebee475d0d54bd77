// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Confab

// A block quote: a bar, then its inner markdown.
Item {
    id: quote
    objectName: "quoteBlock"

    required property string content

    signal linkActivated(string link)

    implicitHeight: body.implicitHeight

    Rectangle {
        width: 3
        height: parent.height
        radius: 1
        color: Theme.border
    }

    TextBlock {
        id: body
        x: 14
        width: parent.width - x
        content: quote.content
        color: Theme.secondaryText
        onLinkActivated: link => quote.linkActivated(link)
    }
}
