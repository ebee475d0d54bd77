// SPDX-License-Identifier: GPL-3.0-or-later
// What hostile or broken requests cost the local server: a 1 GiB Content-Length body, an endless
// chunked body, a 20 MB header line, a head sent a byte every 50 ms, and 100 connections that
// never finish their head. Each is sent as fast as loopback takes it, and the client stops
// sending once answered, as curl does. Printed per case: the status, the time to answer as a ratio
// against a plain GET /health measured in the same run, the bytes the client got out before the
// answer, and the resident memory above idle at its peak (the clients' own buffers, 256 KiB at
// most, are in it). Read it as: every refusal answers within a few times /health, the slow head
// when the header timeout runs out, and memory stays within 1 MiB of idle whatever the client
// announces or sends.
// Usage: bench_hostile [--header-timeout-ms N]
#include "appconfig.h"
#include "appcore.h"
#include "benchmeasure.h"
#include "localserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Outcome
{
    int status = 0;
    double answeredMs = -1;
    qint64 sent = 0;
    qint64 peakKiB = 0;
};

/** Sends @p head, then up to @p bodyBytes of @p filler as fast as the socket takes it. */
Outcome send(quint16 port, const QByteArray &head, qint64 bodyBytes, const QByteArray &filler, int timeoutMs = 15000)
{
    Outcome outcome;
    QTcpSocket socket;
    QByteArray answer;
    QElapsedTimer clock;
    clock.start();
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000)) {
        return outcome;
    }
    socket.write(head);
    qint64 remaining = bodyBytes;
    while (clock.elapsed() < timeoutMs && socket.state() == QAbstractSocket::ConnectedState) {
        while (answer.isEmpty() && remaining > 0 && socket.bytesToWrite() < 256 * 1024) {
            const qint64 size = std::min<qint64>(filler.size(), remaining);
            socket.write(filler.constData(), size);
            outcome.sent += size;
            remaining -= size;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        outcome.peakKiB = std::max(outcome.peakKiB, BenchMeasure::residentKiB());
        answer += socket.readAll();
        if (outcome.answeredMs < 0 && !answer.isEmpty()) {
            outcome.answeredMs = double(clock.nsecsElapsed()) / 1e6;
        }
        if (answer.contains("\r\n\r\n")) {
            break;
        }
    }
    if (answer.startsWith("HTTP/1.1 ")) {
        outcome.status = answer.mid(9, 3).toInt();
    }
    return outcome;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption headerTimeout(u"header-timeout-ms"_s, u"How long a head may take (default 2000)."_s, u"ms"_s,
                                           u"2000"_s);
    parser.addOption(headerTimeout);
    parser.process(app);

    QTemporaryDir dir;
    auto opened = AppCore::open(dir.path());
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    const std::unique_ptr<AppCore> core = std::move(*opened);
    LocalServer server(core.get());
    ServerSettings settings;
    settings.port = 0;
    settings.bind = {u"127.0.0.1"_s};
    settings.headerTimeout = std::chrono::milliseconds(parser.value(headerTimeout).toInt());
    server.setSettings(settings);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const quint16 port = server.port();
    const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    const QByteArray auth = "Authorization: Bearer " + server.token().toLatin1() + "\r\n";
    const QByteArray stream = "POST /api/agent/chat/stream HTTP/1.1\r\n" + host + auth + "Content-Type: application/json\r\n";
    const QByteArray bytes(64 * 1024, 'x');
    const QByteArray chunks = QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n";

    // Warm up once, then the baseline: the best of ten plain requests.
    send(port, "GET /health HTTP/1.1\r\n" + host + "\r\n", 0, {});
    double baselineMs = 1e9;
    for (int i = 0; i < 10; ++i) {
        baselineMs = std::min(baselineMs, send(port, "GET /health HTTP/1.1\r\n" + host + "\r\n", 0, {}).answeredMs);
    }
    const qint64 idleKiB = BenchMeasure::residentKiB();
    std::printf("baseline: GET /health answered in %.3f ms; idle RSS %lld KiB\n\n", baselineMs, idleKiB);
    std::printf("%-34s %6s %12s %10s %14s %12s\n", "case", "status", "answer (ms)", "x /health", "sent first", "RSS +KiB");

    const auto report = [&](const char *name, const Outcome &outcome) {
        std::printf("%-34s %6d %12.3f %10.1f %14lld %12lld\n", name, outcome.status, outcome.answeredMs,
                    outcome.answeredMs / baselineMs, outcome.sent, outcome.peakKiB - idleKiB);
    };
    report("1 GiB Content-Length body", send(port, stream + "Content-Length: 1073741824\r\n\r\n", 1LL << 30, bytes));
    report("endless chunked body", send(port, stream + "Transfer-Encoding: chunked\r\n\r\n", 1LL << 30, chunks));
    report(
        "1 GiB body without a token",
        send(port, "POST /api/agent/chat/stream HTTP/1.1\r\n" + host + "Content-Length: 1073741824\r\n\r\n", 1LL << 30, bytes));
    report("20 MB header line", send(port, "GET /health HTTP/1.1\r\n" + host + "X-Filler: ", 20 * 1000 * 1000, bytes));

    // A head that never ends, a byte every 50 ms: answered when the header timeout runs out.
    Outcome drip;
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        socket.waitForConnected(5000);
        QElapsedTimer clock;
        clock.start();
        QByteArray answer;
        while (answer.isEmpty() && clock.elapsed() < 30000 && socket.state() == QAbstractSocket::ConnectedState) {
            socket.write("x");
            ++drip.sent;
            QEventLoop pause;
            QTimer::singleShot(50, &pause, &QEventLoop::quit);
            pause.exec();
            answer += socket.readAll();
        }
        drip.answeredMs = double(clock.nsecsElapsed()) / 1e6;
        drip.status = answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
        drip.peakKiB = BenchMeasure::residentKiB();
    }
    report("head a byte every 50 ms", drip);

    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 100; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, port);
        socket->waitForConnected(5000);
        socket->write("GET /health HTTP/1.1\r\n");
        idle.push_back(std::move(socket));
    }
    QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
    report("GET /health, 100 idle connections", send(port, "GET /health HTTP/1.1\r\n" + host + "\r\n", 0, {}));
    std::printf("\nopen connections at the server: %d (at most %d); the idle ones get 408 after %lld ms\n",
                server.openConnections(), settings.maxConnections, qint64(settings.headerTimeout.count()));
    return 0;
}
