// SPDX-License-Identifier: GPL-3.0-or-later
#include "ssestream.h"

#include "chatservice.h"
#include "chatturn.h"
#include "eventreader.h"
#include "httpadapter.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

SseStream::SseStream(std::unique_ptr<HttpResponder> responder, ChatTurn *turn, ChatService *chat, Formatter formatter,
                     const Options &options, QObject *parent)
    : QObject(parent)
    , m_responder(std::move(responder))
    , m_turn(turn)
    , m_chat(chat)
    , m_assistantId(turn->assistantMessageId())
    , m_reader(turn->createReader(this))
    , m_formatter(std::move(formatter))
    , m_options(options)
{
    m_keepAlive.setSingleShot(true);
    m_keepAlive.setInterval(m_options.keepAlive);
    connect(&m_keepAlive, &QTimer::timeout, this, &SseStream::sendKeepAlive);
    connect(m_reader, &EventReader::readyRead, this, &SseStream::pump);
}

SseStream::~SseStream() = default;

QByteArray SseStream::mineContextEvent(const StreamEvent &event)
{
    return "data: " + event.toJson() + "\n\n";
}

HttpHeaders SseStream::eventStreamHeaders()
{
    return {{"Content-Type", "text/event-stream; charset=utf-8"},
            {"Cache-Control", "no-cache"},
            {"Connection", "keep-alive"},
            {"X-Accel-Buffering", "no"}};
}

void SseStream::start(const HttpHeaders &headers)
{
    QTcpSocket *socket = m_responder->socket();
    if (!socket || !m_responder->isConnected()) {
        // Gone before the first byte: the turn has no one to answer.
        QMetaObject::invokeMethod(this, &SseStream::onDisconnected, Qt::QueuedConnection);
        return;
    }
    connect(socket, &QTcpSocket::bytesWritten, this, &SseStream::pump);
    connect(socket, &QTcpSocket::disconnected, this, &SseStream::onDisconnected);
    connect(socket, &QObject::destroyed, this, &SseStream::onDisconnected);
    m_responder->beginChunked(200, headers);
    m_keepAlive.start();
}

bool SseStream::isFinished() const
{
    return m_finished;
}

bool SseStream::clientGone() const
{
    return m_clientGone;
}

qint64 SseStream::eventCount() const
{
    return m_events;
}

qint64 SseStream::byteCount() const
{
    return m_bytes;
}

void SseStream::pump()
{
    if (m_finished || !m_responder->isStarted()) {
        return;
    }
    if (!m_responder->isConnected()) {
        onDisconnected();
        return;
    }
    QByteArray batch;
    bool terminal = false;
    while (m_reader->hasPending() && m_responder->bytesToWrite() + batch.size() < m_options.highWater) {
        const StreamEvent event = m_reader->take();
        batch += m_formatter(event);
        ++m_events;
        if (event.isTerminal()) {
            terminal = true;
            break;
        }
    }
    m_bytes += batch.size();
    if (terminal) {
        m_responder->endChunked(batch);
        finish(false);
        return;
    }
    if (!batch.isEmpty()) {
        m_responder->writeChunk(batch);
        m_keepAlive.start();
    }
}

void SseStream::sendKeepAlive()
{
    if (m_finished || !m_responder->isConnected()) {
        return;
    }
    if (m_responder->bytesToWrite() == 0) {
        static const QByteArray comment = QByteArrayLiteral(": keep-alive\n\n");
        m_responder->writeChunk(comment);
        m_bytes += comment.size();
    }
    m_keepAlive.start();
}

void SseStream::onDisconnected()
{
    if (m_finished) {
        return;
    }
    // The client is gone: stop spending tokens now and keep what was written, as cancelled.
    if (m_turn && !m_turn->isFinished()) {
        const QString reason = u"client disconnected"_s;
        if (m_chat && m_assistantId > 0) {
            m_chat->interrupt(m_assistantId, reason);
        } else {
            m_turn->interrupt(reason);
        }
    }
    finish(true);
}

void SseStream::finish(bool clientGone)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_clientGone = clientGone;
    m_keepAlive.stop();
    if (QTcpSocket *socket = m_responder->socket()) {
        disconnect(socket, nullptr, this, nullptr);
    }
    Q_EMIT closed(clientGone);
    deleteLater();
}
