// SPDX-License-Identifier: GPL-3.0-or-later
// McpServerModel on a real AppCore: rows follow the manager, edits through the model reach the
// agent's tools and the settings file, and survive a restart of the core.
#include "appconfig.h"
#include "appcore.h"
#include "backend.h"
#include "contextagent.h"
#include "mcpconnection.h"
#include "mcpmanager.h"
#include "mcpserverlog.h"
#include "mcpservermodel.h"
#include "mcptesthelpers.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestMcpServerModel : public QObject
{
    Q_OBJECT

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<AppCore> m_core;

    QVariantMap serverFields(const QString &name, const QStringList &args = {})
    {
        McpServerModel model;
        QVariantMap fields = model.newServerFields();
        fields[u"name"_s] = name;
        fields[u"command"_s] = QStringLiteral(MCP_TEST_SERVER);
        fields[u"args"_s] = args.join(u'\n');
        fields[u"askBeforeCall"_s] = false;
        return fields;
    }

    void openCore()
    {
        auto core = AppCore::open(m_dir->path());
        QVERIFY(core);
        m_core = std::move(*core);
        Backend::setCore(m_core.get());
    }

private Q_SLOTS:
    void init()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
        openCore();
    }

    void cleanup()
    {
        Backend::setCore(nullptr);
        m_core.reset();
        delete m_dir;
    }

    void rowsFollowTheManager()
    {
        McpServerModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.isAvailable());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.addServer(serverFields(u"files"_s)), QString());
        QCOMPARE(model.addServer(serverFields(u"broken"_s, {u"--fail-start"_s})), QString());
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.addServer(serverFields(u"files"_s)).isEmpty());
        const QModelIndex files = model.index(0);
        QCOMPARE(files.data(McpServerModel::NameRole).toString(), u"files"_s);
        QCOMPARE(files.data(McpServerModel::TransportRole).toString(), u"stdio"_s);
        QTRY_COMPARE(files.data(McpServerModel::StatusRole).toInt(), int(McpConnection::Status::Ready));
        QCOMPARE(files.data(McpServerModel::ToolCountRole).toInt(), 16);
        QVERIFY(files.data(McpServerModel::ToolNamesRole).toStringList().contains(u"echo"_s));
        QVERIFY(files.data(McpServerModel::ServerInfoRole).toString().startsWith(u"confab-mcp-test-server 1.0, MCP "_s));
        QTRY_VERIFY(model.index(1).data(McpServerModel::FailedRole).toBool());
        QVERIFY(model.index(1).data(McpServerModel::StatusTextRole).toString().contains(u"exited with code 3"_s));
        QVERIFY(model.log(1).contains(u"cannot open the database"_s));
        QVERIFY(m_core->agent()->tools().names().contains(u"files__echo"_s));

        // Edits: a rename, a switch, a removal.
        QVariantMap fields = model.fields(0);
        QCOMPARE(fields.value(u"command"_s).toString(), QStringLiteral(MCP_TEST_SERVER));
        fields[u"name"_s] = u"docs"_s;
        QCOMPARE(model.updateServer(0, fields), QString());
        QCOMPARE(model.index(0).data(McpServerModel::NameRole).toString(), u"docs"_s);
        QTRY_VERIFY(m_core->agent()->tools().names().contains(u"docs__echo"_s));
        model.setAskBeforeCall(0, true);
        QVERIFY(model.index(0).data(McpServerModel::AskBeforeCallRole).toBool());
        model.setEnabled(1, false);
        QCOMPARE(model.index(1).data(McpServerModel::StatusRole).toInt(), int(McpConnection::Status::Disabled));
        model.removeServer(1);
        QCOMPARE(model.rowCount(), 1);
    }

    void fieldsParseLines()
    {
        McpServerModel model;
        QVariantMap fields = serverFields(u"env"_s);
        fields[u"args"_s] = u"--page-size\n\n 3 \n"_s;
        fields[u"env"_s] = u"TOKEN=a=b\nbad line\nEMPTY=\n"_s;
        QCOMPARE(model.addServer(fields), QString());
        const McpServerConfig config = m_core->findChild<McpManager *>()->servers().constFirst();
        QCOMPARE(config.args, (QStringList{u"--page-size"_s, u"3"_s}));
        QCOMPARE(config.env.value(u"TOKEN"_s), u"a=b"_s);
        QVERIFY(config.env.contains(u"EMPTY"_s));
        QCOMPARE(config.env.size(), 2);
        QVariantMap http = model.newServerFields();
        http[u"name"_s] = u"web"_s;
        http[u"transport"_s] = u"http"_s;
        http[u"url"_s] = u"not a url"_s;
        QVERIFY(model.addServer(http).contains(u"http"_s));
        http[u"url"_s] = u"http://127.0.0.1:9/mcp"_s;
        http[u"headers"_s] = u"Authorization: Bearer x:y\n"_s;
        QCOMPARE(model.addServer(http), QString());
        QCOMPARE(model.fields(1).value(u"headers"_s).toString(), u"Authorization: Bearer x:y"_s);
    }

    void importAndPersist()
    {
        McpServerModel model;
        QTemporaryDir files;
        const QString path = files.filePath(u"claude.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"mcpServers": {"a": {"command": ")" MCP_TEST_SERVER R"("}, "bad": {}}})");
        file.close();
        const QVariantMap result = model.importFile(QUrl::fromLocalFile(path));
        QCOMPARE(result.value(u"added"_s).toInt(), 1);
        QCOMPARE(result.value(u"problems"_s).toStringList().size(), 1);
        QVERIFY(result.value(u"error"_s).toString().isEmpty());
        QVERIFY(!model.importFile(QUrl::fromLocalFile(files.filePath(u"missing.json"_s))).value(u"error"_s).toString().isEmpty());
        QVERIFY(!model.importJson(u"{"_s).value(u"error"_s).toString().isEmpty());
        QCOMPARE(model.rowCount(), 1);
        QTRY_COMPARE(model.index(0).data(McpServerModel::StatusRole).toInt(), int(McpConnection::Status::Ready));

        // The settings keep the server; a new core starts it again.
        QVERIFY(m_core->config()->value(u"mcp/servers"_s).toString().contains(u"\"name\":\"a\""_s));
        Backend::setCore(nullptr);
        m_core.reset();
        openCore();
        McpServerModel again;
        QCOMPARE(again.rowCount(), 1);
        QVERIFY(again.index(0).data(McpServerModel::AskBeforeCallRole).toBool());
        QTRY_VERIFY(m_core->agent()->tools().names().contains(u"a__echo"_s));
    }

    void logChangesAreCoalesced()
    {
        McpServerModel model;
        QCOMPARE(model.addServer(serverFields(u"files"_s)), QString());
        QSignalSpy logChanged(&model, &McpServerModel::logChanged);
        McpConnection *connection = m_core->findChild<McpManager *>()->connection(u"files"_s);
        for (int i = 0; i < 50; ++i) {
            connection->log()->note(u"line %1"_s.arg(i));
        }
        QVERIFY(logChanged.wait(1000));
        QTest::qWait(150);
        QVERIFY(logChanged.size() <= 3);
        QCOMPARE(logChanged.first().first().toInt(), 0);
        QVERIFY(model.log(0).contains(u"line 49"_s));
        model.clearLog(0);
        QVERIFY(!model.log(0).contains(u"line 49"_s));
    }
};

QTEST_GUILESS_MAIN(TestMcpServerModel)
#include "tst_mcpservermodel.moc"
