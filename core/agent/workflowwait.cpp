// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflowwait.h"

#include "llmstream.h"
#include "toolinvocation.h"
#include "workflowstate.h"

#include <QCoroSignal>

QCoro::Task<> WorkflowWait::forSignal(WorkflowState &state, const std::function<bool()> &done)
{
    while (!done() && !state.interrupted) {
        co_await qCoro(&state.gate, &RunGate::wake);
    }
}

QCoro::Task<> WorkflowWait::forStream(WorkflowState &state, LlmStream *stream)
{
    QObject::connect(stream, &LlmStream::finished, &state.gate, &RunGate::wake, Qt::UniqueConnection);
    co_await forSignal(state, [stream] { return stream->isFinished(); });
}

QCoro::Task<> WorkflowWait::forTools(WorkflowState &state, const QList<ToolInvocation *> &invocations)
{
    for (ToolInvocation *invocation : invocations) {
        QObject::connect(invocation, &ToolInvocation::finished, &state.gate, &RunGate::wake, Qt::UniqueConnection);
    }
    co_await forSignal(state, [invocations] {
        return std::all_of(invocations.cbegin(), invocations.cend(), [](ToolInvocation *i) { return i->isFinished(); });
    });
}
