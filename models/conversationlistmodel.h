// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conversation.h"
#include "conversationquery.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class ChatService;
class ChatTurn;
class Storage;

/**
 * @brief The conversations of the sidebar: pinned first, then by last activity, loaded from
 * storage a page at a time as the view scrolls (fetchMore), so that a history of any size opens
 * at once.
 *
 * The list follows storage live: a conversation created, renamed, continued, pinned, archived
 * or deleted anywhere (this window, the local server, another model) moves, appears or goes
 * without a reload. Each row has a section key for the view's section headers: `pinned`,
 * `today`, `week` (the previous seven days) or `older`.
 *
 * remove() hides a conversation at once and deletes it for real only after #undoTimeout, so
 * that undoRemove() can bring it back; removals still pending when the model is destroyed are
 * carried out then.
 *
 * In QML the model uses the Backend's storage and chat service; tests call setStorage().
 */
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    /// True: list the archived conversations instead of the others.
    Q_PROPERTY(bool archived READ archived WRITE setArchived NOTIFY archivedChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged)
    /// Milliseconds between remove() and the real deletion.
    Q_PROPERTY(int undoTimeout READ undoTimeout WRITE setUndoTimeout NOTIFY undoTimeoutChanged)
    Q_PROPERTY(bool hasPendingRemoval READ hasPendingRemoval NOTIFY pendingRemovalChanged)
    /// The title of the conversation undoRemove() would bring back.
    Q_PROPERTY(QString pendingRemovalTitle READ pendingRemovalTitle NOTIFY pendingRemovalChanged)
    /// The last error of an action (rename, pin, archive, delete), for the user; empty if none.
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    enum Role {
        IdRole = Qt::UserRole,
        TitleRole,
        CreatedAtRole,
        UpdatedAtRole,
        PinnedRole,
        ArchivedRole,
        SectionRole,
        ModelRole,
        BusyRole,
    };
    Q_ENUM(Role)

    explicit ConversationListModel(QObject *parent = nullptr);
    ~ConversationListModel() override;

    /** Uses @p storage (and @p chat for BusyRole) and loads the first page. */
    void setStorage(Storage *storage, ChatService *chat = nullptr);
    Storage *storage() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    bool archived() const;
    void setArchived(bool archived);
    int count() const;
    int pageSize() const;
    void setPageSize(int size);
    int undoTimeout() const;
    void setUndoTimeout(int milliseconds);
    bool hasPendingRemoval() const;
    QString pendingRemovalTitle() const;
    QString errorString() const;

    /** The section key of a conversation updated at @p updatedAt, as seen at @p now (local time). */
    static QString sectionFor(bool pinned, const QDateTime &updatedAt, const QDateTime &now);
    /** Fixes the current time for the sections (tests); invalid: the clock. */
    void setNow(const QDateTime &now);

    /** The row of conversation @p id, or -1 when it is not loaded. */
    Q_INVOKABLE int indexOf(qint64 id) const;
    Q_INVOKABLE qint64 idAt(int row) const;
    /** Reloads the first page. */
    Q_INVOKABLE void reload();
    /** Renames; the title is then the user's and no generated title replaces it. */
    Q_INVOKABLE bool rename(qint64 id, const QString &title);
    Q_INVOKABLE bool setPinned(qint64 id, bool pinned);
    Q_INVOKABLE bool setConversationArchived(qint64 id, bool archived);
    /** Hides @p id now and deletes it after #undoTimeout unless undoRemove() is called first. */
    Q_INVOKABLE void remove(qint64 id);
    /** Brings back the most recently removed conversation. False when there is none. */
    Q_INVOKABLE bool undoRemove();
    /** Deletes every pending removal now. */
    Q_INVOKABLE void commitRemovals();

Q_SIGNALS:
    void archivedChanged();
    void countChanged();
    void pageSizeChanged();
    void undoTimeoutChanged();
    void pendingRemovalChanged();
    void errorStringChanged();
    /** A conversation went from the list because it was deleted (for good, or pending). */
    void conversationRemoved(qint64 id);

private:
    struct PendingRemoval
    {
        Conversation conversation;
        QTimer *timer = nullptr;
    };

    ConversationQuery query(int offset, int limit) const;
    bool lessThan(const Conversation &a, const Conversation &b) const;
    bool belongs(const Conversation &conversation) const;
    /** Where @p conversation goes among the loaded rows (rows.size() at the end). */
    int insertionRow(const Conversation &conversation) const;
    void insertOrMove(const Conversation &conversation);
    void removeRow(int row);
    void onAdded(qint64 id);
    void onChanged(qint64 id);
    void onRemoved(qint64 id);
    void onTurn(ChatTurn *turn);
    void deleteNow(qint64 id);
    void refreshSections();
    void setError(const QString &error);
    bool isPending(qint64 id) const;
    QDateTime currentTime() const;

    QPointer<Storage> m_storage;
    QPointer<ChatService> m_chat;
    QList<Conversation> m_rows;
    QList<PendingRemoval> m_pending;
    QList<QMetaObject::Connection> m_connections;
    QTimer m_sectionTimer;
    QDateTime m_now;
    QDate m_sectionDate;
    QString m_error;
    int m_pageSize = 100;
    int m_undoTimeout = 6000;
    bool m_archived = false;
    bool m_complete = true;
};
