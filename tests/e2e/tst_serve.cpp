// SPDX-License-Identifier: GPL-3.0-or-later
// The real `confab serve` and `confab chat` binaries against confab-fake-provider: streaming and
// interrupting with curl, SIGTERM while a stream runs, and the one-shot command line.
#include "fakeproviderprocess.h"
#include "storage.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestServe : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    FakeProviderProcess m_provider;
    QString m_baseUrl;
    QString m_curl;

    QProcessEnvironment environment(const QString &baseUrl) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"OPENAI_BASE_URL"_s, baseUrl);
        env.insert(u"OPENAI_API_KEY"_s, u"sk-fake"_s);
        env.remove(u"QT_QPA_PLATFORM"_s); // serve and chat must not need a display at all
        env.remove(u"DISPLAY"_s);
        return env;
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        return probe.serverPort();
    }

    QStringList auth() const
    {
        QFile file(QDir(m_data.path()).filePath(u"server-token"_s));
        file.open(QIODevice::ReadOnly);
        return {u"-H"_s, u"Authorization: Bearer "_s + QString::fromLatin1(file.readAll().trimmed())};
    }

    /** Runs curl to the end (the event loop keeps running). */
    QByteArray curl(const QStringList &arguments)
    {
        QProcess process;
        process.start(m_curl, QStringList{u"-sS"_s} + arguments);
        if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 30000)) {
            return {};
        }
        return process.readAllStandardOutput();
    }

    /** Starts a streaming curl and waits until the answer's first words arrive. */
    QProcess *startStream(quint16 port, qint64 conversationId, QByteArray *received)
    {
        auto *process = new QProcess(this);
        process->start(m_curl,
                       auth() +
                           QStringList{u"-sS"_s, u"-N"_s, u"-H"_s, u"Content-Type: application/json"_s, u"-d"_s,
                                       uR"({"query": "Tell me more", "conversation_id": %1})"_s.arg(conversationId),
                                       u"http://127.0.0.1:%1/api/agent/chat/stream"_s.arg(port)});
        const bool started = QTest::qWaitFor(
            [&] {
                *received += process->readAllStandardOutput();
                return received->contains("\"stream_chunk\"");
            },
            20000);
        if (!started) {
            qWarning("no answer arrived: %s", received->constData());
        }
        return process;
    }

    /** The answer text of a MineContext stream. */
    static QString chunkText(const QByteArray &stream)
    {
        QString text;
        for (const QByteArray &line : stream.split('\n')) {
            const QJsonObject event = QJsonDocument::fromJson(line.mid(6)).object();
            if (line.startsWith("data: ") && event.value(u"type").toString() == u"stream_chunk") {
                text += event.value(u"content").toString();
            }
        }
        return text;
    }

    static qint64 assistantId(const QByteArray &stream)
    {
        return QJsonDocument::fromJson(stream.mid(6, stream.indexOf('\n') - 6))
            .object()
            .value(u"assistant_message_id")
            .toInteger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_curl = QStandardPaths::findExecutable(u"curl"_s);
        QVERIFY2(!m_curl.isEmpty(), "curl is needed");
        QString error;
        QVERIFY2(m_provider.start(QStringLiteral(CONFAB_FAKE_PROVIDER), {u"--delay"_s, u"10"_s}, &error), qPrintable(error));
        m_baseUrl = m_provider.baseUrl();
    }

    void cleanupTestCase()
    {
        m_provider.stop();
    }

    void serveStreamInterruptAndStop()
    {
        const quint16 port = freePort();
        QProcess serve;
        QProcessEnvironment env = environment(m_baseUrl);
        // The server's own debug output on, as a user chasing a problem would have it.
        env.insert(u"QT_LOGGING_RULES"_s, u"confab.*.debug=true"_s);
        serve.setProcessEnvironment(env);
        serve.start(QStringLiteral(CONFAB_BINARY),
                    {u"serve"_s, u"--data-dir"_s, m_data.path(), u"--port"_s, QString::number(port)});
        QByteArray log;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         log += serve.readAllStandardError();
                         return log.contains("Confab is serving on") || serve.state() == QProcess::NotRunning;
                     },
                     20000),
                 log.constData());
        QVERIFY2(log.contains(QByteArray("http://127.0.0.1:" + QByteArray::number(port))), log.constData());
        // Headless: the window program holds QtQuick, the server never loads it.
        QFile maps(u"/proc/%1/maps"_s.arg(serve.processId()));
        if (maps.open(QIODevice::ReadOnly)) {
            const QByteArray mapped = maps.readAll();
            QVERIFY(mapped.contains("libQt6Core"));
            QVERIFY2(!mapped.contains("libQt6Quick"), "confab serve loaded QtQuick");
        }

        const QString base = u"http://127.0.0.1:%1"_s.arg(port);
        QCOMPARE(curl({base + u"/health"_s}), R"({"status":"ok","service":"confab"})");
        const QByteArray created = curl(auth() +
                                        QStringList{u"-H"_s, u"Content-Type: application/json"_s, u"-d"_s,
                                                    uR"({"page_name": "home"})"_s, base + u"/api/agent/chat/conversations"_s});
        const qint64 conversationId = QJsonDocument::fromJson(created).object().value(u"id").toInteger();
        QVERIFY2(conversationId > 0, created.constData());

        // A whole answer.
        const QByteArray full = curl(auth() +
                                     QStringList{u"-N"_s, u"-H"_s, u"Content-Type: application/json"_s, u"-d"_s,
                                                 uR"({"query": "Hello there", "conversation_id": %1})"_s.arg(conversationId),
                                                 base + u"/api/agent/chat/stream"_s});
        QVERIFY2(full.contains(R"("type": "stream_complete")"), full.right(300).constData());
        QVERIFY2(chunkText(full).contains(u"offline demo provider"_s), qPrintable(chunkText(full)));
        const qint64 completed = assistantId(full);

        // Interrupted from a second curl.
        QByteArray interruptedStream;
        QProcess *stream = startStream(port, conversationId, &interruptedStream);
        const qint64 interrupted = assistantId(interruptedStream);
        const QByteArray answer =
            curl(auth() + QStringList{u"-X"_s, u"POST"_s, base + u"/api/agent/chat/messages/%1/interrupt"_s.arg(interrupted)});
        QVERIFY2(answer.contains(R"("interrupted":true)"), answer.constData());
        QVERIFY(QTest::qWaitFor([stream] { return stream->state() == QProcess::NotRunning; }, 10000));
        interruptedStream += stream->readAllStandardOutput();
        QVERIFY(interruptedStream.contains(R"("type": "interrupted")"));

        // SIGTERM while a stream runs: the client still gets the last event, the process ends.
        QByteArray lastStream;
        QProcess *running = startStream(port, conversationId, &lastStream);
        const qint64 cut = assistantId(lastStream);
        ::kill(pid_t(serve.processId()), SIGTERM);
        QVERIFY(serve.waitForFinished(10000));
        QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.exitCode(), 0);
        QVERIFY(QTest::qWaitFor([running] { return running->state() == QProcess::NotRunning; }, 10000));
        lastStream += running->readAllStandardOutput();
        QVERIFY2(lastStream.contains(R"("type": "interrupted")"), lastStream.right(300).constData());
        log += serve.readAllStandardError();
        QVERIFY2(log.contains("\"POST /api/agent/chat/stream\" 200"), log.constData());
        QVERIFY2(log.count("\"GET /health\" 200") == 1, log.constData()); // one line per request, once
        QVERIFY(!log.contains(auth().last().section(u' ', 2).toLatin1()));

        // What the process left in the database.
        auto storage = Storage::open(m_data.path());
        QVERIFY(storage);
        QCOMPARE((*storage)->message(completed)->status, MessageStatus::Completed);
        QCOMPARE((*storage)->message(interrupted)->status, MessageStatus::Cancelled);
        QCOMPARE((*storage)->message(cut)->status, MessageStatus::Cancelled);
        QVERIFY(!(*storage)->message(cut)->content.isEmpty());
    }

    void remoteBindNeedsTheFlag()
    {
        QProcess refused;
        refused.setProcessEnvironment(environment(m_baseUrl));
        refused.start(
            QStringLiteral(CONFAB_BINARY),
            {u"serve"_s, u"--data-dir"_s, m_data.path(), u"--port"_s, QString::number(freePort()), u"--bind"_s, u"0.0.0.0"_s});
        QVERIFY(refused.waitForFinished(20000));
        QCOMPARE(refused.exitCode(), 1);
        const QByteArray error = refused.readAllStandardError();
        QVERIFY2(error.contains("--allow-remote"), error.constData());

        QProcess allowed;
        allowed.setProcessEnvironment(environment(m_baseUrl));
        allowed.start(QStringLiteral(CONFAB_BINARY),
                      {u"serve"_s, u"--data-dir"_s, m_data.path(), u"--port"_s, QString::number(freePort()), u"--bind"_s,
                       u"0.0.0.0"_s, u"--allow-remote"_s});
        QByteArray log;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         log += allowed.readAllStandardError();
                         return log.contains("Confab is serving on") || allowed.state() == QProcess::NotRunning;
                     },
                     20000),
                 log.constData());
        QVERIFY2(log.contains("0.0.0.0"), log.constData());
        QVERIFY2(log.contains("Warning"), log.constData());
        ::kill(pid_t(allowed.processId()), SIGTERM);
        QVERIFY(allowed.waitForFinished(10000));
        QCOMPARE(allowed.exitCode(), 0);
    }

    void chatPrintsOneAnswer()
    {
        QProcess chat;
        chat.setProcessEnvironment(environment(m_baseUrl));
        chat.start(QStringLiteral(CONFAB_BINARY), {u"chat"_s, u"--data-dir"_s, m_data.path(), u"What is Confab?"_s});
        QVERIFY(QTest::qWaitFor([&chat] { return chat.state() == QProcess::NotRunning; }, 30000));
        const QByteArray out = chat.readAllStandardOutput();
        QCOMPARE(chat.exitCode(), 0);
        QVERIFY2(out.contains("offline demo provider") && out.contains("> What is Confab?"), out.constData());
        QVERIFY(out.endsWith('\n'));
        QVERIFY(!out.contains("The user asked")); // the reasoning is not printed

        auto storage = Storage::open(m_data.path());
        QVERIFY(storage);
        ConversationQuery newest;
        newest.limit = 1;
        newest.pinnedFirst = false;
        QCOMPARE((*storage)->conversations(newest)->first().title, u"What is Confab?"_s);
    }

    void chatFailsClearly()
    {
        QProcess chat;
        chat.setProcessEnvironment(environment(u"http://127.0.0.1:%1/v1"_s.arg(freePort())));
        QTemporaryDir data;
        chat.start(QStringLiteral(CONFAB_BINARY), {u"chat"_s, u"--data-dir"_s, data.path(), u"Anyone there?"_s});
        QVERIFY(QTest::qWaitFor([&chat] { return chat.state() == QProcess::NotRunning; }, 60000));
        QCOMPARE(chat.exitCode(), 1);
        const QByteArray error = chat.readAllStandardError();
        QVERIFY2(error.contains("confab chat: "), error.constData());

        QProcess noProvider;
        QProcessEnvironment bare = environment({});
        bare.remove(u"OPENAI_BASE_URL"_s);
        bare.remove(u"OPENAI_API_KEY"_s);
        noProvider.setProcessEnvironment(bare);
        noProvider.start(QStringLiteral(CONFAB_BINARY), {u"chat"_s, u"--data-dir"_s, data.path(), u"Hi"_s});
        QVERIFY(noProvider.waitForFinished(20000));
        QCOMPARE(noProvider.exitCode(), 1);
        QVERIFY(noProvider.readAllStandardError().contains("no provider is set up"));
    }
};

QTEST_GUILESS_MAIN(TestServe)
#include "tst_serve.moc"
