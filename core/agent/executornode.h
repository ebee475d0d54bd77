// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "workflownode.h"

#include "chatrequest.h"
#include "llmresult.h"

/**
 * @brief Streams the answer, running the tools the model calls, in bounded rounds.
 *
 * Emits `thinking` when it starts, `reasoning_chunk` and `stream_chunk` (increasing
 * `metadata.index`) as deltas arrive, `tool_call` / `tool_result` around each tool, then `usage`
 * (provider counts, or an estimate marked as such, with time to first token and tokens/s) and
 * `done`.
 */
class ExecutorNode : public WorkflowNode
{
    Q_DECLARE_TR_FUNCTIONS(ExecutorNode)

public:
    StreamEvent::Stage stage() const override;
    QCoro::Task<> run(WorkflowState &state) override;

private:
    static ChatRequest baseRequest(const WorkflowState &state);
    static QCoro::Task<> runTools(WorkflowState &state, const QList<ToolCall> &calls, int round, QList<ChatMessage> &messages);
    static void emitUsage(WorkflowState &state);
    static Usage estimate(const QList<ChatMessage> &messages, const LlmResult &result);
};
