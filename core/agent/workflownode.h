// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "streamevent.h"

#include <QCoroTask>

class WorkflowState;

/**
 * @brief One step of the workflow (intent, context, execution, reflection).
 *
 * run() reports a failure with WorkflowState::fail() and returns; it returns at once, without
 * emitting anything more, when the run was interrupted while it waited (WorkflowState::stopped()).
 */
class WorkflowNode
{
public:
    virtual ~WorkflowNode() = default;
    virtual StreamEvent::Stage stage() const = 0;
    /** False to skip this node for this run. */
    virtual bool isEnabled(const WorkflowState &) const
    {
        return true;
    }
    virtual QCoro::Task<> run(WorkflowState &state) = 0;
};
