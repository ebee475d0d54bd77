// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpadapter.h"

#include "connectionguard.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>

namespace {
using Status = QHttpServerResponder::StatusCode;

/**
 * Accepts connections itself so that it knows every socket: Qt 6.8 no longer hands the socket
 * to the request handler, and the server needs it to see disconnects and pending bytes.
 */
class TrackingTcpServer : public QTcpServer
{
public:
    TrackingTcpServer(ConnectionGuard *guard, QObject *parent)
        : QTcpServer(parent)
        , m_guard(guard)
    { }

    QTcpSocket *find(const QHostAddress &peer, quint16 port) const
    {
        return m_sockets.value(key(peer, port));
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        // Each SSE event goes out as soon as it is written.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        const QString id = key(socket->peerAddress(), socket->peerPort());
        m_sockets.insert(id, socket);
        connect(socket, &QObject::destroyed, this, [this, id, socket] {
            if (m_sockets.value(id) == socket) {
                m_sockets.remove(id);
            }
        });
        m_guard->screen(socket, [this](QTcpSocket *screened) { addPendingConnection(screened); });
    }

private:
    static QString key(const QHostAddress &peer, quint16 port)
    {
        return peer.toString() + u'#' + QString::number(port);
    }

    ConnectionGuard *m_guard;
    QHash<QString, QTcpSocket *> m_sockets;
};
} // namespace

HttpResponder::HttpResponder(QHttpServerResponder &&responder, QTcpSocket *socket)
    : m_responder(std::move(responder))
    , m_socket(socket)
{ }

HttpResponder::~HttpResponder()
{
    // A response never finished leaves the client nothing to wait for. Closed from the event
    // loop: the socket's disconnected() must not reach an owner that is being destroyed.
    if (!m_finished && isConnected()) {
        QTcpSocket *socket = m_socket;
        QMetaObject::invokeMethod(
            socket, [socket] { socket->disconnectFromHost(); }, Qt::QueuedConnection);
    }
}

QTcpSocket *HttpResponder::socket() const
{
    return m_socket;
}

bool HttpResponder::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

qint64 HttpResponder::bytesToWrite() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

bool HttpResponder::isStarted() const
{
    return m_started;
}

bool HttpResponder::isFinished() const
{
    return m_finished;
}

void HttpResponder::send(const HttpReply &reply)
{
    if (m_started || !isConnected()) {
        return;
    }
    m_started = true;
    m_finished = true;
    rawSend(reply);
    m_socket->flush();
    m_socket->disconnectFromHost();
}

void HttpResponder::beginChunked(int status, const HttpHeaders &headers)
{
    if (m_started || !isConnected()) {
        return;
    }
    m_started = true;
    rawBegin(status, headers);
    m_socket->flush();
}

void HttpResponder::writeChunk(const QByteArray &data)
{
    if (!m_started || m_finished || data.isEmpty() || !isConnected()) {
        return;
    }
    rawChunk(data);
    m_socket->flush();
}

void HttpResponder::endChunked(const QByteArray &last)
{
    if (!m_started || m_finished || !isConnected()) {
        return;
    }
    m_finished = true;
    rawEnd(last);
    m_socket->flush();
    m_socket->disconnectFromHost();
}

#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
// Qt 6.4: the responder writes a status line, header fields and raw body bytes; the chunked
// framing is ours.
namespace {
QByteArray chunk(const QByteArray &data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}
} // namespace

void HttpResponder::rawSend(const HttpReply &reply)
{
    m_responder.writeStatusLine(Status(reply.status));
    if (!reply.contentType.isEmpty()) {
        m_responder.writeHeader("Content-Type", reply.contentType);
    }
    for (const auto &[name, value] : reply.headers) {
        m_responder.writeHeader(name, value);
    }
    m_responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    m_responder.writeHeader("Connection", "close");
    m_responder.writeBody(reply.body);
}

void HttpResponder::rawBegin(int status, const HttpHeaders &headers)
{
    m_responder.writeStatusLine(Status(status));
    for (const auto &[name, value] : headers) {
        m_responder.writeHeader(name, value);
    }
    m_responder.writeHeader("Transfer-Encoding", "chunked");
    m_responder.writeHeader("Connection", "close");
    m_responder.writeBody(QByteArray()); // ends the header block
}

void HttpResponder::rawChunk(const QByteArray &data)
{
    m_responder.writeBody(chunk(data));
}

void HttpResponder::rawEnd(const QByteArray &last)
{
    QByteArray bytes = last.isEmpty() ? QByteArray() : chunk(last);
    bytes += "0\r\n\r\n";
    m_responder.writeBody(bytes);
}
#else
// Qt 6.8: QHttpHeaders, and chunked transfer built in.
namespace {
QHttpHeaders toHeaders(const HttpHeaders &list, const QByteArray &contentType = {})
{
    QHttpHeaders headers;
    if (!contentType.isEmpty()) {
        headers.append(QHttpHeaders::WellKnownHeader::ContentType, contentType);
    }
    for (const auto &[name, value] : list) {
        headers.append(name, value);
    }
    headers.append(QHttpHeaders::WellKnownHeader::Connection, "close");
    return headers;
}
} // namespace

void HttpResponder::rawSend(const HttpReply &reply)
{
    m_responder.write(reply.body, toHeaders(reply.headers, reply.contentType), Status(reply.status));
}

void HttpResponder::rawBegin(int status, const HttpHeaders &headers)
{
    m_responder.writeBeginChunked(toHeaders(headers), Status(status));
}

void HttpResponder::rawChunk(const QByteArray &data)
{
    m_responder.writeChunk(data);
}

void HttpResponder::rawEnd(const QByteArray &last)
{
    m_responder.writeEndChunked(last);
}
#endif

HttpTransport::HttpTransport(Handler handler, ConnectionGuard *guard, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
    , m_guard(guard)
{ }

HttpTransport::~HttpTransport() = default;

quint16 HttpTransport::listenOn(const QHostAddress &address, quint16 port, QString *error)
{
    auto *server = new TrackingTcpServer(m_guard, this);
    // A burst of clients (a script opening a hundred streams) must not overflow the kernel's queue
    // of connections not yet accepted: a dropped one would wait a second or more to try again.
    server->setListenBacklogSize(512);
    if (!server->listen(address, port)) {
        if (error) {
            *error = QCoreApplication::translate("HttpTransport", "Cannot listen on %1 port %2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(server->errorString());
        }
        delete server;
        return 0;
    }
    bind(server);
    m_listeners.append(server);
    return server->serverPort();
}

void HttpTransport::stopListening()
{
    // Closed, not deleted: on Qt 6.4 the open connections are the listener's children.
    for (const auto &server : std::as_const(m_listeners)) {
        if (server) {
            server->close();
        }
    }
    m_listeners.clear();
}

QList<QHostAddress> HttpTransport::listenAddresses() const
{
    QList<QHostAddress> addresses;
    for (const auto &server : m_listeners) {
        if (server && server->isListening()) {
            addresses << server->serverAddress();
        }
    }
    return addresses;
}

QTcpSocket *HttpTransport::socketFor(const QHttpServerRequest &request) const
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    for (QTcpServer *server : findChildren<QTcpServer *>(Qt::FindDirectChildrenOnly)) {
        if (auto *tracking = dynamic_cast<TrackingTcpServer *>(server)) {
            if (QTcpSocket *socket = tracking->find(request.remoteAddress(), request.remotePort())) {
                return socket;
            }
        }
    }
#else
    Q_UNUSED(request)
#endif
    return nullptr;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
// Qt 6.4 passes the socket and builds responders through makeResponder().
bool HttpTransport::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (!m_guard->dispatched(socket)) {
        return true; // a connection carries one request; the client sends the next on a new one
    }
    m_handler(request, std::make_unique<HttpResponder>(makeResponder(request, socket), socket));
    return true;
}

void HttpTransport::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest() answers every request.
}
#else
// Qt 6.8 passes a responder that may be moved out to answer later.
bool HttpTransport::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    QTcpSocket *socket = socketFor(request);
    if (socket && !m_guard->dispatched(socket)) {
        return true; // a connection carries one request; the client sends the next on a new one
    }
    m_handler(request, std::make_unique<HttpResponder>(std::move(responder), socket));
    return true;
}

void HttpTransport::missingHandler(const QHttpServerRequest &, QHttpServerResponder &)
{
    // handleRequest() answers every request.
}
#endif
