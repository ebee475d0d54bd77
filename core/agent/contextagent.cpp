// SPDX-License-Identifier: GPL-3.0-or-later
#include "contextagent.h"

#include "agentrun.h"
#include "eventchannel.h"
#include "workflowengine.h"
#include "workflowstate.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

ContextAgent::ContextAgent(LlmClient *llm, QObject *parent)
    : QObject(parent)
    , m_llm(llm)
{
    m_pool.setMaxThreadCount(4);
}

ContextAgent::~ContextAgent()
{
    m_pool.clear();
    m_pool.waitForDone(2000);
}

LlmClient *ContextAgent::llm() const
{
    return m_llm;
}

ToolRegistry &ContextAgent::tools()
{
    return m_tools;
}

const AgentSettings &ContextAgent::settings() const
{
    return m_settings;
}

void ContextAgent::setSettings(const AgentSettings &settings)
{
    m_settings = settings;
}

void ContextAgent::setEngineFactory(std::function<std::shared_ptr<WorkflowEngine>()> factory)
{
    m_engineFactory = std::move(factory);
}

bool ContextAgent::hasEngineFactory() const
{
    return bool(m_engineFactory);
}

QString ContextAgent::newSessionId()
{
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString suffix;
    for (int i = 0; i < 9; ++i) {
        suffix += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(36)]);
    }
    return u"session_%1_%2"_s.arg(QDateTime::currentMSecsSinceEpoch()).arg(suffix);
}

AgentRun *ContextAgent::processStream(const QString &query, const QString &sessionId, const QString &userId,
                                      const AgentContext &context, QObject *parent)
{
    auto state = std::make_shared<WorkflowState>(new EventChannel, m_llm, &m_tools, &m_pool);
    state->runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    state->sessionId = sessionId.isEmpty() ? newSessionId() : sessionId;
    state->userId = userId;
    state->query = query;
    state->context = context;
    state->settings = m_settings;
    state->model = context.model;
    return new AgentRun(state, m_engineFactory ? m_engineFactory() : WorkflowEngine::createDefault(), parent);
}

AgentResult ContextAgent::resultOf(const AgentRun &run)
{
    AgentResult result;
    result.status = run.status();
    result.runId = run.runId();
    result.sessionId = run.sessionId();
    result.content = run.content();
    result.reasoning = run.reasoning();
    result.finishReason = run.finishReason();
    result.queryType = run.queryType();
    result.usage = run.usage();
    result.toolRecords = run.toolRecords();
    result.failure = run.failure();
    result.error = run.error();
    return result;
}

QCoro::Task<AgentResult> ContextAgent::process(const QString &query, const QString &sessionId, const QString &userId,
                                               const AgentContext &context)
{
    std::unique_ptr<AgentRun> run(processStream(query, sessionId, userId, context));
    run->start();
    co_await run->waitForFinished();
    co_return resultOf(*run);
}
