// SPDX-License-Identifier: GPL-3.0-or-later
#include "mcpserverconfig.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestMcpServerConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        McpServerConfig stdio;
        stdio.name = u"files"_s;
        stdio.command = u"npx"_s;
        stdio.args = {u"-y"_s, u"@modelcontextprotocol/server-filesystem"_s, u"/home/me/My Notes"_s};
        stdio.env = {{u"TOKEN"_s, u"x"_s}};
        stdio.workingDir = u"~/work"_s;
        stdio.askBeforeCall = false;
        stdio.timeoutSeconds = 90;
        McpServerConfig http;
        http.name = u"web"_s;
        http.transport = McpServerConfig::Transport::Http;
        http.url = QUrl(u"https://example.org/mcp"_s);
        http.headers = {{u"Authorization"_s, u"Bearer t"_s}};
        http.enabled = false;
        const QList<McpServerConfig> servers{stdio, http};
        QCOMPARE(McpServerConfig::listFromJson(McpServerConfig::listToJson(servers)), servers);
        QCOMPARE(stdio.summary(), u"npx -y @modelcontextprotocol/server-filesystem \"/home/me/My Notes\""_s);
        QCOMPARE(http.summary(), u"https://example.org/mcp"_s);
        // An HTTP server keeps no command fields, a stdio one no URL.
        QVERIFY(!http.toJson().contains(u"command"_s));
        QVERIFY(!stdio.toJson().contains(u"url"_s));
    }

    void defaultsForMissingFields()
    {
        const McpServerConfig config = McpServerConfig::fromJson({{u"name"_s, u"x"_s}, {u"command"_s, u"run"_s}});
        QVERIFY(config.enabled);
        QVERIFY(config.askBeforeCall);
        QCOMPARE(config.timeoutSeconds, 60);
        QCOMPARE(config.transport, McpServerConfig::Transport::Stdio);
        QCOMPARE(McpServerConfig::fromJson({{u"timeoutSeconds"_s, -5}}).timeoutSeconds, 1);
        // Entries that are not objects are left out.
        QCOMPARE(McpServerConfig::listFromJson(QJsonArray{1, u"x"_s, QJsonObject{{u"name"_s, u"a"_s}}}).size(), 1);
    }

    void validation()
    {
        McpServerConfig config;
        QVERIFY(config.validationError().contains(u"name"_s));
        config.name = u"a"_s;
        QVERIFY(config.validationError().contains(u"command"_s));
        config.command = u"run"_s;
        QVERIFY(config.validationError().isEmpty());
        config.transport = McpServerConfig::Transport::Http;
        QVERIFY(config.validationError().contains(u"http"_s));
        config.url = QUrl(u"ftp://example.org"_s);
        QVERIFY(!config.validationError().isEmpty());
        config.url = QUrl(u"http://127.0.0.1:8080/mcp"_s);
        QVERIFY(config.validationError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMcpServerConfig)
#include "tst_mcpserverconfig.moc"
