// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class McpManager;

/**
 * @brief The configured MCP servers for the settings page, one row each, and the edits the page
 * forwards (add, edit, remove, enable, ask before each call, restart, import, log).
 *
 * Works on the AppCore's McpManager (found through Backend), or on the one given with setManager().
 * The edit dialog works with a plain map of fields: name, transport ("stdio" or "http"), command,
 * args (one per line), env ("NAME=value" per line), workingDir, url, headers ("Name: value" per
 * line), enabled, askBeforeCall, timeoutSeconds.
 */
class McpServerModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool available READ isAvailable CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        NameRole = Qt::UserRole,
        TransportRole,
        SummaryRole,
        EnabledRole,
        AskBeforeCallRole,
        StatusRole,
        StatusTextRole,
        FailedRole,
        ToolCountRole,
        ToolNamesRole,
        ServerInfoRole,
    };
    Q_ENUM(Role)

    explicit McpServerModel(QObject *parent = nullptr);

    void setManager(McpManager *manager);
    bool isAvailable() const;
    int count() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Fields for a new server. */
    Q_INVOKABLE QVariantMap newServerFields() const;
    Q_INVOKABLE QVariantMap fields(int row) const;
    /** Each returns an error in plain words, empty on success. */
    Q_INVOKABLE QString addServer(const QVariantMap &fields);
    Q_INVOKABLE QString updateServer(int row, const QVariantMap &fields);
    Q_INVOKABLE void removeServer(int row);
    Q_INVOKABLE void setEnabled(int row, bool enabled);
    Q_INVOKABLE void setAskBeforeCall(int row, bool ask);
    Q_INVOKABLE void restart(int row);
    /** Imports a Claude-Desktop-style `mcpServers` JSON text: {added, problems, error}. */
    Q_INVOKABLE QVariantMap importJson(const QString &json);
    /** The same from a file. */
    Q_INVOKABLE QVariantMap importFile(const QUrl &file);
    Q_INVOKABLE QString log(int row) const;
    Q_INVOKABLE void clearLog(int row);

Q_SIGNALS:
    void countChanged();
    /** The log of @p row has new lines (at most about ten times a second). */
    void logChanged(int row);
    /** A server failed: for a notification. */
    void problem(const QString &name, const QString &message);

private:
    void sync();
    void flushLogs();
    int rowOf(const QString &name) const;
    QString nameAt(int row) const;

    QPointer<McpManager> m_manager;
    QStringList m_names;
    QSet<QString> m_logsChanged;
    QTimer m_logTimer;
};
