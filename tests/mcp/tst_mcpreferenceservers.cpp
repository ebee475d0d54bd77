// SPDX-License-Identifier: GPL-3.0-or-later
// The official MCP reference servers (@modelcontextprotocol/server-everything over stdio and
// Streamable HTTP, server-filesystem over stdio), driven end to end through the agent with the
// scripted provider requesting their tools. They are installed outside the repository by
// scripts/mcp-reference-servers; without them (or without node) these tests skip.
#include "agentrun.h"
#include "agenttesthelpers.h"
#include "contextagent.h"
#include "environmentskip.h"
#include "eventchannel.h"
#include "llmclient.h"
#include "mcpconnection.h"
#include "mcpmanager.h"
#include "mcpserverlog.h"
#include "mcptesthelpers.h"
#include "scriptedprovider.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using T = StreamEvent::Type;

namespace {

QString serversDir()
{
    const QString fromEnv = qEnvironmentVariable("CONFAB_MCP_SERVERS_DIR");
    return fromEnv.isEmpty() ? QDir::homePath() + u"/.cache/confab/mcp-servers"_s : fromEnv;
}

QString serverScript(const QString &package)
{
    return serversDir() + u"/node_modules/@modelcontextprotocol/"_s + package + u"/dist/index.js"_s;
}

} // namespace

class TestMcpReferenceServers : public QObject
{
    Q_OBJECT

    ScriptedProvider *m_provider = nullptr;
    LlmClient *m_client = nullptr;
    ContextAgent *m_agent = nullptr;
    McpManager *m_manager = nullptr;
    QString m_node;

    // Without node or the installed servers the tests skip, except in CI (scripts/mcp-reference-servers
    // installs them there), where a skip would hide that they never ran.
    bool requireServer(const QString &package)
    {
        QString missing;
        if (m_node.isEmpty()) {
            missing = u"node is not installed: the MCP reference servers cannot run here."_s;
        } else if (!QFile::exists(serverScript(package))) {
            missing = u"%1 is not installed in %2: run scripts/mcp-reference-servers (or set CONFAB_MCP_SERVERS_DIR)."_s.arg(
                package, serversDir());
        }
        if (missing.isEmpty()) {
            return true;
        }
        if (TestEnvironment::isCi()) {
            QTest::qFail(qPrintable(missing), __FILE__, __LINE__);
        } else {
            QTest::qSkip(qPrintable(missing), __FILE__, __LINE__);
        }
        return false;
    }

    McpServerConfig nodeServer(const QString &name, const QString &package, const QStringList &args)
    {
        McpServerConfig config;
        config.name = name;
        config.command = m_node;
        config.args = QStringList{serverScript(package)} + args;
        config.askBeforeCall = false;
        config.timeoutSeconds = 20;
        return config;
    }

    bool addAndWait(const McpServerConfig &config)
    {
        if (!m_manager->addServer(config).isEmpty()) {
            return false;
        }
        McpConnection *connection = m_manager->connection(config.name);
        QElapsedTimer clock;
        clock.start();
        while (connection->status() == McpConnection::Status::Starting && clock.elapsed() < 30000) {
            QTest::qWait(20);
        }
        if (connection->status() != McpConnection::Status::Ready) {
            qWarning().noquote() << connection->statusText() << "\n" << connection->log()->text();
        }
        return connection->status() == McpConnection::Status::Ready;
    }

    /** One run in which the model calls @p calls (in parallel), then answers; the tool results by call id. */
    QHash<QString, StreamEvent> runCalls(const QList<ToolCall> &calls)
    {
        m_provider->enqueue(ScriptedResponse::toolCallStream(calls));
        m_provider->enqueue(ScriptedResponse::chatStream({u"Done."_s}));
        AgentRun *run = m_agent->processStream(u"Use the tools"_s, {}, u"user"_s, {}, this);
        auto *recorder = new EventRecorder(run->channel()->createReader(run));
        recorder->setParent(run);
        run->start();
        QHash<QString, StreamEvent> results;
        if (!QTest::qWaitFor([&] { return recorder->ended(); }, 30000)) {
            return results;
        }
        for (const StreamEvent &event : recorder->ofType(T::ToolResult)) {
            results.insert(event.metadata.value(u"tool_call_id").toString(), event);
        }
        return results;
    }

    static QString textOf(const StreamEvent &event)
    {
        return event.metadata.value(event.metadata.value(u"ok").toBool() ? u"result" : u"error").toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_node = QStandardPaths::findExecutable(u"node"_s);
    }

    void init()
    {
        m_provider = new ScriptedProvider(this);
        QVERIFY(m_provider->listen());
        m_client = m_provider->newClient(this);
        m_agent = new ContextAgent(m_client, this);
        m_manager = new McpManager(m_agent, this);
    }

    void cleanup()
    {
        delete m_manager;
        delete m_agent;
        delete m_client;
        delete m_provider;
    }

    void everythingOverStdio()
    {
        if (!requireServer(u"server-everything"_s)) {
            return;
        }
        QVERIFY(addAndWait(nodeServer(u"everything"_s, u"server-everything"_s, {u"stdio"_s})));
        const QStringList names = m_agent->tools().names();
        QVERIFY2(names.contains(u"everything__echo"_s) && names.contains(u"everything__get-sum"_s),
                 qPrintable(names.join(u", ")));
        // The model sees the server's schema.
        const QJsonObject sum = m_agent->tools().find(u"everything__get-sum"_s)->definition();
        QCOMPARE(sum[u"function"][u"parameters"][u"properties"][u"a"][u"type"].toString(), u"number"_s);

        const auto results = runCalls({{u"c1"_s, u"everything__echo"_s, u"{\"message\":\"hello from Confab\"}"_s},
                                       {u"c2"_s, u"everything__get-sum"_s, u"{\"a\":2,\"b\":40}"_s},
                                       {u"c3"_s, u"everything__get-tiny-image"_s, u"{}"_s}});
        QCOMPARE(results.size(), 3);
        QCOMPARE(textOf(results[u"c1"_s]), u"Echo: hello from Confab"_s);
        QVERIFY2(textOf(results[u"c2"_s]).contains(u"42"_s), qPrintable(textOf(results[u"c2"_s])));
        QVERIFY2(textOf(results[u"c3"_s]).contains(u"[The tool returned an image (image/png"_s),
                 qPrintable(textOf(results[u"c3"_s])));
        // The answer went back to the model.
        const QJsonArray messages = m_provider->chatRequests().at(1).json().value(u"messages").toArray();
        QVERIFY(messages.at(messages.size() - 3)[u"content"].toString().contains(u"Echo: hello from Confab"_s));
        // Invalid arguments: the server's error reaches the model as a tool error.
        const auto bad = runCalls({{u"c4"_s, u"everything__get-sum"_s, u"{\"a\":\"two\"}"_s}});
        QVERIFY(!bad[u"c4"_s].metadata.value(u"ok").toBool(true));
        QVERIFY(!textOf(bad[u"c4"_s]).isEmpty());
    }

    void everythingOverHttp()
    {
        if (!requireServer(u"server-everything"_s)) {
            return;
        }
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QProcess server;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"PORT"_s, QString::number(port));
        server.setProcessEnvironment(environment);
        server.start(m_node, {serverScript(u"server-everything"_s), u"streamableHttp"_s});
        QVERIFY(server.waitForStarted(5000));
        const bool listening = QTest::qWaitFor(
            [&] {
                QTcpSocket socket;
                socket.connectToHost(QHostAddress::LocalHost, port);
                return socket.waitForConnected(100);
            },
            20000);
        QVERIFY2(listening, server.readAllStandardError().constData());

        McpServerConfig config;
        config.name = u"remote"_s;
        config.transport = McpServerConfig::Transport::Http;
        config.url = QUrl(u"http://127.0.0.1:%1/mcp"_s.arg(port));
        config.askBeforeCall = false;
        config.timeoutSeconds = 20;
        QVERIFY(addAndWait(config));
        const auto results = runCalls({{u"c1"_s, u"remote__echo"_s, u"{\"message\":\"over HTTP\"}"_s},
                                       {u"c2"_s, u"remote__get-sum"_s, u"{\"a\":1,\"b\":1}"_s}});
        QCOMPARE(textOf(results[u"c1"_s]), u"Echo: over HTTP"_s);
        QVERIFY(textOf(results[u"c2"_s]).contains(u"2"_s));
        QVERIFY(m_manager->removeServer(u"remote"_s));
        server.kill();
        server.waitForFinished(3000);
    }

    void filesystem()
    {
        if (!requireServer(u"server-filesystem"_s)) {
            return;
        }
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString root = QDir(folder.path()).canonicalPath();
        QVERIFY(QDir(root).mkdir(u"sub"_s));
        QFile notes(root + u"/notes.txt"_s);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("remember the milk\n");
        notes.close();

        QVERIFY(addAndWait(nodeServer(u"fs"_s, u"server-filesystem"_s, {root})));
        QVERIFY(m_agent->tools().names().contains(u"fs__read_text_file"_s));
        const auto arguments = [](const QString &path) {
            return QString::fromUtf8(QJsonDocument(QJsonObject{{u"path"_s, path}}).toJson(QJsonDocument::Compact));
        };
        const auto results = runCalls({{u"c1"_s, u"fs__read_text_file"_s, arguments(root + u"/notes.txt"_s)},
                                       {u"c2"_s, u"fs__list_directory"_s, arguments(root)},
                                       {u"c3"_s, u"fs__read_text_file"_s, arguments(u"/etc/hostname"_s)}});
        QCOMPARE(results.size(), 3);
        QCOMPARE(textOf(results[u"c1"_s]).trimmed(), u"remember the milk"_s);
        const QString listing = textOf(results[u"c2"_s]);
        QVERIFY2(listing.contains(u"[FILE] notes.txt"_s) && listing.contains(u"[DIR] sub"_s), qPrintable(listing));
        // Outside the allowed folder: the server refuses, the model hears why.
        QVERIFY(!results[u"c3"_s].metadata.value(u"ok").toBool(true));
        QVERIFY2(textOf(results[u"c3"_s]).contains(u"denied"_s, Qt::CaseInsensitive) ||
                     textOf(results[u"c3"_s]).contains(u"outside"_s, Qt::CaseInsensitive),
                 qPrintable(textOf(results[u"c3"_s])));
    }
};

QTEST_GUILESS_MAIN(TestMcpReferenceServers)
#include "tst_mcpreferenceservers.moc"
