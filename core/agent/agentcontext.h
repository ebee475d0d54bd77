// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attachment.h"
#include "chatmessage.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/**
 * @brief Everything one turn brings besides the question: history, selected text, files, the
 * model and its parameters, and the ids its events should carry.
 */
struct AgentContext
{
    QList<ChatMessage> history; ///< earlier turns, oldest first
    QString selectedContent;
    QList<Attachment> attachments;
    QString documentId; ///< MineContext's current document; resolved by AgentSettings::documentLookup

    QString systemPrompt;
    QString model;
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> maxTokens;
    QJsonObject extraBody; ///< provider switches (e.g. thinking on/off), merged into the request
    bool toolsEnabled = true;

    qint64 conversationId = 0;
    qint64 assistantMessageId = 0;
    /** Ids written into `session_start` and the terminal event's metadata. */
    QJsonObject eventIds;
};
