// SPDX-License-Identifier: GPL-3.0-or-later
// 200 streams at once through the local server against the scripted provider: every stream
// completes, every stored reply equals what its client received, and memory goes back to where
// it was once the turns are gone.
#include "appcore.h"
#include "chatservice.h"
#include "chatturn.h"
#include "serverfixture.h"
#include "storage.h"
#include "streamevent.h"
#include "titlegenerator.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimer>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace {
/** Bytes of the heap in use (glibc), or -1. */
qint64 heapInUse()
{
#ifdef __GLIBC__
    return qint64(mallinfo2().uordblks);
#else
    return -1;
#endif
}

qint64 residentKiB()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * 4; // pages of 4 KiB
}

QString lastUserText(const ReceivedRequest &request)
{
    const QJsonArray messages = request.json().value(u"messages").toArray();
    return messages.last().toObject().value(u"content").toString();
}

QStringList piecesFor(const QString &client)
{
    QStringList pieces;
    for (int i = 0; i < 40; ++i) {
        pieces << u"%1:%2 lorem ipsum dolor sit amet, consectetur adipiscing. "_s.arg(client).arg(i);
    }
    return pieces;
}
} // namespace

class TestServerLoad : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> f;

    /** Streams one question per conversation, all at once; checks every stream against storage. */
    void streamAll(int count)
    {
        QList<RawHttpClient *> clients;
        QList<QString> names;
        for (int i = 0; i < count; ++i) {
            Conversation draft;
            const auto conversation = f->core()->storage()->createConversation(draft);
            QVERIFY(conversation);
            const QString name = u"c%1"_s.arg(i);
            names << name;
            clients << f->send("POST", "/api/agent/chat/stream",
                               QJsonDocument(QJsonObject{{u"query"_s, name}, {u"conversation_id"_s, conversation->id}}).toJson());
        }
        // A real event loop (QTRY_* polls every 10 ms, which would slow 200 streams down).
        QEventLoop loop;
        int open = count;
        for (RawHttpClient *client : clients) {
            connect(client, &RawHttpClient::finished, &loop, [&open, &loop] {
                if (--open == 0) {
                    loop.quit();
                }
            });
        }
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(open, 0);
        for (int i = 0; i < count; ++i) {
            RawHttpClient *client = clients.at(i);
            QCOMPARE(client->status(), 200);
            QString error;
            const QList<QByteArray> data = ServerFixture::sseData(client->body(), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const auto last = StreamEvent::fromJson(data.last());
            QCOMPARE(last->type, StreamEvent::Type::StreamComplete);
            QCOMPARE(last->stage, StreamEvent::Stage::Completed);
            const qint64 assistantId = last->metadata.value(u"assistant_message_id").toInteger();
            const QString received = ServerFixture::chunkText(data);
            QCOMPARE(received, piecesFor(names.at(i)).join(QString()));
            const auto stored = f->core()->storage()->message(assistantId);
            QCOMPARE(stored->status, MessageStatus::Completed);
            QCOMPARE(stored->content, received);
        }
    }

    /** What the turns' 30-second linger would do, now; then gives freed memory back. */
    void forgetFinishedTurns()
    {
        f->deleteClients();
        f->provider()->clearRequests();
        qDeleteAll(f->core()->chat()->findChildren<ChatTurn *>());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
#ifdef __GLIBC__
        malloc_trim(0);
#endif
    }

private Q_SLOTS:
    void twoHundredStreams()
    {
        ServerSettings settings = ServerFixture::testSettings();
        settings.maxConcurrentRuns = 256;
        // Storage on tmpfs when there is one: this measures the server, not the disk's fsync.
        f = std::make_unique<ServerFixture>(QDir(u"/dev/shm"_s).exists() ? u"/dev/shm"_s : QString());
        QVERIFY(f->setUp(settings));
        // This measures the streams; a generated title is one more request per new conversation.
        f->core()->titles()->setEnabled(false);
        f->provider()->setResponder(
            [](const ReceivedRequest &request) { return ScriptedResponse::chatStream(piecesFor(lastUserText(request))); });

        // A first round sets the allocator's and SQLite's high-water marks; a second one must
        // come back to where the first left off: nothing is kept per stream.
        streamAll(200);
        forgetFinishedTurns();
        const qint64 baseline = residentKiB();
        const qint64 heapBaseline = heapInUse();

        QElapsedTimer timer;
        timer.start();
        streamAll(200);
        const qint64 elapsed = timer.elapsed();
        const qint64 peak = residentKiB();
        forgetFinishedTurns();
        QTRY_COMPARE(f->server()->openResponses(), 0);
        QCOMPARE(f->server()->activeRuns(), 0);
        const qint64 second = residentKiB();
        const qint64 heapSecond = heapInUse();
        streamAll(200);
        forgetFinishedTurns();
        const qint64 third = residentKiB();
        const qint64 heapThird = heapInUse();
        qInfo("200 streams in %lld ms. RSS: %lld KiB after a first round, %lld KiB with 200 streams open, %lld KiB after the "
              "second "
              "round, %lld KiB after the third. Heap in use: %lld, %lld, %lld KiB",
              elapsed, baseline, peak, second, third, heapBaseline / 1024, heapSecond / 1024, heapThird / 1024);
        // Back to the baseline, give or take the allocator and SQLite's page cache (2 MiB).
        QVERIFY2(third - baseline < 4 * 1024, qPrintable(u"RSS grew by %1 KiB over two rounds"_s.arg(third - baseline)));
        // Nothing kept per stream: a round leaves its turns' 30-second linger timers pending
        // (under 1 KiB each) and SQLite's page cache fills up to 2 MiB, but a stream's text,
        // events or buffers (over 10 KiB each, 2 MiB a round) must not stay.
        if (heapBaseline >= 0) {
            QVERIFY2(heapThird - heapSecond < 1024 * 1024,
                     qPrintable(u"the heap grew by %1 KiB in the last round"_s.arg((heapThird - heapSecond) / 1024)));
        }
    }
};

QTEST_GUILESS_MAIN(TestServerLoad)
#include "tst_serverload.moc"
