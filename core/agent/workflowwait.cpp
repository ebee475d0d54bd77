// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflowwait.h"

#include "llmstream.h"
#include "toolinvocation.h"
#include "workflowstate.h"

QCoro::Task<> WorkflowWait::forStream(WorkflowState &state, LlmStream *stream)
{
    QObject::connect(stream, &LlmStream::finished, &state.gate, &RunGate::wake, Qt::UniqueConnection);
    while (!stream->isFinished() && !state.interrupted) {
        co_await state.gate.next();
    }
}

QCoro::Task<> WorkflowWait::forTools(WorkflowState &state, const QList<ToolInvocation *> &invocations)
{
    for (ToolInvocation *invocation : invocations) {
        QObject::connect(invocation, &ToolInvocation::finished, &state.gate, &RunGate::wake, Qt::UniqueConnection);
    }
    auto allFinished = [&invocations] {
        return std::all_of(invocations.cbegin(), invocations.cend(), [](ToolInvocation *i) { return i->isFinished(); });
    };
    while (!allFinished() && !state.interrupted) {
        co_await state.gate.next();
    }
}
