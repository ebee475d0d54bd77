// SPDX-License-Identifier: GPL-3.0-or-later
// The local server as curl sees it: streaming with -N, interrupting from a second curl, a curl
// killed mid-stream, and the security checks, each with its status code.
#include "appcore.h"
#include "serverfixture.h"
#include "storage.h"
#include "streamevent.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestServerCurl : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> f;
    QString m_curl;

    QStringList auth() const
    {
        return {u"-H"_s, u"Authorization: Bearer "_s + QString::fromLatin1(f->token())};
    }

    QString url(const QString &path) const
    {
        return u"http://127.0.0.1:%1%2"_s.arg(f->port()).arg(path);
    }

    /** Starts curl; the event loop keeps running while it works. */
    QProcess *curl(const QStringList &arguments)
    {
        auto *process = new QProcess(this);
        process->start(m_curl, QStringList{u"-sS"_s} + arguments);
        return process;
    }

    bool finish(QProcess *process, int timeoutMs = 15000)
    {
        return QTest::qWaitFor([process] { return process->state() == QProcess::NotRunning; }, timeoutMs);
    }

    /** Status code and body of a curl call that prints `<body>\n<code>`. */
    std::pair<int, QByteArray> statusOf(const QStringList &arguments)
    {
        QProcess *process = curl(arguments + QStringList{u"-w"_s, u"\n%{http_code}"_s});
        if (!finish(process)) {
            return {0, {}};
        }
        const QByteArray out = process->readAllStandardOutput();
        const qsizetype newline = out.lastIndexOf('\n');
        return {out.mid(newline + 1).toInt(), out.left(newline)};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_curl = QStandardPaths::findExecutable(u"curl"_s);
        QVERIFY2(!m_curl.isEmpty(), "curl is needed (apt install curl)");
    }

    void init()
    {
        f = std::make_unique<ServerFixture>();
        QVERIFY(f->setUp());
    }

    void cleanup()
    {
        f.reset();
    }

    void streamsWithCurl()
    {
        f->provider()->enqueue(ScriptedResponse::chatStream({u"One, "_s, u"two, "_s, u"three."_s}).splitEvery(50));
        QProcess *process =
            curl(auth() +
                 QStringList{u"-N"_s, u"-H"_s, u"Content-Type: application/json"_s, u"-d"_s,
                             uR"({"query": "Count", "conversation_id": null})"_s, url(u"/api/agent/chat/stream"_s)});
        QVERIFY(finish(process));
        QCOMPARE(process->exitCode(), 0);
        const QByteArray body = process->readAllStandardOutput();
        QString error;
        const QList<QByteArray> data = ServerFixture::sseData(body, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(data.first().startsWith(R"({"type": "session_start")"));
        QCOMPARE(StreamEvent::fromJson(data.last())->type, StreamEvent::Type::StreamComplete);
        QCOMPARE(ServerFixture::chunkText(data), u"One, two, three."_s);
    }

    void interruptFromASecondCurl()
    {
        const auto created = statusOf(auth() +
                                      QStringList{u"-H"_s, u"Content-Type: application/json"_s, u"-d"_s,
                                                  uR"({"page_name": "home"})"_s, url(u"/api/agent/chat/conversations"_s)});
        QCOMPARE(created.first, 200);
        const qint64 conversationId = QJsonDocument::fromJson(created.second).object().value(u"id").toInteger();
        f->provider()->enqueue(ServerFixture::slowStream(300, 20));
        QProcess *stream = curl(auth() +
                                QStringList{u"-N"_s, u"-H"_s, u"Content-Type: application/json"_s, u"-d"_s,
                                            uR"({"query": "Long", "conversation_id": %1})"_s.arg(conversationId),
                                            url(u"/api/agent/chat/stream"_s)});
        QByteArray body;
        QVERIFY(QTest::qWaitFor(
            [&] {
                body += stream->readAllStandardOutput();
                return body.contains("stream_chunk");
            },
            10000));
        const qint64 assistantId =
            QJsonDocument::fromJson(body.mid(6, body.indexOf('\n') - 6)).object().value(u"assistant_message_id").toInteger();
        QVERIFY(assistantId > 0);
        const auto interrupted =
            statusOf(auth() + QStringList{u"-X"_s, u"POST"_s, url(u"/api/agent/chat/messages/%1/interrupt"_s.arg(assistantId))});
        QCOMPARE(interrupted.first, 200);
        QVERIFY(interrupted.second.contains(R"("interrupted":true)"));
        QVERIFY(finish(stream));
        QCOMPARE(stream->exitCode(), 0); // the stream ended cleanly
        body += stream->readAllStandardOutput();
        QString error;
        const QList<QByteArray> data = ServerFixture::sseData(body, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(StreamEvent::fromJson(data.last())->type, StreamEvent::Type::Interrupted);
        const auto stored = f->core()->storage()->message(assistantId);
        QCOMPARE(stored->status, MessageStatus::Cancelled);
        QCOMPARE(stored->content, ServerFixture::chunkText(data));
    }

    void killedCurlCancels()
    {
        f->provider()->enqueue(ServerFixture::slowStream(300, 20));
        const auto created = statusOf(auth() +
                                      QStringList{u"-H"_s, u"Content-Type: application/json"_s, u"-d"_s,
                                                  uR"({"page_name": "home"})"_s, url(u"/api/agent/chat/conversations"_s)});
        const qint64 conversationId = QJsonDocument::fromJson(created.second).object().value(u"id").toInteger();
        QProcess *stream = curl(auth() +
                                QStringList{u"-N"_s, u"-H"_s, u"Content-Type: application/json"_s, u"-d"_s,
                                            uR"({"query": "Long", "conversation_id": %1})"_s.arg(conversationId),
                                            url(u"/api/agent/chat/stream"_s)});
        QByteArray body;
        QVERIFY(QTest::qWaitFor(
            [&] {
                body += stream->readAllStandardOutput();
                return body.contains("stream_chunk");
            },
            10000));
        const qint64 assistantId =
            QJsonDocument::fromJson(body.mid(6, body.indexOf('\n') - 6)).object().value(u"assistant_message_id").toInteger();
        stream->kill();
        QTRY_COMPARE(f->core()->storage()->message(assistantId)->status, MessageStatus::Cancelled);
        QVERIFY(!f->core()->storage()->message(assistantId)->content.isEmpty());
        QTRY_COMPARE(f->server()->activeRuns(), 0);
    }

    void securityChecks()
    {
        const QString list = url(u"/api/agent/chat/conversations/list"_s);
        QCOMPARE(statusOf({list}).first, 401);
        QCOMPARE(statusOf({list + u"?api_key="_s + QString::fromLatin1(f->token())}).first, 401);
        QCOMPARE(statusOf(auth() + QStringList{list}).first, 200);
        QCOMPARE(statusOf(QStringList{u"-H"_s, u"X-API-Key: "_s + QString::fromLatin1(f->token()), list}).first, 200);
        QCOMPARE(statusOf(auth() + QStringList{u"-H"_s, u"Host: evil.example"_s, list}).first, 403);
        QCOMPARE(statusOf(auth() + QStringList{u"-H"_s, u"Origin: https://evil.example"_s, list}).first, 403);
        const QString stream = url(u"/api/agent/chat/stream"_s);
        // curl -d sends application/x-www-form-urlencoded unless told otherwise.
        QCOMPARE(statusOf(auth() + QStringList{u"-d"_s, uR"({"query": "hi"})"_s, stream}).first, 415);
        QCOMPARE(statusOf(auth() + QStringList{u"-H"_s, u"Content-Type: text/plain"_s, u"-d"_s, uR"({"query": "hi"})"_s, stream})
                     .first,
                 415);
        QTemporaryFile big;
        QVERIFY(big.open());
        big.write(QByteArray(2 * 1024 * 1024, ' '));
        big.close();
        QCOMPARE(statusOf(auth() +
                          QStringList{u"-H"_s, u"Content-Type: application/json"_s, u"--data-binary"_s, u"@"_s + big.fileName(),
                                      stream})
                     .first,
                 413);
        QCOMPARE(statusOf(auth() + QStringList{u"-H"_s, u"Content-Type: application/json"_s, u"-d"_s, u"{"_s, stream}).first,
                 400);
        QCOMPARE(statusOf(auth() + QStringList{url(u"/nothing/here"_s)}).first, 404);
        QCOMPARE(*f->core()->storage()->conversationCount(), 0);
    }

    void hugeUploadsRefusedAtOnce_data()
    {
        QTest::addColumn<QStringList>("upload");
        QTest::addColumn<int>("status");
        QTest::newRow("1 GiB file") << QStringList{u"-T"_s, u"BIG"_s} << 413;
        // From a pipe curl cannot know the size: it sends the body in chunks, without end.
        QTest::newRow("endless chunked") << QStringList{u"-T"_s, u"/dev/zero"_s} << 411;
    }

    void hugeUploadsRefusedAtOnce()
    {
        QFETCH(QStringList, upload);
        QFETCH(int, status);
        QTemporaryFile big;
        QVERIFY(big.open());
        QVERIFY(big.resize(1024LL * 1024 * 1024)); // sparse: no disk used
        big.close();
        upload.replaceInStrings(u"BIG"_s, big.fileName());
        const qint64 idle = ServerFixture::residentKiB();
        QElapsedTimer clock;
        clock.start();
        QProcess *process =
            curl(auth() + QStringList{u"-X"_s, u"POST"_s, u"-H"_s, u"Content-Type: application/json"_s} + upload +
                 QStringList{u"-o"_s, u"/dev/null"_s, u"-w"_s, u"%{http_code}"_s, url(u"/api/agent/chat/stream"_s)});
        qint64 peak = idle;
        while (process->state() != QProcess::NotRunning && clock.elapsed() < 15000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            peak = std::max(peak, ServerFixture::residentKiB());
        }
        const qint64 elapsed = clock.elapsed();
        const QByteArray code = process->readAllStandardOutput();
        qInfo("curl got %s after %lld ms; RSS %lld KiB idle, peak +%lld KiB", code.constData(), elapsed, idle, peak - idle);
        QCOMPARE(code.toInt(), status);
        QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));
        if (ServerFixture::residentMemoryIsMeaningful()) {
            QVERIFY2(peak - idle < 2048, qPrintable(u"the server's memory grew by %1 KiB"_s.arg(peak - idle)));
        }
    }

    void openAiStreamWithCurl()
    {
        f->provider()->enqueue(ScriptedResponse::chatStream({u"Hello"_s, u" world"_s}));
        QProcess *process = curl(auth() +
                                 QStringList{u"-N"_s, u"-H"_s, u"Content-Type: application/json"_s, u"-d"_s,
                                             uR"({"stream": true, "messages": [{"role": "user", "content": "Hi"}]})"_s,
                                             url(u"/v1/chat/completions"_s)});
        QVERIFY(finish(process));
        const QByteArray body = process->readAllStandardOutput();
        QVERIFY2(body.endsWith("data: [DONE]\n\n"), body.constData());
        QString error;
        QString text;
        const QList<QByteArray> data = ServerFixture::sseData(body, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QByteArray &json : data.mid(0, data.size() - 1)) {
            text += QJsonDocument::fromJson(json)
                        .object()
                        .value(u"choices")
                        .toArray()
                        .first()
                        .toObject()
                        .value(u"delta")
                        .toObject()
                        .value(u"content")
                        .toString();
        }
        QCOMPARE(text, u"Hello world"_s);
        QVERIFY(body.contains(R"("finish_reason":"stop")"));
    }
};

QTEST_GUILESS_MAIN(TestServerCurl)
#include "tst_servercurl.moc"
