// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tool.h"

#include <QJsonObject>
#include <QPointer>

class McpConnection;
class McpRequest;

/**
 * @brief One call of an MCP tool, started on the next turn of the event loop (after the agent
 * has connected to it).
 *
 * When the server asks before each call, it first waits for the user through ToolApprovals
 * (waitingForUser() pauses the agent's timeout meanwhile); a denied call answers "the user denied
 * this call". Then `tools/call` goes to the server. Every way it can end gives the model a plain
 * tool output or error: the server's result, its JSON-RPC error, a timeout, the server failing
 * (with the last lines of its log), the server not running. cancel() withdraws the question or
 * sends `notifications/cancelled`.
 */
class McpToolCall : public PendingToolCall
{
    Q_OBJECT

public:
    McpToolCall(McpConnection *connection, const QString &serverName, const QString &toolName, const QString &exposedName,
                const QJsonObject &arguments, const QString &callId, QObject *parent);
    ~McpToolCall() override;

    void cancel() override;

private:
    void begin();
    void call();
    void onFinished();
    void finish(const ToolOutput &output);

    QPointer<McpConnection> m_connection;
    QString m_serverName;
    QString m_toolName;
    QString m_exposedName;
    QJsonObject m_arguments;
    QString m_callId;
    QPointer<McpRequest> m_request;
    quint64 m_ticket = 0;
    int m_noiseAtStart = 0;
    bool m_done = false;
};
