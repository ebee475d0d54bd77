// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflownode.h"

/**
 * @brief Optional (off by default): one review call after the answer, reported as a `done`
 * event with the verdict in `metadata.reflection`. It never changes the answer.
 */
class ReflectionNode : public WorkflowNode
{
public:
    StreamEvent::Stage stage() const override;
    bool isEnabled(const WorkflowState &state) const override;
    QCoro::Task<> run(WorkflowState &state) override;
};
