// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"
#include "messagestep.h"
#include "streamevent.h"

#include <QVariant>
#include <QVariantList>

#include <optional>

/**
 * @brief One message as the chat view shows it: the stored Message, plus what only a live reply has
 * (the agent's current stage and status line, tool calls in progress, how long it has been thinking).
 *
 * MessageModel keeps one per row. The functions that change it return the roles that changed, as a
 * bit set (bit `role - Qt::UserRole`, see MessageModel::Role), so that the model signals only those.
 */
class MessageRow
{
public:
    MessageRow() = default;
    explicit MessageRow(const Message &message);

    const Message &message() const
    {
        return m_message;
    }
    qint64 id() const
    {
        return m_message.id;
    }
    /** A turn is writing this message and its events reach this row. */
    bool isLive() const
    {
        return m_live;
    }

    /** The value of one MessageModel role. */
    QVariant value(int role) const;

    /**
     * Starts showing a reply in progress: @p content and @p reasoning are everything the run produced so
     * far, @p steps the status events storage already has (they give the stage and the tool calls).
     */
    quint64 startLive(const QString &content, const QString &reasoning, const QList<MessageStep> &steps);
    /** Applies one event of the live reply. */
    quint64 apply(const StreamEvent &event);
    /**
     * Takes the stored @p message. While live, the text, status and tool calls stay those of the stream
     * (storage saves the stream in batches and may lag behind it); the rest is taken.
     */
    quint64 adopt(const Message &message);
    /** Ends the live state (after the terminal event), then takes the stored @p message if it is finished. */
    quint64 endLive(const std::optional<Message> &stored);

    /** Marks tool call @p callId `pending` (waiting for approval), `allowed` or `denied`; 0 when it has no such call. */
    quint64 setApproval(const QString &callId, const QString &approval);
    bool hasToolCall(const QString &callId) const;

    /** How long this reply thought, as measured while it streamed; -1 when it was not watched. */
    qint64 measuredThinkingMs() const;
    /** Shows @p ms as the thinking time of a reply that is no longer streaming (storage does not keep it). */
    void setMeasuredThinkingMs(qint64 ms);

    static quint64 bit(int role);

private:
    quint64 applyStatusEvent(const StreamEvent &event);
    quint64 applyToolCall(const StreamEvent &event);
    quint64 applyToolResult(const StreamEvent &event);
    quint64 setThinking(bool thinking, qint64 timestampUs);
    QVariantList storedToolCalls() const;
    QJsonObject usage() const;
    qint64 thinkingMs() const;

    Message m_message;
    bool m_live = false;
    QString m_stage;
    QString m_statusLine;
    QVariantList m_liveToolCalls;
    bool m_thinking = false;
    qint64 m_thinkingStartUs = 0;
    qint64 m_thinkingEndUs = 0;
    qint64 m_measuredThinkingMs = -1;
};
