// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflownode.h"

/**
 * @brief In `analyze` mode, classifies the question with one LLM call, as MineContext does
 * (`simple_chat`, `qa_analysis`, `document_edit`, `content_generation`). A failed
 * classification falls back to `qa_analysis`; it never stops the run.
 */
class IntentNode : public WorkflowNode
{
public:
    StreamEvent::Stage stage() const override;
    bool isEnabled(const WorkflowState &state) const override;
    QCoro::Task<> run(WorkflowState &state) override;

    /** The query type named in a model's reply; `qa_analysis` when none is. */
    static QString parseQueryType(const QString &reply);
};
