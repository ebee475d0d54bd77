// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Confab
import Confab.Models

// One message's markdown, block by block (MessageContentModel): while `streaming`, only the last
// block changes as `text` grows. Give it a width; its height follows the content.
//
// The blocks are stacked here rather than by a Column, whose layout pass visits every block each
// time the last one grows: a block's height change only moves the blocks after it (none, while
// streaming). With a `viewport`, the delegates of blocks more than a screen outside it are
// unloaded (their slot keeps the last height), which takes them out of drawing, hover delivery and
// memory, so a very long message costs per frame and in memory what its visible part costs.
Item {
    id: root

    // Aliases, not bindings: a long message's text goes to the model without passing through
    // the JavaScript heap on every update (which would make the garbage collector run often).
    /** The whole message, as markdown. While streaming, set it to ever longer texts. */
    property alias text: blockModel.text
    /** The message is still arriving: its last block stays open. */
    property alias streaming: blockModel.streaming
    /** Open activated links with Qt.openUrlExternally (linkActivated is emitted either way). */
    property bool openLinksExternally: true
    /** The Flickable or ListView this message scrolls in, if any (see above). */
    property Flickable viewport: null
    /** Space between blocks. */
    property real spacing: Theme.spacing
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

    implicitHeight: _bottom

    property real _bottom: 0

    // Stacks the blocks from `from` on below the one before it.
    function _place(from) {
        const count = blocksRepeater.count;
        let y = 0;
        if (from > 0) {
            const previous = blocksRepeater.itemAt(from - 1);
            if (previous)
                y = previous.y + previous.height + root.spacing;
            else
                from = 0;
        }
        for (let i = from; i < count; ++i) {
            const item = blocksRepeater.itemAt(i);
            if (!item)
                break; // not created yet: placed when it is added
            item.y = y;
            y += item.height + root.spacing;
        }
        const last = blocksRepeater.itemAt(count - 1);
        root._bottom = last ? last.y + last.height : 0;
    }

    onSpacingChanged: _place(0)

    // Blocks [_first, _last] are drawn, the others not; _known blocks existed at the last pass.
    property int _first: -1
    property int _last: -1
    property int _known: 0
    property bool _cullPending: false
    property real _cullContentY: 0

    function _setDrawn(i, drawn) {
        const item = blocksRepeater.itemAt(i);
        if (item)
            item.drawn = drawn;
    }

    // Runs before the frame is synchronized (afterAnimating), once per frame at most.
    function _cull() {
        root._cullPending = false;
        const count = blocksRepeater.count;
        if (!root.viewport || count === 0) {
            if (root._first >= 0) {
                for (let i = 0; i < count; ++i)
                    root._setDrawn(i, true);
            }
            root._first = root._last = -1;
            root._known = count;
            return;
        }
        const margin = root.viewport.height;
        root._cullContentY = root.viewport.contentY;
        const top = root.mapFromItem(root.viewport, 0, 0).y - margin;
        const bottom = top + root.viewport.height + 2 * margin;
        // Blocks are stacked top to bottom: binary search for the first one reaching `top`.
        let low = 0;
        let high = count;
        while (low < high) {
            const mid = (low + high) >> 1;
            const item = blocksRepeater.itemAt(mid);
            if (item.y + item.height < top)
                low = mid + 1;
            else
                high = mid;
        }
        const first = Math.min(low, count - 1);
        let last = first;
        while (last + 1 < count && blocksRepeater.itemAt(last + 1).y <= bottom)
            ++last;
        // Touch only the blocks that change state, and those added since the last pass.
        const known = Math.min(root._known, count);
        const wasFirst = root._first >= 0 ? root._first : 0;
        const wasLast = root._first >= 0 ? Math.min(root._last, known - 1) : known - 1;
        for (let i = wasFirst; i <= wasLast; ++i) {
            if (i < first || i > last)
                root._setDrawn(i, false);
        }
        for (let i = first; i <= last; ++i) {
            if (root._first < 0 || i < wasFirst || i > wasLast)
                root._setDrawn(i, true);
        }
        for (let i = Math.max(known, last + 1); i < count; ++i)
            root._setDrawn(i, false);
        root._first = first;
        root._last = last;
        root._known = count;
    }

    function _scheduleCull() {
        if (root.viewport)
            root._cullPending = true;
    }

    onViewportChanged: _cull()
    onYChanged: _scheduleCull()

    Connections {
        target: root.Window.window
        enabled: root._cullPending
        function onAfterAnimating() {
            root._cull();
        }
    }

    Connections {
        target: root.viewport
        function onContentYChanged() {
            // The drawn range reaches a screen beyond the viewport: small moves need no new pass.
            if (Math.abs(root.viewport.contentY - root._cullContentY) > root.viewport.height / 4)
                root._scheduleCull();
        }
        function onHeightChanged() {
            root._scheduleCull();
        }
    }

    MessageContentModel {
        id: blockModel
        darkTheme: Theme.dark
    }

    Repeater {
        id: blocksRepeater

        model: blockModel
        onItemAdded: index => {
            root._place(index);
            root._scheduleCull();
        }
        onItemRemoved: {
            root._known = Math.min(root._known, count);
            root._place(count);
            root._scheduleCull();
        }

        // A slot per block: it holds the block's delegate while the block is drawn, and only
        // its last height while it is not, so that a long message keeps a screenful or three of
        // delegates alive, not hundreds. (No `ComponentBehavior: Bound` in this file: the
        // Loader instantiates the per-type components in a context of its own, which Qt refuses
        // for bound components.)
        delegate: Item {
            id: slot
            objectName: "block"

            required property int index
            required property int blockType
            required property string content
            required property string language
            required property string highlighted
            required property bool finished

            property bool drawn: true
            property real keptHeight: 0
            readonly property Item block: blockLoader.item

            width: root.width
            height: blockLoader.item ? blockLoader.item.height : keptHeight
            visible: drawn
            onHeightChanged: {
                if (blockLoader.item)
                    keptHeight = height;
                root._place(index);
            }

            Loader {
                id: blockLoader
                width: parent.width
                active: slot.drawn
                sourceComponent: {
                    switch (slot.blockType) {
                    case MessageContentModel.Code:
                        return codeComponent;
                    case MessageContentModel.Math:
                        return mathComponent;
                    case MessageContentModel.Quote:
                        return quoteComponent;
                    case MessageContentModel.ThematicBreak:
                        return ruleComponent;
                    default:
                        return textComponent; // paragraphs, headings, lists and tables
                    }
                }
            }

            Component {
                id: codeComponent
                CodeBlock {
                    content: slot.content
                    language: slot.language
                    highlighted: slot.highlighted
                    finished: slot.finished
                    onCopyRequested: blockModel.copyBlock(slot.index)
                }
            }
            Component {
                id: mathComponent
                MathBlock {
                    content: slot.content
                }
            }
            Component {
                id: quoteComponent
                QuoteBlock {
                    content: slot.content
                    onLinkActivated: link => root.activateLink(link)
                }
            }
            Component {
                id: ruleComponent
                RuleBlock {}
            }
            Component {
                id: textComponent
                TextBlock {
                    content: slot.content
                    onLinkActivated: link => root.activateLink(link)
                }
            }
        }
    }
}
