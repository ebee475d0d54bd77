// SPDX-License-Identifier: GPL-3.0-or-later
#include "mcptoolcall.h"

#include "mcpconnection.h"
#include "mcprequest.h"
#include "mcptoolresult.h"
#include "toolapprovals.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

McpToolCall::McpToolCall(McpConnection *connection, const QString &serverName, const QString &toolName,
                         const QString &exposedName, const QJsonObject &arguments, const QString &callId, QObject *parent)
    : PendingToolCall(parent)
    , m_connection(connection)
    , m_serverName(serverName)
    , m_toolName(toolName)
    , m_exposedName(exposedName)
    , m_arguments(arguments)
    , m_callId(callId)
{
    QMetaObject::invokeMethod(this, &McpToolCall::begin, Qt::QueuedConnection);
}

McpToolCall::~McpToolCall()
{
    if (!m_done) {
        cancel();
    }
}

void McpToolCall::begin()
{
    if (m_done) {
        return;
    }
    if (!m_connection) {
        finish(ToolOutput::failure(tr("The MCP server “%1” has been removed.").arg(m_serverName)));
        return;
    }
    if (!m_connection->config().askBeforeCall) {
        call();
        return;
    }
    ToolApprovals *approvals = ToolApprovals::instance();
    if (!approvals || !approvals->hasListeners()) {
        finish(ToolOutput::failure(
            tr("The MCP server “%1” asks the user before each call, and there is nobody to ask here.").arg(m_serverName)));
        return;
    }
    Q_EMIT waitingForUser(true);
    const QString arguments = QString::fromUtf8(QJsonDocument(m_arguments).toJson(QJsonDocument::Compact));
    m_ticket = approvals->requestApproval(m_callId, m_exposedName, arguments, this, [this](ToolApprovals::Decision decision) {
        m_ticket = 0;
        if (m_done) {
            return;
        }
        switch (decision) {
        case ToolApprovals::Decision::Allowed:
            Q_EMIT waitingForUser(false);
            call();
            return;
        case ToolApprovals::Decision::Denied:
            finish(ToolOutput::failure(tr("The user denied this call.")));
            return;
        case ToolApprovals::Decision::TimedOut:
            finish(ToolOutput::failure(tr("Nobody allowed this call in time; it was not made.")));
            return;
        case ToolApprovals::Decision::Withdrawn:
            finish(ToolOutput::failure(tr("The call was withdrawn before the user allowed it.")));
            return;
        }
    });
}

void McpToolCall::call()
{
    if (!m_connection) {
        finish(ToolOutput::failure(tr("The MCP server “%1” has been removed.").arg(m_serverName)));
        return;
    }
    McpClient *client = m_connection->client();
    if (!client || client->state() != McpClient::State::Ready) {
        const QString why = m_connection->error();
        finish(ToolOutput::failure(why.isEmpty() ? tr("The MCP server “%1” is not running.").arg(m_serverName)
                                                 : tr("The MCP server “%1” is not running: %2").arg(m_serverName, why)));
        return;
    }
    m_noiseAtStart = m_connection->noiseCount();
    m_request = client->callTool(m_toolName, m_arguments, this);
    connect(m_request, &McpRequest::finished, this, &McpToolCall::onFinished);
}

void McpToolCall::onFinished()
{
    McpRequest *request = m_request;
    if (!request || m_done) {
        return;
    }
    request->deleteLater();
    m_request = nullptr;
    if (request->ok()) {
        finish(McpToolResult::toToolOutput(request->result()));
        return;
    }
    const McpError &error = request->error();
    QString text;
    switch (error.kind) {
    case McpError::Kind::Rpc:
        text =
            tr("The MCP server “%1” refused the call: %2 (JSON-RPC error %3)").arg(m_serverName, error.message).arg(error.code);
        break;
    case McpError::Kind::Timeout:
        text = error.message;
        if (m_connection && m_connection->noiseCount() > m_noiseAtStart) {
            text += u' ' + tr("Meanwhile it printed output that is not MCP (see its log).");
        }
        text = tr("The MCP server “%1”: %2").arg(m_serverName, text);
        break;
    case McpError::Kind::Transport:
        text = tr("The MCP server “%1” failed during the call: %2").arg(m_serverName, error.message);
        break;
    case McpError::Kind::Protocol:
        text = tr("The MCP server “%1” gave an answer Confab cannot read: %2").arg(m_serverName, error.message);
        break;
    case McpError::Kind::Cancelled:
    case McpError::Kind::None:
        text = tr("The call to the MCP server “%1” was cancelled: %2").arg(m_serverName, error.message);
        break;
    }
    finish(ToolOutput::failure(text));
}

void McpToolCall::cancel()
{
    if (m_done) {
        return;
    }
    m_done = true;
    if (m_ticket != 0 && ToolApprovals::instance()) {
        ToolApprovals::instance()->withdraw(std::exchange(m_ticket, 0));
    }
    if (m_request) {
        disconnect(m_request, nullptr, this, nullptr);
        m_request->cancel(u"Confab stopped waiting for this call"_s);
    }
}

void McpToolCall::finish(const ToolOutput &output)
{
    if (m_done) {
        return;
    }
    m_done = true;
    Q_EMIT finished(output);
}
