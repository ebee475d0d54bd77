// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "streamevent.h"
#include "toolrecord.h"

#include "llmerror.h"
#include "usage.h"

#include <QObject>

#include <QCoroTask>

#include <memory>
#include <optional>

class EventChannel;
class WorkflowEngine;
class WorkflowState;

/**
 * @brief One user turn going through the agent. Owns its event channel.
 *
 * Create readers on channel() before start(): they receive every event, from `session_start`
 * to the one terminal event. interrupt() works at any moment: it aborts the provider request or
 * the tools at once, keeps the partial text, and emits `interrupted`.
 */
class AgentRun : public QObject
{
    Q_OBJECT

public:
    enum class Status { NotStarted, Running, Completed, Failed, Interrupted };
    Q_ENUM(Status)

    AgentRun(std::shared_ptr<WorkflowState> state, std::shared_ptr<WorkflowEngine> engine, QObject *parent = nullptr);
    ~AgentRun() override;

    EventChannel *channel() const;
    QString runId() const;
    QString sessionId() const;
    QString query() const;

    void start();
    /**
     * Stops the run now, also before start(): then it ends with `session_start` and `interrupted`
     * and start() does nothing. Does nothing once it has ended.
     */
    void interrupt(const QString &reason = {});

    Status status() const;
    bool isFinished() const;
    QString content() const;
    QString reasoning() const;
    QString finishReason() const;
    Usage usage() const;
    QList<ToolRecord> toolRecords() const;
    /** Why it failed, in plain words; empty unless status() is Failed. */
    QString failure() const;
    LlmError error() const;
    QString queryType() const;

    /** Waits for the end of the run. */
    QCoro::Task<> waitForFinished();

Q_SIGNALS:
    void finished();

private:
    /** Running from now on, announced with `session_start`. */
    void begin();
    void onChannelClosed();

    std::shared_ptr<WorkflowState> m_state;
    std::shared_ptr<WorkflowEngine> m_engine;
    EventChannel *m_channel;
    Status m_status = Status::NotStarted;
    std::optional<QCoro::Task<>> m_task;
};
