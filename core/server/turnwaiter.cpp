// SPDX-License-Identifier: GPL-3.0-or-later
#include "turnwaiter.h"

#include "chatservice.h"
#include "chatturn.h"
#include "httpadapter.h"

using namespace Qt::StringLiterals;

TurnWaiter::TurnWaiter(std::unique_ptr<HttpResponder> responder, ChatTurn *turn, ChatService *chat, Builder builder,
                       const HttpHeaders &extraHeaders, QObject *parent)
    : QObject(parent)
    , m_responder(std::move(responder))
    , m_turn(turn)
    , m_chat(chat)
    , m_builder(std::move(builder))
    , m_headers(extraHeaders)
{
    connect(turn, &ChatTurn::finished, this, &TurnWaiter::onFinished);
    if (QTcpSocket *socket = m_responder->socket()) {
        connect(socket, &QTcpSocket::disconnected, this, &TurnWaiter::onDisconnected);
        connect(socket, &QObject::destroyed, this, &TurnWaiter::onDisconnected);
    } else {
        QMetaObject::invokeMethod(this, &TurnWaiter::onDisconnected, Qt::QueuedConnection);
    }
}

TurnWaiter::~TurnWaiter() = default;

void TurnWaiter::onFinished()
{
    if (m_done) {
        return;
    }
    m_done = true;
    HttpReply reply = m_builder(m_turn);
    reply.headers += m_headers;
    m_responder->send(reply);
    if (QTcpSocket *socket = m_responder->socket()) {
        disconnect(socket, nullptr, this, nullptr);
    }
    Q_EMIT closed(reply.status, false);
    deleteLater();
}

void TurnWaiter::onDisconnected()
{
    if (m_done) {
        return;
    }
    m_done = true;
    if (m_turn && !m_turn->isFinished()) {
        const QString reason = u"client disconnected"_s;
        if (m_chat && m_turn->assistantMessageId() > 0) {
            m_chat->interrupt(m_turn->assistantMessageId(), reason);
        } else {
            m_turn->interrupt(reason);
        }
    }
    Q_EMIT closed(0, true);
    deleteLater();
}
