// SPDX-License-Identifier: GPL-3.0-or-later
#include "executornode.h"

#include "llmclient.h"
#include "llmstream.h"
#include "promptbuilder.h"
#include "toolinvocation.h"
#include "toolregistry.h"
#include "workflowstate.h"
#include "workflowwait.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

// Answer progress: from 0.3 towards 0.95 as chunks arrive, never reaching it.
double chunkProgress(int chunks)
{
    return 0.3 + 0.65 * (double(chunks) / (chunks + 200.0));
}
} // namespace

StreamEvent::Stage ExecutorNode::stage() const
{
    return StreamEvent::Stage::Execution;
}

ChatRequest ExecutorNode::baseRequest(const WorkflowState &state)
{
    ChatRequest request;
    request.model = state.context.model;
    request.temperature = state.context.temperature;
    request.topP = state.context.topP;
    request.maxTokens = state.context.maxTokens;
    request.extraBody = state.context.extraBody;
    request.includeUsage = true;
    if (state.context.toolsEnabled && state.tools && !state.tools->isEmpty()) {
        request.tools = state.tools->definitions();
        request.toolChoice = u"auto"_s;
    }
    return request;
}

Usage ExecutorNode::estimate(const QList<ChatMessage> &messages, const LlmResult &result)
{
    // About four bytes of UTF-8 per token, as the providers' tokenizers average on prose.
    qint64 promptBytes = 0;
    for (const ChatMessage &message : messages) {
        promptBytes += message.content.toUtf8().size() + 16;
    }
    qint64 completionBytes = result.content.toUtf8().size() + result.reasoning.toUtf8().size();
    for (const ToolCall &call : result.toolCalls) {
        completionBytes += call.name.size() + call.arguments.toUtf8().size();
    }
    Usage usage;
    usage.promptTokens = (promptBytes + 3) / 4;
    usage.completionTokens = (completionBytes + 3) / 4;
    usage.totalTokens = usage.promptTokens + usage.completionTokens;
    usage.estimated = true;
    return usage;
}

QCoro::Task<> ExecutorNode::run(WorkflowState &state)
{
    state.emitEvent(StreamEvent::Type::Thinking, StreamEvent::Stage::Execution, tr("Generating reply..."), {}, 0.3);

    QList<ChatMessage> messages = PromptBuilder::build(state);
    const ChatRequest base = baseRequest(state);
    for (int round = 0;; ++round) {
        ChatRequest request = base;
        request.messages = messages;
        const bool lastRound = round >= state.settings.maxToolRounds;
        if (!request.tools.isEmpty() && lastRound) {
            request.toolChoice = u"none"_s;
        }
        // Text of an earlier round ends before the next round's text begins.
        if (round > 0 && !state.content.isEmpty() && !state.content.endsWith(u'\n')) {
            state.content += u"\n\n"_s;
            state.emitEvent(StreamEvent::Type::StreamChunk, StreamEvent::Stage::Execution, u"\n\n"_s,
                            {{u"index"_s, state.chunkIndex++}});
        }

        LlmStream *stream = state.llm->stream(request);
        stream->setParent(&state.gate);
        state.activeStream = stream;
        QObject::connect(stream, &LlmStream::reasoningDelta, &state.gate, [&state](const QString &text) {
            if (state.firstTokenUs < 0) {
                state.firstTokenUs = StreamEvent::nowUs();
            }
            state.lastTokenUs = StreamEvent::nowUs();
            state.reasoning += text;
            state.emitEvent(StreamEvent::Type::ReasoningChunk, StreamEvent::Stage::Execution, text,
                            {{u"index"_s, state.reasoningIndex++}}, 0.3);
        });
        QObject::connect(stream, &LlmStream::contentDelta, &state.gate, [&state](const QString &text) {
            if (state.firstTokenUs < 0) {
                state.firstTokenUs = StreamEvent::nowUs();
            }
            state.lastTokenUs = StreamEvent::nowUs();
            state.content += text;
            const int index = state.chunkIndex++;
            state.emitEvent(StreamEvent::Type::StreamChunk, StreamEvent::Stage::Execution, text, {{u"index"_s, index}},
                            chunkProgress(index + 1));
        });

        co_await WorkflowWait::forStream(state, stream);
        if (state.stopped()) {
            co_return;
        }
        const LlmResult result = stream->result();
        state.activeStream = nullptr;
        stream->deleteLater();
        state.model = result.model.isEmpty() ? state.model : result.model;
        state.addUsage(result.usage.isValid() ? result.usage : estimate(request.messages, result));

        if (!result.ok()) {
            state.finishReason = u"error"_s;
            state.fail(StreamEvent::Stage::Execution, result.error.message(), result.error);
            co_return;
        }
        if (result.toolCalls.isEmpty() || lastRound) {
            state.finishReason = result.toolCalls.isEmpty() ? result.finishReason : u"tool_calls"_s;
            if (!result.toolCalls.isEmpty()) {
                state.emitEvent(StreamEvent::Type::Done, StreamEvent::Stage::Execution,
                                tr("Stopped after %n rounds of tool calls.", nullptr, round), {{u"tool_rounds"_s, round}});
            }
            break;
        }
        messages << ChatMessage::assistant(result.content, result.toolCalls);
        co_await runTools(state, result.toolCalls, round + 1, messages);
        if (state.stopped()) {
            co_return;
        }
    }

    emitUsage(state);
    state.emitEvent(StreamEvent::Type::Done, StreamEvent::Stage::Execution, tr("Reply generated"),
                    {{u"finish_reason"_s, state.finishReason}}, 1.0);
}

QCoro::Task<> ExecutorNode::runTools(WorkflowState &state, const QList<ToolCall> &calls, int round, QList<ChatMessage> &messages)
{
    QList<ToolInvocation *> invocations;
    for (const ToolCall &call : calls) {
        state.emitEvent(
            StreamEvent::Type::ToolCall, StreamEvent::Stage::Execution, tr("Calling %1").arg(call.name),
            {{u"tool_call_id"_s, call.id}, {u"name"_s, call.name}, {u"arguments"_s, call.arguments}, {u"round"_s, round}});
        auto *invocation =
            new ToolInvocation(state.tools->find(call.name), call.id, call.name, call.arguments, state.settings.toolTimeoutMs,
                               state.settings.toolOutputLimit, state.pool, &state.gate);
        invocations << invocation;
        state.activeTools << invocation;
    }
    for (ToolInvocation *invocation : std::as_const(invocations)) {
        invocation->start();
    }
    co_await WorkflowWait::forTools(state, invocations);
    if (state.stopped()) {
        co_return;
    }
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const ToolCall &call = calls.at(i);
        ToolInvocation *invocation = invocations.at(i);
        const ToolOutput &output = invocation->output();
        ToolRecord record{
            call.id, call.name, call.arguments, output.text, output.ok, invocation->timedOut(), invocation->durationMs(), round};
        state.toolRecords << record;
        QJsonObject metadata{{u"tool_call_id"_s, call.id},
                             {u"name"_s, call.name},
                             {u"round"_s, round},
                             {u"duration_ms"_s, record.durationMs},
                             {u"ok"_s, output.ok}};
        metadata.insert(output.ok ? u"result"_s : u"error"_s, output.text);
        if (record.timedOut) {
            metadata.insert(u"timed_out"_s, true);
        }
        state.emitEvent(StreamEvent::Type::ToolResult, StreamEvent::Stage::Execution,
                        output.ok ? tr("%1 answered").arg(call.name) : tr("%1 failed: %2").arg(call.name, output.text.left(200)),
                        metadata, state.progress() + 0.02);
        messages << ChatMessage::toolResult(call.id, output.ok ? output.text : u"Error: "_s + output.text, call.name);
        invocation->deleteLater();
    }
    state.activeTools.clear();
}

void ExecutorNode::emitUsage(WorkflowState &state)
{
    const qint64 now = StreamEvent::nowUs();
    QJsonObject usage{{u"prompt_tokens"_s, state.usage.promptTokens},
                      {u"completion_tokens"_s, state.usage.completionTokens},
                      {u"total_tokens"_s, state.usage.totalTokens},
                      {u"estimated"_s, state.usage.estimated},
                      {u"duration_ms"_s, (now - state.startedUs) / 1000}};
    if (state.usage.reasoningTokens >= 0) {
        usage.insert(u"reasoning_tokens"_s, state.usage.reasoningTokens);
    }
    if (state.firstTokenUs >= 0) {
        usage.insert(u"time_to_first_token_ms"_s, (state.firstTokenUs - state.startedUs) / 1000);
        const double seconds = double(state.lastTokenUs - state.firstTokenUs) / 1e6;
        if (seconds > 0 && state.usage.completionTokens > 0) {
            usage.insert(u"tokens_per_second"_s, std::round(state.usage.completionTokens / seconds * 10) / 10);
        }
    }
    if (!state.model.isEmpty()) {
        usage.insert(u"model"_s, state.model);
    }
    state.emitEvent(StreamEvent::Type::Usage, StreamEvent::Stage::Execution,
                    tr("%n tokens", nullptr, int(std::max<qint64>(0, state.usage.totalTokens))), {{u"usage"_s, usage}});
}
