// SPDX-License-Identifier: GPL-3.0-or-later
// Every check of the local server against requests a web page, a rebinding attacker or a careless
// client could send, over loopback: each rejection with its status code and message.
#include "appconfig.h"
#include "appcore.h"
#include "serverfixture.h"
#include "servertoken.h"
#include "storage.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestServerSecurity : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> f;

    static ServerSettings settings()
    {
        ServerSettings settings = ServerFixture::testSettings();
        settings.allowedOrigins = {u"http://localhost:5173"_s};
        settings.allowedHosts = {u"confab.internal"_s};
        settings.maxBodyBytes = 4096;
        return settings;
    }

    QByteArray hostLine() const
    {
        return "127.0.0.1:" + QByteArray::number(f->port());
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<ServerFixture>();
        QVERIFY(f->setUp(settings()));
    }

    void cleanup()
    {
        f.reset();
    }

    void rejections_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("host"); // "-": none; "=": 127.0.0.1:<port>
        QTest::addColumn<QList<QByteArray>>("headers"); // "TOKEN" is replaced by the token
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("answer"); // a part of the body

        const QByteArray list = "/api/agent/chat/conversations/list";
        const QByteArray stream = "/api/agent/chat/stream";
        const QByteArray json = "Content-Type: application/json";
        const QByteArray token = "Authorization: Bearer TOKEN";
        // Authentication
        QTest::newRow("no token") << QByteArray("GET") << list << QByteArray("=") << QList<QByteArray>{} << QByteArray() << 401
                                  << QByteArray(R"({"detail":"A token is required: send 'Authorization: Bearer <token>'."})");
        QTest::newRow("wrong token") << QByteArray("GET") << list << QByteArray("=")
                                     << QList<QByteArray>{"Authorization: Bearer not-the-token"} << QByteArray() << 401
                                     << QByteArray("The token is not valid.");
        QTest::newRow("token one byte short")
            << QByteArray("GET") << list << QByteArray("=") << QList<QByteArray>{"Authorization: Bearer SHORT"} << QByteArray()
            << 401 << QByteArray("The token is not valid.");
        QTest::newRow("basic auth") << QByteArray("GET") << list << QByteArray("=")
                                    << QList<QByteArray>{"Authorization: Basic dXNlcjpwYXNz"} << QByteArray() << 401
                                    << QByteArray("Use 'Authorization: Bearer <token>'");
        QTest::newRow("token in the URL") << QByteArray("GET") << list + "?api_key=TOKEN" << QByteArray("=")
                                          << QList<QByteArray>{} << QByteArray() << 401
                                          << QByteArray("Tokens in the URL are not accepted");
        QTest::newRow("x-api-key") << QByteArray("GET") << list << QByteArray("=") << QList<QByteArray>{"X-API-Key: TOKEN"}
                                   << QByteArray() << 200 << QByteArray(R"({"items":[)");
        QTest::newRow("bearer, any case") << QByteArray("GET") << list << QByteArray("=")
                                          << QList<QByteArray>{"authorization: bEaReR TOKEN"} << QByteArray() << 200
                                          << QByteArray(R"({"items":[)");
        QTest::newRow("health without token") << QByteArray("GET") << QByteArray("/health") << QByteArray("=")
                                              << QList<QByteArray>{} << QByteArray() << 200 << QByteArray("ok");
        // Host (DNS rebinding)
        QTest::newRow("rebound host") << QByteArray("GET") << list << QByteArray("evil.example:8337") << QList<QByteArray>{token}
                                      << QByteArray() << 403 << QByteArray("Host 'evil.example:8337' is not allowed");
        QTest::newRow("rebound host, health") << QByteArray("GET") << QByteArray("/health") << QByteArray("evil.example")
                                              << QList<QByteArray>{} << QByteArray() << 403 << QByteArray("not allowed");
        QTest::newRow("LAN address while on loopback")
            << QByteArray("GET") << list << QByteArray("192.168.1.20:8337") << QList<QByteArray>{token} << QByteArray() << 403
            << QByteArray("not allowed");
        QTest::newRow("no host") << QByteArray("GET") << list << QByteArray("-") << QList<QByteArray>{token} << QByteArray()
                                 << 400 << QByteArray("The Host header is missing.");
        QTest::newRow("localhost") << QByteArray("GET") << list << QByteArray("localhost:8337") << QList<QByteArray>{token}
                                   << QByteArray() << 200 << QByteArray("items");
        QTest::newRow("sub.localhost") << QByteArray("GET") << list << QByteArray("app.localhost") << QList<QByteArray>{token}
                                       << QByteArray() << 200 << QByteArray("items");
        QTest::newRow("[::1]") << QByteArray("GET") << list << QByteArray("[::1]:8337") << QList<QByteArray>{token}
                               << QByteArray() << 200 << QByteArray("items");
        QTest::newRow("allowed host") << QByteArray("GET") << list << QByteArray("CONFAB.internal:8337")
                                      << QList<QByteArray>{token} << QByteArray() << 200 << QByteArray("items");
        // Origin (web pages)
        QTest::newRow("foreign origin") << QByteArray("GET") << list << QByteArray("=")
                                        << QList<QByteArray>{token, "Origin: https://evil.example"} << QByteArray() << 403
                                        << QByteArray("Origin 'https://evil.example' is not allowed.");
        QTest::newRow("null origin") << QByteArray("GET") << list << QByteArray("=") << QList<QByteArray>{token, "Origin: null"}
                                     << QByteArray() << 403 << QByteArray("not allowed");
        QTest::newRow("foreign preflight") << QByteArray("OPTIONS") << stream << QByteArray("=")
                                           << QList<QByteArray>{"Origin: https://evil.example",
                                                                "Access-Control-Request-Method: POST"}
                                           << QByteArray() << 403 << QByteArray("not allowed");
        // Content type (simple cross-site requests) and body limits
        QTest::newRow("text/plain") << QByteArray("POST") << stream << QByteArray("=")
                                    << QList<QByteArray>{token, "Content-Type: text/plain"} << QByteArray(R"({"query": "hi"})")
                                    << 415
                                    << QByteArray(R"({"detail":"The request body must be 'Content-Type: application/json'."})");
        QTest::newRow("form") << QByteArray("POST") << stream << QByteArray("=")
                              << QList<QByteArray>{token, "Content-Type: application/x-www-form-urlencoded"}
                              << QByteArray("query=hi") << 415 << QByteArray("application/json");
        QTest::newRow("no content type") << QByteArray("POST") << stream << QByteArray("=") << QList<QByteArray>{token}
                                         << QByteArray(R"({"query": "hi"})") << 415 << QByteArray("application/json");
        QTest::newRow("too large") << QByteArray("POST") << stream << QByteArray("=") << QList<QByteArray>{token, json}
                                   << QByteArray(5000, 'x') << 413 << QByteArray("larger than 4096 bytes");
        QTest::newRow("too large, before the token") << QByteArray("POST") << stream << QByteArray("=") << QList<QByteArray>{json}
                                                     << QByteArray(5000, 'x') << 401 << QByteArray("token");
        // Malformed requests
        QTest::newRow("malformed json") << QByteArray("POST") << stream << QByteArray("=") << QList<QByteArray>{token, json}
                                        << QByteArray(R"({"query": )") << 400 << QByteArray("The body is not valid JSON");
        QTest::newRow("json array") << QByteArray("POST") << stream << QByteArray("=") << QList<QByteArray>{token, json}
                                    << QByteArray("[1]") << 400 << QByteArray("The body must be a JSON object.");
        QTest::newRow("missing query") << QByteArray("POST") << stream << QByteArray("=") << QList<QByteArray>{token, json}
                                       << QByteArray(R"({"session_id": "x"})") << 400
                                       << QByteArray(R"({"detail":"Field 'query' is required."})");
        QTest::newRow("wrong type") << QByteArray("POST") << stream << QByteArray("=") << QList<QByteArray>{token, json}
                                    << QByteArray(R"({"query": "hi", "conversation_id": "seven"})") << 400
                                    << QByteArray("Field 'conversation_id' must be an integer.");
        QTest::newRow("bad history") << QByteArray("POST") << stream << QByteArray("=") << QList<QByteArray>{token, json}
                                     << QByteArray(R"({"query": "hi", "context": {"chat_history": [1]}})") << 400
                                     << QByteArray("Field 'context.chat_history' must be a list");
        QTest::newRow("empty query") << QByteArray("POST") << stream << QByteArray("=") << QList<QByteArray>{token, json}
                                     << QByteArray(R"({"query": "  "})") << 400 << QByteArray("must not be empty");
        QTest::newRow("unknown conversation") << QByteArray("POST") << stream << QByteArray("=") << QList<QByteArray>{token, json}
                                              << QByteArray(R"({"query": "hi", "conversation_id": 4242})") << 404
                                              << QByteArray(R"({"detail":"Conversation not found"})");
        QTest::newRow("unknown route") << QByteArray("GET") << QByteArray("/api/agent/state/x") << QByteArray("=")
                                       << QList<QByteArray>{token} << QByteArray() << 404
                                       << QByteArray(R"({"detail":"Not Found"})");
        QTest::newRow("wrong method") << QByteArray("GET") << stream << QByteArray("=") << QList<QByteArray>{token}
                                      << QByteArray() << 405 << QByteArray(R"({"detail":"Method Not Allowed"})");
    }

    void rejections()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, host);
        QFETCH(QList<QByteArray>, headers);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QByteArray, answer);
        const QByteArray token = f->token();
        for (QByteArray &line : headers) {
            line.replace("SHORT", token.left(token.size() - 1));
            line.replace("TOKEN", token);
        }
        path.replace("TOKEN", token);
        host = host == "=" ? hostLine() : host == "-" ? QByteArray() : host;
        QByteArray request = RawHttpClient::request(method, path, body, headers, host);
        if (host.isEmpty()) {
            request.replace(" HTTP/1.1\r\n", " HTTP/1.0\r\n");
        }
        RawHttpClient *client = f->sendRaw(request);
        QVERIFY(f->call(client));
        QCOMPARE(client->status(), status);
        QVERIFY2(client->body().contains(answer), client->body().constData());
        if (status == 401) {
            QCOMPARE(client->header("WWW-Authenticate"), "Bearer realm=\"confab\"");
        }
        if (status == 405) {
            QCOMPARE(client->header("Allow"), "POST");
        }
        QVERIFY(client->header("Access-Control-Allow-Origin").isEmpty());
        QVERIFY(client->header("Set-Cookie").isEmpty());
        QVERIFY(!client->body().contains(token)); // never echoed
        QCOMPARE(*f->core()->storage()->conversationCount(), 0); // nothing happened
    }

    void allowedOriginGetsCors()
    {
        RawHttpClient *preflight =
            f->sendRaw(RawHttpClient::request("OPTIONS", "/api/agent/chat/stream", {},
                                              {"Origin: http://localhost:5173", "Access-Control-Request-Method: POST",
                                               "Access-Control-Request-Headers: authorization, content-type"},
                                              hostLine()));
        QVERIFY(f->call(preflight));
        QCOMPARE(preflight->status(), 204);
        QCOMPARE(preflight->header("Access-Control-Allow-Origin"), "http://localhost:5173");
        QVERIFY(preflight->header("Access-Control-Allow-Headers").contains("Authorization"));
        QVERIFY(preflight->header("Access-Control-Allow-Methods").contains("POST"));
        QVERIFY(preflight->header("Access-Control-Allow-Credentials").isEmpty());
        QCOMPARE(preflight->header("Vary"), "Origin");

        RawHttpClient *get = f->send("GET", "/api/agent/chat/conversations/list", {}, {"Origin: http://localhost:5173"});
        QVERIFY(f->call(get));
        QCOMPARE(get->status(), 200);
        QCOMPARE(get->header("Access-Control-Allow-Origin"), "http://localhost:5173");
        QVERIFY(get->header("Access-Control-Allow-Credentials").isEmpty());

        // Without the token, the page can read the refusal but gets nothing else.
        RawHttpClient *anonymous = f->sendRaw(RawHttpClient::request("GET", "/api/agent/chat/conversations/list", {},
                                                                     {"Origin: http://localhost:5173"}, hostLine()));
        QVERIFY(f->call(anonymous));
        QCOMPARE(anonymous->status(), 401);
    }

    void tooManyRuns()
    {
        ServerSettings limited = settings();
        limited.maxConcurrentRuns = 1;
        f->server()->setSettings(limited);
        f->provider()->enqueue(ServerFixture::slowStream(200, 20));
        RawHttpClient *first = f->send("POST", "/api/agent/chat/stream", R"({"query": "one"})");
        QTRY_VERIFY(first->body().contains("stream_chunk"));
        RawHttpClient *second = f->send("POST", "/api/agent/chat/stream", R"({"query": "two"})");
        QVERIFY(f->call(second));
        QCOMPARE(second->status(), 429);
        QCOMPARE(second->header("Retry-After"), "1");
        QVERIFY(second->body().contains("Too many runs at once (at most 1)"));
        RawHttpClient *openAi = f->send("POST", "/v1/chat/completions", R"({"messages": [{"role": "user", "content": "two"}]})");
        QVERIFY(f->call(openAi));
        QCOMPARE(openAi->status(), 429);
        QVERIFY(openAi->body().contains(R"("type":"rate_limit_error")"));
        first->close();
        QTRY_COMPARE(f->server()->activeRuns(), 0);
    }

    void openAiErrorsInItsOwnShape()
    {
        RawHttpClient *client = f->sendRaw(RawHttpClient::request("GET", "/v1/models", {}, {}, hostLine()));
        QVERIFY(f->call(client));
        QCOMPARE(client->status(), 401);
        const QJsonObject error = QJsonDocument::fromJson(client->body()).object().value(u"error").toObject();
        QCOMPARE(error.value(u"type").toString(), u"authentication_error"_s);
        QVERIFY(error.value(u"message").toString().contains(u"token"_s));
    }

    void tokenFileAndRotation()
    {
        const QString path = ServerToken::defaultFilePath(f->dataDir());
        QFile file(path);
        QVERIFY(file.exists());
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray old = f->token();
        QCOMPARE(file.readAll().trimmed(), old);
        QVERIFY(old.size() >= 43); // 256 bits

        QVERIFY(f->server()->rotateToken());
        QVERIFY(f->token() != old);
        RawHttpClient *stale = f->sendRaw(RawHttpClient::request("GET", "/api/agent/chat/conversations/list", {},
                                                                 {"Authorization: Bearer " + old}, hostLine()));
        QVERIFY(f->call(stale));
        QCOMPARE(stale->status(), 401);
        RawHttpClient *fresh = f->send("GET", "/api/agent/chat/conversations/list");
        QVERIFY(f->call(fresh));
        QCOMPARE(fresh->status(), 200);
    }

    void listensOnLoopbackOnly()
    {
        for (const QHostAddress &address : f->server()->listenAddresses()) {
            QVERIFY(address.isLoopback());
        }
        ServerFixture defaults;
        ServerSettings settings;
        settings.port = 0; // the default bind list: 127.0.0.1 and ::1
        QVERIFY(defaults.setUp(settings));
        QVERIFY(!defaults.server()->listenAddresses().isEmpty());
        for (const QHostAddress &address : defaults.server()->listenAddresses()) {
            QVERIFY2(address.isLoopback(), qPrintable(address.toString()));
        }
        QVERIFY(defaults.server()->warnings().isEmpty());
    }

    void remoteAddressesNeedPermission()
    {
        LocalServer server(f->core());
        ServerSettings settings = ServerFixture::testSettings();
        settings.bind = {u"0.0.0.0"_s};
        server.setSettings(settings);
        QString error;
        QVERIFY(!server.start(&error));
        QVERIFY2(error.contains(u"allow remote access"_s), qPrintable(error));
        QVERIFY(!server.isListening());

        settings.allowRemote = true;
        server.setSettings(settings);
        QVERIFY2(server.start(&error), qPrintable(error));
        QCOMPARE(server.warnings().size(), 1);
        QVERIFY(server.warnings().first().contains(u"0.0.0.0"_s));
        server.stop();

        settings.bind = {u"not-an-address"_s};
        server.setSettings(settings);
        QVERIFY(!server.start(&error));
        QVERIFY2(error.contains(u"not-an-address"_s), qPrintable(error));
    }

    void followsTheSettings()
    {
        LocalServer server(f->core());
        AppConfig *config = f->core()->config();
        config->setValue(u"server/port"_s, 0);
        config->setValue(u"server/bind"_s, QStringList{u"127.0.0.1"_s});
        server.followConfig();
        QVERIFY(!server.isListening()); // off by default
        config->setValue(u"server/enabled"_s, true);
        QVERIFY(server.isListening());
        config->setValue(u"server/enabled"_s, false);
        QVERIFY(!server.isListening());
    }
};

QTEST_GUILESS_MAIN(TestServerSecurity)
#include "tst_serversecurity.moc"
