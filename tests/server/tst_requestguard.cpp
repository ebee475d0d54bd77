// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestguard.h"
#include "servertoken.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRequestGuard : public QObject
{
    Q_OBJECT

    ServerToken m_token;

    RequestGuard guard(bool remote = false)
    {
        ServerSettings settings;
        settings.allowedHosts = {u"my-box.lan"_s, u"y.localhost"_s};
        settings.allowedOrigins = {u"https://app.example/"_s};
        settings.allowRemote = remote;
        RequestGuard guard;
        guard.setSettings(settings);
        guard.setToken(&m_token);
        guard.setListenAddresses(remote ? QList<QHostAddress>{QHostAddress(u"192.168.1.5"_s)}
                                        : QList<QHostAddress>{QHostAddress::LocalHost, QHostAddress::LocalHostIPv6});
        return guard;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_token.setToken(u"0123456789abcdef0123456789abcdef"_s);
    }

    void hosts_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<bool>("loopbackServer");
        QTest::addColumn<bool>("remoteServer");
        QTest::newRow("127.0.0.1") << QByteArray("127.0.0.1") << true << true;
        QTest::newRow("127.0.0.1:8337") << QByteArray("127.0.0.1:8337") << true << true;
        QTest::newRow("127.1.2.3") << QByteArray("127.1.2.3:1") << true << true;
        QTest::newRow("[::1]:8337") << QByteArray("[::1]:8337") << true << true;
        QTest::newRow("[::1]") << QByteArray("[::1]") << true << true;
        QTest::newRow("localhost") << QByteArray("localhost") << true << true;
        QTest::newRow("LOCALHOST.:1") << QByteArray("LOCALHOST.:1") << true << true;
        // Not every resolver maps names under .localhost to loopback: only when listed.
        QTest::newRow("x.localhost") << QByteArray("x.localhost:8337") << false << false;
        QTest::newRow("listed y.localhost") << QByteArray("y.localhost:8337") << true << true;
        QTest::newRow("allowed name") << QByteArray("My-Box.lan:8337") << true << true;
        QTest::newRow("rebinding name") << QByteArray("attacker.example") << false << false;
        QTest::newRow("localhost.attacker") << QByteArray("localhost.attacker.example") << false << false;
        QTest::newRow("lan literal") << QByteArray("192.168.1.5:8337") << false << true;
        QTest::newRow("other literal") << QByteArray("10.0.0.9") << false << true;
        QTest::newRow("bare ipv6") << QByteArray("::1") << false << false;
        QTest::newRow("broken bracket") << QByteArray("[::1") << false << false;
        QTest::newRow("junk after bracket") << QByteArray("[::1]x") << false << false;
        QTest::newRow("empty") << QByteArray("") << false << false;
    }

    void hosts()
    {
        QFETCH(QByteArray, host);
        QFETCH(bool, loopbackServer);
        QFETCH(bool, remoteServer);
        QCOMPARE(guard(false).isAllowedHost(host), loopbackServer);
        QCOMPARE(guard(true).isAllowedHost(host), remoteServer);
    }

    void origins()
    {
        const RequestGuard g = guard();
        QVERIFY(g.isAllowedOrigin("https://app.example"));
        QVERIFY(g.isAllowedOrigin("HTTPS://APP.EXAMPLE"));
        QVERIFY(!g.isAllowedOrigin("https://app.example.evil.com"));
        QVERIFY(!g.isAllowedOrigin("http://app.example"));
        QVERIFY(!g.isAllowedOrigin("null"));
        QVERIFY(!g.isAllowedOrigin(""));
        RequestGuard none;
        none.setSettings(ServerSettings());
        QVERIFY(!none.isAllowedOrigin("http://localhost")); // the list is empty by default
    }

    void nullOriginOnlyWhenAllowed()
    {
        ServerSettings settings;
        settings.allowNullOrigin = true;
        RequestGuard g;
        g.setSettings(settings);
        g.setToken(&m_token);
        QVERIFY(g.isAllowedOrigin("null"));
        QVERIFY(!g.isAllowedOrigin("https://app.example"));
        RequestGuard::Input input;
        input.method = "GET";
        input.path = u"/api/agent/chat/conversations/list"_s;
        input.host = "127.0.0.1:8337";
        input.origin = "null";
        QCOMPARE(g.check(input).status, 401); // the token is still required
        input.authorization = "Bearer 0123456789abcdef0123456789abcdef";
        const RequestGuard::Verdict verdict = g.check(input);
        QCOMPARE(verdict.action, RequestGuard::Verdict::Action::Continue);
        QCOMPARE(verdict.corsHeaders, (HttpHeaders{{"Access-Control-Allow-Origin", "null"}, {"Vary", "Origin"}}));
        settings.allowNullOrigin = false;
        g.setSettings(settings);
        QCOMPARE(g.check(input).status, 403);
    }

    void verdicts()
    {
        const RequestGuard g = guard();
        RequestGuard::Input input;
        input.method = "GET";
        input.path = u"/api/agent/chat/conversations/list"_s;
        input.host = "127.0.0.1:8337";
        QCOMPARE(g.check(input).status, 401);
        input.authorization = "Bearer 0123456789abcdef0123456789abcdef";
        QCOMPARE(g.check(input).action, RequestGuard::Verdict::Action::Continue);
        QVERIFY(g.check(input).corsHeaders.isEmpty());
        input.origin = "https://app.example";
        const RequestGuard::Verdict cors = g.check(input);
        QCOMPARE(cors.action, RequestGuard::Verdict::Action::Continue);
        QCOMPARE(cors.corsHeaders, (HttpHeaders{{"Access-Control-Allow-Origin", "https://app.example"}, {"Vary", "Origin"}}));
        input.bodySize = 2 * 1024 * 1024;
        QCOMPARE(g.check(input).status, 413);

        RequestGuard::Input preflight;
        preflight.method = "OPTIONS";
        preflight.path = u"/v1/chat/completions"_s;
        preflight.host = "localhost";
        preflight.origin = "https://app.example";
        preflight.accessControlRequestMethod = "POST";
        const RequestGuard::Verdict answer = g.check(preflight);
        QCOMPARE(answer.action, RequestGuard::Verdict::Action::Preflight);
        QCOMPARE(answer.status, 204);
        for (const auto &[name, value] : answer.headers) {
            QVERIFY(value != "*");
            QVERIFY(name != "Access-Control-Allow-Credentials");
        }
    }

    void contentTypes()
    {
        QVERIFY(!RequestGuard::checkContentType(true, "application/json", 10));
        QVERIFY(!RequestGuard::checkContentType(true, "Application/JSON; charset=utf-8", 10));
        QCOMPARE(RequestGuard::checkContentType(true, "text/plain", 10)->first, 415);
        QCOMPARE(RequestGuard::checkContentType(true, "", 0)->first, 415);
        QCOMPARE(RequestGuard::checkContentType(true, "application/jsonx", 3)->first, 415);
        QVERIFY(!RequestGuard::checkContentType(false, "", 0)); // MineContext's interrupt button
        QCOMPARE(RequestGuard::checkContentType(false, "text/plain", 0)->first, 415);
        QCOMPARE(RequestGuard::checkContentType(false, "", 5)->first, 415);
    }

    void token()
    {
        QVERIFY(m_token.matches("0123456789abcdef0123456789abcdef"));
        QVERIFY(!m_token.matches("0123456789abcdef0123456789abcdeF"));
        QVERIFY(!m_token.matches("0123456789abcdef0123456789abcde"));
        QVERIFY(!m_token.matches("0123456789abcdef0123456789abcdef0"));
        QVERIFY(!m_token.matches(""));
        ServerToken empty;
        QVERIFY(!empty.matches(""));
        QVERIFY(ServerToken::generate() != ServerToken::generate());
        QCOMPARE(ServerToken::generate().size(), 43);
    }
};

QTEST_GUILESS_MAIN(TestRequestGuard)
#include "tst_requestguard.moc"
