// SPDX-License-Identifier: GPL-3.0-or-later
// MessageModel: the rows, storage, paging and branches. The live replies are in messagemodellive.cpp.
#include "messagemodel.h"

#include "appcore.h"
#include "backend.h"
#include "chatservice.h"
#include "eventreader.h"
#include "storage.h"
#include "uilog.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
// How many pages syncBranch() reads looking for the message the old and the new branch share.
constexpr int syncPages = 4;
} // namespace

MessageModel::MessageModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setTimerType(Qt::PreciseTimer);
    m_flushTimer.setInterval(16ms);
    connect(&m_flushTimer, &QTimer::timeout, this, &MessageModel::flush);
}

MessageModel::~MessageModel()
{
    clearLive();
}

void MessageModel::setServices(Storage *storage, ChatService *chat)
{
    if (m_connected) {
        disconnect(m_storage, nullptr, this, nullptr);
        disconnect(m_chat, nullptr, this, nullptr);
        m_connected = false;
    }
    m_storage = storage;
    m_chat = chat;
    m_servicesGiven = true;
    connectServices();
    if (m_conversationId > 0) {
        reload();
    }
}

void MessageModel::ensureServices()
{
    if (m_servicesGiven || m_connected) {
        return;
    }
    if (AppCore *core = Backend::core()) {
        m_storage = core->storage();
        m_chat = core->chat();
        connectServices();
    }
}

void MessageModel::connectServices()
{
    if (m_connected || !m_storage) {
        return;
    }
    m_connected = true;
    connect(m_storage, &Storage::messageChanged, this, &MessageModel::onMessageChanged);
    connect(m_storage, &Storage::conversationChanged, this, &MessageModel::onConversationChanged);
    connect(m_storage, &Storage::conversationRemoved, this, &MessageModel::onConversationRemoved);
    if (m_chat) {
        connect(m_chat, &ChatService::turnStarted, this, &MessageModel::onTurnStarted);
    }
}

Storage *MessageModel::storage() const
{
    return m_storage;
}

ChatService *MessageModel::chat() const
{
    return m_chat;
}

int MessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const MessageRow &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        return row.message().content;
    }
    return row.value(role);
}

QHash<int, QByteArray> MessageModel::roleNames() const
{
    return {
        {MessageIdRole, "messageId"},
        {ParentIdRole, "parentId"},
        {RoleRole, "role"},
        {ContentRole, "content"},
        {ReasoningRole, "reasoning"},
        {StatusRole, "status"},
        {StreamingRole, "streaming"},
        {StageRole, "stage"},
        {StatusLineRole, "statusLine"},
        {ToolCallsRole, "toolCalls"},
        {PromptTokensRole, "promptTokens"},
        {CompletionTokensRole, "completionTokens"},
        {TokensEstimatedRole, "tokensEstimated"},
        {TimeToFirstTokenRole, "timeToFirstTokenMs"},
        {TokensPerSecondRole, "tokensPerSecond"},
        {ThinkingRole, "thinking"},
        {ThinkingDurationRole, "thinkingMs"},
        {ErrorRole, "error"},
        {CreatedAtRole, "createdAt"},
        {CompletedAtRole, "completedAt"},
        {BranchIndexRole, "branchIndex"},
        {BranchCountRole, "branchCount"},
        {AttachmentsRole, "attachments"},
        {ModelNameRole, "modelName"},
        {HasContentRole, "hasContent"},
        {HasReasoningRole, "hasReasoning"},
    };
}

qint64 MessageModel::conversationId() const
{
    return m_conversationId;
}

void MessageModel::setConversationId(qint64 id)
{
    id = std::max<qint64>(0, id);
    if (id == m_conversationId) {
        return;
    }
    m_conversationId = id;
    if (m_complete) {
        reload();
    }
    Q_EMIT conversationIdChanged();
}

int MessageModel::count() const
{
    return int(m_rows.size());
}

bool MessageModel::hasOlder() const
{
    return m_hasOlder;
}

bool MessageModel::isStreaming() const
{
    return m_streamingId != 0;
}

qint64 MessageModel::streamingMessageId() const
{
    return m_streamingId;
}

int MessageModel::pageSize() const
{
    return m_pageSize;
}

void MessageModel::setPageSize(int size)
{
    size = std::max(1, size);
    if (size == m_pageSize) {
        return;
    }
    m_pageSize = size;
    Q_EMIT pageSizeChanged();
}

std::chrono::milliseconds MessageModel::updateInterval() const
{
    return m_flushTimer.intervalAsDuration();
}

void MessageModel::setUpdateInterval(std::chrono::milliseconds interval)
{
    m_flushTimer.setInterval(interval);
}

int MessageModel::updateBatches() const
{
    return m_updateBatches;
}

void MessageModel::classBegin()
{
    m_complete = false;
}

void MessageModel::componentComplete()
{
    m_complete = true;
    if (m_conversationId > 0) {
        reload();
    }
}

int MessageModel::rowOf(qint64 messageId) const
{
    // Live rows and recent changes are at the end.
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        if (m_rows.at(i).id() == messageId) {
            return int(i);
        }
    }
    return -1;
}

QString MessageModel::contentOf(qint64 messageId) const
{
    const int row = rowOf(messageId);
    return row >= 0 ? m_rows.at(row).message().content : QString();
}

QVariantMap MessageModel::get(int row) const
{
    QVariantMap values;
    if (row < 0 || row >= m_rows.size()) {
        return values;
    }
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        values.insert(QString::fromLatin1(it.value()), m_rows.at(row).value(it.key()));
    }
    return values;
}

const MessageRow &MessageModel::rowAt(int row) const
{
    return m_rows.at(row);
}

void MessageModel::reload()
{
    ensureServices();
    beginResetModel();
    clearLive();
    m_rows.clear();
    bool hasOlder = false;
    if (m_conversationId > 0 && m_storage) {
        const auto page = m_storage->activeBranch(m_conversationId, 0, m_pageSize);
        if (page) {
            for (const Message &message : *page) {
                m_rows.append(makeRow(message));
            }
            hasOlder = !page->isEmpty() && page->constFirst().parentId != 0;
        } else {
            qCWarning(lcUi) << "loading conversation" << m_conversationId << "failed:" << page.error().toString();
            Q_EMIT loadFailed(page.error().message.isEmpty() ? page.error().toString() : page.error().message);
        }
    }
    endResetModel();
    setHasOlder(hasOlder);
    for (int row = 0; row < m_rows.size(); ++row) {
        attachIfLive(row);
    }
    updateStreaming();
    Q_EMIT countChanged();
}

bool MessageModel::fetchOlder()
{
    if (!m_hasOlder || m_rows.isEmpty() || !m_storage) {
        return false;
    }
    const auto page = m_storage->activeBranch(m_conversationId, m_rows.constFirst().id(), m_pageSize);
    if (!page) {
        Q_EMIT loadFailed(page.error().message.isEmpty() ? page.error().toString() : page.error().message);
        return false;
    }
    if (page->isEmpty()) {
        setHasOlder(false);
        return false;
    }
    beginInsertRows(QModelIndex(), 0, int(page->size()) - 1);
    QList<MessageRow> rows;
    rows.reserve(page->size() + m_rows.size());
    for (const Message &message : *page) {
        rows.append(makeRow(message));
    }
    rows += m_rows;
    m_rows = std::move(rows);
    endInsertRows();
    setHasOlder(page->constFirst().parentId != 0);
    Q_EMIT countChanged();
    return true;
}

void MessageModel::setHasOlder(bool hasOlder)
{
    if (hasOlder != m_hasOlder) {
        m_hasOlder = hasOlder;
        Q_EMIT hasOlderChanged();
    }
}

void MessageModel::syncBranch()
{
    if (!m_storage || m_conversationId <= 0) {
        return;
    }
    const auto conversation = m_storage->conversation(m_conversationId);
    if (!conversation) {
        return;
    }
    const qint64 leaf = conversation->activeLeafId;
    if (leaf == 0 ? m_rows.isEmpty() : !m_rows.isEmpty() && m_rows.constLast().id() == leaf) {
        return;
    }
    // Read the new branch back from its leaf until a message that is shown: everything before it is
    // the same in both branches (a tree), everything after it is replaced.
    QList<Message> fresh;
    qint64 before = 0;
    for (int pages = 0; leaf != 0 && pages < syncPages; ++pages) {
        const auto page = m_storage->activeBranch(m_conversationId, before, m_pageSize);
        if (!page || page->isEmpty()) {
            break;
        }
        for (qsizetype i = page->size() - 1; i >= 0; --i) {
            const int row = rowOf(page->at(i).id);
            if (row >= 0) {
                fresh = page->mid(i + 1) + fresh;
                replaceAfter(row, fresh);
                return;
            }
        }
        fresh = *page + fresh;
        if (page->constFirst().parentId == 0) {
            // The whole new branch is read and shares nothing with the shown one.
            replaceAfter(-1, fresh);
            setHasOlder(false);
            return;
        }
        before = page->constFirst().id;
    }
    reload();
}

void MessageModel::replaceAfter(int row, const QList<Message> &messages)
{
    const int first = row + 1;
    if (first < m_rows.size()) {
        const int last = int(m_rows.size()) - 1;
        for (int i = first; i <= last; ++i) {
            detach(m_rows.at(i).id());
        }
        beginRemoveRows(QModelIndex(), first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
    }
    if (!messages.isEmpty()) {
        beginInsertRows(QModelIndex(), first, first + int(messages.size()) - 1);
        for (const Message &message : messages) {
            m_rows.append(makeRow(message));
        }
        endInsertRows();
        for (int i = first; i < m_rows.size(); ++i) {
            attachIfLive(i);
        }
    }
    updateStreaming();
    Q_EMIT countChanged();
}

void MessageModel::onMessageChanged(qint64 conversationId, qint64 messageId)
{
    if (conversationId != m_conversationId) {
        return;
    }
    const int row = rowOf(messageId);
    if (row < 0 || !m_storage) {
        return;
    }
    const auto stored = m_storage->message(messageId);
    if (stored) {
        markDirty(messageId, m_rows[row].adopt(*stored));
    }
}

void MessageModel::onConversationChanged(qint64 conversationId)
{
    if (conversationId == m_conversationId) {
        syncBranch();
    }
}

void MessageModel::onConversationRemoved(qint64 conversationId)
{
    if (conversationId != m_conversationId) {
        return;
    }
    beginResetModel();
    clearLive();
    m_rows.clear();
    endResetModel();
    setHasOlder(false);
    updateStreaming();
    Q_EMIT countChanged();
}

MessageRow MessageModel::makeRow(const Message &message) const
{
    MessageRow row(message);
    if (const auto measured = m_thinkingMs.constFind(message.id); measured != m_thinkingMs.cend()) {
        row.setMeasuredThinkingMs(*measured);
    }
    return row;
}
