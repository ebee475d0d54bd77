// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventchannel.h"
#include "eventreader.h"

#include <QSignalSpy>
#include <QTest>

#include <QCoroTask>

using namespace Qt::StringLiterals;

namespace {
StreamEvent chunk(int index, const QString &text)
{
    return {StreamEvent::Type::StreamChunk, StreamEvent::Stage::Execution, text, 0.5, {{u"index"_s, index}}};
}
StreamEvent status(StreamEvent::Type type, const QString &text)
{
    return {type, StreamEvent::Stage::Execution, text};
}
StreamEvent complete()
{
    return {StreamEvent::Type::StreamComplete, StreamEvent::Stage::Completed, {}, 1.0};
}
} // namespace

class TestEventChannel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void promptReaderSeesEveryEvent()
    {
        EventChannel channel;
        EventReader *reader = channel.createReader(&channel);
        QList<StreamEvent> seen;
        connect(reader, &EventReader::readyRead, reader, [&] { seen += reader->takeAll(); });
        channel.push(status(StreamEvent::Type::Running, u"start"_s));
        QTRY_COMPARE(seen.size(), 1);
        for (int i = 0; i < 5; ++i) {
            channel.push(chunk(i, QString::number(i)));
            QTRY_COMPARE(seen.size(), 2 + i);
        }
        channel.push(complete());
        QTRY_COMPARE(seen.size(), 7);
        QCOMPARE(seen.last().type, StreamEvent::Type::StreamComplete);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(seen[1 + i].metadata.value(u"index").toInt(), i);
            QVERIFY(!seen[1 + i].metadata.contains(u"merged"));
        }
        QVERIFY(reader->atEnd());
    }

    void slowReaderGetsMergedChunksAndNothingIsLost()
    {
        EventChannel channel;
        EventReader *reader = channel.createReader(&channel);
        QString expected;
        channel.push(status(StreamEvent::Type::Running, u"start"_s));
        for (int i = 0; i < 10000; ++i) {
            const QString text = u"token%1 "_s.arg(i);
            expected += text;
            channel.push(chunk(i, text));
            if (i == 5000) {
                channel.push(status(StreamEvent::Type::ToolCall, u"a tool"_s));
            }
        }
        channel.push(complete());
        // Memory stays bounded: 10,000 chunks became two merged events around the tool call.
        QCOMPARE(reader->pendingCount(), 5);
        const QList<StreamEvent> events = reader->takeAll();
        QCOMPARE(events[1].metadata.value(u"index").toInt(), 0);
        QCOMPARE(events[1].metadata.value(u"last_index").toInt(), 5000);
        QCOMPARE(events[1].metadata.value(u"merged").toInt(), 5001);
        QCOMPARE(events[2].type, StreamEvent::Type::ToolCall);
        QCOMPARE(events[3].metadata.value(u"index").toInt(), 5001);
        QCOMPARE(events[3].metadata.value(u"last_index").toInt(), 9999);
        QCOMPARE(events[1].content + events[3].content, expected);
        QCOMPARE(channel.pushedCount(), 10003);
    }

    void readersAreIndependent()
    {
        EventChannel channel;
        EventReader *fast = channel.createReader(&channel);
        EventReader *slow = channel.createReader(&channel);
        QList<StreamEvent> fastSeen;
        connect(fast, &EventReader::readyRead, fast, [&] { fastSeen += fast->takeAll(); });
        for (int i = 0; i < 3; ++i) {
            channel.push(chunk(i, u"x"_s));
            QTRY_COMPARE(fastSeen.size(), i + 1);
        }
        QCOMPARE(slow->pendingCount(), 1);
        QCOMPARE(slow->take().content, u"xxx"_s);
    }

    void nothingAfterTerminal()
    {
        EventChannel channel;
        EventReader *reader = channel.createReader(&channel);
        QSignalSpy closed(&channel, &EventChannel::closed);
        QVERIFY(channel.push(complete()));
        QCOMPARE(closed.size(), 1);
        QVERIFY(channel.isClosed());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"after the terminal event"_s));
        QVERIFY(!channel.push(chunk(0, u"late"_s)));
        QCOMPARE(reader->takeAll().size(), 1);
        QVERIFY(reader->atEnd());
        QCOMPARE(channel.terminalEvent()->type, StreamEvent::Type::StreamComplete);
    }

    void readerCreatedLaterStartsThere()
    {
        EventChannel channel;
        channel.push(chunk(0, u"early"_s));
        EventReader *reader = channel.createReader(&channel);
        channel.push(chunk(1, u"late"_s));
        QCOMPARE(reader->take().content, u"late"_s);
    }

    void coroutineNext()
    {
        EventChannel channel;
        EventReader *reader = channel.createReader(&channel);
        QStringList seen;
        bool done = false;
        auto consume = [&]() -> QCoro::Task<> {
            while (auto event = co_await reader->next()) {
                seen << StreamEvent::typeName(event->type);
            }
            done = true;
        };
        auto task = consume();
        channel.push(status(StreamEvent::Type::Thinking, u"hm"_s));
        channel.push(chunk(0, u"a"_s));
        channel.push(complete());
        QTRY_VERIFY(done);
        QCOMPARE(seen, (QStringList{u"thinking"_s, u"stream_chunk"_s, u"stream_complete"_s}));
    }

    void readerOutlivingChannelEnds()
    {
        auto *channel = new EventChannel;
        EventReader *reader = channel->createReader(nullptr);
        channel->push(chunk(0, u"a"_s));
        delete channel;
        QCOMPARE(reader->take().content, u"a"_s);
        QVERIFY(reader->atEnd());
        delete reader;
    }
};

QTEST_GUILESS_MAIN(TestEventChannel)
#include "tst_eventchannel.moc"
