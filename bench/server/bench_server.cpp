// SPDX-License-Identifier: GPL-3.0-or-later
// The local server under 1, 10 and 100 concurrent SSE streams. A loopback provider (its own
// thread) streams chat.completion.chunk events whose content is its send time; clients (their
// own thread) read the server's MineContext stream and measure each token's latency from the
// provider's byte to their byte. The baseline, in the same run, is the same clients reading the
// provider directly. Also printed: events/s delivered and RSS per open stream.
// Usage: bench_server [--chunks N] [--rate R] [--levels 1,10,100]
#include "appconfig.h"
#include "appcore.h"
#include "benchmeasure.h"
#include "llmclient.h"
#include "localserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

qint64 nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

QByteArray httpChunk(const QByteArray &payload)
{
    return QByteArray::number(payload.size(), 16) + "\r\n" + payload + "\r\n";
}

QByteArray chunkEvent(const QByteArray &content)
{
    return "data: {\"id\":\"b\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"bench\",\"choices\":[{\"index\":0,"
           "\"delta\":{\"content\":\"" +
        content + "\"},\"finish_reason\":null}]}\n\n";
}

/** Streams `count` timestamped chunks at `rate` per second to every request it gets. */
class BenchProvider : public QObject
{
public:
    int count = 100;
    int rate = 100;
    int active = 0;
    int mostActive = 0; ///< most responses streaming at once since the last reset

    quint16 start()
    {
        m_server = new QTcpServer(this);
        m_server->listen(QHostAddress::LocalHost);
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray request = socket->property("request").toByteArray() + socket->readAll();
                    socket->setProperty("request", request);
                    const qsizetype head = request.indexOf("\r\n\r\n");
                    if (head < 0 || socket->property("started").toBool()) {
                        return;
                    }
                    const qsizetype length = request.toLower().indexOf("content-length:");
                    const qsizetype bodySize = length < 0
                        ? 0
                        : request.mid(length + 15, request.indexOf('\r', length) - length - 15).trimmed().toLongLong();
                    if (request.size() - head - 4 < bodySize) {
                        return;
                    }
                    socket->setProperty("started", true);
                    socket->setProperty("request", QByteArray());
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n");
                    serve(socket);
                });
            }
        });
        return m_server->serverPort();
    }

private:
    void serve(QTcpSocket *socket)
    {
        auto sent = std::make_shared<int>(0);
        mostActive = std::max(mostActive, ++active);
        auto *timer = new QTimer(socket);
        timer->setTimerType(Qt::PreciseTimer);
        connect(timer, &QTimer::timeout, socket, [this, socket, sent, timer] {
            socket->write(httpChunk(chunkEvent('t' + QByteArray::number(nowUs()) + ' ')));
            socket->flush();
            if (++*sent == count) {
                timer->stop();
                socket->write(httpChunk("data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"));
                socket->write(httpChunk("data: [DONE]\n\n") + "0\r\n\r\n");
                socket->flush();
                --active;
                socket->setProperty("started", false); // keep-alive: the next request on this connection
            }
        });
        timer->start(std::max(1, 1000 / rate));
    }

    QTcpServer *m_server = nullptr;
};

/** What the clients of one run saw. */
struct Figures
{
    qint64 tokens = 0;
    qint64 events = 0;
    qint64 elapsedUs = 0;
    QList<qint64> latencies;
    int completed = 0;
    qint64 rssOpenKiB = 0;
};

/** One HTTP client reading one SSE response; collects token latencies. */
class StreamClient : public QObject
{
public:
    StreamClient(Figures *figures, quint16 port, const QByteArray &request, std::function<void()> opened,
                 std::function<void()> done)
        : m_figures(figures)
        , m_opened(std::move(opened))
        , m_done(std::move(done))
    {
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(&m_socket, &QTcpSocket::readyRead, this, &StreamClient::read);
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.write(request);
    }

private:
    void read()
    {
        m_raw += m_socket.readAll();
        if (!m_headDone) {
            const qsizetype end = m_raw.indexOf("\r\n\r\n");
            if (end < 0) {
                return;
            }
            m_raw.remove(0, end + 4);
            m_headDone = true;
        }
        bool ended = false;
        while (!ended) { // HTTP chunks
            const qsizetype lineEnd = m_raw.indexOf("\r\n");
            if (lineEnd < 0) {
                break;
            }
            bool ok = false;
            const qsizetype size = m_raw.left(lineEnd).toLongLong(&ok, 16);
            if (!ok || m_raw.size() < lineEnd + 2 + size + 2) {
                break;
            }
            if (size == 0) {
                ended = true;
                break;
            }
            m_sse += m_raw.mid(lineEnd + 2, size);
            m_raw.remove(0, lineEnd + 2 + size + 2);
        }
        const qint64 now = nowUs();
        qsizetype end;
        while ((end = m_sse.indexOf("\n\n")) >= 0) {
            const QByteArray event = m_sse.left(end);
            m_sse.remove(0, end + 2);
            if (!event.startsWith("data: ")) {
                continue;
            }
            ++m_figures->events;
            if (!m_open && m_opened) {
                m_open = true;
                m_opened();
            }
            // Tokens are `t<send time> `, in a MineContext stream_chunk or a provider chunk.
            for (qsizetype i = 1; i + 1 < event.size(); ++i) {
                if (event.at(i) != 't' || (event.at(i - 1) != '"' && event.at(i - 1) != ' ') ||
                    !std::isdigit(static_cast<unsigned char>(event.at(i + 1)))) {
                    continue;
                }
                qsizetype to = i + 1;
                while (to < event.size() && std::isdigit(static_cast<unsigned char>(event.at(to)))) {
                    ++to;
                }
                if (to < event.size() && event.at(to) == ' ') {
                    m_figures->latencies << now - event.mid(i + 1, to - i - 1).toLongLong();
                    ++m_figures->tokens;
                }
                i = to;
            }
        }
        if (ended) {
            finish();
        }
    }

    void finish()
    {
        if (m_finished) {
            return;
        }
        m_finished = true;
        ++m_figures->completed;
        m_socket.disconnectFromHost();
        m_done();
    }

    Figures *m_figures;
    std::function<void()> m_opened;
    std::function<void()> m_done;
    QTcpSocket m_socket;
    QByteArray m_raw;
    QByteArray m_sse;
    bool m_headDone = false;
    bool m_open = false;
    bool m_finished = false;
};

/** Runs @p streams clients on @p thread against @p port, sending @p request; returns when all ended. */
Figures runClients(QThread *thread, int streams, quint16 port, const QByteArray &request, bool sampleRss)
{
    Figures figures;
    QEventLoop loop;
    auto *owner = new QObject;
    owner->moveToThread(thread);
    const qint64 start = nowUs();
    int open = 0;
    int done = 0;
    QMetaObject::invokeMethod(owner, [&, owner] {
        for (int i = 0; i < streams; ++i) {
            auto *client = new StreamClient(
                &figures, port, request,
                [&] {
                    if (++open == streams && sampleRss) {
                        figures.rssOpenKiB = BenchMeasure::residentKiB(); // every stream has its first event
                    }
                },
                [&] {
                    if (++done == streams) {
                        figures.elapsedUs = nowUs() - start;
                        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
                    }
                });
            client->setParent(owner);
        }
    });
    loop.exec();
    QMetaObject::invokeMethod(owner, &QObject::deleteLater);
    return figures;
}

QByteArray post(quint16 port, const QByteArray &path, const QByteArray &body, const QByteArray &token)
{
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\nAuthorization: Bearer " + token +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption chunksOption(u"chunks"_s, u"Tokens per stream."_s, u"n"_s, u"100"_s);
    const QCommandLineOption rateOption(u"rate"_s, u"Tokens per second per stream."_s, u"r"_s, u"100"_s);
    const QCommandLineOption levelsOption(u"levels"_s, u"Concurrent streams to try."_s, u"list"_s, u"1,10,100"_s);
    parser.addOptions({chunksOption, rateOption, levelsOption});
    parser.process(app);
    qputenv("QT_LOGGING_RULES", "*.debug=false;confab.*.info=false");

    QThread providerThread;
    providerThread.setObjectName(u"provider"_s);
    auto *provider = new BenchProvider;
    provider->count = parser.value(chunksOption).toInt();
    provider->rate = parser.value(rateOption).toInt();
    provider->moveToThread(&providerThread);
    providerThread.start();
    quint16 providerPort = 0;
    QMetaObject::invokeMethod(
        provider, [&] { providerPort = provider->start(); }, Qt::BlockingQueuedConnection);
    QThread clientThread;
    clientThread.start();

    QTemporaryDir data;
    qunsetenv("OPENAI_BASE_URL");
    auto opened = AppCore::open(data.path());
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    std::unique_ptr<AppCore> core = std::move(*opened);
    ProviderProfile profile;
    profile.id = u"bench"_s;
    profile.baseUrl = QUrl(u"http://127.0.0.1:%1/v1"_s.arg(providerPort));
    profile.defaultModel = u"bench"_s;
    core->config()->setProviders({profile});
    ChatDefaults defaults = core->config()->chatDefaults();
    defaults.toolsEnabled = false;
    core->config()->setChatDefaults(defaults);
    LocalServer server(core.get());
    ServerSettings settings;
    settings.port = 0;
    settings.bind = {u"127.0.0.1"_s};
    settings.maxConcurrentRuns = 1000;
    server.setSettings(settings);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QByteArray token = server.token().toLatin1();
    const quint16 port = server.port();

    std::printf("bench_server: %d tokens per stream at %d/s; Qt %s\n", provider->count, provider->rate, qVersion());
    std::printf("  baseline = the same clients reading the provider directly; server = through /api/agent/chat/stream\n");
    std::printf("  'at once' = how many responses the provider was streaming at the same time at most\n");
    std::printf("  %7s %-9s %10s %10s %9s %9s %9s %12s %14s %8s\n", "streams", "path", "tokens", "events/s", "p50 us", "p99 us",
                "added p50", "added p99", "RSS/stream", "at once");
    for (const QString &level : parser.value(levelsOption).split(u',')) {
        const int streams = level.toInt();
        const auto mostActive = [provider] {
            int most = 0;
            QMetaObject::invokeMethod(
                provider, [provider, &most] { most = std::exchange(provider->mostActive, 0); }, Qt::BlockingQueuedConnection);
            return most;
        };
        const Figures direct = runClients(&clientThread, streams, providerPort,
                                          post(providerPort, "/v1/chat/completions", R"({"stream": true})", token), false);
        const int directAtOnce = mostActive();
        QCoreApplication::processEvents();
        const qint64 idle = BenchMeasure::residentKiB();
        const Figures served =
            runClients(&clientThread, streams, port,
                       post(port, "/api/agent/chat/stream", R"({"query": "bench", "conversation_id": null})", token), true);
        const int servedAtOnce = mostActive();
        const double directRate = direct.events / (direct.elapsedUs / 1e6);
        const double servedRate = served.events / (served.elapsedUs / 1e6);
        const qint64 d50 = BenchMeasure::percentile(direct.latencies, 0.5);
        const qint64 d99 = BenchMeasure::percentile(direct.latencies, 0.99);
        const qint64 s50 = BenchMeasure::percentile(served.latencies, 0.5);
        const qint64 s99 = BenchMeasure::percentile(served.latencies, 0.99);
        std::printf("  %7d %-9s %10lld %10.0f %9lld %9lld %9s %12s %14s %8d\n", streams, "baseline",
                    static_cast<long long>(direct.tokens), directRate, static_cast<long long>(d50), static_cast<long long>(d99),
                    "", "", "", directAtOnce);
        std::printf("  %7d %-9s %10lld %10.0f %9lld %9lld %9lld %12lld %10.1f KiB %8d\n", streams, "server",
                    static_cast<long long>(served.tokens), servedRate, static_cast<long long>(s50), static_cast<long long>(s99),
                    static_cast<long long>(s50 - d50), static_cast<long long>(s99 - d99),
                    double(served.rssOpenKiB - idle) / streams, servedAtOnce);
        if (served.completed != streams || served.tokens != qint64(streams) * provider->count) {
            std::printf("  !! %d of %d streams completed, %lld of %lld tokens arrived\n", served.completed, streams,
                        static_cast<long long>(served.tokens), static_cast<long long>(qint64(streams) * provider->count));
        }
        std::fflush(stdout);
    }
    server.stop();
    clientThread.quit();
    clientThread.wait();
    QMetaObject::invokeMethod(provider, &QObject::deleteLater);
    providerThread.quit();
    providerThread.wait();
    return 0;
}
