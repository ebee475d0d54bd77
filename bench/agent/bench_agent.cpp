// SPDX-License-Identifier: GPL-3.0-or-later
// Agent throughput and latency: a loopback provider streams chat.completion.chunk events through
// LlmClient and the agent to a consumer. Each chunk's content is the provider's send time in
// microseconds, so the consumer measures delivery latency; a bare QNetworkAccessManager reader of
// the same stream, in the same run, is the baseline. Usage: bench_agent [--chunks N] [--rate R]
#include "agentrun.h"
#include "benchmeasure.h"
#include "contextagent.h"
#include "eventchannel.h"
#include "eventreader.h"
#include "llmclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

qint64 nowUs()
{
    return StreamEvent::nowUs();
}

QByteArray chunkEvent(const QByteArray &content)
{
    return "data: {\"id\":\"b\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"bench\",\"choices\":[{\"index\":0,"
           "\"delta\":{\"content\":\"" +
        content + "\"},\"finish_reason\":null}]}\n\n";
}

QByteArray httpChunk(const QByteArray &payload)
{
    return QByteArray::number(payload.size(), 16) + "\r\n" + payload + "\r\n";
}

/** Serves one streamed completion per connection: @p count chunks, at @p rate per second (0: at once). */
class BenchProvider : public QObject
{
public:
    int count = 1000;
    int rate = 0;

    BenchProvider()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    if (socket->property("started").toBool()) {
                        return;
                    }
                    socket->setProperty("started", true);
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n");
                    serve(socket);
                });
            }
        });
    }
    QUrl baseUrl() const
    {
        return QUrl(u"http://127.0.0.1:%1/v1"_s.arg(m_server.serverPort()));
    }

private:
    void serve(QTcpSocket *socket)
    {
        auto sent = std::make_shared<int>(0);
        auto finish = [socket] {
            socket->write(httpChunk("data: [DONE]\n\n") + "0\r\n\r\n");
            socket->disconnectFromHost();
        };
        if (rate == 0) {
            QByteArray body;
            body.reserve(count * 200);
            for (int i = 0; i < count; ++i) {
                body += httpChunk(chunkEvent(QByteArray::number(nowUs()) + ' '));
            }
            socket->write(body);
            finish();
            return;
        }
        auto *timer = new QTimer(socket);
        timer->setTimerType(Qt::PreciseTimer);
        connect(timer, &QTimer::timeout, socket, [this, socket, sent, timer, finish] {
            socket->write(httpChunk(chunkEvent(QByteArray::number(nowUs()) + ' ')));
            socket->flush();
            if (++*sent == count) {
                timer->stop();
                finish();
            }
        });
        timer->start(1000 / rate);
    }

    QTcpServer m_server;
};

struct Figures
{
    qint64 chunks = 0;
    qint64 elapsedUs = 0;
    QList<qint64> latencies;
};

void collect(Figures &figures, const QString &content)
{
    const qint64 now = nowUs();
    for (const QStringView stamp : QStringView(content).split(u' ', Qt::SkipEmptyParts)) {
        figures.latencies << now - stamp.toLongLong();
        ++figures.chunks;
    }
}

Figures runBaseline(BenchProvider &provider)
{
    Figures figures;
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(provider.baseUrl().toString() + u"/chat/completions"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = nam.post(request, "{}");
    QByteArray buffer;
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] {
        buffer += reply->readAll();
        qsizetype end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
            const QByteArray event = buffer.left(end);
            buffer.remove(0, end + 2);
            const qsizetype at = event.indexOf("\"content\":\"");
            if (at >= 0) {
                const qsizetype from = at + 11;
                collect(figures, QString::fromLatin1(event.mid(from, event.indexOf('"', from) - from)));
            }
        }
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    figures.elapsedUs = clock.nsecsElapsed() / 1000;
    reply->deleteLater();
    return figures;
}

Figures runAgent(BenchProvider &provider)
{
    Figures figures;
    LlmClient client;
    ProviderProfile profile;
    profile.baseUrl = provider.baseUrl();
    profile.defaultModel = u"bench"_s;
    client.setProfile(profile);
    ContextAgent agent(&client);
    AgentContext context;
    context.toolsEnabled = false;
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<AgentRun> run(agent.processStream(u"bench"_s, {}, {}, context));
    EventReader *reader = run->channel()->createReader(run.get());
    QEventLoop loop;
    QObject::connect(reader, &EventReader::readyRead, reader, [&] {
        for (const StreamEvent &event : reader->takeAll()) {
            if (event.type == StreamEvent::Type::StreamChunk) {
                collect(figures, event.content);
            } else if (event.isTerminal()) {
                loop.quit();
            }
        }
    });
    run->start();
    loop.exec();
    figures.elapsedUs = clock.nsecsElapsed() / 1000;
    return figures;
}

void print(const char *what, const Figures &f)
{
    std::printf("  %-34s %8lld chunks in %8.1f ms = %9.0f chunks/s   latency p50 %6lld us  p99 %6lld us  max %7lld us\n", what,
                static_cast<long long>(f.chunks), f.elapsedUs / 1000.0, f.chunks / (f.elapsedUs / 1e6),
                static_cast<long long>(BenchMeasure::percentile(f.latencies, 0.5)),
                static_cast<long long>(BenchMeasure::percentile(f.latencies, 0.99)),
                static_cast<long long>(BenchMeasure::percentile(f.latencies, 1.0)));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption chunks(u"chunks"_s, u"Chunks in the throughput run (default 100000)."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption paced(u"paced-chunks"_s, u"Chunks in the paced run (default 2000)."_s, u"n"_s, u"2000"_s);
    const QCommandLineOption rate(u"rate"_s, u"Chunks per second in the paced run (default 200)."_s, u"r"_s, u"200"_s);
    parser.addOptions({chunks, paced, rate});
    parser.process(app);
    qputenv("QT_LOGGING_RULES", "*.info=false");

    BenchProvider provider;
    std::printf("Agent benchmark (Qt %s): provider -> LlmClient -> agent -> consumer, over loopback\n", qVersion());

    provider.count = parser.value(chunks).toInt();
    provider.rate = 0;
    std::printf("Throughput: %d chunks sent at once\n", provider.count);
    const Figures fastBase = runBaseline(provider);
    print("baseline (QNetworkAccessManager)", fastBase);
    const Figures fast = runAgent(provider);
    print("through the agent", fast);
    std::printf("  agent / baseline throughput: %.2fx   target >= 50000 chunks/s: %s\n",
                (fast.chunks / (fast.elapsedUs / 1e6)) / (fastBase.chunks / (fastBase.elapsedUs / 1e6)),
                fast.chunks / (fast.elapsedUs / 1e6) >= 50000 ? "ok" : "MISSED");

    provider.count = parser.value(paced).toInt();
    provider.rate = parser.value(rate).toInt();
    std::printf("Latency: %d chunks at %d chunks/s\n", provider.count, provider.rate);
    const Figures slowBase = runBaseline(provider);
    print("baseline (QNetworkAccessManager)", slowBase);
    const Figures slow = runAgent(provider);
    print("through the agent", slow);
    const qint64 addedP50 = BenchMeasure::percentile(slow.latencies, 0.5) - BenchMeasure::percentile(slowBase.latencies, 0.5);
    const qint64 addedP99 = BenchMeasure::percentile(slow.latencies, 0.99) - BenchMeasure::percentile(slowBase.latencies, 0.99);
    std::printf("  added by the agent: p50 %lld us, p99 %lld us   target p99 < 1000 us: %s\n", static_cast<long long>(addedP50),
                static_cast<long long>(addedP99), addedP99 < 1000 ? "ok" : "MISSED");
    const bool lost = fast.chunks != fastBase.chunks || slow.chunks != slowBase.chunks;
    if (lost) {
        std::printf("  CHUNKS LOST: baseline %lld/%lld, agent %lld/%lld\n", static_cast<long long>(fastBase.chunks),
                    static_cast<long long>(slowBase.chunks), static_cast<long long>(fast.chunks),
                    static_cast<long long>(slow.chunks));
    }
    return lost ? 1 : 0;
}
