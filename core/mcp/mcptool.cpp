// SPDX-License-Identifier: GPL-3.0-or-later
#include "mcptool.h"

#include "mcpconnection.h"
#include "mcptoolcall.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

McpTool::McpTool(McpConnection *connection, const McpToolInfo &info, const QString &exposedName)
    : m_connection(connection)
    , m_serverName(connection->config().name)
    , m_info(info)
    , m_name(exposedName)
{ }

QString McpTool::name() const
{
    return m_name;
}

QString McpTool::description() const
{
    QString text = m_info.description.isEmpty() ? m_info.title : m_info.description;
    if (text.isEmpty()) {
        text = m_info.name;
    }
    return QCoreApplication::translate("McpTool", "%1 (tool “%2” of the MCP server “%3”)").arg(text, m_info.name, m_serverName);
}

QJsonObject McpTool::parameters() const
{
    QJsonObject schema = m_info.inputSchema;
    schema.remove(u"$schema"_s);
    if (schema.value(u"type").toString() != u"object") {
        schema.insert(u"type"_s, u"object"_s);
    }
    if (!schema.contains(u"properties")) {
        schema.insert(u"properties"_s, QJsonObject{});
    }
    return schema;
}

Tool::Mode McpTool::mode() const
{
    return Mode::Async;
}

PendingToolCall *McpTool::start(const QJsonObject &arguments, const QString &callId, QObject *parent) const
{
    return new McpToolCall(m_connection, m_serverName, m_info.name, m_name, arguments, callId, parent);
}

QString McpTool::serverName() const
{
    return m_serverName;
}

const McpToolInfo &McpTool::info() const
{
    return m_info;
}
