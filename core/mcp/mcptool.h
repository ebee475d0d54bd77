// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mcptoolinfo.h"
#include "tool.h"

#include <QPointer>

class McpConnection;

/**
 * @brief An MCP server's tool as the agent sees it: an asynchronous Tool named
 * `<server>__<tool>` whose calls go to the server (see McpToolCall).
 */
class McpTool : public Tool
{
public:
    McpTool(McpConnection *connection, const McpToolInfo &info, const QString &exposedName);

    QString name() const override;
    QString description() const override;
    QJsonObject parameters() const override;
    Mode mode() const override;
    PendingToolCall *start(const QJsonObject &arguments, const QString &callId, QObject *parent) const override;

    QString serverName() const;
    const McpToolInfo &info() const;

private:
    QPointer<McpConnection> m_connection;
    QString m_serverName;
    McpToolInfo m_info;
    QString m_name;
};
