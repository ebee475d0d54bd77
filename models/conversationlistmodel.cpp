// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationlistmodel.h"

#include "appcore.h"
#include "backend.h"
#include "chatservice.h"
#include "chatturn.h"
#include "storage.h"
#include "uilog.h"

using namespace Qt::StringLiterals;

ConversationListModel::ConversationListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    // Sections depend on the date: look once a minute whether it changed.
    m_sectionTimer.setInterval(std::chrono::minutes(1));
    connect(&m_sectionTimer, &QTimer::timeout, this, [this] {
        if (currentTime().date() != m_sectionDate) {
            refreshSections();
        }
    });
    m_sectionTimer.start();
    if (AppCore *core = Backend::core()) {
        setStorage(core->storage(), core->chat());
    }
}

ConversationListModel::~ConversationListModel()
{
    commitRemovals();
}

void ConversationListModel::setStorage(Storage *storage, ChatService *chat)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    m_storage = storage;
    m_chat = chat;
    if (storage) {
        m_connections << connect(storage, &Storage::conversationAdded, this, &ConversationListModel::onAdded);
        m_connections << connect(storage, &Storage::conversationChanged, this, &ConversationListModel::onChanged);
        m_connections << connect(storage, &Storage::conversationRemoved, this, &ConversationListModel::onRemoved);
    }
    if (chat) {
        m_connections << connect(chat, &ChatService::turnStarted, this, &ConversationListModel::onTurn);
        m_connections << connect(chat, &ChatService::turnFinished, this, &ConversationListModel::onTurn);
    }
    reload();
}

Storage *ConversationListModel::storage() const
{
    return m_storage;
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Conversation &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return c.title;
    case IdRole:
        return c.id;
    case CreatedAtRole:
        return c.createdAt;
    case UpdatedAtRole:
        return c.updatedAt;
    case PinnedRole:
        return c.pinned;
    case ArchivedRole:
        return c.archived;
    case SectionRole:
        return sectionFor(c.pinned, c.updatedAt, currentTime());
    case ModelRole:
        return c.model;
    case BusyRole:
        return m_chat && m_chat->turnForConversation(c.id) != nullptr;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    return {
        {IdRole, "conversationId"},   {TitleRole, "title"},   {CreatedAtRole, "createdAt"},
        {UpdatedAtRole, "updatedAt"}, {PinnedRole, "pinned"}, {ArchivedRole, "archived"},
        {SectionRole, "section"},     {ModelRole, "model"},   {BusyRole, "busy"},
    };
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && m_storage;
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    // Pending removals are still in the database, inside the loaded range.
    const int offset = int(m_rows.size() + m_pending.size());
    const auto page = m_storage->conversations(query(offset, m_pageSize));
    if (!page) {
        setError(Backend::errorText(page.error()));
        m_complete = true;
        return;
    }
    m_complete = page->size() < m_pageSize;
    QList<Conversation> fresh;
    for (const Conversation &c : *page) {
        if (indexOf(c.id) < 0 && !isPending(c.id)) {
            fresh << c;
        }
    }
    if (fresh.isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
    m_rows += fresh;
    endInsertRows();
    Q_EMIT countChanged();
}

void ConversationListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_complete = !m_storage;
    m_sectionDate = currentTime().date();
    endResetModel();
    fetchMore({});
    Q_EMIT countChanged();
}

ConversationQuery ConversationListModel::query(int offset, int limit) const
{
    ConversationQuery q;
    q.offset = offset;
    q.limit = limit;
    q.archived = m_archived ? ConversationQuery::Archived::Only : ConversationQuery::Archived::Exclude;
    q.pinnedFirst = true;
    return q;
}

bool ConversationListModel::lessThan(const Conversation &a, const Conversation &b) const
{
    // The storage's order: pinned first, then newest activity, then newest id.
    if (a.pinned != b.pinned) {
        return a.pinned;
    }
    if (a.updatedAt != b.updatedAt) {
        return a.updatedAt > b.updatedAt;
    }
    return a.id > b.id;
}

bool ConversationListModel::belongs(const Conversation &conversation) const
{
    return conversation.archived == m_archived && !isPending(conversation.id);
}

int ConversationListModel::insertionRow(const Conversation &conversation) const
{
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), conversation,
                                     [this](const Conversation &a, const Conversation &b) { return lessThan(a, b); });
    return int(it - m_rows.begin());
}

void ConversationListModel::insertOrMove(const Conversation &conversation)
{
    const int current = indexOf(conversation.id);
    if (current >= 0) {
        // Take it out of the order first, so that the search sees the others only.
        const Conversation old = m_rows.takeAt(current);
        int target = insertionRow(conversation);
        m_rows.insert(current, old);
        if (target == m_rows.size() - 1 && !m_complete) {
            // It moved past the loaded rows: a later page brings it.
            removeRow(current);
            return;
        }
        if (target != current) {
            // beginMoveRows counts the destination before the move.
            beginMoveRows({}, current, current, {}, target > current ? target + 1 : target);
            m_rows.move(current, target);
            endMoveRows();
        }
        m_rows[target] = conversation;
        const QModelIndex changed = index(target);
        Q_EMIT dataChanged(changed, changed);
        return;
    }
    const int row = insertionRow(conversation);
    if (row == m_rows.size() && !m_complete) {
        return; // beyond the loaded pages
    }
    beginInsertRows({}, row, row);
    m_rows.insert(row, conversation);
    endInsertRows();
    Q_EMIT countChanged();
}

void ConversationListModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
}

void ConversationListModel::onAdded(qint64 id)
{
    onChanged(id);
}

void ConversationListModel::onChanged(qint64 id)
{
    if (!m_storage || isPending(id)) {
        return;
    }
    const auto found = m_storage->conversation(id);
    if (!found) {
        onRemoved(id);
        return;
    }
    if (!belongs(*found)) {
        if (const int row = indexOf(id); row >= 0) {
            removeRow(row);
        }
        return;
    }
    insertOrMove(*found);
}

void ConversationListModel::onRemoved(qint64 id)
{
    if (const int row = indexOf(id); row >= 0) {
        removeRow(row);
        Q_EMIT conversationRemoved(id);
    }
}

void ConversationListModel::onTurn(ChatTurn *turn)
{
    if (!turn) {
        return;
    }
    if (const int row = indexOf(turn->conversationId()); row >= 0) {
        const QModelIndex changed = index(row);
        Q_EMIT dataChanged(changed, changed, {BusyRole});
    }
}

bool ConversationListModel::archived() const
{
    return m_archived;
}

void ConversationListModel::setArchived(bool archived)
{
    if (m_archived == archived) {
        return;
    }
    m_archived = archived;
    Q_EMIT archivedChanged();
    reload();
}

int ConversationListModel::count() const
{
    return int(m_rows.size());
}

int ConversationListModel::pageSize() const
{
    return m_pageSize;
}

void ConversationListModel::setPageSize(int size)
{
    size = std::max(1, size);
    if (m_pageSize == size) {
        return;
    }
    m_pageSize = size;
    Q_EMIT pageSizeChanged();
}

int ConversationListModel::undoTimeout() const
{
    return m_undoTimeout;
}

void ConversationListModel::setUndoTimeout(int milliseconds)
{
    if (m_undoTimeout == milliseconds) {
        return;
    }
    m_undoTimeout = milliseconds;
    Q_EMIT undoTimeoutChanged();
}

bool ConversationListModel::hasPendingRemoval() const
{
    return !m_pending.isEmpty();
}

QString ConversationListModel::pendingRemovalTitle() const
{
    return m_pending.isEmpty() ? QString() : m_pending.constLast().conversation.title;
}

QString ConversationListModel::errorString() const
{
    return m_error;
}

QString ConversationListModel::sectionFor(bool pinned, const QDateTime &updatedAt, const QDateTime &now)
{
    if (pinned) {
        return u"pinned"_s;
    }
    const QDate today = now.toLocalTime().date();
    const QDate day = updatedAt.toLocalTime().date();
    if (day >= today) {
        return u"today"_s;
    }
    if (day >= today.addDays(-7)) {
        return u"week"_s;
    }
    return u"older"_s;
}

void ConversationListModel::setNow(const QDateTime &now)
{
    m_now = now;
    refreshSections();
}

QDateTime ConversationListModel::currentTime() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTime();
}

void ConversationListModel::refreshSections()
{
    m_sectionDate = currentTime().date();
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_rows.size() - 1)), {SectionRole});
    }
}

int ConversationListModel::indexOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id) {
            return int(i);
        }
    }
    return -1;
}

qint64 ConversationListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

bool ConversationListModel::rename(qint64 id, const QString &title)
{
    if (!m_storage) {
        return false;
    }
    const QString simple = title.simplified();
    if (simple.isEmpty()) {
        setError(tr("A conversation needs a title."));
        return false;
    }
    const auto found = m_storage->conversation(id);
    if (!found) {
        setError(Backend::errorText(found.error()));
        return false;
    }
    ConversationUpdate update;
    update.title = simple;
    QJsonObject metadata = found->metadata;
    metadata.insert(u"title_edited"_s, true);
    update.metadata = metadata;
    const auto updated = m_storage->updateConversation(id, update);
    if (!updated) {
        setError(Backend::errorText(updated.error()));
        return false;
    }
    setError({});
    return true;
}

bool ConversationListModel::setPinned(qint64 id, bool pinned)
{
    if (!m_storage) {
        return false;
    }
    const auto updated = m_storage->setPinned(id, pinned);
    if (!updated) {
        setError(Backend::errorText(updated.error()));
        return false;
    }
    setError({});
    return true;
}

bool ConversationListModel::setConversationArchived(qint64 id, bool archived)
{
    if (!m_storage) {
        return false;
    }
    const auto updated = m_storage->setArchived(id, archived);
    if (!updated) {
        setError(Backend::errorText(updated.error()));
        return false;
    }
    setError({});
    return true;
}

bool ConversationListModel::isPending(qint64 id) const
{
    return std::any_of(m_pending.begin(), m_pending.end(), [id](const PendingRemoval &p) { return p.conversation.id == id; });
}

void ConversationListModel::remove(qint64 id)
{
    const int row = indexOf(id);
    if (row < 0 || isPending(id)) {
        return;
    }
    PendingRemoval pending;
    pending.conversation = m_rows.at(row);
    pending.timer = new QTimer(this);
    pending.timer->setSingleShot(true);
    connect(pending.timer, &QTimer::timeout, this, [this, id] { deleteNow(id); });
    pending.timer->start(std::max(0, m_undoTimeout));
    m_pending.append(pending);
    removeRow(row);
    Q_EMIT conversationRemoved(id);
    Q_EMIT pendingRemovalChanged();
}

bool ConversationListModel::undoRemove()
{
    if (m_pending.isEmpty()) {
        return false;
    }
    const PendingRemoval pending = m_pending.takeLast();
    pending.timer->stop();
    pending.timer->deleteLater();
    Q_EMIT pendingRemovalChanged();
    // It may have changed meanwhile (a reply finished): show its current state.
    const auto current =
        m_storage ? m_storage->conversation(pending.conversation.id) : StorageResult<Conversation>(pending.conversation);
    if (current && belongs(*current)) {
        insertOrMove(*current);
    }
    return true;
}

void ConversationListModel::commitRemovals()
{
    while (!m_pending.isEmpty()) {
        deleteNow(m_pending.constFirst().conversation.id);
    }
}

void ConversationListModel::deleteNow(qint64 id)
{
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending.at(i).conversation.id != id) {
            continue;
        }
        const PendingRemoval pending = m_pending.takeAt(i);
        pending.timer->stop();
        pending.timer->deleteLater();
        if (m_storage) {
            if (m_chat) {
                if (ChatTurn *turn = m_chat->turnForConversation(id)) {
                    turn->interrupt(tr("The conversation was deleted"));
                }
            }
            const auto removed = m_storage->deleteConversation(id);
            if (!removed) {
                setError(Backend::errorText(removed.error()));
                qCWarning(lcUi) << "could not delete conversation" << id << removed.error().toString();
            }
        }
        Q_EMIT pendingRemovalChanged();
        return;
    }
}

void ConversationListModel::setError(const QString &error)
{
    if (m_error == error) {
        return;
    }
    m_error = error;
    Q_EMIT errorStringChanged();
}
