// SPDX-License-Identifier: GPL-3.0-or-later
// The MCP client over stdio against confab-mcp-test-server: handshake, tools, calls and faults.
#include "mcpclient.h"
#include "mcprequest.h"
#include "mcpserverlog.h"
#include "mcptesthelpers.h"
#include "mcptoolresult.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

#include <memory>

class TestMcpClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<McpServerLog> m_log;
    std::unique_ptr<McpClient> m_client;

    McpClient *startClient(const QStringList &args, int timeoutSeconds = 5)
    {
        m_client = std::make_unique<McpClient>(testServerConfig(u"test"_s, args, timeoutSeconds), m_log.get());
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

    void handshakeAndTools()
    {
        McpClient *client = startClient({});
        QVERIFY(waitReady(client));
        QCOMPARE(client->protocolVersion(), McpClient::supportedProtocolVersions().constFirst());
        QCOMPARE(client->serverName(), u"confab-mcp-test-server"_s);
        QCOMPARE(client->instructions(), u"Test server."_s);
        QCOMPARE(client->tools().size(), 16);
        QCOMPARE(client->tools().constFirst().name, u"echo"_s);
        QCOMPARE(client->tools().constFirst().inputSchema.value(u"type").toString(), u"object"_s);
        QTRY_VERIFY(m_log->text().contains(u"initialized"_s));
        QVERIFY(m_log->text().contains(u"test server started"_s)); // stderr reaches the log
    }

    void olderProtocolVersionIsAccepted()
    {
        McpClient *client = startClient({u"--protocol"_s, u"2024-11-05"_s});
        QVERIFY(waitReady(client));
        QCOMPARE(client->protocolVersion(), u"2024-11-05"_s);
    }

    void unknownProtocolVersionFails()
    {
        McpClient *client = startClient({u"--protocol"_s, u"1999-01-01"_s});
        QVERIFY(!waitReady(client));
        QCOMPARE(client->state(), McpClient::State::Failed);
        QVERIFY2(client->errorString().contains(u"1999-01-01"_s), qPrintable(client->errorString()));
    }

    void paginatedAndSlowList()
    {
        McpClient *client = startClient({u"--page-size"_s, u"3"_s, u"--list-delay"_s, u"50"_s});
        QVERIFY(waitReady(client));
        QCOMPARE(client->tools().size(), 16);
        QCOMPARE(client->tools().at(13).name, u"dotted.name with spaces"_s);
        QCOMPARE(m_log->text().count(u"request tools/list"_s), 6);
    }

    void listSlowerThanTimeoutFails()
    {
        McpClient *client = startClient({u"--list-delay"_s, u"3000"_s}, 1);
        QVERIFY(!waitReady(client));
        QVERIFY2(client->errorString().contains(u"tools/list"_s), qPrintable(client->errorString()));
    }

    void callResults()
    {
        McpClient *client = startClient({});
        QVERIFY(waitReady(client));
        McpRequest *echo = call(u"echo"_s, {{u"text"_s, u"hi"_s}});
        QVERIFY(echo->ok());
        QCOMPARE(McpToolResult::toToolOutput(echo->result()).text, u"echo: hi"_s);
        McpRequest *add = call(u"add"_s, {{u"a"_s, 2}, {u"b"_s, 40}});
        QCOMPARE(McpToolResult::toToolOutput(add->result()).text, u"42"_s);
        const ToolOutput image = McpToolResult::toToolOutput(call(u"image"_s)->result());
        QVERIFY(image.ok);
        QVERIFY(image.text.startsWith(u"A red dot:\n[The tool returned an image (image/png"_s));
        const ToolOutput resource = McpToolResult::toToolOutput(call(u"resource"_s)->result());
        QVERIFY(resource.text.contains(u"[Resource file:///notes.txt]\nremember the milk"_s));
        QVERIFY(resource.text.contains(u"file:///blob.bin (application/octet-stream"_s));
        QVERIFY(resource.text.contains(u"[Resource link: big.csv <file:///big.csv>] A large table"_s));
        const ToolOutput failed = McpToolResult::toToolOutput(call(u"fail"_s)->result());
        QVERIFY(!failed.ok);
        QCOMPARE(failed.text, u"the disk is on fire"_s);
        McpRequest *ping = client->ping(client);
        QVERIFY(waitFor(ping));
        QVERIFY(ping->ok());
    }

    void longAnswer()
    {
        McpClient *client = startClient({});
        QVERIFY(waitReady(client));
        McpRequest *request = call(u"big"_s, {{u"size"_s, 8 * 1024 * 1024}});
        QVERIFY(request->ok());
        QCOMPARE(McpToolResult::toToolOutput(request->result()).text.size(), 8 * 1024 * 1024);
    }

    void jsonRpcError()
    {
        McpClient *client = startClient({});
        QVERIFY(waitReady(client));
        McpRequest *request = call(u"rpc_error"_s);
        QCOMPARE(request->error().kind, McpError::Kind::Rpc);
        QCOMPARE(request->error().code, -32603);
        QCOMPARE(request->error().message, u"internal failure in the test server"_s);
        QCOMPARE(client->state(), McpClient::State::Ready); // the server stays usable
        QVERIFY(call(u"echo"_s)->ok());
    }

    void hangTimesOutAndIsCancelled()
    {
        McpClient *client = startClient({}, 1);
        QVERIFY(waitReady(client));
        QElapsedTimer clock;
        clock.start();
        McpRequest *request = call(u"hang"_s);
        QCOMPARE(request->error().kind, McpError::Kind::Timeout);
        QVERIFY(clock.elapsed() < 3000);
        QTRY_VERIFY(m_log->text().contains(u"cancelled %1 timeout"_s.arg(request->id())));
        QVERIFY(call(u"echo"_s)->ok());
    }

    void cancelSendsNotification()
    {
        McpClient *client = startClient({});
        QVERIFY(waitReady(client));
        McpRequest *request = client->callTool(u"hang"_s, {}, client);
        QTest::qWait(50);
        request->cancel(u"the user stopped the run"_s);
        QVERIFY(request->isFinished());
        QCOMPARE(request->error().kind, McpError::Kind::Cancelled);
        QTRY_VERIFY(m_log->text().contains(u"cancelled %1 the user stopped the run"_s.arg(request->id())));
    }

    void crashMidCall_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("expected");
        QTest::newRow("killed") << u"crash"_s << u"crashed"_s;
        QTest::newRow("exit code") << u"quit"_s << u"exited with code 7"_s;
    }

    void crashMidCall()
    {
        QFETCH(QString, tool);
        QFETCH(QString, expected);
        McpClient *client = startClient({});
        QVERIFY(waitReady(client));
        McpRequest *other = client->callTool(u"hang"_s, {}, client);
        McpRequest *request = call(tool);
        QCOMPARE(request->error().kind, McpError::Kind::Transport);
        QVERIFY2(request->error().message.contains(expected), qPrintable(request->error().message));
        // The server's last stderr words are quoted.
        QVERIFY2(request->error().message.contains(u"mid-call"_s) || request->error().message.contains(u"crashing now"_s),
                 qPrintable(request->error().message));
        QVERIFY(other->isFinished()); // every request in flight fails with it
        QCOMPARE(client->state(), McpClient::State::Failed);
        McpRequest *late = call(u"echo"_s);
        QCOMPARE(late->error().kind, McpError::Kind::Transport);
        QVERIFY(late->error().message.contains(u"not running"_s));
        // A restart works.
        client->start();
        QVERIFY(waitReady(client));
        QVERIFY(call(u"echo"_s)->ok());
    }

    void garbageOnStdout()
    {
        McpClient *client = startClient({u"--garbage-at-start"_s}, 1);
        QSignalSpy noise(client, &McpClient::noise);
        QVERIFY(waitReady(client)); // a banner before the handshake is survived
        QCOMPARE(noise.size(), 1);
        McpRequest *request = call(u"garbage"_s);
        QVERIFY(request->ok());
        QCOMPARE(McpToolResult::toToolOutput(request->result()).text, u"answered after garbage"_s);
        QCOMPARE(noise.size(), 3);
        QVERIFY(m_log->text().contains(u"Ignored output that is not an MCP message: this is not json"_s));
        McpRequest *only = call(u"garbage_only"_s);
        QCOMPARE(only->error().kind, McpError::Kind::Timeout);
        QCOMPARE(noise.size(), 4);
        QCOMPARE(client->state(), McpClient::State::Ready);
    }

    void failureToStart()
    {
        McpClient *client = startClient({u"--fail-start"_s});
        QVERIFY(!waitReady(client));
        QCOMPARE(client->state(), McpClient::State::Failed);
        QVERIFY2(client->errorString().contains(u"exited with code 3"_s), qPrintable(client->errorString()));
        QVERIFY2(client->errorString().contains(u"cannot open the database"_s), qPrintable(client->errorString()));
    }

    void missingCommand()
    {
        McpServerConfig config = testServerConfig(u"missing"_s);
        config.command = u"confab-no-such-mcp-server-command"_s;
        m_client = std::make_unique<McpClient>(config, m_log.get());
        m_client->start();
        QVERIFY(!waitReady(m_client.get()));
        QVERIFY2(m_client->errorString().contains(u"was not found in PATH"_s), qPrintable(m_client->errorString()));

        config.command = u"/nonexistent/folder/server"_s;
        m_client = std::make_unique<McpClient>(config, m_log.get());
        m_client->start();
        QVERIFY(!waitReady(m_client.get()));
        QVERIFY2(m_client->errorString().contains(u"could not be started"_s), qPrintable(m_client->errorString()));
    }

    void handshakeTimeout()
    {
        McpClient *client = startClient({u"--no-initialize"_s}, 1);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!waitReady(client));
        QVERIFY(clock.elapsed() < 5000);
        QVERIFY2(client->errorString().contains(u"handshake"_s), qPrintable(client->errorString()));
    }

    void listChanged()
    {
        McpClient *client = startClient({});
        QVERIFY(waitReady(client));
        QSignalSpy changed(client, &McpClient::toolsChanged);
        QVERIFY(call(u"change"_s)->ok());
        QTRY_VERIFY(!changed.isEmpty());
        QCOMPARE(client->tools().size(), 17);
        QCOMPARE(client->tools().constLast().name, u"late"_s);
        QCOMPARE(McpToolResult::toToolOutput(call(u"late"_s)->result()).text, u"late tool"_s);
    }

    void cleanStopClosesStdin()
    {
        McpClient *client = startClient({});
        QVERIFY(waitReady(client));
        QSignalSpy closed(client, &McpClient::closed);
        QElapsedTimer clock;
        clock.start();
        client->stop();
        QVERIFY(closed.wait(5000));
        QVERIFY(clock.elapsed() < 1500); // it left on EOF, no terminate needed
        QCOMPARE(client->state(), McpClient::State::Closed);
        QVERIFY(m_log->text().contains(u"stdin closed"_s));
        QVERIFY(!m_log->text().contains(u"terminating"_s));
    }

    void stubbornServerIsKilled()
    {
        McpClient *client = startClient({u"--ignore-eof"_s});
        QVERIFY(waitReady(client));
        QSignalSpy closed(client, &McpClient::closed);
        QElapsedTimer clock;
        clock.start();
        client->stop();
        QVERIFY(closed.wait(10000));
        QVERIFY2(clock.elapsed() >= 2 * 2000 - 50, qPrintable(m_log->text())); // grace period, SIGTERM ignored, then SIGKILL
        QVERIFY(m_log->text().contains(u"terminating it"_s));
        QVERIFY(m_log->text().contains(u"killing it"_s));
    }

    void stopNowIsBounded()
    {
        McpClient *client = startClient({u"--ignore-eof"_s});
        QVERIFY(waitReady(client));
        QElapsedTimer clock;
        clock.start();
        client->stopNow(QDeadlineTimer(600));
        QVERIFY2(clock.elapsed() < 1500, QByteArray::number(clock.elapsed()).constData());
        QCOMPARE(client->state(), McpClient::State::Closed);
    }

    void serverRequestsAreAnswered()
    {
        McpClient *client = startClient({});
        QVERIFY(waitReady(client));
        QVERIFY(call(u"ask_client"_s)->ok());
        QTRY_VERIFY(m_log->text().contains(u"answer {\"id\":\"s1\",\"jsonrpc\":\"2.0\",\"result\":{}}"_s));
        QTRY_VERIFY(m_log->text().contains(u"\"code\":-32601"_s));
    }

    void unknownMethodGivesRpcError()
    {
        McpClient *client = startClient({});
        QVERIFY(waitReady(client));
        McpRequest *unknown = client->sendRequest(u"resources/list"_s, {}, client);
        QVERIFY(waitFor(unknown));
        QCOMPARE(unknown->error().kind, McpError::Kind::Rpc);
        QCOMPARE(unknown->error().code, -32601);
    }
};

QTEST_GUILESS_MAIN(TestMcpClient)
#include "tst_mcpclient.moc"
