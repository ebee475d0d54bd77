// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoteworkflownode.h"

#include "remotechatclient.h"
#include "remotechatstream.h"
#include "workflowengine.h"
#include "workflowstate.h"

#include <QCoreApplication>

#include <deque>
#include <memory>

using namespace Qt::StringLiterals;

RemoteWorkflowNode::RemoteWorkflowNode(RemoteChatClient *client)
    : m_client(client)
{ }

StreamEvent::Stage RemoteWorkflowNode::stage() const
{
    return StreamEvent::Stage::Execution;
}

std::shared_ptr<WorkflowEngine> RemoteWorkflowNode::createEngine(RemoteChatClient *client)
{
    auto engine = std::make_shared<WorkflowEngine>();
    engine->addNode(std::make_unique<RemoteWorkflowNode>(client));
    return engine;
}

namespace {
Usage usageFrom(const QJsonObject &object)
{
    Usage usage;
    usage.promptTokens = object.value(u"prompt_tokens").toInteger(-1);
    usage.completionTokens = object.value(u"completion_tokens").toInteger(-1);
    usage.totalTokens = object.value(u"total_tokens").toInteger(-1);
    usage.estimated = object.value(u"estimated").toBool();
    return usage;
}
} // namespace

QCoro::Task<> RemoteWorkflowNode::run(WorkflowState &state)
{
    if (!m_client) {
        state.fail(stage(), QCoreApplication::translate("RemoteWorkflowNode", "The remote backend is not configured."));
        co_return;
    }
    RemoteChatRequest request;
    request.query = state.query;
    request.history = state.context.history;
    request.selectedContent = state.context.selectedContent;
    request.sessionId = state.sessionId;
    std::unique_ptr<RemoteChatStream> stream(m_client->stream(request));
    QPointer<RemoteChatClient> client = m_client;

    std::deque<StreamEvent> queue;
    bool ended = false;
    QObject::connect(stream.get(), &RemoteChatStream::eventReceived, &state.gate, [&queue, &state](const StreamEvent &event) {
        queue.push_back(event);
        Q_EMIT state.gate.wake();
    });
    QObject::connect(stream.get(), &RemoteChatStream::finished, &state.gate, [&ended, &state] {
        ended = true;
        Q_EMIT state.gate.wake();
    });

    QString lastFailure;
    bool terminal = false;
    while (!state.stopped() && !terminal) {
        while (!queue.empty() && !terminal) {
            const StreamEvent event = queue.front();
            queue.pop_front();
            switch (event.type) {
            case StreamEvent::Type::SessionStart:
                break;
            case StreamEvent::Type::StreamChunk:
                if (state.firstTokenUs < 0) {
                    state.firstTokenUs = StreamEvent::nowUs();
                }
                state.lastTokenUs = StreamEvent::nowUs();
                state.content += event.content;
                state.emitEvent(StreamEvent::Type::StreamChunk, StreamEvent::Stage::Execution, event.content,
                                {{u"index"_s, state.chunkIndex++}}, 0.5);
                break;
            case StreamEvent::Type::ReasoningChunk:
                state.reasoning += event.content;
                state.emitEvent(StreamEvent::Type::ReasoningChunk, StreamEvent::Stage::Execution, event.content,
                                {{u"index"_s, state.reasoningIndex++}}, 0.5);
                break;
            case StreamEvent::Type::Fail:
                lastFailure = event.content; // the engine reports the failure once, at the end
                break;
            case StreamEvent::Type::Error:
                state.fail(stage(), event.content.isEmpty() ? lastFailure : event.content);
                terminal = true;
                break;
            case StreamEvent::Type::Interrupted:
                state.fail(stage(), QCoreApplication::translate("RemoteWorkflowNode", "The remote server stopped the reply."));
                terminal = true;
                break;
            case StreamEvent::Type::StreamComplete:
            case StreamEvent::Type::Completed: {
                terminal = true;
                const QJsonObject usage = event.metadata.value(u"usage").toObject();
                if (!usage.isEmpty()) {
                    state.addUsage(usageFrom(usage));
                }
                state.finishReason = event.metadata.value(u"finish_reason").toString(u"stop"_s);
                if (event.type == StreamEvent::Type::Completed && state.content.isEmpty()) {
                    state.content = event.content;
                }
                if (event.stage == StreamEvent::Stage::Failed) {
                    const QString said = event.metadata.value(u"error").toString();
                    state.fail(stage(),
                               !said.isEmpty() ? said
                                   : !lastFailure.isEmpty()
                                   ? lastFailure
                                   : QCoreApplication::translate("RemoteWorkflowNode", "The remote server could not answer."));
                }
                break;
            }
            case StreamEvent::Type::Usage:
                break;
            default:
                if (event.stage == StreamEvent::Stage::Init) {
                    break; // the local run announced itself already
                }
                state.emitEvent(event.type, event.stage == StreamEvent::Stage::None ? stage() : event.stage, event.content,
                                event.metadata, event.progress);
                break;
            }
        }
        if (terminal || state.stopped()) {
            break;
        }
        if (ended) {
            if (queue.empty()) {
                state.fail(stage(),
                           stream->errorString().isEmpty()
                               ? QCoreApplication::translate("RemoteWorkflowNode", "The remote server ended the reply early.")
                               : stream->errorString());
                break;
            }
            continue;
        }
        co_await state.gate.next();
    }
    if (state.interrupted && !stream->isFinished()) {
        const qint64 remoteId = stream->assistantMessageId();
        stream->abort();
        if (client && remoteId > 0) {
            client->interrupt(remoteId); // runs on by itself; nothing waits for it
        }
    }
}
