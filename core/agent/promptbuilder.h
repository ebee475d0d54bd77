// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatmessage.h"

#include <QList>

class WorkflowState;

/**
 * @brief Builds the messages of the answering call: the system prompt, the earlier turns (in
 * order, within a size budget, without repeating the question), and the question with its
 * context and images.
 */
class PromptBuilder
{
public:
    static QList<ChatMessage> build(const WorkflowState &state);
    static QString defaultSystemPrompt();
    /** The earlier turns that fit in @p budget characters, newest kept, oldest first. */
    static QList<ChatMessage> trimmedHistory(const QList<ChatMessage> &history, const QString &query, qsizetype budget);
};
