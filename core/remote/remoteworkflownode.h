// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflownode.h"

#include <QPointer>

#include <memory>

class RemoteChatClient;
class WorkflowEngine;

/**
 * @brief The whole workflow of a run done by a remote Confab or MineContext server: the turn
 * (question, history, selected text) goes to its SSE chat API and the events that come back
 * are replayed into the local run, so that storage, the window and the local server see a
 * remote answer exactly as they see a local one.
 *
 * The remote `session_start` and `init` step are not repeated (the local run has its own);
 * answer and reasoning chunks build the run's content; a remote failure (a failed
 * `stream_complete`, an `error` or `interrupted` event, a broken stream) fails the run with
 * the remote words. Interrupting the run aborts the stream and asks the server to stop.
 */
class RemoteWorkflowNode : public WorkflowNode
{
public:
    explicit RemoteWorkflowNode(RemoteChatClient *client);

    StreamEvent::Stage stage() const override;
    QCoro::Task<> run(WorkflowState &state) override;

    /** A workflow made of this node alone (see ContextAgent::setEngineFactory()). */
    static std::shared_ptr<WorkflowEngine> createEngine(RemoteChatClient *client);

private:
    QPointer<RemoteChatClient> m_client;
};
