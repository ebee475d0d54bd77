// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpreply.h"
#include "streamevent.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

class ChatService;
class ChatTurn;
class EventReader;
class HttpResponder;

/**
 * @brief Sends one chat turn's events to one HTTP client as Server-Sent Events.
 *
 * The stream reads the turn through its own EventReader (create it right after startTurn(), so
 * that it sees `session_start`). It takes events only while the socket has fewer than
 * `highWater` bytes waiting: a slow client makes the reader merge text chunks instead of this
 * process buffering them, so memory stays bounded and no text is lost. Each batch is written as
 * one HTTP chunk and flushed. After `keepAlive` of silence it writes `: keep-alive`. When the
 * client disconnects before the end, the turn is interrupted at once (the message is kept as
 * cancelled, with its text). The terminal event ends the HTTP response.
 */
class SseStream : public QObject
{
    Q_OBJECT

public:
    /** The SSE bytes for one event (may be empty: nothing to send). */
    using Formatter = std::function<QByteArray(const StreamEvent &event)>;

    struct Options
    {
        std::chrono::milliseconds keepAlive{15000};
        qint64 highWater = 64 * 1024;
    };

    SseStream(std::unique_ptr<HttpResponder> responder, ChatTurn *turn, ChatService *chat, Formatter formatter,
              const Options &options, QObject *parent = nullptr);
    ~SseStream() override;

    /** Sends the response head (200, @p headers) and starts pumping events. */
    void start(const HttpHeaders &headers);

    bool isFinished() const;
    bool clientGone() const;
    qint64 eventCount() const;
    qint64 byteCount() const;

    static QByteArray mineContextEvent(const StreamEvent &event);
    static HttpHeaders eventStreamHeaders();

Q_SIGNALS:
    /** The response ended: completed, or the client went away (@p clientGone). */
    void closed(bool clientGone);

private:
    void pump();
    void onDisconnected();
    void sendKeepAlive();
    void finish(bool clientGone);

    std::unique_ptr<HttpResponder> m_responder;
    QPointer<ChatTurn> m_turn;
    QPointer<ChatService> m_chat;
    qint64 m_assistantId = 0;
    EventReader *m_reader = nullptr;
    Formatter m_formatter;
    Options m_options;
    QTimer m_keepAlive;
    qint64 m_events = 0;
    qint64 m_bytes = 0;
    bool m_finished = false;
    bool m_clientGone = false;
};
