// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchmodel.h"

#include "appcore.h"
#include "backend.h"
#include "storage.h"

SearchModel::SearchModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(150);
    connect(&m_timer, &QTimer::timeout, this, &SearchModel::search);
    if (AppCore *core = Backend::core()) {
        setStorage(core->storage());
    }
}

void SearchModel::setStorage(Storage *storage)
{
    disconnect(m_removed);
    m_storage = storage;
    if (storage) {
        m_removed = connect(storage, &Storage::conversationRemoved, this, &SearchModel::onConversationRemoved);
    }
}

int SearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case ConversationIdRole:
        return hit.conversationId;
    case MessageIdRole:
        return hit.messageId;
    case Qt::DisplayRole:
    case TitleRole:
        return hit.conversationTitle;
    case SnippetRole:
        return hit.snippetHtml();
    case PlainSnippetRole:
        return hit.snippet;
    case RoleRole:
        return hit.role;
    case CreatedAtRole:
        return hit.createdAt;
    case ArchivedRole:
        return hit.conversationArchived;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    return {
        {ConversationIdRole, "conversationId"},
        {MessageIdRole, "messageId"},
        {TitleRole, "title"},
        {SnippetRole, "snippet"},
        {PlainSnippetRole, "plainSnippet"},
        {RoleRole, "role"},
        {CreatedAtRole, "createdAt"},
        {ArchivedRole, "archived"},
    };
}

QString SearchModel::text() const
{
    return m_text;
}

void SearchModel::setText(const QString &text)
{
    if (m_text == text) {
        return;
    }
    m_text = text;
    Q_EMIT textChanged();
    if (text.trimmed().isEmpty()) {
        m_timer.stop();
        setBusy(false);
        setHits({});
        setError({});
        return;
    }
    setBusy(true);
    m_timer.start();
}

int SearchModel::count() const
{
    return int(m_hits.size());
}

int SearchModel::delay() const
{
    return m_timer.interval();
}

void SearchModel::setDelay(int milliseconds)
{
    if (m_timer.interval() == milliseconds) {
        return;
    }
    m_timer.setInterval(std::max(0, milliseconds));
    Q_EMIT delayChanged();
}

int SearchModel::limit() const
{
    return m_limit;
}

void SearchModel::setLimit(int limit)
{
    limit = std::max(1, limit);
    if (m_limit == limit) {
        return;
    }
    m_limit = limit;
    Q_EMIT limitChanged();
}

bool SearchModel::busy() const
{
    return m_busy;
}

QString SearchModel::errorString() const
{
    return m_error;
}

void SearchModel::search()
{
    m_timer.stop();
    if (!m_storage || m_text.trimmed().isEmpty()) {
        setBusy(false);
        setHits({});
        return;
    }
    const auto hits = m_storage->search(m_text, m_limit);
    if (hits) {
        setError({});
        setHits(*hits);
    } else {
        setError(Backend::errorText(hits.error()));
        setHits({});
    }
    setBusy(false);
    Q_EMIT searched();
}

void SearchModel::clear()
{
    setText({});
}

void SearchModel::setHits(const QList<SearchHit> &hits)
{
    if (hits.isEmpty() && m_hits.isEmpty()) {
        return;
    }
    beginResetModel();
    m_hits = hits;
    endResetModel();
    Q_EMIT countChanged();
}

void SearchModel::setBusy(bool busy)
{
    if (m_busy == busy) {
        return;
    }
    m_busy = busy;
    Q_EMIT busyChanged();
}

void SearchModel::setError(const QString &error)
{
    if (m_error == error) {
        return;
    }
    m_error = error;
    Q_EMIT errorStringChanged();
}

void SearchModel::onConversationRemoved(qint64 id)
{
    for (qsizetype i = m_hits.size() - 1; i >= 0; --i) {
        if (m_hits.at(i).conversationId == id) {
            beginRemoveRows({}, int(i), int(i));
            m_hits.removeAt(i);
            endRemoveRows();
            Q_EMIT countChanged();
        }
    }
}
