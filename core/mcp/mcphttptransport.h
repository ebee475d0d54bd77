// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mcpserverconfig.h"
#include "mcptransport.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class SseDecoder;

/**
 * @brief The Streamable HTTP transport: each message is POSTed to the server's URL; answers come
 * back as JSON or as an SSE stream (which may carry notifications first). After the handshake
 * a GET stream receives the server's own messages (`notifications/tools/list_changed`), when the
 * server offers one.
 *
 * Keeps the `Mcp-Session-Id` the server gives and sends it back, with `MCP-Protocol-Version`
 * once negotiated. A 404 for a request that carried a session means the session is gone:
 * failed() follows so the client starts over. close() ends the session with DELETE.
 */
class McpHttpTransport : public McpTransport
{
    Q_OBJECT

public:
    McpHttpTransport(const McpServerConfig &config, McpServerLog *log, QObject *parent = nullptr);
    ~McpHttpTransport() override;

    static constexpr qsizetype MaxBodyBytes = 64 * 1024 * 1024;

    void open() override;
    void send(const QJsonObject &message) override;
    void forget(qint64 id) override;
    void setProtocolVersion(const QString &version) override;
    void close() override;
    void closeNow(QDeadlineTimer deadline) override;

    QString sessionId() const;

private:
    struct Exchange;
    QNetworkRequest makeRequest(const QByteArray &accept) const;
    void onReadyRead(QNetworkReply *reply);
    void onFinished(QNetworkReply *reply);
    void feed(Exchange &exchange, QByteArrayView bytes);
    void listen();
    void fail(const QString &error);

    McpServerConfig m_config;
    QNetworkAccessManager *m_nam;
    QHash<QNetworkReply *, std::shared_ptr<Exchange>> m_exchanges;
    QPointer<QNetworkReply> m_listener;
    QTimer m_relisten;
    QByteArray m_sessionId;
    QString m_protocolVersion;
    int m_listenFailures = 0;
    bool m_done = false;
    bool m_listenRefused = false;
};
