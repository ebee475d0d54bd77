// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatdefaults.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <QCoroTask>

class ChatService;
class ChatTurn;
class LlmClient;
class Storage;

/**
 * @brief Gives a conversation a title written by the model once its first exchange is done.
 *
 * ChatService titles a new conversation at once with the first words of the question. When the
 * first reply has completed, this asks the model for a short title in one small non-streamed
 * completion (reasoning off where the provider can turn it off) and replaces the first words
 * with it. It never delays a reply: it starts after the turn finished. A title the user edited
 * (metadata `title_edited`) or changed meanwhile is never replaced; a failed request leaves the
 * first words in place.
 */
class TitleGenerator : public QObject
{
    Q_OBJECT

public:
    TitleGenerator(ChatService *chat, LlmClient *llm, QObject *parent = nullptr);

    void setEnabled(bool enabled);
    bool isEnabled() const;

    /** Cleans a model's answer into a title: one line, no quotes or markdown, at most 60 characters. */
    static QString cleanTitle(const QString &answer);

Q_SIGNALS:
    /** A generated title was stored (tests, logs). */
    void titleGenerated(qint64 conversationId, const QString &title);
    /** No title was generated for @p conversationId after all (the request failed, or the title changed). */
    void titleSkipped(qint64 conversationId, const QString &reason);

private:
    void onTurnFinished(ChatTurn *turn);
    QCoro::Task<> generate(qint64 conversationId, QString firstWordsTitle, QString question, QString answer, QString model);

    QPointer<ChatService> m_chat;
    QPointer<Storage> m_storage;
    QPointer<LlmClient> m_llm;
    QSet<qint64> m_running;
    bool m_enabled = true;
};
