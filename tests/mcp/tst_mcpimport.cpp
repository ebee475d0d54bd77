// SPDX-License-Identifier: GPL-3.0-or-later
#include "mcpimport.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMcpImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void claudeDesktopConfig()
    {
        QFile file(QStringLiteral(CONFAB_TEST_DATA_DIR "/mcp/claude_desktop_config.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const McpImport::Result result = McpImport::parse(file.readAll(), {u"Filesystem"_s});
        QVERIFY(result.ok());
        QCOMPARE(result.servers.size(), 4);
        // JSON objects are read in key order.
        const McpServerConfig filesystem = result.servers.at(0);
        QCOMPARE(filesystem.name, u"filesystem-2"_s); // "Filesystem" exists already
        QCOMPARE(filesystem.command, u"npx"_s);
        QCOMPARE(filesystem.args.size(), 4);
        QVERIFY(filesystem.askBeforeCall);
        const McpServerConfig github = result.servers.at(1);
        QCOMPARE(github.env.value(u"GITHUB_PERSONAL_ACCESS_TOKEN"_s), u"<token>"_s);
        const McpServerConfig paused = result.servers.at(2);
        QCOMPARE(paused.name, u"paused"_s);
        QVERIFY(!paused.enabled);
        QCOMPARE(paused.workingDir, u"/tmp"_s);
        const McpServerConfig remote = result.servers.at(3);
        QCOMPARE(remote.transport, McpServerConfig::Transport::Http);
        QCOMPARE(remote.url, QUrl(u"https://mcp.example.com/mcp"_s));
        QCOMPARE(remote.headers.value(u"Authorization"_s), u"Bearer abc"_s);

        const QString problems = result.problems.join(u'\n');
        QCOMPARE(result.problems.size(), 4);
        QVERIFY(problems.contains(u"broken: left out"_s));
        QVERIFY(problems.contains(u"nothing: left out"_s));
        QVERIFY(problems.contains(u"old-sse: left out, it uses the old HTTP+SSE transport"_s));
        QVERIFY(problems.contains(u"filesystem: renamed to filesystem-2"_s));
    }

    void vsCodeForm()
    {
        const McpImport::Result result =
            McpImport::parse(R"({"servers": {"time": {"command": "uvx", "args": ["mcp-server-time"]}}})");
        QVERIFY(result.ok());
        QCOMPARE(result.servers.size(), 1);
        QCOMPARE(result.servers.constFirst().name, u"time"_s);
    }

    void badDocuments_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("{\"mcpServers\": {") << u"not valid JSON"_s;
        QTest::newRow("no servers") << QByteArray("{\"other\": 1}") << u"mcpServers"_s;
        QTest::newRow("array") << QByteArray("[1, 2]") << u"mcpServers"_s;
        QTest::newRow("empty") << QByteArray() << u"not valid JSON"_s;
    }

    void badDocuments()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const McpImport::Result result = McpImport::parse(json);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
        QVERIFY(result.servers.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMcpImport)
#include "tst_mcpimport.moc"
