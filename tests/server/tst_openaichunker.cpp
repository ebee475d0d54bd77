// SPDX-License-Identifier: GPL-3.0-or-later
#include "openaichunker.h"
#include "openaiformat.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestOpenAiChunker : public QObject
{
    Q_OBJECT

    static const QByteArray head()
    {
        return "data: "
               "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\"m\",\"choices\":[";
    }

private Q_SLOTS:
    void aWholeStream()
    {
        OpenAiChunker chunker(u"chatcmpl-1"_s, 1700000000, u"m"_s, true);
        using T = StreamEvent::Type;
        using S = StreamEvent::Stage;
        QCOMPARE(
            chunker.format(StreamEvent::sessionStart(u"s"_s, 5)),
            head() +
                "{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}],\"usage\":null}\n\n");
        QCOMPARE(chunker.format(StreamEvent(T::Thinking, S::Execution, u"Generating reply..."_s)), QByteArray());
        QCOMPARE(chunker.format(StreamEvent(T::ReasoningChunk, S::Execution, u"Hmm"_s)),
                 head() + "{\"index\":0,\"delta\":{\"reasoning_content\":\"Hmm\"},\"finish_reason\":null}],\"usage\":null}\n\n");
        QCOMPARE(chunker.format(StreamEvent(T::StreamChunk, S::Execution, u"Hé\n"_s)),
                 head() + "{\"index\":0,\"delta\":{\"content\":\"Hé\\n\"},\"finish_reason\":null}],\"usage\":null}\n\n");
        QCOMPARE(chunker.format(StreamEvent(T::StreamChunk, S::Execution, QString())), QByteArray());
        const QJsonObject usage{{u"prompt_tokens"_s, 3}, {u"completion_tokens"_s, 2}, {u"total_tokens"_s, 5}};
        const QByteArray end = chunker.format(
            StreamEvent(T::StreamComplete, S::Completed, {}, 1.0, {{u"finish_reason"_s, u"length"_s}, {u"usage"_s, usage}}));
        QCOMPARE(end,
                 head() +
                     "{\"index\":0,\"delta\":{},\"finish_reason\":\"length\"}],\"usage\":null}\n\n"
                     "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\"m\","
                     "\"choices\":[],\"usage\":{\"completion_tokens\":2,\"prompt_tokens\":3,\"total_tokens\":5}}\n\n"
                     "data: [DONE]\n\n");
    }

    void withoutUsage()
    {
        OpenAiChunker chunker(u"chatcmpl-1"_s, 1700000000, u"m"_s, false);
        const QByteArray chunk =
            chunker.format(StreamEvent(StreamEvent::Type::StreamChunk, StreamEvent::Stage::Execution, u"x"_s));
        QVERIFY(!chunk.contains("usage"));
        const QByteArray end =
            chunker.format(StreamEvent(StreamEvent::Type::StreamComplete, StreamEvent::Stage::Completed, {}, 1.0));
        QCOMPARE(end, head() + "{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n");
    }

    void failuresEndWithAnErrorEvent()
    {
        OpenAiChunker chunker(u"chatcmpl-1"_s, 1, u"m"_s, false);
        const QByteArray failed = chunker.format(StreamEvent(
            StreamEvent::Type::StreamComplete, StreamEvent::Stage::Failed, {}, 1.0,
            {{u"error"_s, u"The provider refused the key."_s}, {u"error_code"_s, u"auth"_s}, {u"http_status"_s, 401}}));
        QCOMPARE(failed,
                 "data: {\"error\":{\"message\":\"The provider refused the key.\",\"type\":\"server_error\",\"param\":null,"
                 "\"code\":\"auth\"}}\n\ndata: [DONE]\n\n");
        const QByteArray interrupted = chunker.format(
            StreamEvent(StreamEvent::Type::Interrupted, StreamEvent::Stage::Failed, u"Message generation was interrupted"_s));
        QVERIFY(interrupted.contains("\"code\":\"interrupted\""));
        QVERIFY(interrupted.endsWith("data: [DONE]\n\n"));
    }

    void errorTypes()
    {
        QCOMPARE(OpenAiFormat::errorType(400), u"invalid_request_error"_s);
        QCOMPARE(OpenAiFormat::errorType(401), u"authentication_error"_s);
        QCOMPARE(OpenAiFormat::errorType(429), u"rate_limit_error"_s);
        QCOMPARE(OpenAiFormat::errorType(503), u"server_error"_s);
    }
};

QTEST_GUILESS_MAIN(TestOpenAiChunker)
#include "tst_openaichunker.moc"
