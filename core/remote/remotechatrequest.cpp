// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotechatrequest.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QJsonObject RemoteChatRequest::toJson() const
{
    QJsonArray chatHistory;
    for (const ChatMessage &message : history) {
        if (message.role != ChatMessage::Role::User && message.role != ChatMessage::Role::Assistant) {
            continue;
        }
        chatHistory.append(QJsonObject{{u"role"_s, ChatMessage::roleName(message.role)}, {u"content"_s, message.content}});
    }
    chatHistory.append(QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, query}});
    QJsonObject context{{u"chat_history"_s, chatHistory}};
    if (!selectedContent.isEmpty()) {
        context.insert(u"selected_content"_s, selectedContent);
    }
    QJsonObject body{{u"query"_s, query}, {u"context"_s, context}};
    if (!sessionId.isEmpty()) {
        body.insert(u"session_id"_s, sessionId);
    }
    return body;
}
