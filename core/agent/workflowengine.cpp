// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflowengine.h"

#include "agentlog.h"
#include "contextnode.h"
#include "executornode.h"
#include "intentnode.h"
#include "reflectionnode.h"
#include "workflowstate.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <exception>

using namespace Qt::StringLiterals;

WorkflowEngine::WorkflowEngine() = default;
WorkflowEngine::~WorkflowEngine() = default;

void WorkflowEngine::addNode(std::unique_ptr<WorkflowNode> node)
{
    m_nodes.push_back(std::move(node));
}

std::shared_ptr<WorkflowEngine> WorkflowEngine::createDefault()
{
    auto engine = std::make_shared<WorkflowEngine>();
    engine->addNode(std::make_unique<IntentNode>());
    engine->addNode(std::make_unique<ContextNode>());
    engine->addNode(std::make_unique<ExecutorNode>());
    engine->addNode(std::make_unique<ReflectionNode>());
    return engine;
}

QJsonObject WorkflowEngine::terminalMetadata(const WorkflowState &state)
{
    QJsonObject metadata = state.context.eventIds;
    metadata.insert(u"run_id"_s, state.runId);
    if (!state.finishReason.isEmpty()) {
        metadata.insert(u"finish_reason"_s, state.finishReason);
    }
    if (state.usage.isValid()) {
        metadata.insert(u"usage"_s,
                        QJsonObject{{u"prompt_tokens"_s, state.usage.promptTokens},
                                    {u"completion_tokens"_s, state.usage.completionTokens},
                                    {u"total_tokens"_s, state.usage.totalTokens},
                                    {u"estimated"_s, state.usage.estimated}});
    }
    if (state.failed) {
        metadata.insert(u"error"_s, state.failure);
        metadata.insert(u"error_code"_s, state.error.isError() ? state.error.kindName() : u"agent"_s);
        if (state.error.httpStatus > 0) {
            metadata.insert(u"http_status"_s, state.error.httpStatus);
        }
    }
    return metadata;
}

QCoro::Task<> WorkflowEngine::run(std::shared_ptr<WorkflowEngine> engine, std::shared_ptr<WorkflowState> state)
{
    state->emitEvent(StreamEvent::Type::Running, StreamEvent::Stage::Init,
                     QCoreApplication::translate("WorkflowEngine", "Starting to process query: %1...").arg(state->query), {},
                     0.0);
    for (const auto &node : engine->m_nodes) {
        if (state->stopped() || state->failed) {
            break;
        }
        if (!node->isEnabled(*state)) {
            continue;
        }
        try {
            co_await node->run(*state);
        } catch (const std::exception &e) {
            qCWarning(lcAgent) << "node" << StreamEvent::stageName(node->stage()) << "threw:" << e.what();
            state->fail(node->stage(),
                        QCoreApplication::translate("WorkflowEngine", "%1 node processing failed: %2")
                            .arg(StreamEvent::stageName(node->stage()), QString::fromLocal8Bit(e.what())));
        }
    }
    if (state->stopped()) {
        co_return; // interrupted: AgentRun::interrupt() has emitted the terminal event
    }
    if (state->failed) {
        QJsonObject failMetadata{{u"error_code"_s, state->error.isError() ? state->error.kindName() : u"agent"_s}};
        if (state->error.httpStatus > 0) {
            failMetadata.insert(u"http_status"_s, state->error.httpStatus);
        }
        if (!state->error.providerCode.isEmpty()) {
            failMetadata.insert(u"provider_code"_s, state->error.providerCode);
        }
        state->emitEvent(StreamEvent::Type::Fail, state->failedStage, state->failure, failMetadata);
        state->emitEvent(StreamEvent::Type::StreamComplete, StreamEvent::Stage::Failed, {}, terminalMetadata(*state), 1.0);
        co_return;
    }
    state->emitEvent(StreamEvent::Type::StreamComplete, StreamEvent::Stage::Completed, {}, terminalMetadata(*state), 1.0);
}
