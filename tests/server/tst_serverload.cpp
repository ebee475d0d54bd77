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
#include <QElapsedTimer>
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

    QElapsedTimer m_round;
    int m_mostRuns = 0;
    qint64 m_peakKiB = 0;

    /**
     * Streams one question per conversation, all at once; checks every stream against storage.
     * Meanwhile it notes the most runs open at once and the peak resident memory.
     */
    void streamAll(int count)
    {
        m_round.start();
        m_mostRuns = 0;
        m_peakKiB = 0;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [this] {
            m_mostRuns = std::max(m_mostRuns, f->server()->activeRuns());
            m_peakKiB = std::max(m_peakKiB, ServerFixture::residentKiB());
        });
        sampler.start(5);
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
            QVERIFY2(last->stage == StreamEvent::Stage::Completed, data.last().constData());
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
        // The provider holds its first answers until two seconds after the round began, so that all
        // 200 streams are open at once; later requests are answered at once.
        f->provider()->setResponder([this](const ReceivedRequest &request) {
            const auto wait = std::chrono::milliseconds(std::max<qint64>(0, 2000 - m_round.elapsed()));
            return ScriptedResponse::chatStream(piecesFor(lastUserText(request))).withHeaderDelay(wait);
        });

        // A first round sets the allocator's and SQLite's high-water marks; a second one must
        // come back to where the first left off: nothing is kept per stream.
        streamAll(200);
        forgetFinishedTurns();
        const qint64 baseline = ServerFixture::residentKiB();
        const qint64 heapBaseline = heapInUse();

        QElapsedTimer timer;
        timer.start();
        streamAll(200);
        const qint64 elapsed = timer.elapsed();
        const qint64 peak = m_peakKiB;
        QCOMPARE(m_mostRuns, 200);
        forgetFinishedTurns();
        QTRY_COMPARE(f->server()->openResponses(), 0);
        QCOMPARE(f->server()->activeRuns(), 0);
        const qint64 second = ServerFixture::residentKiB();
        const qint64 heapSecond = heapInUse();
        streamAll(200);
        forgetFinishedTurns();
        const qint64 third = ServerFixture::residentKiB();
        const qint64 heapThird = heapInUse();
        qInfo("200 streams in %lld ms, %d open at once. RSS: %lld KiB after a first round, a peak of %lld KiB while they "
              "were open, %lld KiB after the second round, %lld KiB after the third. Heap in use: %lld, %lld, %lld KiB",
              elapsed, m_mostRuns, baseline, peak, second, third, heapBaseline / 1024, heapSecond / 1024, heapThird / 1024);
        // 200 open streams cost their buffers and turns, not a copy of everything (about 60 KiB each).
        QVERIFY2(peak - baseline < 200 * 128, qPrintable(u"200 open streams took %1 KiB"_s.arg(peak - baseline)));
        // Once the allocator has seen 200 streams open at once, another round comes back to where
        // the last one left off, give or take the allocator and SQLite's page cache (the heap
        // check below is the exact one).
        QVERIFY2(third - second < 4 * 1024, qPrintable(u"RSS grew by %1 KiB in the last round"_s.arg(third - second)));
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
