// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoroTask>
#include <QList>

#include <functional>

class LlmStream;
class ToolInvocation;
class WorkflowState;

/**
 * @brief The waits of a workflow step. Each returns when its work is done or, at once, when the
 * run is interrupted (check WorkflowState::stopped() afterwards).
 */
class WorkflowWait
{
public:
    static QCoro::Task<> forStream(WorkflowState &state, LlmStream *stream);
    static QCoro::Task<> forTools(WorkflowState &state, const QList<ToolInvocation *> &invocations);
    /** Waits until @p done() is true, re-checking it each time @p state's gate wakes. */
    static QCoro::Task<> forSignal(WorkflowState &state, const std::function<bool()> &done);
};
