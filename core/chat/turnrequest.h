// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attachment.h"
#include "chatmessage.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/**
 * @brief One user turn as the window, the local server or the command line asks for it.
 */
struct TurnRequest
{
    QString query;
    /** The conversation to continue; 0 starts a new one. */
    qint64 conversationId = 0;
    /** Where the user message goes: -1 after the active branch's last message, 0 at the root. */
    qint64 parentMessageId = -1;
    /** False: nothing is stored (MineContext's stream route without a conversation). */
    bool persist = true;

    QList<Attachment> attachments;
    QString selectedContent;
    QString documentId;
    /** Earlier turns as a client sent them; when empty, the stored active branch is used. */
    std::optional<QList<ChatMessage>> history;

    /** Overrides of the conversation's settings for this turn only (the OpenAI-compatible route). */
    QString model;
    QString systemPrompt;
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> maxTokens;

    QString sessionId;
    QString userId;
    /** Metadata of a new conversation (MineContext's page_name, document_id, user_id). */
    QJsonObject conversationMetadata;
    /** Who asked: `window`, `server`, `cli`; logged and stored with the message. */
    QString origin;
};
