// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the INSTALLED window for scripts/package-test (loaded through CONFAB_TEST_DRIVER): with a
// provider from OPENAI_BASE_URL (confab-fake-provider on loopback), the chat page must show its
// composer; a message typed there and sent must come back as the fake provider's reply.
// It imports only QtQuick, which the package depends on, so that it needs nothing the package
// does not install (tests/packaging/qmldepends.cmake checks that). Each step prints
// "PACKAGE-TEST: <step>"; the run ends with "PACKAGE-TEST PASS" and exit code 0, or
// "PACKAGE-TEST FAIL <step>: <why>" and exit code 1.
import QtQuick

Item {
    id: driver

    property var window
    readonly property string question: "Hello from the package test"
    property var steps: []
    property int index: 0
    property bool started: false
    property real stepStart: 0

    function finish(code, text) {
        console.info(text);
        tick.stop();
        Qt.exit(code);
    }

    /** The first item named @p name under @p root (breadth first, into controls' content items). */
    function find(name, root) {
        const queue = [root || window.contentItem.parent];
        while (queue.length > 0) {
            const item = queue.shift();
            if (!item)
                continue;
            if (item.objectName === name)
                return item;
            const kids = item.children || [];
            let hasContent = false;
            for (let i = 0; i < kids.length; ++i) {
                queue.push(kids[i]);
                hasContent = hasContent || kids[i] === item.contentItem;
            }
            if (item.contentItem && !hasContent && item.contentItem !== item)
                queue.push(item.contentItem);
        }
        return null;
    }

    /** Whether a shown item under @p root has a text property containing @p needle. */
    function showsText(root, needle) {
        const queue = [root];
        while (queue.length > 0) {
            const item = queue.shift();
            if (!item || !item.visible)
                continue;
            if (typeof item.text === "string" && item.text.indexOf(needle) >= 0)
                return true;
            const kids = item.children || [];
            for (let i = 0; i < kids.length; ++i)
                queue.push(kids[i]);
            if (item.contentItem && kids.indexOf(item.contentItem) < 0 && item.contentItem !== item)
                queue.push(item.contentItem);
        }
        return false;
    }

    function isShown(item) {
        for (let it = item; it; it = it.parent) {
            if (!it.visible)
                return false;
        }
        return !!item;
    }

    function chatPage() {
        const loader = find("chatLoader");
        return loader ? loader.item : null;
    }

    function plan() {
        return [
            { name: "the provider from OPENAI_BASE_URL skips the onboarding", until: () => !window.onboarding && isShown(find("mainView")), timeout: 15000 },
            { name: "the chat page is loaded", until: () => chatPage() !== null, timeout: 10000 },
            { name: "the chat page has its composer", until: () => isShown(find("composerInput", chatPage())), timeout: 10000 },
            { name: "type a message", run: () => find("composerInput", chatPage()).text = question,
              until: () => find("sendButton", chatPage()).enabled },
            { name: "send it", run: () => find("sendButton", chatPage()).clicked(), until: () => window.conversationId > 0, timeout: 10000 },
            { name: "the fake provider's reply is shown", until: () => showsText(find("messageList", chatPage()), "offline demo provider"), timeout: 30000 },
            { name: "the reply finished", until: () => isShown(find("sendButton", chatPage())), timeout: 30000 }
        ];
    }

    function advance() {
        if (index >= steps.length) {
            finish(0, "PACKAGE-TEST PASS");
            return;
        }
        const step = steps[index];
        try {
            if (!started) {
                started = true;
                stepStart = Date.now();
                if (step.run)
                    step.run();
            }
            if (!step.until || step.until()) {
                console.info("PACKAGE-TEST: " + step.name);
                ++index;
                started = false;
                return;
            }
        } catch (e) {
            finish(1, "PACKAGE-TEST FAIL " + step.name + ": " + e);
            return;
        }
        if (Date.now() - stepStart > (step.timeout || 5000))
            finish(1, "PACKAGE-TEST FAIL " + step.name + ": timed out");
    }

    Timer {
        id: tick
        interval: 50
        repeat: true
        onTriggered: driver.advance()
    }

    Component.onCompleted: {
        steps = plan();
        tick.start();
    }
}
