// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagerow.h"

#include "messagemodel.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

using Role = MessageModel::Role;

MessageRow::MessageRow(const Message &message)
    : m_message(message)
{ }

quint64 MessageRow::bit(int role)
{
    return quint64(1) << (role - Qt::UserRole);
}

QJsonObject MessageRow::usage() const
{
    return m_message.metadata.value(u"usage").toObject();
}

qint64 MessageRow::thinkingMs() const
{
    if (m_thinkingStartUs > 0) {
        const qint64 end = m_thinking ? StreamEvent::nowUs() : m_thinkingEndUs;
        return std::max<qint64>(0, (end - m_thinkingStartUs) / 1000);
    }
    if (m_measuredThinkingMs >= 0) {
        return m_measuredThinkingMs;
    }
    // Not measured here (the reply was not watched live): what the turn stored, if anything.
    const QJsonValue stored = m_message.metadata.value(u"reasoning_ms");
    return stored.isDouble() ? qint64(stored.toDouble()) : -1;
}

QVariantList MessageRow::storedToolCalls() const
{
    QVariantList calls;
    const QJsonArray stored = m_message.metadata.value(u"tool_calls").toArray();
    for (const QJsonValue &value : stored) {
        const QJsonObject call = value.toObject();
        const bool ok = call.value(u"ok").toBool();
        calls.append(QVariantMap{{u"callId"_s, call.value(u"id").toString()},
                                 {u"name"_s, call.value(u"name").toString()},
                                 {u"arguments"_s, call.value(u"arguments").toString()},
                                 {u"result"_s, ok ? call.value(u"result").toString() : QString()},
                                 {u"error"_s, ok ? QString() : call.value(u"result").toString()},
                                 {u"ok"_s, ok},
                                 {u"running"_s, false},
                                 {u"durationMs"_s, call.value(u"duration_ms").toInteger()},
                                 {u"approval"_s, QString()}});
    }
    return calls;
}

QVariant MessageRow::value(int role) const
{
    switch (Role(role)) {
    case Role::MessageIdRole:
        return m_message.id;
    case Role::ParentIdRole:
        return m_message.parentId;
    case Role::RoleRole:
        return m_message.role;
    case Role::ContentRole:
        return m_message.content;
    case Role::ReasoningRole:
        return m_message.reasoning;
    case Role::StatusRole:
        return messageStatusName(m_message.status);
    case Role::StreamingRole:
        return m_live;
    case Role::StageRole:
        return m_stage;
    case Role::StatusLineRole:
        return m_statusLine;
    case Role::ToolCallsRole:
        return m_live ? m_liveToolCalls : storedToolCalls();
    case Role::PromptTokensRole:
        return usage().value(u"prompt_tokens").toInteger(-1);
    case Role::CompletionTokensRole:
        return usage().value(u"completion_tokens").toInteger(-1);
    case Role::TokensEstimatedRole:
        return usage().value(u"estimated").toBool();
    case Role::TimeToFirstTokenRole:
        return usage().value(u"time_to_first_token_ms").toInteger(-1);
    case Role::TokensPerSecondRole:
        return usage().value(u"tokens_per_second").toDouble(0);
    case Role::ThinkingRole:
        return m_thinking;
    case Role::ThinkingDurationRole:
        return thinkingMs();
    case Role::ErrorRole:
        return m_message.error;
    case Role::CreatedAtRole:
        return m_message.createdAt;
    case Role::CompletedAtRole:
        return m_message.completedAt;
    case Role::BranchIndexRole:
        return m_message.siblingIndex;
    case Role::BranchCountRole:
        return m_message.siblingCount;
    case Role::AttachmentsRole:
        return m_message.metadata.value(u"attachments").toVariant().toStringList();
    case Role::ModelNameRole:
        return usage().value(u"model").toString(m_message.metadata.value(u"model").toString());
    case Role::HasContentRole:
        return !m_message.content.isEmpty();
    case Role::HasReasoningRole:
        return !m_message.reasoning.isEmpty();
    }
    return {};
}

quint64 MessageRow::setThinking(bool thinking, qint64 timestampUs)
{
    if (thinking == m_thinking) {
        return thinking ? bit(Role::ThinkingDurationRole) : 0;
    }
    m_thinking = thinking;
    if (thinking && m_thinkingStartUs == 0) {
        m_thinkingStartUs = timestampUs;
    }
    if (!thinking) {
        m_thinkingEndUs = std::max(timestampUs, m_thinkingStartUs);
    }
    return bit(Role::ThinkingRole) | bit(Role::ThinkingDurationRole);
}

quint64 MessageRow::startLive(const QString &content, const QString &reasoning, const QList<MessageStep> &steps)
{
    const MessageRow before = *this;
    m_live = true;
    m_liveToolCalls.clear();
    if (m_message.status == MessageStatus::Pending && !content.isEmpty()) {
        m_message.status = MessageStatus::Streaming;
    }
    m_message.content = content;
    m_message.reasoning = reasoning;
    for (const MessageStep &step : steps) {
        const auto type = StreamEvent::typeFromName(step.type);
        if (!type) {
            continue;
        }
        StreamEvent event(*type, StreamEvent::stageFromName(step.stage).value_or(StreamEvent::Stage::None), step.content,
                          step.progress, step.metadata);
        event.timestampUs = step.createdAt.toMSecsSinceEpoch() * 1000;
        apply(event);
    }
    if (!reasoning.isEmpty() && content.isEmpty()) {
        // Thinking started before this row was watched: its duration counts from now.
        setThinking(true, StreamEvent::nowUs());
    }
    quint64 changed = 0;
    for (int role = Role::MessageIdRole; role <= Role::HasReasoningRole; ++role) {
        if (value(role) != before.value(role)) {
            changed |= bit(role);
        }
    }
    return changed;
}

quint64 MessageRow::apply(const StreamEvent &event)
{
    using T = StreamEvent::Type;
    switch (event.type) {
    case T::SessionStart:
        return 0;
    case T::StreamChunk: {
        quint64 changed = bit(Role::ContentRole);
        if (m_message.content.isEmpty() && !event.content.isEmpty()) {
            changed |= bit(Role::HasContentRole);
        }
        m_message.content += event.content;
        if (m_message.status == MessageStatus::Pending) {
            m_message.status = MessageStatus::Streaming;
            changed |= bit(Role::StatusRole);
        }
        if (m_thinking) {
            changed |= setThinking(false, event.timestampUs);
        }
        return changed;
    }
    case T::ReasoningChunk: {
        quint64 changed = bit(Role::ReasoningRole);
        if (m_message.reasoning.isEmpty() && !event.content.isEmpty()) {
            changed |= bit(Role::HasReasoningRole);
        }
        m_message.reasoning += event.content;
        if (m_message.status == MessageStatus::Pending) {
            m_message.status = MessageStatus::Streaming;
            changed |= bit(Role::StatusRole);
        }
        if (m_message.content.isEmpty()) {
            changed |= setThinking(true, event.timestampUs);
        }
        return changed;
    }
    case T::ToolCall:
        return applyToolCall(event);
    case T::ToolResult:
        return applyToolResult(event);
    case T::Usage: {
        QJsonObject metadata = m_message.metadata;
        metadata.insert(u"usage"_s, event.metadata.value(u"usage"));
        m_message.metadata = metadata;
        return bit(Role::PromptTokensRole) | bit(Role::CompletionTokensRole) | bit(Role::TokensEstimatedRole) |
            bit(Role::TimeToFirstTokenRole) | bit(Role::TokensPerSecondRole) | bit(Role::ModelNameRole);
    }
    case T::StreamComplete:
    case T::Completed:
    case T::Interrupted: {
        quint64 changed = bit(Role::StatusRole);
        if (m_thinking) {
            changed |= setThinking(false, event.timestampUs);
        }
        if (event.type == T::Interrupted) {
            m_message.status = MessageStatus::Cancelled;
        } else if (event.stage == StreamEvent::Stage::Failed) {
            m_message.status = MessageStatus::Failed;
            const QString error = event.metadata.value(u"error").toString();
            if (!error.isEmpty() && error != m_message.error) {
                m_message.error = error;
                changed |= bit(Role::ErrorRole);
            }
        } else {
            m_message.status = MessageStatus::Completed;
        }
        return changed;
    }
    case T::Fail: {
        quint64 changed = applyStatusEvent(event);
        if (!event.content.isEmpty() && event.content != m_message.error) {
            m_message.error = event.content;
            changed |= bit(Role::ErrorRole);
        }
        return changed;
    }
    case T::Thinking:
    case T::Running:
    case T::Done:
    case T::Error:
        return applyStatusEvent(event);
    }
    return 0;
}

quint64 MessageRow::applyStatusEvent(const StreamEvent &event)
{
    quint64 changed = 0;
    const QString stage = StreamEvent::stageName(event.stage);
    if (stage != m_stage) {
        m_stage = stage;
        changed |= bit(Role::StageRole);
    }
    if (!event.content.isEmpty() && event.content != m_statusLine) {
        m_statusLine = event.content;
        changed |= bit(Role::StatusLineRole);
    }
    return changed;
}

quint64 MessageRow::applyToolCall(const StreamEvent &event)
{
    const QString callId = event.metadata.value(u"tool_call_id").toString();
    m_liveToolCalls.append(QVariantMap{{u"callId"_s, callId},
                                       {u"name"_s, event.metadata.value(u"name").toString()},
                                       {u"arguments"_s, event.metadata.value(u"arguments").toString()},
                                       {u"result"_s, QString()},
                                       {u"error"_s, QString()},
                                       {u"ok"_s, false},
                                       {u"running"_s, true},
                                       {u"durationMs"_s, qint64(0)},
                                       {u"approval"_s, QString()}});
    return bit(Role::ToolCallsRole) | applyStatusEvent(event);
}

quint64 MessageRow::applyToolResult(const StreamEvent &event)
{
    const QString callId = event.metadata.value(u"tool_call_id").toString();
    quint64 changed = applyStatusEvent(event);
    for (QVariant &entry : m_liveToolCalls) {
        QVariantMap call = entry.toMap();
        if (call.value(u"callId"_s).toString() != callId) {
            continue;
        }
        const bool ok = event.metadata.value(u"ok").toBool();
        call.insert(u"ok"_s, ok);
        call.insert(u"running"_s, false);
        call.insert(u"result"_s, event.metadata.value(u"result").toString());
        call.insert(u"error"_s, ok ? QString() : event.metadata.value(u"error").toString());
        call.insert(u"durationMs"_s, event.metadata.value(u"duration_ms").toInteger());
        entry = call;
        changed |= bit(Role::ToolCallsRole);
        break;
    }
    return changed;
}

bool MessageRow::hasToolCall(const QString &callId) const
{
    const QVariantList calls = m_live ? m_liveToolCalls : storedToolCalls();
    for (const QVariant &entry : calls) {
        if (entry.toMap().value(u"callId"_s).toString() == callId) {
            return true;
        }
    }
    return false;
}

quint64 MessageRow::setApproval(const QString &callId, const QString &approval)
{
    for (QVariant &entry : m_liveToolCalls) {
        QVariantMap call = entry.toMap();
        if (call.value(u"callId"_s).toString() != callId) {
            continue;
        }
        if (call.value(u"approval"_s).toString() == approval) {
            return 0;
        }
        call.insert(u"approval"_s, approval);
        entry = call;
        return bit(Role::ToolCallsRole);
    }
    return 0;
}

quint64 MessageRow::adopt(const Message &message)
{
    const MessageRow before = *this;
    if (m_live) {
        const QString content = m_message.content;
        const QString reasoning = m_message.reasoning;
        const MessageStatus status = m_message.status;
        const QString error = m_message.error;
        m_message = message;
        m_message.content = content;
        m_message.reasoning = reasoning;
        m_message.status = status;
        if (message.error.isEmpty()) {
            m_message.error = error;
        }
    } else {
        m_message = message;
    }
    quint64 changed = 0;
    for (int role = Role::MessageIdRole; role <= Role::HasReasoningRole; ++role) {
        if (role == Role::ContentRole) {
            // Compare the text last and cheaply: most storage changes leave it alone.
            if (m_message.content.size() != before.m_message.content.size() || m_message.content != before.m_message.content) {
                changed |= bit(role);
            }
            continue;
        }
        if (value(role) != before.value(role)) {
            changed |= bit(role);
        }
    }
    return changed;
}

quint64 MessageRow::endLive(const std::optional<Message> &stored)
{
    if (!m_live) {
        return 0;
    }
    quint64 changed = bit(Role::StreamingRole) | bit(Role::ToolCallsRole);
    if (m_thinking) {
        changed |= setThinking(false, StreamEvent::nowUs());
    }
    const qint64 measuredThinking = thinkingMs();
    m_live = false;
    if (!m_stage.isEmpty() || !m_statusLine.isEmpty()) {
        m_stage.clear();
        m_statusLine.clear();
        changed |= bit(Role::StageRole) | bit(Role::StatusLineRole);
    }
    if (stored && isFinalStatus(stored->status)) {
        changed |= adopt(*stored);
    } else {
        // Storage could not finish the message yet (it retries): keep the streamed text, and show the
        // tool calls that were seen.
        QJsonArray calls;
        for (const QVariant &entry : std::as_const(m_liveToolCalls)) {
            const QVariantMap call = entry.toMap();
            const bool ok = call.value(u"ok"_s).toBool();
            calls.append(QJsonObject{{u"id"_s, call.value(u"callId"_s).toString()},
                                     {u"name"_s, call.value(u"name"_s).toString()},
                                     {u"arguments"_s, call.value(u"arguments"_s).toString()},
                                     {u"result"_s, call.value(ok ? u"result"_s : u"error"_s).toString()},
                                     {u"ok"_s, ok},
                                     {u"duration_ms"_s, call.value(u"durationMs"_s).toLongLong()}});
        }
        if (!calls.isEmpty()) {
            m_message.metadata.insert(u"tool_calls"_s, calls);
        }
    }
    m_liveToolCalls.clear();
    // The thinking time measured while watching stays shown (storage does not keep it).
    if (!m_message.reasoning.isEmpty()) {
        m_measuredThinkingMs = measuredThinking;
    }
    return changed;
}

qint64 MessageRow::measuredThinkingMs() const
{
    return m_thinkingStartUs > 0 && !m_thinking ? thinkingMs() : m_measuredThinkingMs;
}

void MessageRow::setMeasuredThinkingMs(qint64 ms)
{
    m_measuredThinkingMs = ms;
}
