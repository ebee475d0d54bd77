// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Confab

TestCase {
    id: testCase

    name: "Composer"
    width: 640
    height: 300
    visible: true
    when: windowShown

    Component {
        id: composerComponent
        Composer {
            width: 600
        }
    }

    SignalSpy {
        id: sendSpy
        signalName: "sendRequested"
    }

    SignalSpy {
        id: stopSpy
        signalName: "stopRequested"
    }

    function createComposer() {
        const composer = createTemporaryObject(composerComponent, testCase);
        verify(composer);
        sendSpy.target = composer;
        sendSpy.clear();
        stopSpy.target = composer;
        stopSpy.clear();
        composer.input.forceActiveFocus();
        verify(composer.input.activeFocus);
        return composer;
    }

    function test_enterSends() {
        const composer = createComposer();
        keyClick("H", Qt.ShiftModifier);
        keyClick("i");
        compare(composer.text, "Hi");
        keyClick(Qt.Key_Return);
        compare(sendSpy.count, 1);
        compare(sendSpy.signalArguments[0][0], "Hi");
        compare(sendSpy.signalArguments[0][1].length, 0);
        // The page clears the composer once the message is accepted; until then the text stays.
        compare(composer.text, "Hi");
        composer.clear();
        compare(composer.text, "");
        // The keypad's Enter sends too.
        composer.text = "Again";
        keyClick(Qt.Key_Enter);
        compare(sendSpy.count, 2);
    }

    function test_shiftEnterStartsANewLine() {
        const composer = createComposer();
        composer.text = "one";
        composer.input.cursorPosition = 3;
        keyClick(Qt.Key_Return, Qt.ShiftModifier);
        keyClick("t");
        keyClick("w");
        keyClick("o");
        compare(composer.text, "one\ntwo");
        compare(sendSpy.count, 0);
        keyClick(Qt.Key_Return);
        compare(sendSpy.count, 1);
        compare(sendSpy.signalArguments[0][0], "one\ntwo");
    }

    function test_emptyTextIsNotSent() {
        const composer = createComposer();
        composer.text = "  \n ";
        keyClick(Qt.Key_Return);
        compare(sendSpy.count, 0);
        const send = findChild(composer, "sendButton");
        verify(!send.enabled);
    }

    function test_stopWhileStreaming() {
        const composer = createComposer();
        const send = findChild(composer, "sendButton");
        const stop = findChild(composer, "stopButton");
        verify(send.visible);
        verify(!stop.visible);

        composer.streaming = true;
        verify(!send.visible);
        verify(stop.visible);
        // Typing goes on while a reply streams; Enter does not send and keeps the text.
        keyClick("n");
        keyClick("e");
        keyClick("x");
        keyClick("t");
        keyClick(Qt.Key_Return);
        compare(sendSpy.count, 0);
        compare(composer.text, "next");
        mouseClick(stop);
        compare(stopSpy.count, 1);

        composer.streaming = false;
        verify(send.visible);
        mouseClick(send);
        compare(sendSpy.count, 1);
        compare(sendSpy.signalArguments[0][0], "next");
    }

    function test_attachments() {
        const composer = createComposer();
        composer.addFiles(["file:///tmp/notes.txt", "file:///tmp/photo.png", "https://example.org/x", "file:///tmp/notes.txt"]);
        compare(composer.attachments.length, 2);
        verify(composer.isImage(composer.attachments[1]));
        verify(!composer.isImage(composer.attachments[0]));
        compare(composer.fileName("file:///tmp/my%20file.txt"), "my file.txt");
        const list = findChild(composer, "attachmentList");
        verify(list.visible);

        composer.text = "See the files";
        keyClick(Qt.Key_Return);
        compare(sendSpy.count, 1);
        compare(sendSpy.signalArguments[0][1].length, 2);
        compare(sendSpy.signalArguments[0][1][0], "file:///tmp/notes.txt");

        const remove = findChild(composer, "removeAttachmentButton");
        verify(remove);
        // Qt 6.4's test clock can make this click and an earlier test's one a double click
        // (which a button does not take as a click): the delay keeps them apart.
        mouseClick(remove, remove.width / 2, remove.height / 2, Qt.LeftButton, Qt.NoModifier, Qt.styleHints.mouseDoubleClickInterval + 50);
        tryVerify(() => composer.attachments.length === 1);
        composer.clear();
        compare(composer.attachments.length, 0);
        verify(!list.visible);
    }
}
