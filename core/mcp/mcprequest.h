// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mcperror.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

class McpClient;

/**
 * @brief One JSON-RPC request to an MCP server, in flight until finished() (emitted once).
 *
 * Ends with the server's result, or with an error(): a JSON-RPC error, a timeout (the server is
 * sent `notifications/cancelled`), a transport failure, or cancel(). Deleting it before the end
 * cancels it.
 */
class McpRequest : public QObject
{
    Q_OBJECT

public:
    ~McpRequest() override;

    QString method() const;
    qint64 id() const;
    bool isFinished() const;
    const QJsonObject &result() const;
    const McpError &error() const;
    bool ok() const;

    /** Tells the server to stop (`notifications/cancelled`) and finishes at once. */
    void cancel(const QString &reason = {});

Q_SIGNALS:
    void finished();

private:
    friend class McpClient;
    McpRequest(McpClient *client, qint64 id, const QString &method, int timeoutMs, QObject *parent);
    void complete(const QJsonObject &result, const McpError &error);

    QPointer<McpClient> m_client;
    qint64 m_id;
    QString m_method;
    QTimer m_timer;
    QJsonObject m_result;
    McpError m_error;
    bool m_finished = false;
};
