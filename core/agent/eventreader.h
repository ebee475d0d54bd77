// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "streamevent.h"
#include "wakeup.h"

#include <QObject>
#include <QPointer>
#include <QQueue>

#include <QCoroTask>

class EventChannel;

/**
 * @brief One consumer's view of an EventChannel: a queue it drains at its own pace.
 *
 * readyRead() is emitted from the event loop (never inside the producer's call) when events
 * arrive in an empty queue. A reader that takes events as they come sees them one by one; a
 * reader that falls behind finds consecutive chunks merged into one.
 */
class EventReader : public QObject
{
    Q_OBJECT

public:
    ~EventReader() override;

    bool hasPending() const;
    qsizetype pendingCount() const;
    /** The next event; only call when hasPending(). */
    StreamEvent take();
    QList<StreamEvent> takeAll();
    /** The terminal event has been taken: nothing more will come. */
    bool atEnd() const;
    /** Waits for the next event; std::nullopt once atEnd() or when the channel is gone. */
    QCoro::Task<std::optional<StreamEvent>> next();

Q_SIGNALS:
    void readyRead();

private:
    friend class EventChannel;
    EventReader(EventChannel *channel, QObject *parent);
    void enqueue(const StreamEvent &event);
    void channelGone();

    QPointer<EventChannel> m_channel;
    QQueue<StreamEvent> m_queue;
    bool m_notifyScheduled = false;
    bool m_terminalTaken = false;
    bool m_channelGone = false;
    Wakeup m_wakeup{this};
};
