// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflowstate.h"

WorkflowState::WorkflowState(EventChannel *channel, LlmClient *llm, const ToolRegistry *tools, QThreadPool *pool)
    : llm(llm)
    , tools(tools)
    , pool(pool)
    , channel(channel)
{ }

bool WorkflowState::stopped() const
{
    return interrupted || !channel || channel->isClosed();
}

void WorkflowState::emitEvent(StreamEvent::Type type, StreamEvent::Stage stage, const QString &text, const QJsonObject &metadata,
                              double progress)
{
    if (stopped()) {
        return;
    }
    if (progress >= 0) {
        advance(progress);
    }
    channel->push(StreamEvent(type, stage, text, m_progress, metadata));
}

void WorkflowState::fail(StreamEvent::Stage stage, const QString &message, const LlmError &llmError)
{
    if (failed) {
        return;
    }
    failed = true;
    failedStage = stage;
    failure = message;
    error = llmError;
}

double WorkflowState::progress() const
{
    return m_progress;
}

void WorkflowState::advance(double value)
{
    m_progress = std::clamp(std::max(m_progress, value), 0.0, 1.0);
}

void WorkflowState::addUsage(const Usage &delta)
{
    auto add = [](qint64 &total, qint64 value) {
        if (value >= 0) {
            total = std::max<qint64>(total, 0) + value;
        }
    };
    add(usage.promptTokens, delta.promptTokens);
    add(usage.completionTokens, delta.completionTokens);
    add(usage.totalTokens, delta.totalTokens);
    add(usage.reasoningTokens, delta.reasoningTokens);
    usage.estimated = usage.estimated || delta.estimated;
}
