// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamevent.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
qint64 localMicros(const char *when, int micros)
{
    return QDateTime::fromString(QString::fromLatin1(when), u"yyyy-MM-ddTHH:mm:ss"_s).toMSecsSinceEpoch() * 1000 + micros;
}
} // namespace

class TestStreamEvent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceLines_data()
    {
        // Lines of the reference's own stream (minecontext.md §2.2): parse, write back, same bytes.
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("session_start") << QByteArray(
            R"({"type": "session_start", "session_id": "session_1760943731000_k3j2h1g0f", "assistant_message_id": 42})");
        QTest::newRow("running") << QByteArray(
            R"({"type": "running", "content": "Starting to process query: What did I do this afternoon?...", "progress": 0.0, "timestamp": "2025-10-20T15:02:11.482913", "stage": "init"})");
        QTest::newRow("plan") << QByteArray(
            R"({"type": "done", "content": "Execution plan has been generated", "progress": 0.0, "timestamp": "2025-10-20T15:02:19.531100", "stage": "execution", "metadata": {"plan": {"current_step": 0, "steps": [{"action": "answer", "dependencies": [], "description": "", "end_time": null, "error": null, "result": null, "start_time": null, "status": "pending"}], "total_steps": 1}}})");
        QTest::newRow("chunk") << QByteArray(
            R"({"type": "stream_chunk", "content": "This afternoon you mainly", "progress": 0.5, "timestamp": "2025-10-20T15:02:20.702311", "stage": "execution", "metadata": {"index": 0}})");
        QTest::newRow("complete") << QByteArray(
            R"({"type": "stream_complete", "content": "", "progress": 1.0, "timestamp": "2025-10-20T15:02:31.009400", "stage": "completed"})");
        QTest::newRow("no microseconds") << QByteArray(
            R"({"type": "thinking", "content": "Analyzing your intent...", "progress": 0.0, "timestamp": "2025-10-20T15:02:11", "stage": "intent_analysis"})");
        QTest::newRow("unicode") << QByteArray(
            "{\"type\": \"stream_chunk\", \"content\": \"\xe4\xbd\xa0\xe5\xa5\xbd\\n\\\"x\\\"\", \"progress\": 0.5, "
            "\"timestamp\": \"2025-10-20T15:02:20.000001\", \"stage\": \"execution\", \"metadata\": {\"index\": 7}}");
        QTest::newRow("session_start without message")
            << QByteArray(R"({"type": "session_start", "session_id": "s", "assistant_message_id": null})");
    }

    void referenceLines()
    {
        QFETCH(QByteArray, line);
        QString error;
        const auto event = StreamEvent::fromJson(line, &error);
        QVERIFY2(event, qPrintable(error));
        QCOMPARE(event->toJson(), line);
    }

    void writesChunk()
    {
        StreamEvent event(StreamEvent::Type::StreamChunk, StreamEvent::Stage::Execution, u"Hello"_s, 0.5, {{u"index"_s, 0}});
        event.timestampUs = localMicros("2025-10-20T15:02:20", 702311);
        QCOMPARE(
            event.toJson(),
            QByteArray(
                R"({"type": "stream_chunk", "content": "Hello", "progress": 0.5, "timestamp": "2025-10-20T15:02:20.702311", "stage": "execution", "metadata": {"index": 0}})"));
        QVERIFY(event.isChunk());
        QVERIFY(!event.isTerminal());
    }

    void sessionStart()
    {
        const StreamEvent event = StreamEvent::sessionStart(u"abc"_s, 42, {{u"conversation_id"_s, 7}});
        QCOMPARE(
            event.toJson(),
            QByteArray(R"({"type": "session_start", "session_id": "abc", "assistant_message_id": 42, "conversation_id": 7})"));
        const auto parsed = StreamEvent::fromJson(event.toJson());
        QVERIFY(parsed);
        QCOMPARE(parsed->toJson(), event.toJson());
    }

    void names()
    {
        for (int i = 0; i <= int(StreamEvent::Type::Usage); ++i) {
            const auto type = StreamEvent::Type(i);
            QCOMPARE(StreamEvent::typeFromName(StreamEvent::typeName(type)), type);
        }
        for (int i = 1; i <= int(StreamEvent::Stage::Failed); ++i) {
            const auto stage = StreamEvent::Stage(i);
            QCOMPARE(StreamEvent::stageFromName(StreamEvent::stageName(stage)), stage);
        }
        QCOMPARE(StreamEvent::typeName(StreamEvent::Type::ReasoningChunk), u"reasoning_chunk"_s);
        QCOMPARE(StreamEvent::stageName(StreamEvent::Stage::ContextGathering), u"context_gathering"_s);
    }

    void terminal()
    {
        using T = StreamEvent::Type;
        for (T type : {T::StreamComplete, T::Interrupted, T::Completed}) {
            QVERIFY(StreamEvent(type, StreamEvent::Stage::Completed).isTerminal());
        }
        for (T type : {T::Fail, T::Error, T::Done, T::StreamChunk, T::Usage}) {
            QVERIFY(!StreamEvent(type, StreamEvent::Stage::Execution).isTerminal());
        }
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("not json") << QByteArray("{\"type\": ");
        QTest::newRow("array") << QByteArray("[1]");
        QTest::newRow("unknown type") << QByteArray(R"({"type": "explode"})");
        QTest::newRow("unknown stage") << QByteArray(R"({"type": "done", "stage": "lunch"})");
        QTest::newRow("bad timestamp") << QByteArray(R"({"type": "done", "timestamp": "yesterday"})");
    }

    void rejectsBadInput()
    {
        QFETCH(QByteArray, line);
        QString error;
        QVERIFY(!StreamEvent::fromJson(line, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStreamEvent)
#include "tst_streamevent.moc"
