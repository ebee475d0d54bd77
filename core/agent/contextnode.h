// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "workflownode.h"

/**
 * @brief Gathers what the user gave with the question: selected text, the current document and
 * attached files (read on a worker thread). Skipped when there is none.
 */
class ContextNode : public WorkflowNode
{
    Q_DECLARE_TR_FUNCTIONS(ContextNode)

public:
    StreamEvent::Stage stage() const override;
    bool isEnabled(const WorkflowState &state) const override;
    QCoro::Task<> run(WorkflowState &state) override;
};
