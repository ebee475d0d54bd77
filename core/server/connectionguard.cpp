// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionguard.h"

#include "requestguard.h"
#include "requesthead.h"
#include "serverrequest.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {
// What a refused client may still send is read and dropped for this long, so that it reads the
// answer before the connection closes instead of losing it to a reset.
constexpr std::chrono::milliseconds lingerTime{2000};
constexpr qint64 drainBufferBytes = 64 * 1024;

QByteArray reason(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

/** Connections the process can still open files for: each stream also holds one to its provider. */
int descriptorBudget()
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) {
        return std::max(8, int((std::min<rlim_t>(limit.rlim_cur, 1 << 20) - 64) / 2));
    }
#endif
    return std::numeric_limits<int>::max();
}
} // namespace

struct ConnectionGuard::Connection
{
    enum class State {
        Head, ///< waiting for the request head
        Body, ///< handed off, waiting for the body
        Dispatched, ///< at its handler
        Refused, ///< answered here, draining until it closes
    };

    QPointer<QTcpSocket> socket;
    State state = State::Head;
    HandOff handOff;
    QTimer timer;
    QElapsedTimer clock;
    qint64 lastProgressMs = 0;
    bool handedOff = false;
};

ConnectionGuard::ConnectionGuard(const RequestGuard *guard, QObject *parent)
    : QObject(parent)
    , m_guard(guard)
{ }

ConnectionGuard::~ConnectionGuard()
{
    qDeleteAll(m_connections);
}

void ConnectionGuard::setSettings(const ServerSettings &settings)
{
    m_settings = settings;
    m_settings.maxConnections = std::min(settings.maxConnections, descriptorBudget());
}

int ConnectionGuard::openConnections() const
{
    return int(m_connections.size());
}

int ConnectionGuard::peakConnections() const
{
    return m_peak;
}

void ConnectionGuard::screen(QTcpSocket *socket, const HandOff &handOff)
{
    const bool room = makeRoom();
    auto *connection = new Connection;
    connection->socket = socket;
    connection->handOff = handOff;
    connection->clock.start();
    m_connections.insert(socket, connection);
    m_peak = std::max(m_peak, openConnections());

    connection->timer.setSingleShot(true);
    connect(&connection->timer, &QTimer::timeout, this, [this, connection] { onTimeout(connection); });
    connect(socket, &QObject::destroyed, this, [this, socket] { forget(socket); });
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
        const Connection *gone = m_connections.value(socket);
        if (!gone || !gone->handedOff) {
            socket->deleteLater(); // once handed off, the HTTP server deletes it
        }
    });
    // Connected before the HTTP server's own slot: each read is seen here first.
    connect(socket, &QIODevice::readyRead, this, [this, connection] { onReadable(connection); });

    if (!room) {
        refuse(connection, 503, u"The server has too many open connections; try again shortly."_s);
        return;
    }
    socket->setReadBufferSize(m_settings.maxHeaderBytes);
    connection->timer.start(m_settings.headerTimeout);
    if (socket->bytesAvailable() > 0) {
        onReadable(connection);
    }
}

bool ConnectionGuard::makeRoom()
{
    if (openConnections() < m_settings.maxConnections) {
        return true;
    }
    Connection *idlest = nullptr;
    qint64 longest = -1;
    for (Connection *connection : std::as_const(m_connections)) {
        const qint64 idle = connection->clock.elapsed() - connection->lastProgressMs;
        if (connection->state != Connection::State::Dispatched && idle > longest) {
            idlest = connection;
            longest = idle;
        }
    }
    if (!idlest) {
        return false;
    }
    const QPointer<QTcpSocket> socket = idlest->socket;
    const bool handedOff = idlest->handedOff;
    forget(socket);
    if (socket) {
        socket->abort();
        if (!handedOff) {
            socket->deleteLater();
        }
    }
    return true;
}

void ConnectionGuard::onReadable(Connection *connection)
{
    QTcpSocket *socket = connection->socket;
    if (!socket) {
        return;
    }
    switch (connection->state) {
    case Connection::State::Refused:
        socket->skip(socket->bytesAvailable());
        return;
    case Connection::State::Body:
        connection->lastProgressMs = connection->clock.elapsed();
        connection->timer.start(m_settings.headerTimeout);
        return;
    case Connection::State::Dispatched:
        return;
    case Connection::State::Head:
        break;
    }

    connection->lastProgressMs = connection->clock.elapsed();
    const qint64 available = socket->bytesAvailable();
    const QByteArray peeked = socket->peek(std::min(available, m_settings.maxHeaderBytes));
    const qsizetype end = peeked.indexOf("\r\n\r\n");
    if (end < 0) {
        if (available >= m_settings.maxHeaderBytes) {
            refuse(connection, 431, u"The request head is larger than %1 bytes."_s.arg(m_settings.maxHeaderBytes));
        }
        return;
    }
    const RequestHead head = RequestHead::parse(QByteArrayView(peeked).first(end + 4));
    if (head.problem() != 0) {
        refuse(connection, head.problem(), head.detail(), head.method(), head.path());
        return;
    }
    const RequestGuard::Verdict verdict =
        m_guard->check(RequestGuard::inputFor(head.method(), head.path(), head.query(), head.contentLength(),
                                              [&head](const QByteArray &name) { return head.field(name); }));
    if (verdict.action == RequestGuard::Verdict::Action::Reject) {
        refuse(connection, verdict.status, verdict.detail, head.method(), head.path(), verdict.headers);
        return;
    }

    // The HTTP server keeps a request in the socket's buffer until it is whole: let that buffer
    // hold this request and no more.
    socket->setReadBufferSize(head.size() + head.contentLength());
    connection->state = Connection::State::Body;
    connection->handedOff = true;
    connection->timer.start(m_settings.headerTimeout);
    const HandOff handOff = connection->handOff;
    handOff(socket);
    // The head is already buffered: let the HTTP server read it.
    QMetaObject::invokeMethod(socket, &QIODevice::readyRead, Qt::QueuedConnection);
}

bool ConnectionGuard::dispatched(QTcpSocket *socket)
{
    Connection *connection = m_connections.value(socket);
    if (!connection) {
        return true;
    }
    if (connection->state != Connection::State::Body) {
        return false;
    }
    connection->state = Connection::State::Dispatched;
    connection->timer.stop();
    // Nothing more is read from this connection: whatever a client sends after its one request
    // waits in a small buffer until the connection closes.
    socket->setReadBufferSize(drainBufferBytes);
    return true;
}

void ConnectionGuard::onTimeout(Connection *connection)
{
    switch (connection->state) {
    case Connection::State::Head:
    case Connection::State::Body:
        refuse(connection, 408, u"The request did not arrive in time."_s);
        return;
    case Connection::State::Refused:
        if (QTcpSocket *socket = connection->socket) {
            socket->abort();
        }
        return;
    case Connection::State::Dispatched:
        return;
    }
}

void ConnectionGuard::refuse(Connection *connection, int status, const QString &detail, const QByteArray &method,
                             const QString &path, const HttpHeaders &headers)
{
    QTcpSocket *socket = connection->socket;
    if (!socket) {
        return;
    }
    const QByteArray body = ServerRequest::errorJson(path, status, detail);
    QByteArray answer = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    answer += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers) {
        answer += name + ": " + value + "\r\n";
    }
    answer += "Connection: close\r\n\r\n" + body;
    socket->write(answer);
    socket->flush();

    connection->state = Connection::State::Refused;
    socket->setReadBufferSize(drainBufferBytes);
    socket->skip(socket->bytesAvailable());
    connection->timer.start(lingerTime);

    const QString what = method.isEmpty() ? u"-"_s : QString::fromLatin1(method) + u' ' + path;
    Q_EMIT refused(u"%1 \"%2\" %3 %4 ms (refused before the body: %5)"_s.arg(socket->peerAddress().toString(), what)
                       .arg(status)
                       .arg(connection->clock.elapsed())
                       .arg(detail));
}

void ConnectionGuard::closeWaiting()
{
    const auto connections = m_connections;
    for (Connection *connection : connections) {
        if (connection->state != Connection::State::Dispatched && connection->socket) {
            connection->socket->abort();
        }
    }
}

void ConnectionGuard::forget(QTcpSocket *socket)
{
    if (Connection *connection = m_connections.take(socket)) {
        if (connection->socket) {
            disconnect(connection->socket, nullptr, this, nullptr);
        }
        delete connection;
    }
}
