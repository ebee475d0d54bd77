// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assistant.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class AppCore;

/**
 * @brief The assistants (reusable presets: a name, a system prompt and parameters), for the
 * settings page and the conversation's picker. Changes are saved at once.
 *
 * In the roles and in update()'s map, a temperature of -1, a max token count of 0 and a
 * reasoning or tools value of -1 mean "not set" (the defaults apply); 0 and 1 are off and on.
 */
class AssistantListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole,
        NameRole,
        SystemPromptRole,
        ModelRole,
        TemperatureRole,
        MaxTokensRole,
        ReasoningRole,
        ToolsRole,
    };
    Q_ENUM(Role)

    explicit AssistantListModel(QObject *parent = nullptr);
    void setCore(AppCore *core);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const;

    /** Adds an assistant named @p name (made unique) and returns its id. */
    Q_INVOKABLE QString add(const QString &name);
    /** Sets the fields of @p values (keys as the role names) on assistant @p id. */
    Q_INVOKABLE bool update(const QString &id, const QVariantMap &values);
    Q_INVOKABLE bool remove(const QString &id);
    /** Assistant @p id as a map with the role names as keys (empty if unknown). */
    Q_INVOKABLE QVariantMap get(const QString &id) const;
    Q_INVOKABLE int indexOf(const QString &id) const;

    /** The assistant as the roles show it. */
    static QVariantMap toMap(const Assistant &assistant);

Q_SIGNALS:
    void countChanged();

private:
    void reload();
    void save();

    QPointer<AppCore> m_core;
    QMetaObject::Connection m_connection;
    QList<Assistant> m_assistants;
    bool m_saving = false;
};
