// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>

class McpServerLog;

/**
 * @brief How JSON-RPC messages reach an MCP server and come back: a child process (stdio) or
 * Streamable HTTP. Knows nothing of MCP methods; McpClient does.
 *
 * After open(), opened() or failed() follows. failed() means the transport is gone: every request
 * in flight fails. A single exchange that failed (HTTP) is reported by requestFailed().
 * Lines that are not JSON-RPC are reported by noise() and otherwise ignored.
 */
class McpTransport : public QObject
{
    Q_OBJECT

public:
    explicit McpTransport(McpServerLog *log, QObject *parent = nullptr);

    virtual void open() = 0;
    virtual void send(const QJsonObject &message) = 0;
    /** The request @p id needs no answer any more (cancelled, timed out): drop its exchange. */
    virtual void forget(qint64 id);
    /** The handshake is done: HTTP now sends MCP-Protocol-Version and listens for server messages. */
    virtual void setProtocolVersion(const QString &version);
    /** A clean shutdown that never blocks; closed() follows. */
    virtual void close() = 0;
    /** Ends it before @p deadline, blocking (for the application's exit). No signals follow. */
    virtual void closeNow(QDeadlineTimer deadline) = 0;

    McpServerLog *log() const;

Q_SIGNALS:
    void opened();
    void messageReceived(const QJsonObject &message);
    void requestFailed(qint64 id, const QString &error);
    void failed(const QString &error);
    void noise(const QString &sample);
    void closed();

protected:
    /** Parses one JSON-RPC message or batch; anything else is logged, reported as noise() and left out. */
    QList<QJsonObject> parse(QByteArrayView json);

private:
    McpServerLog *m_log;
};
