// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Confab
import Confab.Models

TestCase {
    id: testCase

    name: "MessageContent"
    width: 640
    height: 600
    visible: true
    when: windowShown

    Component {
        id: contentComponent
        MessageContent {
            width: 600
        }
    }

    Component {
        id: scrolledComponent
        Flickable {
            id: flick
            property alias message: message
            width: 600
            height: 300
            contentHeight: message.height
            MessageContent {
                id: message
                width: 580
                viewport: flick
            }
        }
    }

    TextEdit {
        id: clipboardReader
    }

    SignalSpy {
        id: linkSpy
        signalName: "linkActivated"
    }

    function clipboardText() {
        clipboardReader.text = "";
        clipboardReader.paste();
        return clipboardReader.text;
    }

    // The block slots in block order (each holds its block's delegate while it is drawn).
    function blockItems(content) {
        const items = [];
        for (let i = 0; i < content.children.length; ++i) {
            if (content.children[i].objectName === "block")
                items.push(content.children[i]);
        }
        return items;
    }

    function test_eachTypeHasItsDelegate() {
        const content = createTemporaryObject(contentComponent, testCase, {
            text: "# Title\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> quoted\n\n"
                + "```sh\nls\n```\n\n$$\nx^2\n$$\n\n---\n\nEnd."
        });
        const names = blockItems(content).map(item => item.block.objectName);
        compare(names, ["textBlock", "textBlock", "textBlock", "quoteBlock", "codeBlock", "mathBlock", "ruleBlock", "textBlock"]);
        const items = blockItems(content);
        compare(findChild(items[5], "formula").text, "x^2");
        for (const item of items) {
            verify(item.width === content.width, item.objectName);
            verify(item.height > 0, item.objectName);
        }
        verify(content.height >= items[items.length - 1].y + items[items.length - 1].height);
    }

    function test_streamingKeepsFinishedDelegates() {
        const content = createTemporaryObject(contentComponent, testCase, {
            streaming: true,
            text: "First paragraph."
        });
        let items = blockItems(content);
        compare(items.length, 1);
        const first = items[0];
        content.text += "\n\nSecond";
        items = blockItems(content);
        compare(items.length, 2);
        verify(items[0] === first, "the finished block's slot was kept");
        const firstBlock = first.block;
        const second = items[1];
        const secondBlock = second.block;
        content.text += " paragraph grows";
        items = blockItems(content);
        verify(items[0] === first && first.block === firstBlock, "the finished block's delegate was kept");
        verify(items[1] === second && second.block === secondBlock, "the open block's delegate is updated, not replaced");
        compare(secondBlock.getText(0, secondBlock.length), "Second paragraph grows");
        content.streaming = false;
        compare(blockItems(content).length, 2);
    }

    function test_linksAreClickable() {
        const content = createTemporaryObject(contentComponent, testCase, {
            text: "[example site](https://example.org/page) and more text",
            openLinksExternally: false
        });
        linkSpy.target = content;
        linkSpy.clear();
        const block = blockItems(content)[0].block;
        const rect = block.positionToRectangle(3);
        compare(block.linkAt(rect.x + 1, rect.y + rect.height / 2), "https://example.org/page");
        mouseClick(block, rect.x + 1, rect.y + rect.height / 2);
        compare(linkSpy.count, 1);
        compare(linkSpy.signalArguments[0][0], "https://example.org/page");
    }

    function test_textIsSelectable() {
        const content = createTemporaryObject(contentComponent, testCase, {
            text: "Select **me** please"
        });
        const block = blockItems(content)[0].block;
        verify(block.selectByMouse);
        mouseDrag(block, 1, block.height / 2, block.contentWidth, 0);
        verify(block.selectedText.length > 0, "a drag selects");
        block.selectAll();
        compare(block.selectedText, "Select me please");
    }

    function test_inlineMathIsMonospaceSource() {
        const content = createTemporaryObject(contentComponent, testCase, {
            text: "Let $x_1 * y_2$ and \\(a_b\\) be"
        });
        const block = blockItems(content)[0].block;
        compare(block.getText(0, block.length), "Let x_1 * y_2 and a_b be");
    }

    function test_blocksAreStackedAndFarOnesNotDrawn() {
        const flick = createTemporaryObject(scrolledComponent, testCase);
        let text = "";
        for (let i = 0; i < 200; ++i)
            text += "Paragraph " + i + " of a long message.\n\n";
        flick.message.text = text;
        const items = blockItems(flick.message);
        compare(items.length, 200);
        for (let i = 1; i < items.length; ++i)
            compare(items[i].y, items[i - 1].y + items[i - 1].height + flick.message.spacing);
        compare(flick.message.height, items[199].y + items[199].height);
        // Drawn: what is in view and a screen around it; the far end is not, and its delegate
        // is unloaded while its slot keeps the height.
        tryVerify(() => !items[199].visible);
        compare(items[199].block, null);
        verify(items[199].height > 0);
        verify(items[0].visible && items[0].block !== null);
        const height = flick.message.height;
        flick.contentY = flick.contentHeight - flick.height;
        tryVerify(() => items[199].visible && items[199].block !== null);
        tryVerify(() => !items[0].visible);
        compare(items[0].block, null);
        compare(flick.message.height, height);
    }

    function test_growingLastBlockMovesNothingAbove() {
        const flick = createTemporaryObject(scrolledComponent, testCase);
        flick.message.streaming = true;
        let text = "";
        for (let i = 0; i < 50; ++i)
            text += "Paragraph " + i + "\n\n";
        flick.message.text = text + "The last one";
        const before = blockItems(flick.message);
        const positions = before.map(item => item.y);
        flick.message.text += " grows" + " and grows".repeat(60);
        const after = blockItems(flick.message);
        compare(after.length, 51);
        for (let i = 0; i < 50; ++i) {
            verify(after[i] === before[i], "slot " + i + " kept");
            compare(after[i].y, positions[i]);
        }
        verify(after[50].height > before[49].height);
        compare(flick.message.height, after[50].y + after[50].height);
    }

    function test_copyAsMarkdown() {
        const markdown = "Some *text*\n\n```js\nlet a = 1;\n```";
        const content = createTemporaryObject(contentComponent, testCase, {
            text: markdown
        });
        verify(content.copyAsMarkdown());
        compare(clipboardText(), markdown);
    }
}
