// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatmessage.h"

#include <QJsonObject>
#include <QList>
#include <QString>

/**
 * @brief One turn for a remote Confab or MineContext server's `POST /api/agent/chat/stream`.
 *
 * toJson() writes MineContext's body: `query`, `context` with `chat_history` (the earlier turns
 * as `{role, content}`, then the new question, as MineContext's own window sends them) and
 * `selected_content`, and `session_id`. No `conversation_id` is sent: the window keeps the
 * history itself and the remote server only answers.
 */
struct RemoteChatRequest
{
    QString query;
    QList<ChatMessage> history;
    QString selectedContent;
    QString sessionId;

    QJsonObject toJson() const;
};
