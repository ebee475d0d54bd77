// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The only place that knows how QHttpServer differs between Qt 6.4 and 6.8: each difference is
// behind one QT_VERSION_CHECK in this header or in httpadapter.cpp.

#include "httpreply.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>
#include <memory>

class ConnectionGuard;

/**
 * @brief One response on its way to a client, written the same way on Qt 6.4 and 6.8.
 *
 * Either send() once, or beginChunked(), any number of writeChunk() and endChunked(). The
 * socket may go away at any time (the client disconnects): every call then does nothing, and
 * isConnected() turns false. Each chunk is handed to the socket at once and flushed. A
 * connection carries one response: it says `Connection: close` and is closed once its response
 * is written (or when the responder goes without finishing it).
 */
class HttpResponder
{
public:
    HttpResponder(QHttpServerResponder &&responder, QTcpSocket *socket);
    ~HttpResponder();
    HttpResponder(const HttpResponder &) = delete;
    HttpResponder &operator=(const HttpResponder &) = delete;

    /** The connection, or null once it is gone. */
    QTcpSocket *socket() const;
    bool isConnected() const;
    /** Bytes written but not yet taken by the kernel. */
    qint64 bytesToWrite() const;

    /** A complete response with `Content-Length`. */
    void send(const HttpReply &reply);
    /** Status line and header fields of a `Transfer-Encoding: chunked` response, sent at once. */
    void beginChunked(int status, const HttpHeaders &headers);
    /** One chunk; @p data must not be empty. */
    void writeChunk(const QByteArray &data);
    /** The last chunk, then the end of the body. @p last must not be empty. */
    void endChunked(const QByteArray &last);
    bool isStarted() const;
    bool isFinished() const;

private:
    void rawSend(const HttpReply &reply);
    void rawBegin(int status, const HttpHeaders &headers);
    void rawChunk(const QByteArray &data);
    void rawEnd(const QByteArray &last);

    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
    bool m_started = false;
    bool m_finished = false;
};

/**
 * @brief The HTTP server itself: listens on explicit addresses and hands every parsed request,
 * with an HttpResponder, to one handler. Routing, checks and error answers are the handler's.
 */
class HttpTransport : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(const QHttpServerRequest &request, std::unique_ptr<HttpResponder> responder)>;

    /** Every new connection goes through @p guard before the HTTP server reads from it. */
    HttpTransport(Handler handler, ConnectionGuard *guard, QObject *parent = nullptr);
    ~HttpTransport() override;

    /** Listens on @p address (never "any" unless asked); returns the port, or 0 and @p error. */
    quint16 listenOn(const QHostAddress &address, quint16 port, QString *error);
    /** Stops accepting connections; open ones are left to finish. */
    void stopListening();
    QList<QHostAddress> listenAddresses() const;

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#endif

private:
    QTcpSocket *socketFor(const QHttpServerRequest &request) const;

    Handler m_handler;
    ConnectionGuard *m_guard;
    QList<QPointer<QTcpServer>> m_listeners;
};
