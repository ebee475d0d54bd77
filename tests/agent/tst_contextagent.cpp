// SPDX-License-Identifier: GPL-3.0-or-later
#include "agentrun.h"
#include "agenttesthelpers.h"
#include "contextagent.h"
#include "eventchannel.h"
#include "llmclient.h"
#include "scriptedprovider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <QCoroTask>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using T = StreamEvent::Type;
using S = StreamEvent::Stage;

class TestContextAgent : public QObject
{
    Q_OBJECT

    ScriptedProvider *m_provider = nullptr;
    LlmClient *m_client = nullptr;
    ContextAgent *m_agent = nullptr;

    AgentRun *startRun(const QString &query, EventRecorder **recorder, const AgentContext &context = {})
    {
        AgentRun *run = m_agent->processStream(query, {}, u"user"_s, context, this);
        *recorder = new EventRecorder(run->channel()->createReader(run));
        (*recorder)->setParent(run);
        run->start();
        return run;
    }

private Q_SLOTS:
    void init()
    {
        m_provider = new ScriptedProvider(this);
        QVERIFY(m_provider->listen());
        m_client = m_provider->newClient(this);
        m_agent = new ContextAgent(m_client, this);
    }

    void cleanup()
    {
        delete m_agent;
        delete m_client;
        delete m_provider;
    }

    void plainChatEventOrder()
    {
        m_provider->enqueue(ScriptedResponse::chatStream({u"Hello"_s, u", "_s, u"world"_s, u"!"_s}).withPieceDelay(2ms));
        AgentContext context;
        context.assistantMessageId = 42;
        context.eventIds = {{u"conversation_id"_s, 7}};
        EventRecorder *recorder = nullptr;
        AgentRun *run = startRun(u"Say hello"_s, &recorder, context);
        QTRY_VERIFY(recorder->ended());

        const QStringList types = recorder->types();
        QCOMPARE(types.first(), u"session_start"_s);
        QCOMPARE(types.mid(1, 2), (QStringList{u"running"_s, u"thinking"_s}));
        QCOMPARE(types.last(), u"stream_complete"_s);
        QCOMPARE(types.mid(types.size() - 3, 2), (QStringList{u"usage"_s, u"done"_s}));
        QCOMPARE(recorder->text(), u"Hello, world!"_s);
        QCOMPARE(run->content(), u"Hello, world!"_s);
        QCOMPARE(run->status(), AgentRun::Status::Completed);

        const QByteArray start = recorder->events.first().toJson();
        QVERIFY2(start.startsWith("{\"type\": \"session_start\", \"session_id\": \"session_"), start.constData());
        QVERIFY2(start.contains("\"assistant_message_id\": 42, \"conversation_id\": 7"), start.constData());

        int expectedIndex = recorder->ofType(T::StreamChunk).first().metadata.value(u"index").toInt();
        QCOMPARE(expectedIndex, 0);
        double progress = 0;
        for (const StreamEvent &event : std::as_const(recorder->events)) {
            if (event.type == T::StreamChunk) {
                QCOMPARE(event.metadata.value(u"index").toInt(), expectedIndex);
                expectedIndex = event.metadata.value(u"last_index").toInt(expectedIndex) + 1;
                QCOMPARE(event.stage, S::Execution);
            }
            if (event.type != T::SessionStart) {
                QVERIFY2(event.progress >= progress, "progress never goes back");
                progress = event.progress;
            }
        }
        const StreamEvent terminal = recorder->events.last();
        QCOMPARE(terminal.stage, S::Completed);
        QCOMPARE(terminal.progress, 1.0);
        QCOMPARE(terminal.metadata.value(u"finish_reason").toString(), u"stop"_s);
        QCOMPARE(terminal.metadata.value(u"conversation_id").toInt(), 7);
        QVERIFY(terminal.metadata.value(u"usage").toObject().value(u"total_tokens").toInt() > 0);
        QVERIFY(!terminal.metadata.value(u"usage").toObject().value(u"estimated").toBool());

        const QJsonObject usage = recorder->ofType(T::Usage).first().metadata.value(u"usage").toObject();
        QVERIFY(usage.contains(u"time_to_first_token_ms"));
        QVERIFY(usage.value(u"completion_tokens").toInt() > 0);

        // One request, and no classification call in the default (direct) mode.
        QCOMPARE(m_provider->chatRequests().size(), 1);
        const QJsonObject body = m_provider->chatRequests().first().json();
        QCOMPARE(body.value(u"stream_options").toObject().value(u"include_usage").toBool(), true);
        const QJsonArray messages = body.value(u"messages").toArray();
        QCOMPARE(messages.first().toObject().value(u"role").toString(), u"system"_s);
        QCOMPARE(messages.last().toObject().value(u"content").toString(), u"Say hello"_s);
    }

    void historyIsInOrderAndQuestionNotRepeated()
    {
        m_provider->enqueue(ScriptedResponse::chatStream({u"ok"_s}));
        AgentContext context;
        context.history = {ChatMessage::user(u"one"_s), ChatMessage::assistant(u"two"_s), ChatMessage::user(u"three"_s)};
        EventRecorder *recorder = nullptr;
        startRun(u"three"_s, &recorder, context);
        QTRY_VERIFY(recorder->ended());
        const QJsonArray messages = m_provider->chatRequests().first().json().value(u"messages").toArray();
        QStringList contents;
        for (const QJsonValue &m : messages) {
            contents << m.toObject().value(u"content").toString();
        }
        QCOMPARE(contents.mid(1), (QStringList{u"one"_s, u"two"_s, u"three"_s}));
    }

    void reasoningChunks()
    {
        m_provider->enqueue(ScriptedResponse::fromFile(u"deepseek_reasoning.sse"_s).splitEvery(7));
        EventRecorder *recorder = nullptr;
        AgentRun *run = startRun(u"Think"_s, &recorder);
        QTRY_VERIFY(recorder->ended());
        QVERIFY(!recorder->text(T::ReasoningChunk).isEmpty());
        QCOMPARE(recorder->text(T::ReasoningChunk), run->reasoning());
        QVERIFY(!run->content().isEmpty());
        // Reasoning comes before the answer.
        QVERIFY(recorder->types().indexOf(u"reasoning_chunk"_s) < recorder->types().indexOf(u"stream_chunk"_s));
    }

    void twoParallelToolCalls()
    {
        m_agent->tools().add(std::make_shared<TestTool>(u"alpha"_s, TestTool::Behaviour::Echo));
        m_agent->tools().add(std::make_shared<TestTool>(u"beta"_s, TestTool::Behaviour::Echo));
        m_provider->enqueue(ScriptedResponse::toolCallStream(
            {{u"call_a"_s, u"alpha"_s, u"{\"q\":\"one\"}"_s}, {u"call_b"_s, u"beta"_s, u"{\"q\":\"two\"}"_s}}, 3));
        m_provider->enqueue(ScriptedResponse::chatStream({u"Both tools answered."_s}));
        EventRecorder *recorder = nullptr;
        AgentRun *run = startRun(u"Use the tools"_s, &recorder);
        QTRY_VERIFY(recorder->ended());

        const auto calls = recorder->ofType(T::ToolCall);
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls[0].metadata.value(u"name").toString(), u"alpha"_s);
        QCOMPARE(calls[1].metadata.value(u"tool_call_id").toString(), u"call_b"_s);
        QCOMPARE(calls[1].metadata.value(u"arguments").toString(), u"{\"q\":\"two\"}"_s);
        const auto results = recorder->ofType(T::ToolResult);
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0].metadata.value(u"result").toString(), u"alpha got one"_s);
        QCOMPARE(results[1].metadata.value(u"result").toString(), u"beta got two"_s);
        QCOMPARE(run->content(), u"Both tools answered."_s);
        QCOMPARE(run->toolRecords().size(), 2);

        // The second request carries the assistant's calls and both results, in order.
        QCOMPARE(m_provider->chatRequests().size(), 2);
        const QJsonArray messages = m_provider->chatRequests().at(1).json().value(u"messages").toArray();
        const QJsonObject assistant = messages.at(messages.size() - 3).toObject();
        QCOMPARE(assistant.value(u"tool_calls").toArray().size(), 2);
        QCOMPARE(messages.at(messages.size() - 2).toObject().value(u"tool_call_id").toString(), u"call_a"_s);
        QCOMPARE(messages.at(messages.size() - 1).toObject().value(u"content").toString(), u"beta got two"_s);
        QCOMPARE(recorder->events.last().stage, S::Completed);
        QVERIFY(recorder->ofType(T::Fail).isEmpty());
    }

    void failingAndUnknownToolsGiveTheModelAnError()
    {
        m_agent->tools().add(std::make_shared<TestTool>(u"broken"_s, TestTool::Behaviour::Fail));
        m_provider->enqueue(ScriptedResponse::toolCallStream(
            {{u"c1"_s, u"broken"_s, u"{}"_s}, {u"c2"_s, u"missing"_s, u"{}"_s}, {u"c3"_s, u"broken"_s, u"{not json"_s}}));
        m_provider->enqueue(ScriptedResponse::chatStream({u"Sorry."_s}));
        EventRecorder *recorder = nullptr;
        startRun(u"Try"_s, &recorder);
        QTRY_VERIFY(recorder->ended());
        const auto results = recorder->ofType(T::ToolResult);
        QCOMPARE(results.size(), 3);
        for (const StreamEvent &result : results) {
            QVERIFY(!result.metadata.value(u"ok").toBool());
            QVERIFY(!result.metadata.value(u"error").toString().isEmpty());
        }
        QVERIFY(results[0].metadata.value(u"error").toString().contains(u"on fire"_s));
        QVERIFY(results[1].metadata.value(u"error").toString().contains(u"missing"_s));
        QVERIFY(results[2].metadata.value(u"error").toString().contains(u"JSON"_s));
        QVERIFY(recorder->ofType(T::Fail).isEmpty());
        QCOMPARE(recorder->events.last().stage, S::Completed);
        const QJsonArray messages = m_provider->chatRequests().at(1).json().value(u"messages").toArray();
        QVERIFY(messages.last().toObject().value(u"content").toString().startsWith(u"Error: "_s));
    }

    void toolTimeout()
    {
        AgentSettings settings;
        settings.toolTimeoutMs = 100;
        m_agent->setSettings(settings);
        m_agent->tools().add(std::make_shared<TestTool>(u"slow"_s, TestTool::Behaviour::Sleep, 600));
        m_provider->enqueue(ScriptedResponse::toolCallStream({{u"c1"_s, u"slow"_s, u"{}"_s}}));
        m_provider->enqueue(ScriptedResponse::chatStream({u"It timed out."_s}));
        EventRecorder *recorder = nullptr;
        startRun(u"Wait"_s, &recorder);
        QTRY_VERIFY_WITH_TIMEOUT(recorder->ended(), 550);
        const auto results = recorder->ofType(T::ToolResult);
        QCOMPARE(results.size(), 1);
        QVERIFY(results[0].metadata.value(u"timed_out").toBool());
        QCOMPARE(recorder->events.last().stage, S::Completed);
    }

    void toolRoundLimit()
    {
        AgentSettings settings;
        settings.maxToolRounds = 2;
        m_agent->setSettings(settings);
        m_agent->tools().add(std::make_shared<TestTool>(u"again"_s, TestTool::Behaviour::Echo));
        m_provider->setResponder([](const ReceivedRequest &) {
            return ScriptedResponse::toolCallStream({{u"c"_s, u"again"_s, u"{}"_s}});
        });
        EventRecorder *recorder = nullptr;
        startRun(u"Loop forever"_s, &recorder);
        QTRY_VERIFY(recorder->ended());
        QCOMPARE(m_provider->chatRequests().size(), 3);
        QCOMPARE(recorder->ofType(T::ToolResult).size(), 2);
        QCOMPARE(m_provider->chatRequests().last().json().value(u"tool_choice").toString(), u"none"_s);
        QCOMPARE(recorder->events.last().metadata.value(u"finish_reason").toString(), u"tool_calls"_s);
        QCOMPARE(recorder->events.last().stage, S::Completed);
    }

    void asyncToolsAnswerAndAreCancelled()
    {
        auto quick = std::make_shared<TestAsyncTool>(u"quick"_s, 20);
        auto stuck = std::make_shared<TestAsyncTool>(u"stuck"_s, -1);
        m_agent->tools().add(quick);
        m_agent->tools().add(stuck);
        m_provider->enqueue(ScriptedResponse::toolCallStream({{u"c1"_s, u"quick"_s, u"{}"_s}}));
        m_provider->enqueue(ScriptedResponse::toolCallStream({{u"c2"_s, u"stuck"_s, u"{}"_s}}));
        EventRecorder *recorder = nullptr;
        AgentRun *run = startRun(u"Go"_s, &recorder);
        QTRY_COMPARE(recorder->ofType(T::ToolCall).size(), 2);
        QCOMPARE(recorder->ofType(T::ToolResult).first().metadata.value(u"result").toString(), u"async c1"_s);
        run->interrupt();
        QTRY_VERIFY(recorder->ended());
        QCOMPARE(stuck->cancels(), 1);
        QCOMPARE(quick->cancels(), 0);
    }

    void providerErrorMidStream()
    {
        m_provider->enqueue(ScriptedResponse::fromFile(u"openai_error_midstream.sse"_s));
        EventRecorder *recorder = nullptr;
        AgentRun *run = startRun(u"Fail please"_s, &recorder);
        QTRY_VERIFY(recorder->ended());
        const auto fails = recorder->ofType(T::Fail);
        QCOMPARE(fails.size(), 1);
        QVERIFY(!fails[0].content.isEmpty());
        QCOMPARE(fails[0].metadata.value(u"error_code").toString(), u"Provider"_s);
        const StreamEvent terminal = recorder->events.last();
        QCOMPARE(terminal.type, T::StreamComplete);
        QCOMPARE(terminal.stage, S::Failed);
        QCOMPARE(terminal.metadata.value(u"error").toString(), fails[0].content);
        QCOMPARE(run->status(), AgentRun::Status::Failed);
        QCOMPARE(run->content(), recorder->text());
    }

    void httpErrorBeforeStream()
    {
        m_provider->enqueue(
            ScriptedResponse::error(401, u"invalid_request_error"_s, u"Incorrect API key provided"_s, u"invalid_api_key"_s));
        EventRecorder *recorder = nullptr;
        startRun(u"Hi"_s, &recorder);
        QTRY_VERIFY(recorder->ended());
        QCOMPARE(recorder->ofType(T::Fail).first().metadata.value(u"http_status").toInt(), 401);
        QCOMPARE(recorder->events.last().metadata.value(u"error_code").toString(), u"Authentication"_s);
        QCOMPARE(recorder->events.last().stage, S::Failed);
    }

    void interruptWhileStreaming()
    {
        QStringList pieces;
        for (int i = 0; i < 200; ++i) {
            pieces << u"word%1 "_s.arg(i);
        }
        m_provider->enqueue(ScriptedResponse::chatStream(pieces).splitEvery(64).withPieceDelay(10ms));
        EventRecorder *recorder = nullptr;
        AgentRun *run = startRun(u"Talk"_s, &recorder);
        QTRY_VERIFY(recorder->ofType(T::StreamChunk).size() >= 3);
        run->interrupt();
        QTRY_VERIFY(recorder->ended());
        QCOMPARE(recorder->events.last().type, T::Interrupted);
        QCOMPARE(run->status(), AgentRun::Status::Interrupted);
        QVERIFY(!run->content().isEmpty());
        QCOMPARE(run->content(), recorder->text());
        QTRY_COMPARE(m_provider->openConnections(), 0);
        const qsizetype count = recorder->events.size();
        QTest::qWait(100);
        QCOMPARE(recorder->events.size(), count); // nothing after the terminal event
        QVERIFY(run->content().size() < pieces.join(QString()).size());
    }

    void interruptDuringClassification()
    {
        AgentSettings settings;
        settings.mode = AgentSettings::Mode::Analyze;
        m_agent->setSettings(settings);
        m_provider->enqueue(ScriptedResponse::noResponse());
        EventRecorder *recorder = nullptr;
        AgentRun *run = startRun(u"Classify me"_s, &recorder);
        QTRY_COMPARE(m_provider->chatRequests().size(), 1);
        QTRY_VERIFY(recorder->types().contains(u"thinking"_s));
        QCOMPARE(recorder->events.last().stage, S::IntentAnalysis);
        run->interrupt();
        QTRY_VERIFY(recorder->ended());
        QCOMPARE(recorder->events.last().type, T::Interrupted);
        QTRY_COMPARE(m_provider->openConnections(), 0);
        QTest::qWait(50);
        QCOMPARE(m_provider->chatRequests().size(), 1); // no further tokens spent
    }

    void interruptDuringTool()
    {
        m_agent->tools().add(std::make_shared<TestTool>(u"slow"_s, TestTool::Behaviour::Sleep, 400));
        m_provider->enqueue(ScriptedResponse::toolCallStream({{u"c1"_s, u"slow"_s, u"{}"_s}}));
        EventRecorder *recorder = nullptr;
        AgentRun *run = startRun(u"Slow tool"_s, &recorder);
        QTRY_VERIFY(recorder->types().contains(u"tool_call"_s));
        QElapsedTimer clock;
        clock.start();
        run->interrupt();
        QVERIFY(recorder->ended() || QTest::qWaitFor([&] { return recorder->ended(); }, 200));
        QVERIFY(clock.elapsed() < 300);
        QCOMPARE(recorder->events.last().type, T::Interrupted);
        QTest::qWait(450);
        QCOMPARE(m_provider->chatRequests().size(), 1);
        QVERIFY(recorder->ofType(T::ToolResult).isEmpty());
    }

    void analyzeModeNeverHangs()
    {
        AgentSettings settings;
        settings.mode = AgentSettings::Mode::Analyze;
        m_agent->setSettings(settings);
        m_provider->enqueue(ScriptedResponse::chatStream({u"INSUFFICIENT"_s}));
        m_provider->enqueue(ScriptedResponse::chatStream({u"An answer anyway."_s}));
        EventRecorder *recorder = nullptr;
        AgentRun *run = startRun(u"What did I do?"_s, &recorder);
        QTRY_VERIFY(recorder->ended());
        QCOMPARE(run->queryType(), u"qa_analysis"_s);
        QCOMPARE(run->content(), u"An answer anyway."_s);
        QCOMPARE(recorder->events.last().stage, S::Completed);
        QVERIFY(recorder->types().contains(u"thinking"_s));
        QCOMPARE(recorder->ofType(T::Done).first().stage, S::IntentAnalysis);
    }

    void twoConcurrentRunsDoNotMix()
    {
        m_provider->setResponder([](const ReceivedRequest &request) {
            const QString question = request.json().value(u"messages").toArray().last().toObject().value(u"content").toString();
            QStringList pieces;
            for (int i = 0; i < 30; ++i) {
                pieces << u"%1-%2 "_s.arg(question).arg(i);
            }
            return ScriptedResponse::chatStream(pieces).splitEvery(48).withPieceDelay(1ms);
        });
        EventRecorder *first = nullptr;
        EventRecorder *second = nullptr;
        AgentRun *a = startRun(u"A"_s, &first);
        AgentRun *b = startRun(u"B"_s, &second);
        QTRY_VERIFY(first->ended() && second->ended());
        QVERIFY(!first->text().contains(u"B-"_s));
        QVERIFY(!second->text().contains(u"A-"_s));
        QCOMPARE(first->text(), a->content());
        QCOMPARE(second->text(), b->content());
        QVERIFY(a->sessionId() != b->sessionId());
        QCOMPARE(first->ofType(T::SessionStart).size(), 1);
        QCOMPARE(second->ofType(T::StreamComplete).size(), 1);
    }

    void slowConsumerLosesNothing()
    {
        QStringList pieces;
        for (int i = 0; i < 500; ++i) {
            pieces << u"t%1 "_s.arg(i);
        }
        m_provider->enqueue(ScriptedResponse::chatStream(pieces).splitEvery(50));
        AgentRun *run = m_agent->processStream(u"Many tokens"_s, {}, {}, {}, this);
        EventReader *slow = run->channel()->createReader(run);
        run->start();
        QTRY_VERIFY(run->isFinished());
        // The reader took nothing while the run went on: it holds a bounded number of events.
        QVERIFY2(slow->pendingCount() < 12, qPrintable(QString::number(slow->pendingCount())));
        QString text;
        for (const StreamEvent &event : slow->takeAll()) {
            if (event.type == T::StreamChunk) {
                text += event.content;
            }
        }
        QCOMPARE(text, pieces.join(QString()));
        QCOMPARE(run->channel()->pushedCount() > 500, true);
    }

    void oneShotProcess()
    {
        m_provider->enqueue(ScriptedResponse::chatStream({u"One "_s, u"shot"_s}));
        const AgentResult result = QCoro::waitFor(m_agent->process(u"Q"_s, u"s1"_s, {}, {}));
        QVERIFY(result.ok());
        QCOMPARE(result.content, u"One shot"_s);
        QCOMPARE(result.sessionId, u"s1"_s);
        QCOMPARE(result.finishReason, u"stop"_s);
    }

    void selectedTextAndAttachments()
    {
        m_provider->enqueue(ScriptedResponse::chatStream({u"Seen."_s}));
        AgentContext context;
        context.selectedContent = u"The selected paragraph."_s;
        context.attachments = {Attachment{u"notes.md"_s, {}, {}, QByteArray("# Notes\nBuy milk.")},
                               Attachment{u"blob.bin"_s, {}, {}, QByteArray("\x00\x01\x02", 3)}};
        EventRecorder *recorder = nullptr;
        startRun(u"Summarise"_s, &recorder, context);
        QTRY_VERIFY(recorder->ended());
        const auto done = recorder->ofType(T::Done);
        QCOMPARE(done.first().stage, S::ContextGathering);
        QCOMPARE(done.first().metadata.value(u"items").toArray().size(), 2);
        QCOMPARE(done.first().metadata.value(u"warnings").toArray().size(), 1);
        const QString prompt =
            m_provider->chatRequests().first().json().value(u"messages").toArray().last().toObject().value(u"content").toString();
        QVERIFY(prompt.contains(u"The selected paragraph."_s));
        QVERIFY(prompt.contains(u"Buy milk."_s));
        QVERIFY(prompt.endsWith(u"Question: Summarise"_s));
    }
};

QTEST_GUILESS_MAIN(TestContextAgent)
#include "tst_contextagent.moc"
