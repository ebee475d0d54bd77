// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agentcontext.h"
#include "agentresult.h"
#include "agentsettings.h"
#include "toolregistry.h"

#include <QObject>
#include <QThreadPool>

#include <QCoroTask>

#include <functional>
#include <memory>

class AgentRun;
class LlmClient;
class WorkflowEngine;

/**
 * @brief The embedded agent: turns one user turn into an AgentRun and its events.
 *
 * One agent serves every conversation; each run has its own state and event channel, so
 * concurrent runs never mix.
 */
class ContextAgent : public QObject
{
    Q_OBJECT

public:
    explicit ContextAgent(LlmClient *llm, QObject *parent = nullptr);
    ~ContextAgent() override;

    LlmClient *llm() const;
    ToolRegistry &tools();
    const AgentSettings &settings() const;
    void setSettings(const AgentSettings &settings);
    /**
     * Makes the workflow of each new run; empty (the default) gives WorkflowEngine::createDefault().
     * The remote backend replaces the workflow with one that asks another server.
     */
    void setEngineFactory(std::function<std::shared_ptr<WorkflowEngine>()> factory);
    bool hasEngineFactory() const;

    /**
     * A run for @p query, not started: create readers on its channel, then call start().
     * An empty @p sessionId gets a new one. The run is a child of @p parent.
     */
    AgentRun *processStream(const QString &query, const QString &sessionId, const QString &userId, const AgentContext &context,
                            QObject *parent = nullptr);
    /** Runs @p query to the end and returns the answer. */
    QCoro::Task<AgentResult> process(const QString &query, const QString &sessionId, const QString &userId,
                                     const AgentContext &context);

    static AgentResult resultOf(const AgentRun &run);
    static QString newSessionId();

private:
    LlmClient *m_llm;
    ToolRegistry m_tools;
    AgentSettings m_settings;
    std::function<std::shared_ptr<WorkflowEngine>()> m_engineFactory;
    QThreadPool m_pool;
};
