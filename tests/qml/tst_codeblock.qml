// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Confab
import Confab.Models

TestCase {
    id: testCase

    name: "CodeBlock"
    width: 640
    height: 480
    visible: true
    when: windowShown

    Component {
        id: contentComponent
        MessageContent {
            width: 600
        }
    }

    // Reads the clipboard back: QML has no clipboard API of its own.
    TextEdit {
        id: clipboardReader
    }

    function clipboardText() {
        clipboardReader.text = "";
        clipboardReader.paste();
        return clipboardReader.text;
    }

    function test_copyButtonCopiesTheCode() {
        const content = createTemporaryObject(contentComponent, testCase, {
            text: "Intro\n\n```python\ndef f():\n\n    return 'hi'\n```\n\nAfter"
        });
        verify(content);
        compare(content.blocks.count, 3);
        const block = findChild(content, "codeBlock");
        verify(block);
        compare(findChild(block, "language").text, "python");
        const button = findChild(block, "copyButton");
        verify(button);
        compare(button.text, "Copy");
        mouseClick(button);
        compare(button.text, "Copied");
        compare(clipboardText(), "def f():\n\n    return 'hi'");
        tryCompare(button, "text", "Copy", 5000);
    }

    function test_highlightedOrClearlyPlain() {
        const content = createTemporaryObject(contentComponent, testCase, {
            text: "```cpp\nint main() { return 0; }\n```"
        });
        const block = findChild(content, "codeBlock");
        const code = findChild(block, "codeText");
        const note = findChild(block, "plainNote");
        if (AppInfo.syntaxHighlighting) {
            compare(code.textFormat, TextEdit.RichText);
            verify(block.highlighted.indexOf("<span style=\"color:#") >= 0, block.highlighted);
            verify(!note.visible);
        } else {
            compare(code.textFormat, TextEdit.PlainText);
            compare(code.text, "int main() { return 0; }");
            verify(note.visible);
            verify(note.text.indexOf("plain text") === 0, note.text);
        }
        // Whatever the format, what is shown is the code.
        compare(code.getText(0, code.length), "int main() { return 0; }");
    }

    function test_noLanguage() {
        const content = createTemporaryObject(contentComponent, testCase, {
            text: "~~~\nls -l\n~~~"
        });
        const block = findChild(content, "codeBlock");
        compare(findChild(block, "language").text, "code");
        verify(findChild(block, "plainNote").visible);
        compare(findChild(block, "codeText").textFormat, TextEdit.PlainText);
    }

    function test_streamingBlockIsPlainUntilClosed() {
        const content = createTemporaryObject(contentComponent, testCase, {
            streaming: true,
            text: "```python\nx = 1\n"
        });
        const block = findChild(content, "codeBlock");
        verify(block);
        verify(!block.finished);
        compare(findChild(block, "codeText").textFormat, TextEdit.PlainText);
        content.text += "```\n";
        verify(block.finished);
        compare(findChild(block, "codeText").textFormat, AppInfo.syntaxHighlighting ? TextEdit.RichText : TextEdit.PlainText);
    }
}
