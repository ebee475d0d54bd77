// SPDX-License-Identifier: GPL-3.0-or-later
#include "mcpconnection.h"

#include "mcpserverlog.h"
#include "mcpstdiotransport.h"

#include <QCoreApplication>
#include <QTimer>

namespace {

bool sameEndpoint(const McpServerConfig &a, const McpServerConfig &b)
{
    return a.transport == b.transport && a.command == b.command && a.args == b.args && a.env == b.env &&
        a.workingDir == b.workingDir && a.url == b.url && a.headers == b.headers && a.timeoutSeconds == b.timeoutSeconds;
}

} // namespace

McpConnection::McpConnection(const McpServerConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_log(new McpServerLog(this))
{ }

McpConnection::~McpConnection()
{
    if (m_client) {
        m_client->stopNow(QDeadlineTimer(McpStdioTransport::GracePeriodMs));
    }
}

const McpServerConfig &McpConnection::config() const
{
    return m_config;
}

void McpConnection::setConfig(const McpServerConfig &config)
{
    const bool restartNeeded = !sameEndpoint(config, m_config) || config.name != m_config.name;
    const bool wasEnabled = m_config.enabled;
    m_config = config;
    if (!config.enabled) {
        stop();
    } else if (restartNeeded || !wasEnabled) {
        restart();
    } else {
        Q_EMIT statusChanged();
    }
}

McpConnection::Status McpConnection::status() const
{
    if (!m_config.enabled) {
        return Status::Disabled;
    }
    if (!m_client) {
        return Status::Stopped;
    }
    switch (m_client->state()) {
    case McpClient::State::Idle:
    case McpClient::State::Starting:
        return Status::Starting;
    case McpClient::State::Ready:
        return Status::Ready;
    case McpClient::State::Failed:
        return Status::Failed;
    case McpClient::State::Closing:
    case McpClient::State::Closed:
        return Status::Stopped;
    }
    return Status::Stopped;
}

QString McpConnection::statusText() const
{
    switch (status()) {
    case Status::Disabled:
        return tr("Off");
    case Status::Starting:
        return tr("Starting…");
    case Status::Ready: {
        const int count = int(m_client->tools().size());
        return count == 0 ? tr("Running, no tools") : tr("Running, %n tool(s)", nullptr, count);
    }
    case Status::Failed:
        return tr("Failed: %1").arg(m_client->errorString());
    case Status::Stopped:
        return tr("Stopped");
    }
    return {};
}

QString McpConnection::error() const
{
    return status() == Status::Failed ? m_client->errorString() : QString();
}

McpClient *McpConnection::client() const
{
    return m_client;
}

McpServerLog *McpConnection::log() const
{
    return m_log;
}

QList<McpToolInfo> McpConnection::tools() const
{
    return status() == Status::Ready ? m_client->tools() : QList<McpToolInfo>();
}

int McpConnection::noiseCount() const
{
    return m_noise;
}

void McpConnection::makeClient()
{
    m_client = new McpClient(m_config, m_log, this);
    McpClient *client = m_client;
    connect(client, &McpClient::stateChanged, this, [this, client](McpClient::State state) {
        if (client != m_client) {
            return;
        }
        if (state == McpClient::State::Failed) {
            Q_EMIT problem(tr("The MCP server “%1” failed: %2").arg(m_config.name, client->errorString()));
        }
        Q_EMIT statusChanged();
        Q_EMIT toolsChanged();
    });
    connect(client, &McpClient::toolsChanged, this, [this, client] {
        if (client == m_client) {
            Q_EMIT toolsChanged();
            Q_EMIT statusChanged();
        }
    });
    connect(client, &McpClient::noise, this, [this] { ++m_noise; });
}

void McpConnection::dropClient()
{
    if (!m_client) {
        return;
    }
    McpClient *client = std::exchange(m_client, nullptr);
    disconnect(client, nullptr, this, nullptr);
    // The old session ends in the background, owned by the manager (which ends it at exit), so
    // that removing or restarting a server never waits for its process.
    if (parent()) {
        client->setParent(parent());
    }
    const auto state = client->state();
    if (state == McpClient::State::Starting || state == McpClient::State::Ready || state == McpClient::State::Closing) {
        connect(client, &McpClient::closed, client, &QObject::deleteLater);
        QTimer::singleShot(5 * McpStdioTransport::GracePeriodMs, client, &QObject::deleteLater);
        client->stop();
    } else {
        client->deleteLater();
    }
}

void McpConnection::start()
{
    if (!m_config.enabled) {
        return;
    }
    if (m_client && (m_client->state() == McpClient::State::Starting || m_client->state() == McpClient::State::Ready)) {
        return;
    }
    dropClient();
    makeClient();
    m_client->start();
    Q_EMIT statusChanged();
}

void McpConnection::restart()
{
    dropClient();
    Q_EMIT toolsChanged();
    start();
    Q_EMIT statusChanged();
}

void McpConnection::stop()
{
    if (!m_client) {
        Q_EMIT statusChanged();
        return;
    }
    dropClient();
    m_log->note(tr("Stopped by Confab."));
    Q_EMIT toolsChanged();
    Q_EMIT statusChanged();
}

void McpConnection::beginStop()
{
    if (m_client) {
        disconnect(m_client, nullptr, this, nullptr);
        m_client->stop();
    }
}

void McpConnection::stopNow(QDeadlineTimer deadline)
{
    if (m_client) {
        disconnect(m_client, nullptr, this, nullptr);
        m_client->stopNow(deadline);
    }
}
