// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventreader.h"

#include "eventchannel.h"

#include <QMetaObject>

using namespace Qt::StringLiterals;

EventReader::EventReader(EventChannel *channel, QObject *parent)
    : QObject(parent)
    , m_channel(channel)
{ }

EventReader::~EventReader()
{
    if (m_channel) {
        m_channel->detach(this);
    }
}

void EventReader::enqueue(const StreamEvent &event)
{
    if (event.isChunk() && !m_queue.isEmpty() && m_queue.last().type == event.type) {
        StreamEvent &last = m_queue.last();
        last.content += event.content;
        last.progress = event.progress;
        const QJsonValue index = event.metadata.value(u"index");
        if (!index.isUndefined()) {
            if (!last.metadata.contains(u"index")) {
                last.metadata.insert(u"index"_s, index);
            }
            last.metadata.insert(u"last_index"_s, index);
        }
        last.metadata.insert(u"merged"_s, last.metadata.value(u"merged").toInt(1) + 1);
        return;
    }
    const bool wasEmpty = m_queue.isEmpty();
    m_queue.enqueue(event);
    if (wasEmpty && !m_notifyScheduled) {
        m_notifyScheduled = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_notifyScheduled = false;
                if (!m_queue.isEmpty()) {
                    m_wakeup.notify();
                    Q_EMIT readyRead();
                }
            },
            Qt::QueuedConnection);
    }
}

void EventReader::channelGone()
{
    m_channel = nullptr;
    m_channelGone = true;
    m_wakeup.notify();
    QMetaObject::invokeMethod(this, &EventReader::readyRead, Qt::QueuedConnection);
}

bool EventReader::hasPending() const
{
    return !m_queue.isEmpty();
}

qsizetype EventReader::pendingCount() const
{
    return m_queue.size();
}

StreamEvent EventReader::take()
{
    StreamEvent event = m_queue.dequeue();
    if (event.isTerminal()) {
        m_terminalTaken = true;
    }
    return event;
}

QList<StreamEvent> EventReader::takeAll()
{
    QList<StreamEvent> events;
    events.reserve(m_queue.size());
    while (!m_queue.isEmpty()) {
        events.append(take());
    }
    return events;
}

bool EventReader::atEnd() const
{
    return m_queue.isEmpty() && (m_terminalTaken || m_channelGone);
}

QCoro::Task<std::optional<StreamEvent>> EventReader::next()
{
    QPointer<EventReader> self(this);
    while (self && m_queue.isEmpty()) {
        if (atEnd()) {
            co_return std::nullopt;
        }
        co_await m_wakeup.next();
    }
    if (!self) {
        co_return std::nullopt;
    }
    co_return take();
}
