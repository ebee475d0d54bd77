// SPDX-License-Identifier: GPL-3.0-or-later
#include "mcpmanager.h"

#include "contextagent.h"
#include "mcpclient.h"
#include "mcpconnection.h"
#include "mcplog.h"
#include "mcpserverlog.h"
#include "mcptool.h"
#include "mcptoolname.h"

#include <QCoreApplication>

McpManager::McpManager(ContextAgent *agent, QObject *parent)
    : QObject(parent)
    , m_agent(agent)
{ }

McpManager::~McpManager()
{
    shutdown(QDeadlineTimer(ShutdownMs));
}

QList<McpServerConfig> McpManager::servers() const
{
    QList<McpServerConfig> list;
    for (const McpConnection *connection : m_connections) {
        list << connection->config();
    }
    return list;
}

void McpManager::setServers(const QList<McpServerConfig> &servers)
{
    QStringList wanted;
    for (const McpServerConfig &config : servers) {
        wanted << config.name;
    }
    const auto current = m_connections;
    for (McpConnection *connection : current) {
        if (!wanted.contains(connection->config().name)) {
            removeServer(connection->config().name);
        }
    }
    QStringList seen;
    for (const McpServerConfig &config : servers) {
        if (config.name.trimmed().isEmpty() || seen.contains(config.name, Qt::CaseInsensitive)) {
            qCWarning(lcMcp) << "left out an MCP server without a name or with a name used twice:" << config.name;
            continue;
        }
        seen << config.name;
        if (McpConnection *existing = connection(config.name)) {
            if (!(existing->config() == config)) {
                existing->setConfig(config);
            }
        } else {
            createConnection(config);
        }
    }
}

QString McpManager::checkName(const QString &name, const QString &ignore) const
{
    if (name.trimmed().isEmpty()) {
        return tr("The server needs a name.");
    }
    if (name != name.trimmed()) {
        return tr("The name must not start or end with spaces.");
    }
    for (const McpConnection *connection : m_connections) {
        const QString other = connection->config().name;
        if (other.compare(name, Qt::CaseInsensitive) == 0 && other != ignore) {
            return tr("There is already a server named “%1”.").arg(other);
        }
    }
    return {};
}

QString McpManager::addServer(const McpServerConfig &config)
{
    QString error = checkName(config.name);
    if (error.isEmpty()) {
        error = config.validationError();
    }
    if (!error.isEmpty()) {
        return error;
    }
    createConnection(config);
    Q_EMIT serversChanged();
    return {};
}

QString McpManager::updateServer(const QString &name, const McpServerConfig &config)
{
    McpConnection *existing = connection(name);
    if (!existing) {
        return tr("There is no server named “%1”.").arg(name);
    }
    QString error = checkName(config.name, name);
    if (error.isEmpty()) {
        error = config.validationError();
    }
    if (!error.isEmpty()) {
        return error;
    }
    if (existing->config() == config) {
        return {};
    }
    if (config.name != name) {
        dropTools(name);
    }
    existing->setConfig(config);
    syncTools(existing);
    if (config.name != name) {
        Q_EMIT connectionsChanged();
    }
    Q_EMIT serversChanged();
    Q_EMIT serverChanged(config.name);
    return {};
}

bool McpManager::removeServer(const QString &name)
{
    McpConnection *existing = connection(name);
    if (!existing) {
        return false;
    }
    m_connections.removeOne(existing);
    disconnect(existing, nullptr, this, nullptr);
    dropTools(name);
    existing->stop(); // its process ends in the background
    existing->deleteLater();
    Q_EMIT connectionsChanged();
    Q_EMIT serversChanged();
    return true;
}

bool McpManager::setEnabled(const QString &name, bool enabled)
{
    McpConnection *existing = connection(name);
    if (!existing) {
        return false;
    }
    McpServerConfig config = existing->config();
    if (config.enabled == enabled) {
        return true;
    }
    config.enabled = enabled;
    existing->setConfig(config);
    syncTools(existing);
    Q_EMIT serversChanged();
    return true;
}

bool McpManager::setAskBeforeCall(const QString &name, bool ask)
{
    McpConnection *existing = connection(name);
    if (!existing) {
        return false;
    }
    McpServerConfig config = existing->config();
    if (config.askBeforeCall == ask) {
        return true;
    }
    config.askBeforeCall = ask;
    existing->setConfig(config);
    Q_EMIT serversChanged();
    Q_EMIT serverChanged(name);
    return true;
}

bool McpManager::restart(const QString &name)
{
    McpConnection *existing = connection(name);
    if (!existing || !existing->config().enabled) {
        return false;
    }
    existing->log()->note(tr("Restarted by the user."));
    existing->restart();
    return true;
}

McpImport::Result McpManager::importJson(const QByteArray &json)
{
    QStringList names;
    for (const McpConnection *connection : std::as_const(m_connections)) {
        names << connection->config().name;
    }
    McpImport::Result result = McpImport::parse(json, names);
    for (const McpServerConfig &config : std::as_const(result.servers)) {
        createConnection(config);
    }
    if (!result.servers.isEmpty()) {
        Q_EMIT serversChanged();
    }
    return result;
}

McpConnection *McpManager::connection(const QString &name) const
{
    for (McpConnection *connection : m_connections) {
        if (connection->config().name == name) {
            return connection;
        }
    }
    return nullptr;
}

QList<McpConnection *> McpManager::connections() const
{
    return m_connections;
}

QStringList McpManager::toolNames(const QString &server) const
{
    return m_toolNames.value(server);
}

McpConnection *McpManager::createConnection(const McpServerConfig &config)
{
    auto *connection = new McpConnection(config, this);
    m_connections << connection;
    connect(connection, &McpConnection::toolsChanged, this, [this, connection] { syncTools(connection); });
    connect(connection, &McpConnection::statusChanged, this,
            [this, connection] { Q_EMIT serverChanged(connection->config().name); });
    connect(connection->log(), &McpServerLog::changed, this,
            [this, connection] { Q_EMIT serverLogChanged(connection->config().name); });
    connect(connection, &McpConnection::problem, this,
            [this, connection](const QString &message) { Q_EMIT serverProblem(connection->config().name, message); });
    connection->start();
    Q_EMIT connectionsChanged();
    return connection;
}

void McpManager::syncTools(McpConnection *connection)
{
    if (!m_agent || m_shutDown) {
        return;
    }
    const QString server = connection->config().name;
    ToolRegistry &registry = m_agent->tools();
    const QStringList old = m_toolNames.take(server);
    for (const QString &name : old) {
        registry.remove(name);
    }
    QStringList added;
    const QList<McpToolInfo> tools = connection->tools();
    for (const McpToolInfo &info : tools) {
        QStringList taken = registry.names();
        const QString name = McpToolName::unique(McpToolName::exposed(server, info.name), taken);
        registry.add(std::make_shared<McpTool>(connection, info, name));
        added << name;
    }
    if (!added.isEmpty()) {
        m_toolNames.insert(server, added);
    }
    if (old != added) {
        Q_EMIT toolsChanged();
    }
}

void McpManager::dropTools(const QString &server)
{
    const QStringList old = m_toolNames.take(server);
    if (m_agent) {
        for (const QString &name : old) {
            m_agent->tools().remove(name);
        }
    }
    if (!old.isEmpty()) {
        Q_EMIT toolsChanged();
    }
}

void McpManager::shutdown(QDeadlineTimer deadline)
{
    if (m_shutDown) {
        return;
    }
    m_shutDown = true;
    // Every server is asked to stop at once, then each is waited for within the same deadline.
    const QList<McpClient *> clients = findChildren<McpClient *>();
    for (McpClient *client : clients) {
        client->stop();
    }
    for (McpClient *client : clients) {
        client->stopNow(deadline);
    }
    if (m_agent) {
        for (const QStringList &names : std::as_const(m_toolNames)) {
            for (const QString &name : names) {
                m_agent->tools().remove(name);
            }
        }
    }
    m_toolNames.clear();
}
