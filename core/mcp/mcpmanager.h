// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mcpimport.h"
#include "mcpserverconfig.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class ContextAgent;
class McpConnection;

/**
 * @brief Confab's MCP servers: starts the enabled ones, offers their tools to the agent (named
 * `<server>__<tool>`, kept up to date as servers start, stop, fail or change their tools), and
 * applies the user's edits.
 *
 * Edits through addServer(), updateServer(), removeServer(), setEnabled(), setAskBeforeCall() and
 * importJson() emit serversChanged() so the owner can save servers(); setServers() (loading)
 * does not. Removing or disabling a server ends its process in the background; the destructor
 * ends every server before returning (close stdin, terminate, kill: a few seconds at most).
 */
class McpManager : public QObject
{
    Q_OBJECT

public:
    explicit McpManager(ContextAgent *agent, QObject *parent = nullptr);
    ~McpManager() override;

    /** Total time the destructor may take to end the servers. */
    static constexpr int ShutdownMs = 3000;

    QList<McpServerConfig> servers() const;
    /** Replaces the configuration (loading settings); starts the enabled servers. */
    void setServers(const QList<McpServerConfig> &servers);

    /** Each returns an error in plain words, empty on success. */
    QString addServer(const McpServerConfig &config);
    QString updateServer(const QString &name, const McpServerConfig &config);
    bool removeServer(const QString &name);
    bool setEnabled(const QString &name, bool enabled);
    bool setAskBeforeCall(const QString &name, bool ask);
    bool restart(const QString &name);
    /** Adds the servers of a Claude-Desktop-style `mcpServers` document. */
    McpImport::Result importJson(const QByteArray &json);

    McpConnection *connection(const QString &name) const;
    QList<McpConnection *> connections() const;
    /** The exposed tool names of @p server, as the agent offers them. */
    QStringList toolNames(const QString &server) const;

    /** Ends every server now, blocking until @p deadline at most (also done by the destructor). */
    void shutdown(QDeadlineTimer deadline);

Q_SIGNALS:
    /** The configuration changed through an edit: save servers(). */
    void serversChanged();
    /** Servers were added, removed or renamed (the list of connections() changed). */
    void connectionsChanged();
    /** A server's settings, status or tools changed. */
    void serverChanged(const QString &name);
    /** A server's log has new lines. */
    void serverLogChanged(const QString &name);
    /** A server failed: something to tell the user. */
    void serverProblem(const QString &name, const QString &message);
    /** The set of MCP tools offered to the agent changed. */
    void toolsChanged();

private:
    QString checkName(const QString &name, const QString &ignore = {}) const;
    McpConnection *createConnection(const McpServerConfig &config);
    void syncTools(McpConnection *connection);
    void dropTools(const QString &server);

    QPointer<ContextAgent> m_agent;
    QList<McpConnection *> m_connections;
    QHash<QString, QStringList> m_toolNames; ///< server name → exposed names registered
    bool m_shutDown = false;
};
