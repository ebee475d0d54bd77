// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "streamevent.h"

#include <QList>
#include <QObject>
#include <QPointer>

class EventReader;

/**
 * @brief The events of one agent run, owned by that run.
 *
 * Each consumer reads through its own EventReader, at its own pace. The channel never drops an
 * event and never blocks the producer: when a reader falls behind, consecutive chunks of the same
 * kind are merged in its queue (text concatenated, the index range kept in the metadata), so its
 * memory stays bounded by the number of non-chunk events plus the text itself.
 *
 * After the terminal event (`stream_complete`, `interrupted`, `completed`) the channel is closed
 * and refuses further events.
 */
class EventChannel : public QObject
{
    Q_OBJECT

public:
    explicit EventChannel(QObject *parent = nullptr);
    ~EventChannel() override;

    /** Adds @p event for every reader. Returns false, and drops it, once the channel is closed. */
    bool push(StreamEvent event);
    bool isClosed() const;
    /** The terminal event, once pushed. */
    std::optional<StreamEvent> terminalEvent() const;
    /** How many events were pushed (before any merging). */
    qint64 pushedCount() const;

    /** A reader that receives every event pushed from now on. */
    EventReader *createReader(QObject *parent = nullptr);

Q_SIGNALS:
    void closed();

private:
    friend class EventReader;
    void detach(EventReader *reader);

    QList<EventReader *> m_readers;
    std::optional<StreamEvent> m_terminal;
    qint64 m_pushed = 0;
};
