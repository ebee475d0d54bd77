// SPDX-License-Identifier: GPL-3.0-or-later
#include "chunkdecoder.h"
#include "scriptedresponse.h"
#include "ssedecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
/** Runs a transcript through SseDecoder and ChunkDecoder, recording every delta. */
struct Replay
{
    ChunkDecoder decoder;
    QString content;
    QString reasoning;
    QList<int> toolSlots;
    QList<Usage> usages;
    int contentDeltas = 0;

    Replay()
    {
        decoder.setContentHandler([this](const QString &text) {
            QVERIFY(!text.isEmpty());
            content += text;
            ++contentDeltas;
        });
        decoder.setReasoningHandler([this](const QString &text) {
            QVERIFY(!text.isEmpty());
            reasoning += text;
        });
        decoder.setToolCallHandler([this](int slot, const ToolCall &) { toolSlots.append(slot); });
        decoder.setUsageHandler([this](const Usage &usage) { usages.append(usage); });
    }

    void feedStream(const QByteArray &body, qsizetype step = 0)
    {
        SseDecoder sse;
        sse.setRawEventHandler([this](QByteArrayView type, QByteArrayView data) { decoder.feed(data, type); });
        sse.setUnknownFieldHandler([this](QByteArrayView name, QByteArrayView value) {
            if (name == QByteArrayView("error")) {
                decoder.feedErrorField(value);
            }
        });
        if (step <= 0) {
            sse.feed(body);
        } else {
            for (qsizetype at = 0; at < body.size(); at += step) {
                sse.feed(QByteArrayView(body).sliced(at, std::min(step, body.size() - at)));
            }
        }
        sse.finish();
        decoder.finish();
    }
    void feedFile(const QString &name, qsizetype step = 0)
    {
        feedStream(ScriptedResponse::readDataFile(name), step);
    }
};

QByteArray chunkWith(const QJsonObject &delta, const QJsonValue &finish = QJsonValue::Null)
{
    const QJsonObject chunk{
        {u"choices"_s, QJsonArray{QJsonObject{{u"index"_s, 0}, {u"delta"_s, delta}, {u"finish_reason"_s, finish}}}}};
    return QJsonDocument(chunk).toJson(QJsonDocument::Compact);
}

QByteArray toolFragment(const QJsonObject &call)
{
    return chunkWith(QJsonObject{{u"tool_calls"_s, QJsonArray{call}}});
}
} // namespace

class TestChunkDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openAiWithUsage();
    void deepSeekReasoningContent();
    void openRouterReasoningAndComments();
    void ollamaReasoning();
    void llamaCppNullContentAndBareDone();
    void azureFilterChunks();
    void parallelToolCalls();
    void ollamaToolCallsAllIndexZero();
    void toolCallWithoutIndex();
    void toolCallIndexReusedForNewId();
    void toolCallShiftedIndex();
    void toolCallLimits();
    void errorObjectMidStream();
    void openRouterErrorChunk();
    void eventErrorAndErrorField();
    void lmStudioErrorShape();
    void keepAliveData();
    void malformedJsonKeepsPartialText();
    void nonObjectJson();
    void invalidUtf8InsideJson();
    void thinkTagsInContent();
    void thinkTagsCanBeDisabled();
    void doneEndsTheStream();
    void wholeCompletion();
    void transcriptsAreSplitInvariant_data();
    void transcriptsAreSplitInvariant();
};

void TestChunkDecoder::openAiWithUsage()
{
    Replay replay;
    replay.feedFile(u"openai_usage.sse"_s);
    const LlmResult &result = replay.decoder.result();
    QCOMPARE(replay.decoder.state(), ChunkDecoder::State::Done);
    QCOMPARE(result.content, u"Hello, world! 你好 🙂"_s);
    QCOMPARE(replay.content, result.content);
    QCOMPARE(replay.contentDeltas, 6); // the empty first delta emits nothing
    QCOMPARE(result.finishReason, u"stop"_s);
    QCOMPARE(result.model, u"gpt-4.1-2025-04-14"_s);
    QCOMPARE(replay.usages.size(), 1);
    QCOMPARE(result.usage.promptTokens, 9);
    QCOMPARE(result.usage.completionTokens, 12);
    QCOMPARE(result.usage.totalTokens, 21);
    QCOMPARE(result.usage.reasoningTokens, 0);
    QVERIFY(!result.usage.estimated);
    QVERIFY(result.ok());
}

void TestChunkDecoder::deepSeekReasoningContent()
{
    Replay replay;
    replay.feedFile(u"deepseek_reasoning.sse"_s);
    const LlmResult &result = replay.decoder.result();
    QCOMPARE(result.reasoning, u"Okay, the user wants 9.11 vs 9.8."_s);
    QCOMPARE(result.content, u"9.8 is larger."_s);
    QCOMPARE(replay.reasoning, result.reasoning);
    QCOMPARE(result.usage.reasoningTokens, 33);
    QVERIFY(result.ok());
}

void TestChunkDecoder::openRouterReasoningAndComments()
{
    Replay replay;
    replay.feedFile(u"openrouter_reasoning.sse"_s);
    const LlmResult &result = replay.decoder.result();
    QCOMPARE(result.reasoning, u"Thinking about the sky."_s);
    QCOMPARE(result.content, u"The sky is blue because of Rayleigh scattering."_s);
    QCOMPARE(result.usage.totalTokens, 32);
    QCOMPARE(replay.decoder.state(), ChunkDecoder::State::Done);
}

void TestChunkDecoder::ollamaReasoning()
{
    Replay replay;
    replay.feedFile(u"ollama_reasoning.sse"_s);
    QCOMPARE(replay.decoder.result().reasoning, u"We need to greet."_s);
    QCOMPARE(replay.decoder.result().content, u"Hi there!"_s);
    QCOMPARE(replay.decoder.result().usage.completionTokens, 9);
}

void TestChunkDecoder::llamaCppNullContentAndBareDone()
{
    Replay replay;
    replay.feedFile(u"llamacpp.sse"_s);
    // The SSE layer never dispatches the last "data: [DONE]" (no blank line): finish() settles.
    QCOMPARE(replay.decoder.result().content, u"Local models are fun."_s);
    QVERIFY(!replay.decoder.result().content.contains(u"null"_s));
    QCOMPARE(replay.decoder.result().finishReason, u"stop"_s);
    QVERIFY(replay.decoder.result().ok());
}

void TestChunkDecoder::azureFilterChunks()
{
    Replay replay;
    replay.feedFile(u"azure_filter.sse"_s);
    QCOMPARE(replay.decoder.result().content, u"Filtered but fine."_s);
    QCOMPARE(replay.decoder.state(), ChunkDecoder::State::Done);
    QVERIFY(replay.decoder.result().ok());
    QVERIFY(replay.usages.isEmpty());
}

void TestChunkDecoder::parallelToolCalls()
{
    Replay replay;
    replay.feedFile(u"openai_tool_calls.sse"_s);
    const LlmResult &result = replay.decoder.result();
    QCOMPARE(result.toolCalls.size(), 2);
    QCOMPARE(result.toolCalls.at(0), (ToolCall{u"call_abc"_s, u"get_weather"_s, u"{\"location\":\"Paris\"}"_s}));
    QCOMPARE(result.toolCalls.at(1), (ToolCall{u"call_def"_s, u"get_time"_s, u"{\"zone\":\"CET\"}"_s}));
    QCOMPARE(result.finishReason, u"tool_calls"_s);
    QCOMPARE(replay.toolSlots, (QList<int>{0, 0, 0, 0, 0, 1, 1, 1, 1}));
    QVERIFY(result.content.isEmpty());
}

void TestChunkDecoder::ollamaToolCallsAllIndexZero()
{
    Replay replay;
    replay.feedFile(u"ollama_tools.sse"_s);
    const LlmResult &result = replay.decoder.result();
    QCOMPARE(result.toolCalls.size(), 2);
    QCOMPARE(result.toolCalls.at(0), (ToolCall{u"call_x1y2z3"_s, u"get_weather"_s, u"{\"city\":\"Paris\"}"_s}));
    QCOMPARE(result.toolCalls.at(1), (ToolCall{u"call_q8r9s0"_s, u"get_time"_s, u"{\"zone\":\"Europe/Paris\"}"_s}));
    QCOMPARE(result.finishReason, u"tool_calls"_s); // the provider said "stop"
}

void TestChunkDecoder::toolCallWithoutIndex()
{
    // Gemini's compatible endpoint: no index; the id opens the call, fragments continue it.
    ChunkDecoder decoder;
    decoder.feed(toolFragment(
        QJsonObject{{u"id"_s, u"c1"_s}, {u"function"_s, QJsonObject{{u"name"_s, u"a"_s}, {u"arguments"_s, u"{\"x\""_s}}}}));
    decoder.feed(toolFragment(QJsonObject{{u"function"_s, QJsonObject{{u"arguments"_s, u":1}"_s}}}}));
    decoder.feed(toolFragment(
        QJsonObject{{u"id"_s, u"c2"_s}, {u"function"_s, QJsonObject{{u"name"_s, u"b"_s}, {u"arguments"_s, u"{}"_s}}}}));
    // No id and no index, but a new name after complete arguments: a new call.
    decoder.feed(toolFragment(QJsonObject{{u"function"_s, QJsonObject{{u"name"_s, u"c"_s}, {u"arguments"_s, u"{\"y\":2}"_s}}}}));
    decoder.feed("[DONE]");
    const QList<ToolCall> calls = decoder.result().toolCalls;
    QCOMPARE(calls.size(), 3);
    QCOMPARE(calls.at(0), (ToolCall{u"c1"_s, u"a"_s, u"{\"x\":1}"_s}));
    QCOMPARE(calls.at(1), (ToolCall{u"c2"_s, u"b"_s, u"{}"_s}));
    QCOMPARE(calls.at(2), (ToolCall{QString(), u"c"_s, u"{\"y\":2}"_s}));
}

void TestChunkDecoder::toolCallIndexReusedForNewId()
{
    // A gateway reuses index 0 for a second call; its later fragments go to the new call.
    ChunkDecoder decoder;
    auto fragment = [&](const QString &id, const QString &name, const QString &arguments) {
        QJsonObject call{{u"index"_s, 0}, {u"function"_s, QJsonObject{{u"arguments"_s, arguments}}}};
        if (!id.isEmpty()) {
            call.insert(u"id"_s, id);
            call.insert(u"function"_s, QJsonObject{{u"name"_s, name}, {u"arguments"_s, arguments}});
        }
        decoder.feed(toolFragment(call));
    };
    fragment(u"call_1"_s, u"first"_s, u""_s);
    fragment({}, {}, u"{\"a\":"_s);
    fragment({}, {}, u"1}"_s);
    fragment(u"call_2"_s, u"second"_s, u""_s);
    fragment({}, {}, u"{\"b\":2}"_s);
    decoder.finish();
    const QList<ToolCall> calls = decoder.result().toolCalls;
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(0).arguments, u"{\"a\":1}"_s);
    QCOMPARE(calls.at(1), (ToolCall{u"call_2"_s, u"second"_s, u"{\"b\":2}"_s}));
    QCOMPARE(decoder.result().finishReason, u"tool_calls"_s);
}

void TestChunkDecoder::toolCallShiftedIndex()
{
    // Nebius / Cerebras: the argument fragments carry index 1 for the call opened as index 0.
    ChunkDecoder decoder;
    decoder.feed(toolFragment(QJsonObject{{u"index"_s, 0},
                                          {u"id"_s, u"call_s"_s},
                                          {u"function"_s, QJsonObject{{u"name"_s, u"search"_s}, {u"arguments"_s, u""_s}}}}));
    decoder.feed(toolFragment(QJsonObject{{u"index"_s, 1}, {u"function"_s, QJsonObject{{u"arguments"_s, u"{\"q\":"_s}}}}));
    decoder.feed(toolFragment(QJsonObject{{u"index"_s, 1}, {u"function"_s, QJsonObject{{u"arguments"_s, u"\"qt\"}"_s}}}}));
    decoder.finish();
    QCOMPARE(decoder.result().toolCalls, (QList<ToolCall>{{u"call_s"_s, u"search"_s, u"{\"q\":\"qt\"}"_s}}));
}

void TestChunkDecoder::toolCallLimits()
{
    ChunkDecoder decoder;
    for (int i = 0; i <= ToolCallAssembler::MaxCalls; ++i) {
        decoder.feed(toolFragment(QJsonObject{{u"index"_s, i},
                                              {u"id"_s, u"id%1"_s.arg(i)},
                                              {u"function"_s, QJsonObject{{u"name"_s, u"f"_s}, {u"arguments"_s, u"{}"_s}}}}));
    }
    QCOMPARE(decoder.state(), ChunkDecoder::State::Failed);
    QCOMPARE(decoder.result().error.kind, LlmError::Kind::Protocol);
    QCOMPARE(decoder.result().toolCalls.size(), ToolCallAssembler::MaxCalls);

    ChunkDecoder big;
    const QString piece(1024 * 1024, u'x');
    for (int i = 0; i < 5; ++i) {
        big.feed(toolFragment(QJsonObject{{u"index"_s, 0}, {u"function"_s, QJsonObject{{u"arguments"_s, piece}}}}));
    }
    QCOMPARE(big.state(), ChunkDecoder::State::Failed);
    QVERIFY(big.result().toolCalls.first().arguments.size() <= ToolCallAssembler::MaxArgumentsLength);
}

void TestChunkDecoder::errorObjectMidStream()
{
    Replay replay;
    replay.feedFile(u"openai_error_midstream.sse"_s);
    const LlmResult &result = replay.decoder.result();
    QCOMPARE(replay.decoder.state(), ChunkDecoder::State::Failed);
    QCOMPARE(result.content, u"Partial answer"_s);
    QCOMPARE(result.error.kind, LlmError::Kind::Provider);
    QCOMPARE(result.error.providerType, u"server_error"_s);
    QVERIFY(result.error.providerMessage.startsWith(u"The server had an error"_s));
    QVERIFY(result.error.message().contains(u"The server had an error"_s));
    QVERIFY(result.error.isRetryable());
}

void TestChunkDecoder::openRouterErrorChunk()
{
    Replay replay;
    replay.feedFile(u"openrouter_error_midstream.sse"_s);
    const LlmResult &result = replay.decoder.result();
    QCOMPARE(result.error.kind, LlmError::Kind::Provider);
    QCOMPARE(result.error.providerCode, u"502"_s);
    QCOMPARE(result.error.providerMessage, u"Provider returned error"_s);
    QCOMPARE(result.content, u"Starting"_s);
}

void TestChunkDecoder::eventErrorAndErrorField()
{
    Replay vllm;
    vllm.feedFile(u"vllm_event_error.sse"_s);
    QCOMPARE(vllm.decoder.result().error.kind, LlmError::Kind::Provider);
    QCOMPARE(vllm.decoder.result().error.providerCode, u"400"_s);
    QCOMPARE(vllm.decoder.result().error.providerMessage, u"Prompt is too long for the model (detector: hap)"_s);

    Replay llama;
    llama.feedFile(u"llamacpp_error_field.sse"_s);
    QCOMPARE(llama.decoder.state(), ChunkDecoder::State::Failed);
    QCOMPARE(llama.decoder.result().error.kind, LlmError::Kind::RequestTooLarge); // "context size"
    QCOMPARE(llama.decoder.result().error.providerType, u"exceed_context_size_error"_s);

    ChunkDecoder plain;
    plain.feed("upstream went away", "error");
    QCOMPARE(plain.result().error.kind, LlmError::Kind::Provider);
    QCOMPARE(plain.result().error.providerMessage, u"upstream went away"_s);
}

void TestChunkDecoder::lmStudioErrorShape()
{
    ChunkDecoder decoder;
    decoder.feed(R"({"error":{"message":"Compute error."},"message":"Compute error."})");
    QCOMPARE(decoder.result().error.kind, LlmError::Kind::Provider);
    QCOMPARE(decoder.result().error.providerMessage, u"Compute error."_s);
    QVERIFY(!decoder.result().error.isRetryable());
}

void TestChunkDecoder::keepAliveData()
{
    Replay replay;
    replay.feedFile(u"keepalive_data.sse"_s);
    QCOMPARE(replay.decoder.result().content, u"Still here"_s);
    QVERIFY(replay.decoder.result().ok());
}

void TestChunkDecoder::malformedJsonKeepsPartialText()
{
    Replay replay;
    replay.feedFile(u"malformed.sse"_s);
    const LlmResult &result = replay.decoder.result();
    QCOMPARE(replay.decoder.state(), ChunkDecoder::State::Failed);
    QCOMPARE(result.content, u"Good"_s);
    QCOMPARE(result.error.kind, LlmError::Kind::Protocol);
    QVERIFY2(result.error.detail.contains(u"{\"id\":\"chatcmpl-Bwoi7abc\",\"choices\""_s), qPrintable(result.error.detail));
    QVERIFY(!result.error.message().isEmpty());
}

void TestChunkDecoder::nonObjectJson()
{
    for (const char *data : {"42", "\"text\"", "[1,2]", "null", "ping"}) {
        ChunkDecoder decoder;
        decoder.feed(data);
        QCOMPARE(decoder.state(), ChunkDecoder::State::Failed);
        QCOMPARE(decoder.result().error.kind, LlmError::Kind::Protocol);
    }
}

void TestChunkDecoder::invalidUtf8InsideJson()
{
    ChunkDecoder decoder;
    const QByteArray data = QByteArray(R"({"choices":[{"index":0,"delta":{"content":"a)") + '\xFF' + R"(b"}}]})";
    decoder.feed(data);
    QCOMPARE(decoder.state(), ChunkDecoder::State::Streaming);
    QCOMPARE(decoder.result().content, u"a\uFFFDb"_s);
}

void TestChunkDecoder::thinkTagsInContent()
{
    Replay replay;
    replay.feedFile(u"think_tags.sse"_s);
    QCOMPARE(replay.decoder.result().reasoning, u"Let me think."_s);
    QCOMPARE(replay.decoder.result().content, u"Forty-two."_s);
    QCOMPARE(replay.content, u"Forty-two."_s);
}

void TestChunkDecoder::thinkTagsCanBeDisabled()
{
    Replay replay;
    replay.decoder.setThinkTagsEnabled(false);
    replay.feedFile(u"think_tags.sse"_s);
    QCOMPARE(replay.decoder.result().content, u"<think>Let me think.</think>\n\nForty-two."_s);
    QVERIFY(replay.decoder.result().reasoning.isEmpty());
}

void TestChunkDecoder::doneEndsTheStream()
{
    ChunkDecoder decoder;
    QCOMPARE(decoder.feed(chunkWith(QJsonObject{{u"content"_s, u"x"_s}})), ChunkDecoder::State::Streaming);
    QCOMPARE(decoder.feed(" [DONE] \n"), ChunkDecoder::State::Done);
    QCOMPARE(decoder.feed(chunkWith(QJsonObject{{u"content"_s, u"late"_s}})), ChunkDecoder::State::Done);
    QCOMPARE(decoder.result().content, u"x"_s);
}

void TestChunkDecoder::wholeCompletion()
{
    ChunkDecoder decoder;
    QString emitted;
    decoder.setContentHandler([&](const QString &text) { emitted += text; });
    QCOMPARE(decoder.feedCompletion(ScriptedResponse::readDataFile(u"completion.json"_s)), ChunkDecoder::State::Done);
    QCOMPARE(decoder.result().content, u"One-shot answer."_s);
    QCOMPARE(emitted, u"One-shot answer."_s);
    QCOMPARE(decoder.result().usage.totalTokens, 10);
    QCOMPARE(decoder.result().model, u"gpt-4o-mini"_s);

    ChunkDecoder failing;
    QCOMPARE(failing.feedCompletion(ScriptedResponse::readDataFile(u"error_429_quota.json"_s)), ChunkDecoder::State::Failed);
    QCOMPARE(failing.result().error.providerCode, u"insufficient_quota"_s);
}

void TestChunkDecoder::transcriptsAreSplitInvariant_data()
{
    QTest::addColumn<QString>("file");
    for (const char *name : {"openai_usage.sse", "deepseek_reasoning.sse", "openrouter_reasoning.sse", "ollama_reasoning.sse",
                             "ollama_tools.sse", "llamacpp.sse", "azure_filter.sse", "openai_tool_calls.sse",
                             "openai_error_midstream.sse", "think_tags.sse", "keepalive_data.sse", "malformed.sse"}) {
        QTest::newRow(name) << QString::fromLatin1(name);
    }
}

void TestChunkDecoder::transcriptsAreSplitInvariant()
{
    QFETCH(QString, file);
    Replay whole;
    whole.feedFile(file);
    for (const qsizetype step : {1, 2, 7, 1460}) {
        Replay split;
        split.feedFile(file, step);
        QCOMPARE(split.decoder.result().content, whole.decoder.result().content);
        QCOMPARE(split.decoder.result().reasoning, whole.decoder.result().reasoning);
        QCOMPARE(split.decoder.result().toolCalls, whole.decoder.result().toolCalls);
        QCOMPARE(split.decoder.result().error, whole.decoder.result().error);
        QCOMPARE(split.content, whole.content);
    }
}

QTEST_APPLESS_MAIN(TestChunkDecoder)
#include "tst_chunkdecoder.moc"
