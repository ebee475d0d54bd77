// SPDX-License-Identifier: GPL-3.0-or-later
#include "reflectionnode.h"

#include "chatrequest.h"
#include "llmclient.h"
#include "llmstream.h"
#include "workflowstate.h"
#include "workflowwait.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

StreamEvent::Stage ReflectionNode::stage() const
{
    return StreamEvent::Stage::Reflection;
}

bool ReflectionNode::isEnabled(const WorkflowState &state) const
{
    return state.settings.reflection && !state.content.isEmpty();
}

QCoro::Task<> ReflectionNode::run(WorkflowState &state)
{
    state.emitEvent(StreamEvent::Type::Running, StreamEvent::Stage::Reflection,
                    QCoreApplication::translate("ReflectionNode", "Reviewing the answer..."));
    ChatRequest request;
    request.model = state.context.model;
    request.maxTokens = 200;
    request.messages = {
        ChatMessage::system(u"You review an assistant's answer. Reply PASS if it answers the question correctly and completely; "
                            u"otherwise reply with one sentence naming the main problem."_s),
        ChatMessage::user(u"Question:\n%1\n\nAnswer:\n%2"_s.arg(state.query, state.content)),
    };
    LlmStream *stream = state.llm->stream(request);
    stream->setParent(&state.gate);
    state.activeStream = stream;
    co_await WorkflowWait::forStream(state, stream);
    if (state.stopped()) {
        co_return;
    }
    const LlmResult result = stream->result();
    state.activeStream = nullptr;
    stream->deleteLater();
    if (result.usage.isValid()) {
        state.addUsage(result.usage);
    }
    const QString verdict = result.ok() ? result.content.trimmed() : result.error.message();
    state.emitEvent(StreamEvent::Type::Done, StreamEvent::Stage::Reflection,
                    QCoreApplication::translate("ReflectionNode", "Review: %1").arg(verdict.left(300)),
                    {{u"reflection"_s, verdict}, {u"passed"_s, result.ok() && verdict.startsWith(u"PASS")}});
}
