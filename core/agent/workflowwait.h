// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoroTask>
#include <QList>

class LlmStream;
class ToolInvocation;
class WorkflowState;

/**
 * @brief The waits of a workflow step. Each returns when its work is done or, at once, when the
 * run is interrupted (check WorkflowState::stopped() afterwards).
 *
 * (No temporaries with destructors inside a `co_await` expression here or in the callers: GCC 12
 * may destroy them twice.)
 */
class WorkflowWait
{
public:
    static QCoro::Task<> forStream(WorkflowState &state, LlmStream *stream);
    static QCoro::Task<> forTools(WorkflowState &state, const QList<ToolInvocation *> &invocations);
};
