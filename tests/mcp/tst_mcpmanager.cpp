// SPDX-License-Identifier: GPL-3.0-or-later
// MCP servers as agent tools, end to end: ContextAgent with a scripted provider that requests the
// tools of confab-mcp-test-server through McpManager; faults, approvals, edits, shutdown.
#include "agentrun.h"
#include "agenttesthelpers.h"
#include "contextagent.h"
#include "eventchannel.h"
#include "llmclient.h"
#include "mcpconnection.h"
#include "mcpmanager.h"
#include "mcpserverlog.h"
#include "mcptesthelpers.h"
#include "scriptedprovider.h"
#include "toolapprovals.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <csignal>
#include <memory>

using T = StreamEvent::Type;
using S = StreamEvent::Stage;

class TestMcpManager : public QObject
{
    Q_OBJECT

    ScriptedProvider *m_provider = nullptr;
    LlmClient *m_client = nullptr;
    ContextAgent *m_agent = nullptr;
    McpManager *m_manager = nullptr;
    ToolApprovals *m_approvals = nullptr;

    AgentRun *startRun(const QString &query, EventRecorder **recorder)
    {
        AgentRun *run = m_agent->processStream(query, {}, u"user"_s, {}, this);
        *recorder = new EventRecorder(run->channel()->createReader(run));
        (*recorder)->setParent(run);
        run->start();
        return run;
    }

    bool addAndWait(const McpServerConfig &config)
    {
        if (!m_manager->addServer(config).isEmpty()) {
            return false;
        }
        McpConnection *connection = m_manager->connection(config.name);
        QElapsedTimer clock;
        clock.start();
        while (connection->status() == McpConnection::Status::Starting && clock.elapsed() < 10000) {
            QTest::qWait(10);
        }
        return connection->status() == McpConnection::Status::Ready;
    }

    /** One run in which the model calls @p tool once, then answers; returns the tool_result. */
    StreamEvent runOneCall(const QString &tool, const QString &arguments = u"{}"_s, AgentRun **runOut = nullptr)
    {
        m_provider->enqueue(ScriptedResponse::toolCallStream({{u"c1"_s, tool, arguments}}));
        m_provider->enqueue(ScriptedResponse::chatStream({u"Done."_s}));
        EventRecorder *recorder = nullptr;
        AgentRun *run = startRun(u"Use the tool"_s, &recorder);
        if (runOut) {
            *runOut = run;
        }
        if (!QTest::qWaitFor([&] { return recorder->ended(); }, 15000)) {
            return {};
        }
        const auto results = recorder->ofType(T::ToolResult);
        return results.isEmpty() ? StreamEvent{} : results.first();
    }

    static qint64 pidIn(const QString &log)
    {
        const QRegularExpressionMatch match = QRegularExpression(u"test server started, pid (\\d+)"_s).match(log);
        return match.hasMatch() ? match.captured(1).toLongLong() : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_provider = new ScriptedProvider(this);
        QVERIFY(m_provider->listen());
        m_client = m_provider->newClient(this);
        m_agent = new ContextAgent(m_client, this);
        m_approvals = new ToolApprovals(this);
        m_manager = new McpManager(m_agent, this);
    }

    void cleanup()
    {
        delete m_manager;
        delete m_approvals;
        delete m_agent;
        delete m_client;
        delete m_provider;
    }

    void toolsAreOfferedToTheModel()
    {
        QVERIFY(addAndWait(testServerConfig(u"files"_s)));
        const QStringList names = m_agent->tools().names();
        QVERIFY(names.contains(u"files__echo"_s));
        QVERIFY(names.contains(u"files__dotted_name_with_spaces"_s));
        QCOMPARE(m_manager->toolNames(u"files"_s).size(), 16);

        const StreamEvent result = runOneCall(u"files__echo"_s, u"{\"text\":\"hi\"}"_s);
        QVERIFY(result.metadata.value(u"ok").toBool());
        QCOMPARE(result.metadata.value(u"result").toString(), u"echo: hi"_s);
        const StreamEvent odd = runOneCall(u"files__dotted_name_with_spaces"_s);
        QCOMPARE(odd.metadata.value(u"result").toString(), u"odd name works"_s);

        const QJsonArray tools = m_provider->chatRequests().constFirst().json().value(u"tools").toArray();
        QJsonObject echo;
        for (const QJsonValue &tool : tools) {
            if (tool[u"function"][u"name"] == u"files__echo"_s) {
                echo = tool[u"function"].toObject();
            }
        }
        QVERIFY(echo.value(u"description").toString().contains(u"Echoes the text"_s));
        QCOMPARE(echo.value(u"parameters")[u"properties"][u"text"][u"type"].toString(), u"string"_s);
        // The tool message the model reads is the result.
        const QJsonArray messages = m_provider->chatRequests().at(1).json().value(u"messages").toArray();
        QCOMPARE(messages.last()[u"content"].toString(), u"echo: hi"_s);
    }

    void outputIsCapped()
    {
        QVERIFY(addAndWait(testServerConfig(u"files"_s)));
        const StreamEvent result = runOneCall(u"files__big"_s, u"{\"size\":100000}"_s);
        const QString text = result.metadata.value(u"result").toString();
        QVERIFY(text.size() < 17000);
        QVERIFY(text.contains(u"[output truncated: 84000 more characters]"_s));
    }

    void serverErrorsBecomeToolErrors_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("expected");
        QTest::newRow("tool error") << u"files__fail"_s << u"the disk is on fire"_s;
        QTest::newRow("json-rpc error") << u"files__rpc_error"_s << u"refused the call: internal failure in the test server"_s;
        QTest::newRow("garbage, no answer") << u"files__garbage_only"_s << u"not MCP"_s;
    }

    void serverErrorsBecomeToolErrors()
    {
        QFETCH(QString, tool);
        QFETCH(QString, expected);
        QVERIFY(addAndWait(testServerConfig(u"files"_s, {}, 1)));
        const StreamEvent result = runOneCall(tool);
        QVERIFY(!result.metadata.value(u"ok").toBool(true));
        QVERIFY2(result.metadata.value(u"error").toString().contains(expected),
                 qPrintable(result.metadata.value(u"error").toString()));
        QCOMPARE(m_manager->connection(u"files"_s)->status(), McpConnection::Status::Ready);
        const QJsonArray messages = m_provider->chatRequests().at(1).json().value(u"messages").toArray();
        QVERIFY(messages.last()[u"content"].toString().startsWith(u"Error: "_s));
    }

    void crashMidCallIsReported()
    {
        QVERIFY(addAndWait(testServerConfig(u"files"_s)));
        QSignalSpy problems(m_manager, &McpManager::serverProblem);
        AgentRun *run = nullptr;
        const StreamEvent result = runOneCall(u"files__crash"_s, u"{}"_s, &run);
        const QString error = result.metadata.value(u"error").toString();
        QVERIFY2(error.contains(u"failed during the call"_s) && error.contains(u"crashing now"_s), qPrintable(error));
        QCOMPARE(run->status(), AgentRun::Status::Completed);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().at(0).toString(), u"files"_s);
        QVERIFY(problems.first().at(1).toString().contains(u"crashed"_s));
        // The tools of a failed server are no longer offered; a restart brings them back.
        QVERIFY(!m_agent->tools().names().contains(u"files__echo"_s));
        McpConnection *connection = m_manager->connection(u"files"_s);
        QCOMPARE(connection->status(), McpConnection::Status::Failed);
        QVERIFY(connection->statusText().startsWith(u"Failed: "_s));
        QVERIFY(m_manager->restart(u"files"_s));
        QTRY_COMPARE(connection->status(), McpConnection::Status::Ready);
        QVERIFY(m_agent->tools().names().contains(u"files__echo"_s));
    }

    void failureToStartIsReported()
    {
        QSignalSpy problems(m_manager, &McpManager::serverProblem);
        QVERIFY(!addAndWait(testServerConfig(u"broken"_s, {u"--fail-start"_s})));
        McpConnection *connection = m_manager->connection(u"broken"_s);
        QCOMPARE(connection->status(), McpConnection::Status::Failed);
        QVERIFY2(connection->statusText().contains(u"exited with code 3"_s), qPrintable(connection->statusText()));
        QVERIFY(connection->log()->text().contains(u"cannot open the database"_s));
        QCOMPARE(problems.size(), 1);
        QVERIFY(m_manager->toolNames(u"broken"_s).isEmpty());
        // The model asking for one of its tools anyway gets an error, the run goes on.
        const StreamEvent result = runOneCall(u"broken__echo"_s);
        QVERIFY(!result.metadata.value(u"ok").toBool(true));
    }

    void agentTimeoutCancelsTheCall()
    {
        AgentSettings settings;
        settings.toolTimeoutMs = 300;
        m_agent->setSettings(settings);
        QVERIFY(addAndWait(testServerConfig(u"files"_s)));
        const StreamEvent result = runOneCall(u"files__hang"_s);
        QVERIFY(result.metadata.value(u"timed_out").toBool());
        McpServerLog *log = m_manager->connection(u"files"_s)->log();
        QTRY_VERIFY(log->text().contains(u"cancelled "_s));
    }

    void interruptCancelsTheCall()
    {
        QVERIFY(addAndWait(testServerConfig(u"files"_s)));
        m_provider->enqueue(ScriptedResponse::toolCallStream({{u"c1"_s, u"files__hang"_s, u"{}"_s}}));
        EventRecorder *recorder = nullptr;
        AgentRun *run = startRun(u"Hang"_s, &recorder);
        McpServerLog *log = m_manager->connection(u"files"_s)->log();
        QTRY_VERIFY(log->text().contains(u"request tools/call"_s));
        run->interrupt();
        QTRY_VERIFY(recorder->ended());
        QCOMPARE(run->status(), AgentRun::Status::Interrupted);
        QTRY_VERIFY(log->text().contains(u"cancelled "_s));
        QCOMPARE(m_manager->connection(u"files"_s)->status(), McpConnection::Status::Ready);
    }

    void approvalAllowsAfterTheAgentTimeout()
    {
        AgentSettings settings;
        settings.toolTimeoutMs = 200;
        m_agent->setSettings(settings);
        McpServerConfig config = testServerConfig(u"files"_s);
        config.askBeforeCall = true;
        QVERIFY(addAndWait(config));
        QSignalSpy requested(m_approvals, &ToolApprovals::approvalRequested);
        QSignalSpy resolved(m_approvals, &ToolApprovals::approvalResolved);
        m_provider->enqueue(ScriptedResponse::toolCallStream({{u"c1"_s, u"files__echo"_s, u"{\"text\":\"ok?\"}"_s}}));
        m_provider->enqueue(ScriptedResponse::chatStream({u"Done."_s}));
        EventRecorder *recorder = nullptr;
        startRun(u"Ask first"_s, &recorder);
        QTRY_COMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toString(), u"c1"_s);
        QCOMPARE(requested.first().at(1).toString(), u"files__echo"_s);
        QCOMPARE(requested.first().at(2).toString(), u"{\"text\":\"ok?\"}"_s);
        QVERIFY(m_approvals->isPending(u"c1"_s));
        QTest::qWait(500); // longer than the agent's tool timeout: the wait is not counted
        QVERIFY(recorder->ofType(T::ToolResult).isEmpty());
        QVERIFY(m_approvals->resolve(u"c1"_s, true));
        QTRY_VERIFY(recorder->ended());
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(resolved.first().at(1).toBool(), true);
        const StreamEvent result = recorder->ofType(T::ToolResult).first();
        QCOMPARE(result.metadata.value(u"result").toString(), u"echo: ok?"_s);
        QVERIFY(!result.metadata.value(u"timed_out").toBool());
    }

    void approvalDenied()
    {
        McpServerConfig config = testServerConfig(u"files"_s);
        config.askBeforeCall = true;
        QVERIFY(addAndWait(config));
        connect(m_approvals, &ToolApprovals::approvalRequested, this,
                [this](const QString &callId) { m_approvals->resolve(callId, false); });
        const StreamEvent result = runOneCall(u"files__echo"_s);
        QCOMPARE(result.metadata.value(u"error").toString(), u"The user denied this call."_s);
        QVERIFY(!m_manager->connection(u"files"_s)->log()->text().contains(u"request tools/call"_s));
    }

    void interruptWhileAsking()
    {
        McpServerConfig config = testServerConfig(u"files"_s);
        config.askBeforeCall = true;
        QVERIFY(addAndWait(config));
        QSignalSpy requested(m_approvals, &ToolApprovals::approvalRequested);
        QSignalSpy resolved(m_approvals, &ToolApprovals::approvalResolved);
        m_provider->enqueue(ScriptedResponse::toolCallStream({{u"c9"_s, u"files__echo"_s, u"{}"_s}}));
        EventRecorder *recorder = nullptr;
        AgentRun *run = startRun(u"Ask"_s, &recorder);
        QTRY_VERIFY(m_approvals->isPending(u"c9"_s));
        run->interrupt();
        QTRY_VERIFY(recorder->ended());
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(resolved.first().at(0).toString(), u"c9"_s);
        QCOMPARE(resolved.first().at(1).toBool(), false);
        QVERIFY(!m_approvals->isPending(u"c9"_s));
        QVERIFY(!m_approvals->resolve(u"c9"_s, true)); // too late: nothing happens
    }

    void nobodyToAsk()
    {
        McpServerConfig config = testServerConfig(u"files"_s);
        config.askBeforeCall = true;
        QVERIFY(addAndWait(config));
        // No window listens (the command line): the call fails at once instead of waiting.
        QElapsedTimer clock;
        clock.start();
        QVERIFY(runOneCall(u"files__echo"_s).metadata.value(u"error").toString().contains(u"nobody to ask"_s));
        QVERIFY(clock.elapsed() < 5000);
        QVERIFY(!m_approvals->isPending(u"c1"_s));
        // No approvals object at all: the same.
        delete m_approvals;
        m_approvals = nullptr;
        QVERIFY(runOneCall(u"files__echo"_s).metadata.value(u"error").toString().contains(u"nobody to ask"_s));
    }

    void listChangedUpdatesTheRegistry()
    {
        QVERIFY(addAndWait(testServerConfig(u"files"_s)));
        QSignalSpy toolsChanged(m_manager, &McpManager::toolsChanged);
        QVERIFY(runOneCall(u"files__change"_s).metadata.value(u"ok").toBool());
        QTRY_VERIFY(m_agent->tools().names().contains(u"files__late"_s));
        QVERIFY(!toolsChanged.isEmpty());
        QCOMPARE(runOneCall(u"files__late"_s).metadata.value(u"result").toString(), u"late tool"_s);
    }

    void httpServerTools()
    {
        HttpTestServer server({u"--sse"_s});
        QVERIFY(addAndWait(server.config(u"web"_s)));
        const StreamEvent result = runOneCall(u"web__add"_s, u"{\"a\":1.5,\"b\":2}"_s);
        QCOMPARE(result.metadata.value(u"result").toString(), u"3.5"_s);
    }

    void edits()
    {
        QSignalSpy saved(m_manager, &McpManager::serversChanged);
        QVERIFY(addAndWait(testServerConfig(u"files"_s)));
        QCOMPARE(saved.size(), 1);
        QVERIFY(m_manager->addServer(testServerConfig(u"FILES"_s)).contains(u"already"_s));
        McpServerConfig noCommand = testServerConfig(u"other"_s);
        noCommand.command.clear();
        QVERIFY(m_manager->addServer(noCommand).contains(u"command"_s));
        QCOMPARE(saved.size(), 1);

        // Off: its tools go and its process ends; on again: back.
        const qint64 pid = pidIn(m_manager->connection(u"files"_s)->log()->text());
        QVERIFY(pid > 0);
        QVERIFY(m_manager->setEnabled(u"files"_s, false));
        QVERIFY(!m_agent->tools().names().contains(u"files__echo"_s));
        QCOMPARE(m_manager->connection(u"files"_s)->status(), McpConnection::Status::Disabled);
        QTRY_VERIFY(::kill(pid_t(pid), 0) != 0);
        QVERIFY(m_manager->setEnabled(u"files"_s, true));
        QTRY_VERIFY(m_agent->tools().names().contains(u"files__echo"_s));

        // A new name renames its tools.
        McpServerConfig renamed = m_manager->connection(u"files"_s)->config();
        renamed.name = u"docs"_s;
        QVERIFY(m_manager->updateServer(u"files"_s, renamed).isEmpty());
        QTRY_VERIFY(m_agent->tools().names().contains(u"docs__echo"_s));
        QVERIFY(!m_agent->tools().names().contains(u"files__echo"_s));

        // Asking is a switch that takes effect without a restart.
        QVERIFY(m_manager->setAskBeforeCall(u"docs"_s, true));
        QCOMPARE(m_manager->connection(u"docs"_s)->status(), McpConnection::Status::Ready);
        QVERIFY(m_manager->servers().constFirst().askBeforeCall);

        QVERIFY(m_manager->removeServer(u"docs"_s));
        QVERIFY(m_agent->tools().names().filter(u"docs__"_s).isEmpty());
        QVERIFY(m_manager->servers().isEmpty());
        QCOMPARE(saved.size(), 6); // add, off, on, rename, ask, remove
    }

    void importAddsServers()
    {
        const QJsonObject servers{
            {u"files"_s, QJsonObject{{u"command"_s, QStringLiteral(MCP_TEST_SERVER)}, {u"args"_s, QJsonArray{}}}},
            {u"web"_s, QJsonObject{{u"url"_s, u"http://127.0.0.1:1/mcp"_s}}}};
        const QByteArray json = QJsonDocument(QJsonObject{{u"mcpServers"_s, servers}}).toJson();
        QSignalSpy saved(m_manager, &McpManager::serversChanged);
        const McpImport::Result result = m_manager->importJson(json);
        QVERIFY(result.ok());
        QCOMPARE(result.servers.size(), 2);
        QCOMPARE(saved.size(), 1);
        QTRY_COMPARE(m_manager->connection(u"files"_s)->status(), McpConnection::Status::Ready);
        // Imported servers ask before each call, as every new server does.
        QVERIFY(m_manager->connection(u"files"_s)->config().askBeforeCall);
    }

    void shutdownEndsEveryServerInTime()
    {
        QVERIFY(addAndWait(testServerConfig(u"polite"_s)));
        QVERIFY(addAndWait(testServerConfig(u"stubborn"_s, {u"--ignore-eof"_s})));
        const qint64 polite = pidIn(m_manager->connection(u"polite"_s)->log()->text());
        QTRY_VERIFY(pidIn(m_manager->connection(u"stubborn"_s)->log()->text()) > 0);
        const qint64 stubborn = pidIn(m_manager->connection(u"stubborn"_s)->log()->text());
        QVERIFY(polite > 0);
        QElapsedTimer clock;
        clock.start();
        delete m_manager;
        m_manager = nullptr;
        QVERIFY2(clock.elapsed() < McpManager::ShutdownMs + 1000, QByteArray::number(clock.elapsed()).constData());
        QVERIFY(::kill(pid_t(polite), 0) != 0);
        QVERIFY(::kill(pid_t(stubborn), 0) != 0);
        QVERIFY(m_agent->tools().names().filter(u"__"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMcpManager)
#include "tst_mcpmanager.moc"
