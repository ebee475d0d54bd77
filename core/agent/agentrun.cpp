// SPDX-License-Identifier: GPL-3.0-or-later
#include "agentrun.h"

#include "eventchannel.h"
#include "llmstream.h"
#include "toolinvocation.h"
#include "workflowengine.h"
#include "workflowstate.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <QCoroSignal>

using namespace Qt::StringLiterals;

AgentRun::AgentRun(std::shared_ptr<WorkflowState> state, std::shared_ptr<WorkflowEngine> engine, QObject *parent)
    : QObject(parent)
    , m_state(std::move(state))
    , m_engine(std::move(engine))
    , m_channel(m_state->channel)
{
    m_channel->setParent(this);
    connect(m_channel, &EventChannel::closed, this, &AgentRun::onChannelClosed);
}

AgentRun::~AgentRun()
{
    if (m_status == Status::Running) {
        interrupt(QCoreApplication::translate("AgentRun", "The run was discarded"));
    }
}

EventChannel *AgentRun::channel() const
{
    return m_channel;
}

QString AgentRun::runId() const
{
    return m_state->runId;
}

QString AgentRun::sessionId() const
{
    return m_state->sessionId;
}

QString AgentRun::query() const
{
    return m_state->query;
}

void AgentRun::start()
{
    if (m_status != Status::NotStarted) {
        return;
    }
    begin();
    m_task = WorkflowEngine::run(m_engine, m_state);
}

void AgentRun::begin()
{
    m_status = Status::Running;
    m_state->startedUs = StreamEvent::nowUs();
    m_state->clock.start();
    QList<std::pair<QString, QJsonValue>> ids;
    for (auto it = m_state->context.eventIds.begin(); it != m_state->context.eventIds.end(); ++it) {
        if (it.key() != u"session_id" && it.key() != u"assistant_message_id") {
            ids.append({it.key(), it.value()});
        }
    }
    ids.append({u"run_id"_s, m_state->runId});
    m_channel->push(StreamEvent::sessionStart(m_state->sessionId, m_state->context.assistantMessageId, ids));
}

void AgentRun::interrupt(const QString &reason)
{
    if (isFinished() || m_state->interrupted) {
        return;
    }
    if (m_status == Status::NotStarted) {
        // Readers still get a whole stream, session_start then interrupted; nothing goes upstream.
        begin();
    }
    WorkflowState &state = *m_state;
    state.interrupted = true;
    state.finishReason = u"cancelled"_s;
    QJsonObject metadata = WorkflowEngine::terminalMetadata(state);
    metadata.insert(u"partial_content_chars"_s, state.content.size());
    if (!reason.isEmpty()) {
        metadata.insert(u"reason"_s, reason);
    }
    m_channel->push(StreamEvent(StreamEvent::Type::Interrupted, StreamEvent::Stage::Failed,
                                QCoreApplication::translate("AgentRun", "Message generation was interrupted"), state.progress(),
                                metadata));
    if (state.activeStream) {
        state.activeStream->abort();
    }
    for (const auto &tool : std::as_const(state.activeTools)) {
        if (tool) {
            tool->cancel();
        }
    }
    Q_EMIT state.gate.wake();
}

void AgentRun::onChannelClosed()
{
    const auto terminal = m_channel->terminalEvent();
    if (m_state->interrupted || terminal->type == StreamEvent::Type::Interrupted) {
        m_status = Status::Interrupted;
    } else {
        m_status = terminal->stage == StreamEvent::Stage::Failed ? Status::Failed : Status::Completed;
    }
    Q_EMIT finished();
}

AgentRun::Status AgentRun::status() const
{
    return m_status;
}

bool AgentRun::isFinished() const
{
    return m_status == Status::Completed || m_status == Status::Failed || m_status == Status::Interrupted;
}

QString AgentRun::content() const
{
    return m_state->content;
}

QString AgentRun::reasoning() const
{
    return m_state->reasoning;
}

QString AgentRun::finishReason() const
{
    return m_state->finishReason;
}

Usage AgentRun::usage() const
{
    return m_state->usage;
}

QList<ToolRecord> AgentRun::toolRecords() const
{
    return m_state->toolRecords;
}

QString AgentRun::failure() const
{
    return m_state->failure;
}

LlmError AgentRun::error() const
{
    return m_state->error;
}

QString AgentRun::queryType() const
{
    return m_state->queryType;
}

QCoro::Task<> AgentRun::waitForFinished()
{
    if (!isFinished()) {
        co_await qCoro(this, &AgentRun::finished);
    }
}
