// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchhit.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class Storage;

/**
 * @brief Full-text search over every message, for the sidebar: set #text and the hits follow,
 * best first, each with its conversation, the message to jump to and a snippet whose matches
 * are in bold (SnippetRole holds escaped rich text).
 *
 * Typing is debounced (#delay); an empty text clears the list. Hits from a conversation
 * deleted meanwhile disappear.
 */
class SearchModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// Milliseconds between the last change of #text and the search.
    Q_PROPERTY(int delay READ delay WRITE setDelay NOTIFY delayChanged)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)
    /// True while a search is due or running.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    enum Role {
        ConversationIdRole = Qt::UserRole,
        MessageIdRole,
        TitleRole,
        SnippetRole,
        PlainSnippetRole,
        RoleRole,
        CreatedAtRole,
        ArchivedRole,
    };
    Q_ENUM(Role)

    explicit SearchModel(QObject *parent = nullptr);

    void setStorage(Storage *storage);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString text() const;
    void setText(const QString &text);
    int count() const;
    int delay() const;
    void setDelay(int milliseconds);
    int limit() const;
    void setLimit(int limit);
    bool busy() const;
    QString errorString() const;

    /** Searches now, without waiting for the delay. */
    Q_INVOKABLE void search();
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void textChanged();
    void countChanged();
    void delayChanged();
    void limitChanged();
    void busyChanged();
    void errorStringChanged();
    /** A search finished (also with no hits). */
    void searched();

private:
    void setHits(const QList<SearchHit> &hits);
    void setBusy(bool busy);
    void setError(const QString &error);
    void onConversationRemoved(qint64 id);

    QPointer<Storage> m_storage;
    QList<SearchHit> m_hits;
    QString m_text;
    QString m_error;
    QTimer m_timer;
    QMetaObject::Connection m_removed;
    int m_limit = 50;
    bool m_busy = false;
};
