// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpreply.h"
#include "serversettings.h"

#include <QHash>
#include <QObject>

#include <functional>

class QTcpSocket;
class RequestGuard;

/**
 * @brief Screens each new connection's request head before the HTTP server reads any of it.
 *
 * A connection carries one request. Until its head (request line and header fields) is in,
 * the socket buffers at most `maxHeaderBytes`; a longer head is answered 431. The head is then
 * checked on its own: malformed (400), a body of unknown length (411), a `Content-Length` over
 * `maxBodyBytes` (413), and the RequestGuard's Host, Origin and token checks. A refused request
 * is answered at once and the rest of what the client sends is read and thrown away, so memory
 * stays flat whatever the client announces or sends. An accepted one is handed to the HTTP
 * server with its socket limited to the announced size.
 *
 * A connection that takes longer than `headerTimeout` to send its head, or falls silent that
 * long while it sends its body, is answered 408 and closed; once its request is dispatched no
 * timeout applies (a stream may run for minutes). At `maxConnections` open connections, a new
 * one closes the one that has waited longest for its head, or is answered 503 when every open
 * connection is at work.
 */
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    using HandOff = std::function<void(QTcpSocket *socket)>;

    explicit ConnectionGuard(const RequestGuard *guard, QObject *parent = nullptr);
    ~ConnectionGuard() override;

    void setSettings(const ServerSettings &settings);
    /** Takes a newly accepted @p socket; calls @p handOff once its request may go on. */
    void screen(QTcpSocket *socket, const HandOff &handOff);
    /** The request on @p socket reached its handler. False for a further request on it. */
    bool dispatched(QTcpSocket *socket);
    /** Closes the connections whose request has not been dispatched yet. */
    void closeWaiting();
    int openConnections() const;
    /** The most connections open at once so far. */
    int peakConnections() const;

Q_SIGNALS:
    /** One line per request refused here, in the form of LocalServer::requestLogged(). */
    void refused(const QString &line);

private:
    struct Connection;

    void onReadable(Connection *connection);
    void onTimeout(Connection *connection);
    void refuse(Connection *connection, int status, const QString &detail, const QByteArray &method = {},
                const QString &path = {}, const HttpHeaders &headers = {});
    void forget(QTcpSocket *socket);
    bool makeRoom();

    const RequestGuard *m_guard;
    ServerSettings m_settings;
    QHash<QTcpSocket *, Connection *> m_connections;
    int m_peak = 0;
};
