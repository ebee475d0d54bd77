// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import Qt.labs.qmlmodels
import Confab
import Confab.Models

// One message's markdown, block by block (MessageContentModel): while `streaming`, only the last
// block changes as `text` grows. Give it a width; its height follows the content.
Column {
    id: root

    /** The whole message, as markdown. While streaming, set it to ever longer texts. */
    property string text
    /** The message is still arriving: its last block stays open. */
    property bool streaming: false
    /** Open activated links with Qt.openUrlExternally (linkActivated is emitted either way). */
    property bool openLinksExternally: true
    /** The blocks, for whoever needs more (counts, tests). */
    readonly property MessageContentModel blocks: blockModel

    signal linkActivated(string link)

    /** Copies the whole message, as markdown, to the clipboard. */
    function copyAsMarkdown(): bool {
        return blockModel.copyMarkdown();
    }

    function activateLink(link: string) {
        root.linkActivated(link);
        if (root.openLinksExternally)
            Qt.openUrlExternally(link);
    }

    spacing: Theme.spacing

    MessageContentModel {
        id: blockModel
        text: root.text
        streaming: root.streaming
        darkTheme: Theme.dark
    }

    Repeater {
        model: blockModel

        delegate: DelegateChooser {
            role: "blockType"

            DelegateChoice {
                roleValue: MessageContentModel.Code
                CodeBlock {
                    required property int index
                    width: root.width
                    onCopyRequested: blockModel.copyBlock(index)
                }
            }
            DelegateChoice {
                roleValue: MessageContentModel.Math
                MathBlock {
                    width: root.width
                }
            }
            DelegateChoice {
                roleValue: MessageContentModel.Quote
                QuoteBlock {
                    width: root.width
                    onLinkActivated: link => root.activateLink(link)
                }
            }
            DelegateChoice {
                roleValue: MessageContentModel.ThematicBreak
                RuleBlock {
                    width: root.width
                }
            }
            // Paragraphs, headings, lists and tables.
            DelegateChoice {
                TextBlock {
                    width: root.width
                    onLinkActivated: link => root.activateLink(link)
                }
            }
        }
    }
}
