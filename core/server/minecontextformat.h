// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conversation.h"
#include "message.h"
#include "messagestep.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

/**
 * @brief Confab's stored conversations and messages in MineContext's wire form.
 *
 * Conversations: `{id, title, user_id, created_at, updated_at, metadata, page_name, status}` with
 * `metadata` as JSON text and `page_name` / `user_id` taken from the stored metadata. Messages:
 * `{id, conversation_id, parent_message_id, role, content, status, token_count, metadata,
 * latency_ms, error_message, thinking, completed_at, created_at, updated_at}`, `thinking` built
 * from the message's stored steps. Times are naive local `YYYY-MM-DD HH:MM:SS.ffffff`, as Python's
 * `str(datetime)` writes them.
 */
class MineContextFormat
{
public:
    static QByteArray timestamp(const QDateTime &time);
    static QByteArray conversation(const Conversation &conversation);
    static QByteArray message(const Message &message, const QList<MessageStep> &steps);
    static QByteArray step(const MessageStep &step);
    /** FastAPI's error body, `{"detail": "..."}`. */
    static QByteArray error(const QString &detail);
    /** The four statuses a MineContext client knows (`interrupted` becomes `cancelled`). */
    static QString statusName(MessageStatus status);
};
