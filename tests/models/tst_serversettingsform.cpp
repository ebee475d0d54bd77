// SPDX-License-Identifier: GPL-3.0-or-later
#include "appconfig.h"
#include "appcore.h"
#include "localserver.h"
#include "serversettingsform.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The settings page's form against a real LocalServer that follows the settings.
class TestServerSettingsForm : public QObject
{
    Q_OBJECT

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<AppCore> m_core;
    std::unique_ptr<LocalServer> m_server;

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        return probe.serverPort();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = new QTemporaryDir;
        auto opened = AppCore::open(m_dir->filePath(u"data"_s));
        QVERIFY(opened);
        m_core = std::move(*opened);
        m_server = std::make_unique<LocalServer>(m_core.get());
        m_server->followConfig();
    }

    void cleanup()
    {
        m_server.reset();
        m_core.reset();
        delete m_dir;
    }

    void turningOnListensWhereTheFormSays()
    {
        ServerSettingsForm form;
        form.setCore(m_core.get());
        form.setServer(m_server.get());
        QVERIFY(!form.listening());
        QCOMPARE(form.status(), u"Off"_s);

        const quint16 port = freePort();
        QVERIFY(form.setPortText(QString::number(port)));
        QCOMPARE(form.port(), int(port));
        QSignalSpy status(&form, &ServerSettingsForm::statusChanged);
        form.setEnabled(true);
        QVERIFY(form.enabled());
        QVERIFY(form.listening());
        QVERIFY(!status.isEmpty());
        QVERIFY2(form.status().contains(u"http://127.0.0.1:%1"_s.arg(port)), qPrintable(form.status()));

        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(socket.waitForConnected(3000));

        form.setEnabled(false);
        QVERIFY(!form.listening());
    }

    void aBusyPortIsExplained()
    {
        QTcpServer other;
        QVERIFY(other.listen(QHostAddress::LocalHost));
        ServerSettingsForm form;
        form.setCore(m_core.get());
        form.setServer(m_server.get());
        QVERIFY(form.setBindText(u"127.0.0.1"_s));
        QVERIFY(form.setPortText(QString::number(other.serverPort())));
        form.setEnabled(true);
        QVERIFY(!form.listening());
        QVERIFY2(form.status().startsWith(u"Could not start: "_s), qPrintable(form.status()));
    }

    void theTokenIsTheServersAndRotates()
    {
        ServerSettingsForm form;
        form.setCore(m_core.get());
        QVERIFY(!form.tokenAvailable());
        form.setServer(m_server.get());
        QVERIFY(form.tokenAvailable());
        const QString first = form.token();
        QVERIFY(first.size() >= 32);
        QCOMPARE(first, m_server->token());
        QSignalSpy changed(&form, &ServerSettingsForm::tokenChanged);
        form.rotateToken();
        QCOMPARE(changed.size(), 1);
        QVERIFY(form.token() != first);
        QCOMPARE(form.token(), m_server->token());
        QVERIFY(form.tokenError().isEmpty());
    }

    void badValuesAreRefusedWithASentence()
    {
        ServerSettingsForm form;
        form.setCore(m_core.get());
        const int port = form.port();
        QVERIFY(!form.setPortText(u"99999"_s));
        QVERIFY(form.portError().contains(u"1 to 65535"_s));
        QVERIFY(!form.setPortText(u"80"_s));
        QVERIFY(form.portError().contains(u"1024"_s));
        QCOMPARE(form.port(), port);

        QVERIFY(!form.setBindText(u"localhost-ish"_s));
        QVERIFY(!form.bindError().isEmpty());
        // Another computer's reach needs the explicit switch first.
        QVERIFY(!form.setBindText(u"0.0.0.0"_s));
        QVERIFY2(form.bindError().contains(u"Allow other computers"_s), qPrintable(form.bindError()));
        QVERIFY(!form.exposed());
        form.setAllowRemote(true);
        QVERIFY(form.setBindText(u"0.0.0.0"_s));
        QVERIFY(form.exposed());
        QCOMPARE(form.bindAddress(), u"0.0.0.0"_s);
        QVERIFY(form.setBindText(u"127.0.0.1, ::1"_s));
        QCOMPARE(form.bindAddress(), u"127.0.0.1, ::1"_s);
        QVERIFY(!form.exposed());

        QVERIFY(!form.setOriginsText(u"*"_s));
        QVERIFY(form.setOriginsText(u"http://localhost:5173/\nhttps://example.org"_s));
        QCOMPARE(form.allowedOrigins(), u"http://localhost:5173\nhttps://example.org"_s);
        QVERIFY(!form.setHostsText(u"bad host!"_s));
        QVERIFY(form.setHostsText(u"my-laptop.local"_s));
        QCOMPARE(form.allowedHosts(), u"my-laptop.local"_s);
    }

    void nullOriginIsOffUntilAllowed()
    {
        ServerSettingsForm form;
        form.setCore(m_core.get());
        QVERIFY(!form.allowNullOrigin());
        form.setAllowNullOrigin(true);
        QVERIFY(form.allowNullOrigin());
        QVERIFY(ServerSettings::load(*m_core->config()).allowNullOrigin);
        form.setAllowNullOrigin(false);
        QVERIFY(!ServerSettings::load(*m_core->config()).allowNullOrigin);
    }
};

QTEST_GUILESS_MAIN(TestServerSettingsForm)
#include "tst_serversettingsform.moc"
