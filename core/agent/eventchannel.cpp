// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventchannel.h"

#include "agentlog.h"
#include "eventreader.h"

#include <QLoggingCategory>

EventChannel::EventChannel(QObject *parent)
    : QObject(parent)
{ }

EventChannel::~EventChannel()
{
    for (EventReader *reader : std::as_const(m_readers)) {
        reader->channelGone();
    }
}

bool EventChannel::push(StreamEvent event)
{
    if (m_terminal) {
        qCWarning(lcAgent) << "event after the terminal event dropped:" << StreamEvent::typeName(event.type);
        return false;
    }
    ++m_pushed;
    if (event.timestampUs == 0) {
        event.timestampUs = StreamEvent::nowUs();
    }
    if (event.isTerminal()) {
        m_terminal = event;
    }
    for (EventReader *reader : std::as_const(m_readers)) {
        reader->enqueue(event);
    }
    if (m_terminal) {
        Q_EMIT closed();
    }
    return true;
}

bool EventChannel::isClosed() const
{
    return m_terminal.has_value();
}

std::optional<StreamEvent> EventChannel::terminalEvent() const
{
    return m_terminal;
}

qint64 EventChannel::pushedCount() const
{
    return m_pushed;
}

EventReader *EventChannel::createReader(QObject *parent)
{
    auto *reader = new EventReader(this, parent);
    m_readers.append(reader);
    return reader;
}

void EventChannel::detach(EventReader *reader)
{
    m_readers.removeOne(reader);
}
