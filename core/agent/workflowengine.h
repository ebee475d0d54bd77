// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflownode.h"

#include <memory>
#include <vector>

class WorkflowState;

/**
 * @brief Runs the nodes of a workflow in order and ends every run with exactly one terminal
 * event: `stream_complete` with stage `completed` or `failed` (after a `fail` event saying why),
 * or `interrupted` (emitted by AgentRun::interrupt()).
 *
 * The default workflow is intent analysis → context gathering → execution → reflection; a node
 * decides for itself whether it applies to a run.
 */
class WorkflowEngine
{
public:
    WorkflowEngine();
    ~WorkflowEngine();

    void addNode(std::unique_ptr<WorkflowNode> node);
    static std::shared_ptr<WorkflowEngine> createDefault();

    /** Runs @p state through @p engine; both are kept alive by the run until it ends. */
    static QCoro::Task<> run(std::shared_ptr<WorkflowEngine> engine, std::shared_ptr<WorkflowState> state);

    /** The metadata of the terminal event: finish reason, usage, error, ids. */
    static QJsonObject terminalMetadata(const WorkflowState &state);

private:
    std::vector<std::unique_ptr<WorkflowNode>> m_nodes;
};
