// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatdefaults.h"
#include "chatturn.h"
#include "turnrequest.h"

#include "storageresult.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class ContextAgent;
class Storage;
struct Conversation;

/**
 * @brief Runs user turns through the agent and keeps them in storage; shared by the window, the
 * local server and the command line, so a turn started by one shows live in the others.
 *
 * A turn stores the user message and an assistant placeholder before the agent starts, so a
 * client learns the assistant message id in `session_start` and a crash leaves the partial reply
 * on disk. Regenerating adds a sibling reply; editing adds a sibling user message and a new reply;
 * the old branches are kept.
 */
class ChatService : public QObject
{
    Q_OBJECT

public:
    ChatService(Storage *storage, ContextAgent *agent, QObject *parent = nullptr);
    ~ChatService() override;

    Storage *storage() const;
    ContextAgent *agent() const;
    const ChatDefaults &defaults() const;
    void setDefaults(const ChatDefaults &defaults);

    /** Stores the user message and a placeholder reply, then starts the agent. */
    StorageResult<ChatTurn *> startTurn(const TurnRequest &request);
    /** A new reply to the user message before @p assistantMessageId, beside the old one. */
    StorageResult<ChatTurn *> regenerate(qint64 assistantMessageId);
    /** A new user message beside @p userMessageId, with @p text, and its reply. */
    StorageResult<ChatTurn *> editAndResend(qint64 userMessageId, const QString &text);

    ChatTurn *turnForMessage(qint64 assistantMessageId) const;
    ChatTurn *turnForConversation(qint64 conversationId) const;
    QList<ChatTurn *> activeTurns() const;
    /**
     * Ends the turn writing @p assistantMessageId now, started or not: it is stored as cancelled and
     * streams nothing more. False when no such turn is running.
     */
    bool interrupt(qint64 assistantMessageId, const QString &reason = {});
    void interruptAll(const QString &reason);

    /** A title from the first words of @p query, at most 50 characters. */
    static QString titleFrom(const QString &query);

Q_SIGNALS:
    void turnStarted(ChatTurn *turn);
    void turnFinished(ChatTurn *turn);

private:
    StorageResult<ChatTurn *> launch(const TurnRequest &request, const Conversation *conversation, qint64 userMessageId);
    QList<ChatMessage> storedHistory(qint64 conversationId, qint64 beforeMessageId) const;

    Storage *m_storage;
    ContextAgent *m_agent;
    ChatDefaults m_defaults;
    QHash<qint64, QPointer<ChatTurn>> m_turns; // by assistant message id
    QList<QPointer<ChatTurn>> m_ephemeral;
};
