// SPDX-License-Identifier: GPL-3.0-or-later
// Every check of the local server against requests a web page, a rebinding attacker or a careless
// client could send, over loopback: each rejection with its status code and message.
#include "appconfig.h"
#include "appcore.h"
#include "serverfixture.h"
#include "servertoken.h"
#include "storage.h"

#include "uploadclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

#include <functional>

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
                                       << QByteArray() << 403 << QByteArray("not allowed");
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
        QTest::newRow("chunked body") << QByteArray("POST") << stream << QByteArray("=")
                                      << QList<QByteArray>{token, json, "Transfer-Encoding: chunked"} << QByteArray("0\r\n\r\n")
                                      << 411 << QByteArray("Content-Length");
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

    // What a hostile or broken client sends before any route runs: each is answered from its head
    // alone, at once, while the server's memory stays where it was.

    /** Runs the event loop until @p done, sampling the resident memory; returns the peak in KiB. */
    static qint64 peakWhile(const std::function<bool()> &done, int timeoutMs)
    {
        qint64 peak = ServerFixture::residentKiB();
        QElapsedTimer clock;
        clock.start();
        while (!done() && clock.elapsed() < timeoutMs) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            peak = std::max(peak, ServerFixture::residentKiB());
        }
        return peak;
    }

    void refusedBody_data()
    {
        QTest::addColumn<QByteArray>("extra"); // header lines after Host and the token
        QTest::addColumn<bool>("chunked");
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<int>("status");
        QTest::newRow("1 GiB Content-Length") << QByteArray("Content-Length: 1073741824\r\n") << false << true << 413;
        QTest::newRow("endless chunked body") << QByteArray("Transfer-Encoding: chunked\r\n") << true << true << 411;
        QTest::newRow("1 GiB without a token") << QByteArray("Content-Length: 1073741824\r\n") << false << false << 401;
        QTest::newRow("1 GiB from a web page")
            << QByteArray("Content-Length: 1073741824\r\nOrigin: https://evil.example\r\n") << false << true << 403;
    }

    void refusedBody()
    {
        QFETCH(QByteArray, extra);
        QFETCH(bool, chunked);
        QFETCH(bool, withToken);
        QFETCH(int, status);
        const qint64 idle = ServerFixture::residentKiB();
        QByteArray head =
            "POST /api/agent/chat/stream HTTP/1.1\r\nHost: " + hostLine() + "\r\nContent-Type: application/json\r\n" + extra;
        if (withToken) {
            head += f->authLine() + "\r\n";
        }
        head += "\r\n";
        UploadClient upload;
        upload.setChunked(chunked);
        upload.start(f->port(), head, 1024LL * 1024 * 1024);
        const qint64 peak = peakWhile([&upload] { return upload.disconnected() || upload.status() != 0; }, 10000);
        qInfo("%d after %lld ms, %lld bytes of body sent; RSS %lld KiB idle, peak %lld KiB (+%lld)", upload.status(),
              upload.answeredAfterMs(), upload.sent(), idle, peak, peak - idle);
        QCOMPARE(upload.status(), status);
        QVERIFY2(upload.answeredAfterMs() < 1000, "the refusal took longer than a second");
        if (ServerFixture::residentMemoryIsMeaningful()) {
            QVERIFY2(peak - idle < 2048, qPrintable(u"the server's memory grew by %1 KiB"_s.arg(peak - idle)));
        }
        QTRY_VERIFY(upload.answer().contains("\r\n\r\n{"));
        QVERIFY(upload.answer().contains("Connection: close"));
        QTRY_COMPARE_WITH_TIMEOUT(f->server()->openConnections(), 0, 5000);
    }

    void oversizedHead()
    {
        const qint64 idle = ServerFixture::residentKiB();
        // A 20 MB header line, sent as fast as loopback takes it.
        UploadClient upload;
        upload.start(f->port(), "GET /health HTTP/1.1\r\nHost: " + hostLine() + "\r\nX-Filler: ", 20 * 1000 * 1000);
        const qint64 peak = peakWhile([&upload] { return upload.disconnected() || upload.status() != 0; }, 10000);
        qInfo("%d after %lld ms, %lld bytes sent; RSS +%lld KiB", upload.status(), upload.answeredAfterMs(), upload.sent(),
              peak - idle);
        QCOMPARE(upload.status(), 431);
        QVERIFY2(upload.answeredAfterMs() < 1000, "the refusal took longer than a second");
        if (ServerFixture::residentMemoryIsMeaningful()) {
            QVERIFY2(peak - idle < 2048, qPrintable(u"the server's memory grew by %1 KiB"_s.arg(peak - idle)));
        }
    }

    void slowSenders()
    {
        ServerSettings quick = settings();
        quick.headerTimeout = std::chrono::milliseconds(800);
        f->server()->setSettings(quick);

        // One byte of the head every 100 ms: slower than the whole head may take.
        QTcpSocket drip;
        drip.connectToHost(QHostAddress::LocalHost, f->port());
        QVERIFY(drip.waitForConnected(2000));
        QElapsedTimer clock;
        clock.start();
        const QByteArray head = RawHttpClient::request("GET", "/health", {}, {}, hostLine());
        QByteArray answer;
        for (qsizetype i = 0; i < head.size() && answer.isEmpty() && drip.state() == QAbstractSocket::ConnectedState; ++i) {
            drip.write(head.mid(i, 1));
            QTest::qWait(100);
            answer += drip.readAll();
        }
        QTRY_VERIFY_WITH_TIMEOUT(!(answer += drip.readAll()).isEmpty() || drip.state() != QAbstractSocket::ConnectedState, 3000);
        const qint64 answeredAfter = clock.elapsed();
        QVERIFY2(answer.startsWith("HTTP/1.1 408 "), answer.constData());
        QVERIFY2(answeredAfter >= 700 && answeredAfter < 3000, qPrintable(QString::number(answeredAfter)));

        // A whole head, then a body that stops halfway.
        QTcpSocket stalled;
        stalled.connectToHost(QHostAddress::LocalHost, f->port());
        QVERIFY(stalled.waitForConnected(2000));
        clock.restart();
        stalled.write("POST /api/agent/chat/stream HTTP/1.1\r\nHost: " + hostLine() + "\r\n" + f->authLine() +
                      "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"query\": ");
        QTRY_VERIFY_WITH_TIMEOUT(stalled.bytesAvailable() > 0, 3000);
        QVERIFY(stalled.readAll().startsWith("HTTP/1.1 408 "));
        QVERIFY2(clock.elapsed() >= 700 && clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(f->provider()->chatRequests().size(), 0);

        // A stream that runs longer than the timeout is not idle.
        f->provider()->enqueue(ServerFixture::slowStream(30, 50));
        RawHttpClient *stream = f->send("POST", "/api/agent/chat/stream", R"({"query": "long"})");
        QVERIFY(f->call(stream, 10000));
        QCOMPARE(stream->status(), 200);
        QVERIFY(stream->body().contains("stream_complete"));
    }

    void idleConnections()
    {
        ServerSettings capped = settings();
        capped.maxConnections = 64;
        f->server()->setSettings(capped);
        const qint64 idle = ServerFixture::residentKiB();
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        int connected = 0;
        for (int i = 0; i < 100; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            connect(socket.get(), &QTcpSocket::connected, socket.get(), [&connected, raw = socket.get()] {
                ++connected;
                raw->write("GET /health HTTP/1.1\r\n"); // and nothing more
            });
            socket->connectToHost(QHostAddress::LocalHost, f->port());
            sockets.push_back(std::move(socket));
            QTest::qWait(1); // one at a time, so that "oldest" means something
        }
        QTRY_COMPARE(connected, 100);
        QTRY_COMPARE(f->server()->openConnections(), 64);
        QElapsedTimer clock;
        clock.start();
        RawHttpClient *health = f->sendRaw(RawHttpClient::request("GET", "/health", {}, {}, hostLine()));
        QVERIFY(f->call(health, 5000));
        qInfo("/health with 100 idle connections: %d after %lld ms; %d open; RSS +%lld KiB", health->status(), clock.elapsed(),
              f->server()->openConnections(), ServerFixture::residentKiB() - idle);
        QCOMPARE(health->status(), 200);
        QVERIFY(clock.elapsed() < 1000);
        QVERIFY(f->server()->openConnections() <= 64);
        const auto closed = [&sockets] {
            return std::count_if(sockets.begin(), sockets.end(),
                                 [](const auto &socket) { return socket->state() != QAbstractSocket::ConnectedState; });
        };
        QTRY_VERIFY2(closed() >= 36, qPrintable(QString::number(closed())));

        // The cap leaves streams in progress alone: with every connection at work, 503.
        capped.maxConnections = 8;
        capped.maxConcurrentRuns = 16;
        f->server()->setSettings(capped);
        sockets.clear();
        QTRY_COMPARE(f->server()->openConnections(), 0);
        QList<RawHttpClient *> streams;
        for (int i = 0; i < 8; ++i) {
            f->provider()->enqueue(ServerFixture::slowStream(40, 50));
            streams << f->send("POST", "/api/agent/chat/stream", R"({"query": "busy"})");
        }
        QTRY_COMPARE(f->server()->activeRuns(), 8);
        RawHttpClient *more = f->sendRaw(RawHttpClient::request("GET", "/health", {}, {}, hostLine()));
        QVERIFY(f->call(more, 5000));
        QCOMPARE(more->status(), 503);
        for (RawHttpClient *stream : std::as_const(streams)) {
            QVERIFY(!stream->disconnected());
        }
    }

    void nullOriginWhenAllowed()
    {
        RawHttpClient *refused = f->send("GET", "/api/agent/chat/conversations/list", {}, {"Origin: null"});
        QVERIFY(f->call(refused));
        QCOMPARE(refused->status(), 403);
        ServerSettings electron = settings();
        electron.allowNullOrigin = true;
        f->server()->setSettings(electron);
        RawHttpClient *allowed = f->send("GET", "/api/agent/chat/conversations/list", {}, {"Origin: null"});
        QVERIFY(f->call(allowed));
        QCOMPARE(allowed->status(), 200);
        QCOMPARE(allowed->header("Access-Control-Allow-Origin"), "null");
        RawHttpClient *anonymous =
            f->sendRaw(RawHttpClient::request("GET", "/api/agent/chat/conversations/list", {}, {"Origin: null"}, hostLine()));
        QVERIFY(f->call(anonymous));
        QCOMPARE(anonymous->status(), 401);
    }
};

QTEST_GUILESS_MAIN(TestServerSecurity)
#include "tst_serversecurity.moc"
