// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Confab
import Confab.Models

TestCase {
    id: testCase

    name: "MessageDelegate"
    width: 700
    height: 700
    visible: true
    when: windowShown

    Component {
        id: delegateComponent
        MessageDelegate {
            width: 660
        }
    }

    SignalSpy {
        id: spy
    }

    // The delegate takes its text and reasoning from a model (through RoleBindings).
    ListModel {
        id: rows
    }

    // A message's roles, as MessageModel gives them; @p values overrides some.
    function roles(values) {
        const base = {
            index: 0,
            messageId: 42,
            role: "assistant",
            content: "",
            reasoning: "",
            status: "completed",
            streaming: false,
            stage: "",
            statusLine: "",
            toolCalls: [],
            promptTokens: -1,
            completionTokens: -1,
            tokensEstimated: false,
            timeToFirstTokenMs: -1,
            tokensPerSecond: 0,
            thinking: false,
            thinkingMs: -1,
            error: "",
            createdAt: new Date(2024, 4, 1, 14, 2),
            branchIndex: 0,
            branchCount: 1,
            attachments: [],
            modelName: ""
        };
        for (const key in values)
            base[key] = values[key];
        return base;
    }

    function create(values) {
        const properties = roles(values);
        rows.clear();
        rows.append({content: properties.content, reasoning: properties.reasoning});
        delete properties.content;
        delete properties.reasoning;
        properties.hasContent = rows.get(0).content.length > 0;
        properties.hasReasoning = rows.get(0).reasoning.length > 0;
        properties.sourceModel = rows;
        const item = createTemporaryObject(delegateComponent, testCase, properties);
        verify(item, "the delegate was created");
        return item;
    }

    function setContent(item, text) {
        rows.setProperty(0, "content", text);
        item.hasContent = text.length > 0;
    }

    function watch(item, signalName) {
        spy.clear();
        spy.target = item;
        spy.signalName = signalName;
    }

    function test_userMessage() {
        const item = create({role: "user", content: "What is 2 + 2?", attachments: ["notes.txt"]});
        const bubble = findChild(item, "userBubble");
        verify(bubble.visible);
        compare(findChild(item, "userText").text, "What is 2 + 2?");
        verify(findChild(item, "editButton").visible);
        verify(!findChild(item, "regenerateButton").visible);
        verify(!findChild(item, "replyContent").visible);
        verify(findChild(item, "author").text.startsWith(qsTr("You")));

        watch(item, "editRequested");
        mouseClick(findChild(item, "editButton"));
        verify(item.editing);
        verify(!bubble.visible);
        const area = findChild(item, "editArea");
        verify(area);
        compare(area.text, "What is 2 + 2?");
        area.text = "What is 3 + 3?";
        mouseClick(findChild(item, "sendEditButton"));
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], 42);
        compare(spy.signalArguments[0][1], "What is 3 + 3?");
        verify(!item.editing);
    }

    function test_statusLineUntilTheAnswerStarts() {
        const item = create({status: "pending", streaming: true, stage: "context_gathering", statusLine: "Collecting context..."});
        const line = findChild(item, "statusLine");
        verify(line.visible);
        compare(findChild(item, "statusText").text, "Collecting context...");
        // No actions on a reply being written.
        verify(!findChild(item, "messageActions").visible);
        verify(!findChild(item, "usageFooter").visible);

        setContent(item, "The answer");
        verify(!line.visible);
        const content = findChild(item, "replyContent");
        verify(content.visible);
        compare(content.text, "The answer");
        verify(content.streaming);
    }

    function test_thinkingSection() {
        const item = create({status: "streaming", streaming: true, reasoning: "Let me think about it.", thinking: true, thinkingMs: 1500});
        const section = findChild(item, "thinkingSection");
        verify(section);
        verify(section.expanded, "open while thinking");
        compare(findChild(section, "reasoningText").text, "Let me think about it.");
        verify(findChild(section, "thinkingTitle").text.indexOf(LocaleFormat.number(1.5, 1)) >= 0);
        verify(!findChild(item, "statusLine").visible);

        item.thinking = false;
        setContent(item, "Answer.");
        verify(!section.expanded, "closed once the answer starts");
        mouseClick(findChild(section, "thinkingHeader"));
        verify(section.expanded, "the user opens it");
        item.streaming = false;
        verify(section.expanded);
    }

    function test_longReasoningShowsItsTailWhileStreaming() {
        const longText = "x".repeat(5000) + "END";
        const item = create({status: "streaming", streaming: true, reasoning: longText, thinking: true});
        const text = findChild(item, "reasoningText").text;
        compare(text.length, 1501);
        verify(text.startsWith("…"));
        verify(text.endsWith("END"));
        item.streaming = false;
        compare(findChild(item, "reasoningText").text.length, longText.length);
    }

    function test_toolCallCard() {
        const call = {callId: "call_1", name: "search_history", arguments: "{\"query\":\"paris\"}", result: "", error: "",
                      ok: false, running: true, durationMs: 0, approval: "pending"};
        const item = create({status: "streaming", streaming: true, toolCalls: [call]});
        const card = findChild(item, "toolCallCard");
        verify(card);
        compare(findChild(card, "toolName").text, "search_history");
        verify(findChild(card, "allowButton").visible);
        watch(item, "toolCallDecided");
        mouseClick(findChild(card, "allowButton"));
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], "call_1");
        compare(spy.signalArguments[0][1], true);

        // Done: collapsed to one line; open it for the arguments and the result.
        item.toolCalls = [Object.assign({}, call, {running: false, ok: true, approval: "allowed", result: "3 hits", durationMs: 12})];
        const done = findChild(item, "toolCallCard");
        verify(!findChild(done, "allowButton") || !findChild(done, "allowButton").visible);
        verify(findChild(done, "toolState").text.indexOf("12") >= 0);
        verify(!findChild(done, "toolArguments"));
        mouseClick(findChild(done, "toolCallHeader"));
        tryVerify(() => findChild(done, "toolArguments") !== null);
        verify(findChild(done, "toolArguments").text.indexOf("\"query\": \"paris\"") >= 0);
        compare(findChild(done, "toolResult").text, "3 hits");
    }

    function test_usageFooter() {
        const item = create({content: "Done.", completionTokens: 1234, promptTokens: 20, timeToFirstTokenMs: 350, tokensPerSecond: 42.5,
                             modelName: "demo-model"});
        const footer = findChild(item, "usageFooter");
        verify(footer.visible);
        verify(footer.text.indexOf(LocaleFormat.number(1234)) >= 0, footer.text);
        verify(footer.text.indexOf(LocaleFormat.number(0.35, 2)) >= 0, footer.text);
        verify(footer.text.indexOf(LocaleFormat.number(42.5, 1)) >= 0, footer.text);
        verify(footer.text.indexOf("demo-model") >= 0, footer.text);
        item.completionTokens = -1;
        verify(!footer.visible);
    }

    function test_errorWithRetry() {
        const item = create({status: "failed", error: "Incorrect API key provided"});
        const box = findChild(item, "errorBox");
        verify(box.visible);
        compare(findChild(item, "errorText").text, "Incorrect API key provided");
        watch(item, "retryRequested");
        mouseClick(findChild(item, "retryButton"));
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], 42);
        item.busy = true;
        verify(!findChild(item, "retryButton").enabled);
    }

    function test_stoppedReply() {
        const item = create({status: "cancelled", content: "Partial"});
        verify(findChild(item, "stoppedNote").visible);
        verify(!findChild(item, "errorBox").visible);
        verify(findChild(item, "regenerateButton").visible);
    }

    function test_actionsShowOnTheLastMessageOrUnderThePointer() {
        const item = create({content: "Older reply"});
        const actions = findChild(item, "messageActions");
        mouseMove(testCase, testCase.width - 2, testCase.height - 2);
        tryCompare(actions, "opacity", 0);
        mouseMove(item, item.width / 2, 10);
        tryCompare(actions, "opacity", 1);
        mouseMove(testCase, testCase.width - 2, testCase.height - 2);
        tryCompare(actions, "opacity", 0);
        item.isLast = true;
        compare(actions.opacity, 1);
    }

    function test_branchSwitcher() {
        const item = create({content: "Second try", branchIndex: 1, branchCount: 3});
        compare(findChild(item, "branchPosition").text, "2/3");
        watch(item, "siblingRequested");
        mouseClick(findChild(item, "previousBranchButton"));
        mouseClick(findChild(item, "nextBranchButton"));
        compare(spy.count, 2);
        compare(spy.signalArguments[0][1], -1);
        compare(spy.signalArguments[1][1], 1);

        watch(item, "regenerateRequested");
        mouseClick(findChild(item, "regenerateButton"));
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], 42);

        const single = create({content: "Only one"});
        verify(!findChild(single, "branchPosition").visible);
    }
}
