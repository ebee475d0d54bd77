// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpreply.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class ChatService;
class ChatTurn;
class HttpResponder;

/**
 * @brief Answers a non-streaming request once its chat turn has finished.
 *
 * The answer is built by a callback from the finished turn. A client that disconnects while it
 * waits interrupts the turn at once, as a streaming client does.
 */
class TurnWaiter : public QObject
{
    Q_OBJECT

public:
    using Builder = std::function<HttpReply(ChatTurn *turn)>;

    TurnWaiter(std::unique_ptr<HttpResponder> responder, ChatTurn *turn, ChatService *chat, Builder builder,
               const HttpHeaders &extraHeaders, QObject *parent = nullptr);
    ~TurnWaiter() override;

Q_SIGNALS:
    /** Answered with @p status, or the client went away (@p clientGone). */
    void closed(int status, bool clientGone);

private:
    void onFinished();
    void onDisconnected();

    std::unique_ptr<HttpResponder> m_responder;
    QPointer<ChatTurn> m_turn;
    QPointer<ChatService> m_chat;
    Builder m_builder;
    HttpHeaders m_headers;
    bool m_done = false;
};
