// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatturn.h"

#include "chatlog.h"
#include "eventchannel.h"
#include "eventreader.h"
#include "messagewriter.h"
#include "storage.h"

#include <QJsonArray>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

ChatTurn::ChatTurn(AgentRun *run, Storage *storage, std::unique_ptr<MessageWriter> writer, qint64 conversationId,
                   qint64 userMessageId, qint64 assistantMessageId, QObject *parent)
    : QObject(parent)
    , m_run(run)
    , m_storage(storage)
    , m_writer(std::move(writer))
    , m_conversationId(conversationId)
    , m_userMessageId(userMessageId)
    , m_assistantMessageId(assistantMessageId)
{
    m_run->setParent(this);
    // The recorder is the run's first reader, so each batch of events reaches storage before any
    // other consumer shows it.
    m_recorder = m_run->channel()->createReader(this);
    connect(m_recorder, &EventReader::readyRead, this, &ChatTurn::record);
    connect(m_run, &AgentRun::finished, this, &ChatTurn::record);
}

ChatTurn::~ChatTurn()
{
    if (!m_finished) {
        m_run->interrupt(tr("The turn was discarded"));
        record();
    }
}

void ChatTurn::start()
{
    m_run->start();
}

AgentRun *ChatTurn::run() const
{
    return m_run;
}

qint64 ChatTurn::conversationId() const
{
    return m_conversationId;
}

qint64 ChatTurn::userMessageId() const
{
    return m_userMessageId;
}

qint64 ChatTurn::assistantMessageId() const
{
    return m_assistantMessageId;
}

QString ChatTurn::sessionId() const
{
    return m_run->sessionId();
}

EventReader *ChatTurn::createReader(QObject *parent)
{
    return m_run->channel()->createReader(parent);
}

QString ChatTurn::content() const
{
    return m_writer ? m_writer->content() : m_run->content();
}

QString ChatTurn::reasoning() const
{
    return m_writer ? m_writer->reasoning() : m_run->reasoning();
}

bool ChatTurn::isFinished() const
{
    return m_finished;
}

MessageStatus ChatTurn::finalStatus() const
{
    return m_finalStatus;
}

void ChatTurn::interrupt(const QString &reason)
{
    m_run->interrupt(reason);
}

void ChatTurn::record()
{
    // Taken synchronously as well as on readyRead: an interrupt must be on disk before it returns.
    while (m_recorder && m_recorder->hasPending()) {
        recordEvent(m_recorder->take());
    }
}

void ChatTurn::recordEvent(const StreamEvent &event)
{
    using T = StreamEvent::Type;
    switch (event.type) {
    case T::SessionStart:
        return;
    case T::StreamChunk:
        if (m_writer) {
            m_writer->appendContent(event.content);
        }
        return;
    case T::ReasoningChunk:
        if (m_writer) {
            m_writer->appendReasoning(event.content);
        }
        return;
    case T::Usage:
        m_usage = event.metadata.value(u"usage").toObject();
        break;
    case T::StreamComplete:
    case T::Interrupted:
    case T::Completed:
        finishMessage(event);
        return;
    default:
        break;
    }
    if (m_storage && m_assistantMessageId > 0) {
        MessageStep step;
        step.messageId = m_assistantMessageId;
        step.type = StreamEvent::typeName(event.type);
        step.stage = StreamEvent::stageName(event.stage);
        step.content = event.content;
        step.progress = event.progress;
        step.metadata = event.metadata;
        const auto added = m_storage->addStep(step);
        if (!added) {
            qCWarning(lcChat) << "could not store a step of message" << m_assistantMessageId << added.error().toString();
        }
    }
}

void ChatTurn::finishMessage(const StreamEvent &terminal)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    if (terminal.type == StreamEvent::Type::Interrupted) {
        m_finalStatus = MessageStatus::Cancelled;
    } else {
        m_finalStatus = terminal.stage == StreamEvent::Stage::Failed ? MessageStatus::Failed : MessageStatus::Completed;
    }
    if (m_writer) {
        QJsonObject metadata = terminal.metadata;
        if (!m_usage.isEmpty()) {
            metadata.insert(u"usage"_s, m_usage);
        }
        QJsonArray tools;
        for (const ToolRecord &record : m_run->toolRecords()) {
            tools.append(QJsonObject{{u"id"_s, record.id},
                                     {u"name"_s, record.name},
                                     {u"arguments"_s, record.arguments},
                                     {u"result"_s, record.result},
                                     {u"ok"_s, record.ok},
                                     {u"duration_ms"_s, record.durationMs}});
        }
        if (!tools.isEmpty()) {
            metadata.insert(u"tool_calls"_s, tools);
        }
        const QString error = m_finalStatus == MessageStatus::Failed ? m_run->failure() : QString();
        const auto finished = m_writer->finish(m_finalStatus, error, metadata);
        if (!finished) {
            // The writer keeps the text and retries; it stays alive with this turn.
            qCWarning(lcChat) << "finishing message" << m_assistantMessageId << "failed for now:" << finished.error().toString();
        }
    }
    Q_EMIT finished();
}
