// SPDX-License-Identifier: GPL-3.0-or-later
// The MCP client over Streamable HTTP against confab-mcp-test-server --http: JSON and event-stream
// answers, sessions, the protocol version header, the GET stream for list_changed, and faults.
#include "mcpclient.h"
#include "mcphttptransport.h"
#include "mcprequest.h"
#include "mcpserverlog.h"
#include "mcptesthelpers.h"
#include "mcptoolresult.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>

#include <memory>

class TestMcpHttpTransport : public QObject
{
    Q_OBJECT

    std::unique_ptr<McpServerLog> m_log;
    std::unique_ptr<McpClient> m_client;

    McpClient *startClient(const McpServerConfig &config)
    {
        m_client = std::make_unique<McpClient>(config, m_log.get());
        m_client->start();
        return m_client.get();
    }

    McpRequest *call(const QString &tool, const QJsonObject &arguments = {})
    {
        McpRequest *request = m_client->callTool(tool, arguments, m_client.get());
        waitFor(request);
        return request;
    }

private Q_SLOTS:
    void init()
    {
        m_log = std::make_unique<McpServerLog>();
    }

    void cleanup()
    {
        m_client.reset();
        m_log.reset();
    }

    void jsonAndEventStreamAnswers_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("json") << QStringList{};
        QTest::newRow("event stream") << QStringList{u"--sse"_s};
    }

    void jsonAndEventStreamAnswers()
    {
        QFETCH(QStringList, args);
        HttpTestServer server(args);
        QVERIFY(server.url().isValid());
        McpClient *client = startClient(server.config(u"web"_s));
        QVERIFY(waitReady(client));
        QCOMPARE(client->tools().size(), 16);
        McpRequest *echo = call(u"echo"_s, {{u"text"_s, u"over http"_s}});
        QVERIFY(echo->ok());
        QCOMPARE(McpToolResult::toToolOutput(echo->result()).text, u"echo: over http"_s);
        McpRequest *error = call(u"rpc_error"_s);
        QCOMPARE(error->error().kind, McpError::Kind::Rpc);
        QCOMPARE(error->error().code, -32603);
        // After the handshake every request names the negotiated version.
        QTRY_VERIFY(server.log().contains(u"header mcp-protocol-version: 2025-11-25"_s));
        if (args.contains(u"--sse"_s)) {
            // The notification before the answer reaches the log.
            QVERIFY(m_log->text().contains(u"info: working on it"_s));
        }
    }

    void sessionIsKeptAndEnded()
    {
        HttpTestServer server({u"--session"_s});
        McpClient *client = startClient(server.config(u"web"_s));
        QVERIFY(waitReady(client)); // tools/list needed the session id
        QVERIFY(call(u"echo"_s)->ok());
        QSignalSpy closed(client, &McpClient::closed);
        client->stop();
        QVERIFY(closed.wait(5000));
        QTRY_VERIFY(server.log().contains(u"delete session session-1"_s));
    }

    void lostSessionFailsTheServer()
    {
        HttpTestServer server({u"--session"_s});
        McpClient *client = startClient(server.config(u"web"_s));
        QVERIFY(waitReady(client));
        // A second client takes over the only session: the first one's is now unknown (404).
        McpServerLog otherLog;
        McpClient other(server.config(u"other"_s), &otherLog);
        other.start();
        QVERIFY(waitReady(&other));
        McpRequest *request = call(u"echo"_s);
        QCOMPARE(request->error().kind, McpError::Kind::Transport);
        QVERIFY2(request->error().message.contains(u"session"_s), qPrintable(request->error().message));
        QTRY_COMPARE(client->state(), McpClient::State::Failed);
        client->start(); // starting over gives a new session
        QVERIFY(waitReady(client));
        QVERIFY(call(u"echo"_s)->ok());
    }

    void listChangedOverEventStream()
    {
        HttpTestServer server;
        McpClient *client = startClient(server.config(u"web"_s));
        QVERIFY(waitReady(client));
        QTRY_VERIFY(server.log().contains(u"listener connected"_s));
        QSignalSpy changed(client, &McpClient::toolsChanged);
        QVERIFY(call(u"change"_s)->ok());
        QTRY_VERIFY(!changed.isEmpty());
        QCOMPARE(client->tools().constLast().name, u"late"_s);
    }

    void refusedEventStreamIsFine()
    {
        HttpTestServer server({u"--no-get"_s});
        McpClient *client = startClient(server.config(u"web"_s));
        QVERIFY(waitReady(client));
        QTRY_VERIFY(m_log->text().contains(u"offers no event stream"_s));
        QVERIFY(call(u"echo"_s)->ok());
    }

    void garbageAnswer()
    {
        HttpTestServer server;
        McpClient *client = startClient(server.config(u"web"_s));
        QVERIFY(waitReady(client));
        McpRequest *request = call(u"garbage"_s);
        QCOMPARE(request->error().kind, McpError::Kind::Transport);
        QVERIFY2(request->error().message.contains(u"not a JSON-RPC response"_s), qPrintable(request->error().message));
        QCOMPARE(client->state(), McpClient::State::Ready);
    }

    void hangIsAbortedAndCancelled()
    {
        HttpTestServer server;
        McpClient *client = startClient(server.config(u"web"_s, 1));
        QVERIFY(waitReady(client));
        McpRequest *request = call(u"hang"_s);
        QCOMPARE(request->error().kind, McpError::Kind::Timeout);
        QTRY_VERIFY(server.log().contains(u"cancelled %1 timeout"_s.arg(request->id())));
        QVERIFY(call(u"echo"_s)->ok());
    }

    void crashMidCall()
    {
        HttpTestServer server;
        McpClient *client = startClient(server.config(u"web"_s));
        QVERIFY(waitReady(client));
        McpRequest *request = call(u"crash"_s);
        QCOMPARE(request->error().kind, McpError::Kind::Transport);
        QVERIFY2(request->error().message.contains(u"Could not reach the server"_s) ||
                     request->error().message.contains(u"without answering"_s) || request->error().message.contains(u"closed"_s),
                 qPrintable(request->error().message));
        // The server is gone: the next call fails at once, it does not hang.
        QElapsedTimer clock;
        clock.start();
        McpRequest *next = call(u"echo"_s);
        QCOMPARE(next->error().kind, McpError::Kind::Transport);
        QVERIFY(clock.elapsed() < 3000);
    }

    void nobodyListening()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        McpServerConfig config;
        config.name = u"gone"_s;
        config.transport = McpServerConfig::Transport::Http;
        config.url = QUrl(u"http://127.0.0.1:%1/mcp"_s.arg(port));
        McpClient *client = startClient(config);
        QVERIFY(!waitReady(client));
        QVERIFY2(client->errorString().contains(u"Could not reach the server"_s), qPrintable(client->errorString()));
    }
};

QTEST_GUILESS_MAIN(TestMcpHttpTransport)
#include "tst_mcphttptransport.moc"
