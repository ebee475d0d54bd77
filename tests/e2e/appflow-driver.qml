// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real Confab window for tst_appflow (loaded through CONFAB_TEST_DRIVER): clicks and
// keys go through the window system's event path (QtTest's TestEvent), like a user's. The test
// copies this file next to a config.js naming the run, the provider's URL and the screenshot
// folder. Each step prints "E2E: <step>"; the run ends with "E2E PASS <run>" and exit code 0, or
// "E2E FAIL ..." and 1.
import QtQuick
import QtTest
import Confab.Models
import "config.js" as Config

Item {
    id: driver

    property var window
    readonly property string runName: Config.run
    readonly property string baseUrl: Config.baseUrl
    readonly property string shots: Config.shots
    property var steps: []
    property int index: 0
    property bool started: false
    property real stepStart: 0
    property var state: ({})

    TestEvent {
        id: events
    }

    SearchModel {
        id: answerSearch
        delay: 0
    }

    function log(text) {
        console.info("E2E: " + text);
    }

    function finish(code, text) {
        console.info(text);
        tick.stop();
        Qt.exit(code);
    }

    // ---- Finding things ----
    function find(name, root) {
        const start = root || window.contentItem.parent;
        const queue = [start];
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

    function isShown(item) {
        for (let it = item; it; it = it.parent) {
            if (!it.visible)
                return false;
        }
        return !!item;
    }

    /** The chat page's message field: "composerInput", else the editable text area nearest the bottom. */
    function composerInput(page) {
        const named = find("composerInput", page);
        if (named && isShown(named))
            return named;
        let best = null;
        const queue = [page];
        while (queue.length > 0) {
            const item = queue.shift();
            if (!item)
                continue;
            if (item.hasOwnProperty("placeholderText") && item.hasOwnProperty("wrapMode") && typeof item.insert === "function" &&
                    !item.readOnly && isShown(item) && item.enabled) {
                const y = item.mapToItem(null, 0, 0).y;
                if (!best || y > best.y)
                    best = { item: item, y: y };
            }
            const kids = item.children || [];
            for (let i = 0; i < kids.length; ++i)
                queue.push(kids[i]);
        }
        return best ? best.item : null;
    }

    // ---- Acting ----
    function click(name) {
        const item = typeof name === "string" ? find(name) : name;
        if (!item)
            throw new Error("nothing named " + name);
        events.mouseClick(item, item.width / 2, item.height / 2, Qt.LeftButton, Qt.NoModifier, -1);
    }

    function type(text) {
        for (let i = 0; i < text.length; ++i)
            events.keyClickChar(text[i], Qt.NoModifier, -1);
    }

    function key(k, modifiers) {
        events.keyClick(k, modifiers || Qt.NoModifier, -1);
    }

    // Grabs the whole window a few frames after the last change, so that the picture shows it.
    function shoot(name) {
        state.shotDone = false;
        shotTimer.path = shots + "/" + name + ".png";
        shotTimer.restart();
    }

    Timer {
        id: shotTimer
        property string path
        interval: 300
        onTriggered: {
            const pending = driver.state;
            const target = path;
            driver.window.contentItem.parent.grabToImage(result => {
                pending.shotDone = result.saveToFile(target);
                driver.log("screenshot " + target + (pending.shotDone ? "" : " FAILED"));
            });
        }
    }

    function shotTaken() {
        return state.shotDone === true;
    }

    // Screenshots in both schemes: light, then dark, then back to light.
    function shotSteps(name) {
        return [
            { name: name + " light", run: () => { Backend.colorScheme = "light"; state.settle = Date.now(); }, until: () => Date.now() - state.settle > 400 },
            { name: name + " light shot", run: () => shoot(name + "-light"), until: shotTaken },
            { name: name + " dark", run: () => { Backend.colorScheme = "dark"; state.settle = Date.now(); }, until: () => Date.now() - state.settle > 400 },
            { name: name + " dark shot", run: () => shoot(name + "-dark"), until: shotTaken },
            { name: name + " back to light", run: () => Backend.colorScheme = "light" }
        ];
    }

    // The last step: everything passed; closing the window saves its state and quits.
    function closeStep() {
        return { name: "close", run: () => { console.info("E2E PASS " + runName); tick.stop(); window.close(); } };
    }

    // ---- The runs ----
    function firstRun() {
        const userText = "How do I sort a list in Python?";
        return [
            { name: "onboarding shown", until: () => window.onboarding && isShown(find("welcomeTitle")) },
            { name: "no empty window", until: () => !isShown(find("mainView")) },
            { name: "local servers looked for", until: () => isShown(find("noLocalServer")) || isShown(find("detected-ollama")) || isShown(find("detected-lmstudio")) || isShown(find("detected-llamacpp")), timeout: 8000 },
            ...shotSteps("onboarding"),
            { name: "choose Custom", run: () => click("preset-custom"), until: () => isShown(find("providerFormFrame")) },
            { name: "type the address", run: () => { click("urlField"); type(baseUrl); }, until: () => find("providerForm").editor.baseUrl === baseUrl },
            { name: "name it", run: () => { click("nameField"); key(Qt.Key_A, Qt.ControlModifier); type("Fake provider"); }, until: () => find("providerForm").editor.name === "Fake provider" },
            { name: "test connection", run: () => click("testButton"), until: () => find("providerForm").editor.testOk && find("providerForm").editor.models.indexOf("confab-demo") >= 0, timeout: 10000 },
            { name: "model chosen", until: () => find("providerForm").editor.model === "confab-demo" },
            ...shotSteps("onboarding-form"),
            { name: "save", run: () => click("saveButton"), until: () => !window.onboarding && isShown(find("mainView")), timeout: 10000 },
            { name: "chat page", until: () => find("chatLoader").item !== null },
            { name: "chat page takes a conversation", run: () => {
                    if (!find("chatLoader").item.hasOwnProperty("conversationId"))
                        throw new Error("the chat page has no conversationId property");
                } },
            { name: "composer found", until: () => composerInput(find("chatLoader").item) !== null },
            { name: "type a message", run: () => { const input = composerInput(find("chatLoader").item); click(input); type(userText); }, until: () => composerInput(find("chatLoader").item).text === userText },
            { name: "send with Enter", run: () => key(Qt.Key_Return), until: () => window.conversationId > 0, timeout: 10000 },
            { name: "conversation in the sidebar", until: () => find("conversation-" + window.conversationId) !== null },
            { name: "answer stored", run: () => answerSearch.text = "offline demo provider", until: () => { answerSearch.search(); return answerSearch.count > 0; }, timeout: 15000 },
            { name: "reply finished", until: () => !find("conversation-" + window.conversationId).busy, timeout: 15000 },
            { name: "model wrote the title", until: () => { const t = find("conversation-" + window.conversationId).title; return t.length > 0 && t !== userText; }, timeout: 15000 },
            { name: "import older conversations", run: () => {
                    const result = Backend.importFile("file://" + Config.fixture);
                    if (!result.ok)
                        throw new Error(result.message);
                    log(result.message);
                }, until: () => find("conversationList").count === 3 },
            ...shotSteps("chat"),
            { name: "resize and move", run: () => { window.width = 1010; window.height = 690; window.x = 40; window.y = 30; state.settle = Date.now(); }, until: () => Date.now() - state.settle > 300 },
            { name: "report", run: () => log("conversation " + window.conversationId + " title " + find("conversation-" + window.conversationId).title) },
            closeStep()
        ];
    }

    function secondRun() {
        return [
            { name: "no onboarding after a restart", until: () => !window.onboarding && isShown(find("mainView")) },
            { name: "window size restored", until: () => window.width === 1010 && window.height === 690 },
            { name: "last conversation restored", until: () => window.conversationId > 0 && find("conversation-" + window.conversationId) !== null },
            { name: "conversation kept with its title", run: () => {
                    const list = find("conversationList");
                    if (list.count !== 3)
                        throw new Error("expected three conversations, found " + list.count);
                    log("title " + find("conversation-" + window.conversationId).title);
                } },
            { name: "ready for a second launch", run: () => { console.info("E2E READY"); state.settle = Date.now(); }, until: () => Date.now() - state.settle > 4000 },
            { name: "new chat with Ctrl+N", run: () => { state.chatted = window.conversationId; key(Qt.Key_N, Qt.ControlModifier); }, until: () => window.conversationId === 0 },
            { name: "Ctrl+K searches, even from the message box", run: () => key(Qt.Key_K, Qt.ControlModifier), until: () => find("searchField").activeFocus },
            { name: "type a query", run: () => type("sort list"), until: () => find("searchResults").count > 0 && !find("searchResults").model.busy, timeout: 5000 },
            { name: "highlighted snippet", until: () => find("searchResults").itemAtIndex(0) && find("snippet", find("searchResults").itemAtIndex(0)).text.indexOf("<b>") >= 0 },
            ...shotSteps("sidebar-search"),
            { name: "open the hit with the keyboard", run: () => { key(Qt.Key_Down); key(Qt.Key_Return); }, until: () => window.conversationId === state.chatted && state.chatted > 0 },
            { name: "clear the search", run: () => { click("searchField"); key(Qt.Key_Escape); }, until: () => find("conversationList").visible },
            { name: "Ctrl+, opens the settings", run: () => key(Qt.Key_Comma, Qt.ControlModifier), until: () => isShown(find("settingsNav")) },
            { name: "providers page lists the provider", until: () => find("settingsPageLoader").item !== null && find("settingsPageLoader").item.children.length > 0 },
            ...shotSteps("settings"),
            { name: "appearance page", run: () => click("nav-appearance"), until: () => isShown(find("schemeDark")) },
            ...shotSteps("settings-appearance"),
            { name: "local server page", run: () => click("nav-server"), until: () => isShown(find("serverPort")) && find("serverToken").text.length > 0 },
            ...shotSteps("settings-server"),
            { name: "Escape goes back", run: () => key(Qt.Key_Escape), until: () => !window.settingsOpen },
            closeStep()
        ];
    }

    // A broken history file and a provider from OPENAI_BASE_URL: straight to the chat, with
    // a banner saying where the old file went.
    function noticeRun() {
        return [
            { name: "provider from the environment: no onboarding", until: () => !window.onboarding && isShown(find("mainView")) },
            { name: "startup notice shown", until: () => isShown(find("startupNotice")) && find("bannerText", find("startupNotice")).text.length > 0 },
            { name: "notice text", run: () => log("notice: " + find("bannerText", find("startupNotice")).text) },
            ...shotSteps("startup-notice"),
            { name: "dismiss", run: () => click(find("dismissButton", find("startupNotice"))), until: () => !isShown(find("startupNotice")) },
            closeStep()
        ];
    }

    function advance() {
        if (index >= steps.length) {
            finish(0, "E2E PASS " + runName);
            return;
        }
        const step = steps[index];
        try {
            if (!started) {
                started = true;
                stepStart = Date.now();
                state.shotDone = undefined;
                if (step.run)
                    step.run();
            }
            if (!step.until || step.until()) {
                log(step.name);
                ++index;
                started = false;
                return;
            }
        } catch (e) {
            finish(1, "E2E FAIL " + step.name + ": " + e);
            return;
        }
        if (Date.now() - stepStart > (step.timeout || 5000))
            finish(1, "E2E FAIL " + step.name + ": timed out");
    }

    Timer {
        id: tick
        interval: 50
        repeat: true
        onTriggered: driver.advance()
    }

    Component.onCompleted: {
        // Shortcuts need the window to be the active one (there is no window manager under Xvfb).
        const activate = { name: "window active", run: () => window.requestActivate(), until: () => window.active };
        steps = [activate].concat(runName === "second" ? secondRun() : runName === "notice" ? noticeRun() : firstRun());
        tick.start();
    }
}
