// SPDX-License-Identifier: GPL-3.0-or-later
// MessageModel: the live replies (a turn's events into its row) and the coalesced change signals.
// The rows, storage, paging and branches are in messagemodel.cpp.
#include "messagemodel.h"

#include "agentrun.h"
#include "chatservice.h"
#include "chatturn.h"
#include "eventreader.h"
#include "storage.h"

using namespace Qt::StringLiterals;

namespace {
QList<int> rolesOf(quint64 bits)
{
    QList<int> roles;
    for (int i = 0; i < MessageModel::roleCount; ++i) {
        if (bits & (quint64(1) << i)) {
            roles.append(Qt::UserRole + i);
        }
    }
    return roles;
}
} // namespace

void MessageModel::clearLive()
{
    for (const Live &live : std::as_const(m_readers)) {
        delete live.reader;
    }
    m_readers.clear();
    m_dirty.clear();
    m_flushTimer.stop();
}

void MessageModel::attachIfLive(int row)
{
    const MessageRow &shown = m_rows.at(row);
    if (!m_chat || shown.isLive() || shown.message().role != u"assistant" || isFinalStatus(shown.message().status)) {
        return;
    }
    if (ChatTurn *turn = m_chat->turnForMessage(shown.id()); turn && !turn->isFinished()) {
        attach(row, turn);
    }
}

void MessageModel::attach(int row, ChatTurn *turn)
{
    MessageRow &shown = m_rows[row];
    const qint64 id = shown.id();
    if (m_readers.contains(id)) {
        return;
    }
    // The reader sees the events from now on; the run's text holds every chunk before them, storage
    // the status steps recorded so far.
    EventReader *reader = turn->createReader(nullptr);
    m_readers.insert(id, Live{reader, turn});
    connect(reader, &EventReader::readyRead, this, &MessageModel::scheduleFlush);
    QList<MessageStep> steps;
    if (m_storage) {
        steps = m_storage->steps(id).valueOr({});
    }
    markDirty(id, shown.startLive(turn->run()->content(), turn->run()->reasoning(), steps));
    for (auto it = m_approvals.begin(); it != m_approvals.end();) {
        if (shown.hasToolCall(it.key())) {
            markDirty(id, shown.setApproval(it.key(), it.value()));
            it = m_approvals.erase(it);
        } else {
            ++it;
        }
    }
    if (reader->hasPending()) {
        scheduleFlush();
    }
    updateStreaming();
}

void MessageModel::detach(qint64 messageId)
{
    delete m_readers.take(messageId).reader;
    m_dirty.remove(messageId);
}

void MessageModel::onTurnStarted(ChatTurn *turn)
{
    if (!turn || turn->conversationId() != m_conversationId || m_conversationId <= 0) {
        return;
    }
    int row = rowOf(turn->assistantMessageId());
    if (row < 0) {
        syncBranch();
        row = rowOf(turn->assistantMessageId());
    }
    if (row >= 0) {
        attach(row, turn);
    }
}

void MessageModel::setToolApproval(const QString &callId, const QString &approval)
{
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        MessageRow &row = m_rows[i];
        if (row.isLive() && row.hasToolCall(callId)) {
            markDirty(row.id(), row.setApproval(callId, approval));
            return;
        }
    }
    // The request can come before the reader has taken the call's event; a decision about a call
    // that is not shown needs no keeping.
    if (approval == u"pending") {
        m_approvals.insert(callId, approval);
    } else {
        m_approvals.remove(callId);
    }
}

void MessageModel::markDirty(qint64 messageId, quint64 roles)
{
    if (roles == 0) {
        return;
    }
    m_dirty[messageId] |= roles;
    scheduleFlush();
}

void MessageModel::scheduleFlush()
{
    if (!m_flushTimer.isActive()) {
        m_flushTimer.start();
    }
}

void MessageModel::flush()
{
    m_flushTimer.stop();
    QList<qint64> ended;
    for (auto it = m_readers.cbegin(); it != m_readers.cend(); ++it) {
        EventReader *reader = it.value().reader;
        const int row = rowOf(it.key());
        if (row < 0) {
            continue;
        }
        MessageRow &shown = m_rows[row];
        quint64 changed = 0;
        while (reader->hasPending()) {
            const StreamEvent event = reader->take();
            changed |= shown.apply(event);
            if (event.type == StreamEvent::Type::ToolCall && !m_approvals.isEmpty()) {
                const QString callId = event.metadata.value(u"tool_call_id").toString();
                if (m_approvals.contains(callId)) {
                    changed |= shown.setApproval(callId, m_approvals.take(callId));
                }
            }
        }
        if (changed) {
            m_dirty[it.key()] |= changed;
        }
        // A turn deleted without its terminal event (never expected) ends the live state too.
        if (reader->atEnd() || !it.value().turn) {
            ended.append(it.key());
        }
    }
    bool signalled = false;
    for (qint64 id : std::as_const(ended)) {
        delete m_readers.take(id).reader;
        // The last text is signalled while the row still streams, and the end after it: a view
        // that renders streamed text incrementally takes the text as an append only while streaming.
        if (const quint64 last = m_dirty.take(id); last && rowOf(id) >= 0) {
            const QModelIndex changed = index(rowOf(id));
            Q_EMIT dataChanged(changed, changed, rolesOf(last));
            signalled = true;
        }
        const int row = rowOf(id);
        if (row < 0) {
            continue;
        }
        std::optional<Message> stored;
        if (m_storage) {
            if (auto message = m_storage->message(id)) {
                stored = std::move(*message);
            }
        }
        m_dirty[id] |= m_rows[row].endLive(stored);
        if (const qint64 thinking = m_rows.at(row).measuredThinkingMs(); thinking >= 0) {
            m_thinkingMs.insert(id, thinking);
        }
    }
    const QHash<qint64, quint64> dirty = std::exchange(m_dirty, {});
    for (auto it = dirty.cbegin(); it != dirty.cend(); ++it) {
        const int row = rowOf(it.key());
        if (row < 0 || it.value() == 0) {
            continue;
        }
        const QModelIndex changed = index(row);
        Q_EMIT dataChanged(changed, changed, rolesOf(it.value()));
        signalled = true;
    }
    if (signalled) {
        ++m_updateBatches;
    }
    if (!ended.isEmpty()) {
        updateStreaming();
    }
}

void MessageModel::updateStreaming()
{
    qint64 streaming = 0;
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        if (m_rows.at(i).isLive()) {
            streaming = m_rows.at(i).id();
            break;
        }
    }
    if (streaming != m_streamingId) {
        m_streamingId = streaming;
        Q_EMIT streamingChanged();
    }
}
