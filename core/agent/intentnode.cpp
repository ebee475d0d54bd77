// SPDX-License-Identifier: GPL-3.0-or-later
#include "intentnode.h"

#include "chatrequest.h"
#include "llmclient.h"
#include "llmstream.h"
#include "workflowstate.h"
#include "workflowwait.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

StreamEvent::Stage IntentNode::stage() const
{
    return StreamEvent::Stage::IntentAnalysis;
}

bool IntentNode::isEnabled(const WorkflowState &state) const
{
    return state.settings.mode == AgentSettings::Mode::Analyze;
}

QString IntentNode::parseQueryType(const QString &reply)
{
    const QString text = reply.trimmed().toLower();
    for (const char *type : {"simple_chat", "document_edit", "qa_analysis", "content_generation"}) {
        if (text.contains(QLatin1StringView(type))) {
            return QString::fromLatin1(type);
        }
    }
    return u"qa_analysis"_s;
}

QCoro::Task<> IntentNode::run(WorkflowState &state)
{
    state.emitEvent(StreamEvent::Type::Thinking, StreamEvent::Stage::IntentAnalysis,
                    QCoreApplication::translate("IntentNode", "Analyzing your intent..."), {}, 0.05);
    ChatRequest request;
    request.model = state.context.model;
    request.includeUsage = true;
    request.maxTokens = 16;
    request.temperature = 0.0;
    request.messages = {
        ChatMessage::system(u"Classify the user's message. Reply with exactly one label: simple_chat (greetings, small talk), "
                            u"qa_analysis (questions that need facts or analysis), document_edit (changing a given text), "
                            u"content_generation (writing new content)."_s),
        ChatMessage::user(state.query),
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
    if (!result.ok()) {
        state.queryType = u"qa_analysis"_s;
        state.emitEvent(StreamEvent::Type::Done, StreamEvent::Stage::IntentAnalysis,
                        QCoreApplication::translate("IntentNode", "Could not classify the question (%1); answering it directly")
                            .arg(result.error.message()),
                        {{u"query_type"_s, state.queryType}, {u"error_code"_s, result.error.kindName()}}, 0.1);
        co_return;
    }
    state.queryType = parseQueryType(result.content);
    state.emitEvent(StreamEvent::Type::Done, StreamEvent::Stage::IntentAnalysis,
                    QCoreApplication::translate("IntentNode", "Intent: %1").arg(state.queryType),
                    {{u"query_type"_s, state.queryType}}, 0.1);
}
