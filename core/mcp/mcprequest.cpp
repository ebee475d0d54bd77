// SPDX-License-Identifier: GPL-3.0-or-later
#include "mcprequest.h"

#include "mcpclient.h"

#include <QCoreApplication>

McpRequest::McpRequest(McpClient *client, qint64 id, const QString &method, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_id(id)
    , m_method(method)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this, timeoutMs] {
        if (m_client) {
            m_client->requestDone(this, true, QStringLiteral("timeout"));
        }
        McpError error{McpError::Kind::Timeout,
                       0,
                       QCoreApplication::translate("McpRequest", "The server did not answer %1 within %2 seconds.")
                           .arg(m_method)
                           .arg(timeoutMs / 1000.0),
                       {}};
        complete({}, error);
    });
    if (timeoutMs > 0) {
        m_timer.start(timeoutMs);
    }
}

McpRequest::~McpRequest()
{
    if (!m_finished && m_client) {
        m_client->requestDone(this, true, QStringLiteral("abandoned"));
    }
}

QString McpRequest::method() const
{
    return m_method;
}

qint64 McpRequest::id() const
{
    return m_id;
}

bool McpRequest::isFinished() const
{
    return m_finished;
}

const QJsonObject &McpRequest::result() const
{
    return m_result;
}

const McpError &McpRequest::error() const
{
    return m_error;
}

bool McpRequest::ok() const
{
    return m_finished && !m_error.isError();
}

void McpRequest::cancel(const QString &reason)
{
    if (m_finished) {
        return;
    }
    if (m_client) {
        m_client->requestDone(this, true, reason);
    }
    complete({}, {McpError::Kind::Cancelled, 0, QCoreApplication::translate("McpRequest", "The request was cancelled."), {}});
}

void McpRequest::complete(const QJsonObject &result, const McpError &error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_timer.stop();
    m_result = result;
    m_error = error;
    Q_EMIT finished();
}
