// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatroutes.h"

#include "appcore.h"
#include "bodyfields.h"
#include "chatservice.h"
#include "chatturn.h"
#include "contextagent.h"
#include "httprouter.h"
#include "jsonwriter.h"
#include "minecontextformat.h"
#include "openaiformat.h"
#include "servercontext.h"
#include "serverrequest.h"
#include "ssestream.h"
#include "storage.h"

using namespace Qt::StringLiterals;

ChatRoutes::ChatRoutes(ServerContext *context)
    : m_context(context)
{ }

void ChatRoutes::addTo(HttpRouter &router)
{
    router.add("POST", u"/api/agent/chat/stream"_s, HttpRouter::Body::Json, [this](ServerRequest &r) { stream(r); });
    router.add("POST", u"/api/agent/chat"_s, HttpRouter::Body::Json, [this](ServerRequest &r) { chat(r); });
    router.add("POST", u"/api/agent/chat/messages/{}/interrupt"_s, HttpRouter::Body::None,
               [this](ServerRequest &r) { interrupt(r); });
}

std::optional<TurnRequest> ChatRoutes::turnRequest(ServerRequest &request)
{
    BodyFields fields(request.json());
    TurnRequest turn;
    turn.query = fields.requiredString(u"query"_s);
    const QJsonObject context = fields.optionalObject(u"context"_s);
    turn.sessionId = fields.optionalString(u"session_id"_s).value_or(QString());
    turn.userId = fields.optionalString(u"user_id"_s).value_or(QString());
    const std::optional<qint64> conversationId = fields.optionalInteger(u"conversation_id"_s);

    BodyFields inner(context, u"context"_s);
    turn.selectedContent = inner.optionalString(u"selected_content"_s).value_or(QString());
    turn.documentId = inner.optionalId(u"document_id"_s).value_or(QString());
    if (const auto history = inner.optionalArray(u"chat_history"_s)) {
        QList<ChatMessage> messages;
        for (const QJsonValue &entry : *history) {
            const QJsonObject object = entry.toObject();
            if (!entry.isObject() || !object.value(u"role").isString() ||
                !(object.value(u"content").isString() || object.value(u"content").isArray())) {
                inner.fail(u"chat_history"_s, u"must be a list of {\"role\": ..., \"content\": ...} objects"_s);
                break;
            }
            messages << ChatMessage::fromJson(object);
        }
        if (!messages.isEmpty() && messages.last().role == ChatMessage::Role::User && messages.last().content == turn.query) {
            messages.removeLast();
        }
        turn.history = messages;
    }
    if (!fields.ok() || !inner.ok()) {
        request.fail(400, !fields.ok() ? fields.error() : inner.error());
        return std::nullopt;
    }
    if (turn.query.trimmed().isEmpty()) {
        request.fail(400, u"Field 'query' must not be empty."_s);
        return std::nullopt;
    }
    if (conversationId) {
        if (*conversationId <= 0 || !m_context->core()->storage()->conversation(*conversationId)) {
            request.fail(404, u"Conversation not found"_s);
            return std::nullopt;
        }
        turn.conversationId = *conversationId;
    } else {
        turn.persist = false; // MineContext stores nothing without a conversation
    }
    turn.origin = u"server"_s;
    return turn;
}

void ChatRoutes::stream(ServerRequest &request)
{
    const auto turnRequest = this->turnRequest(request);
    if (!turnRequest) {
        return;
    }
    ChatTurn *turn = m_context->startTurn(request, *turnRequest);
    if (!turn) {
        return;
    }
    m_context->openStream(request, turn, &SseStream::mineContextEvent);
}

HttpReply ChatRoutes::chatResponse(ChatTurn *turn, const QString &query)
{
    if (!turn) {
        return HttpReply::json(500, JsonWriter().add(u"detail", u"The run is gone."_s).toJson());
    }
    const AgentResult result = ContextAgent::resultOf(*turn->run());
    const bool ok = result.ok();
    QJsonArray errors;
    if (!ok) {
        errors.append(result.status == AgentRun::Status::Interrupted ? u"Message generation was interrupted"_s : result.failure);
    }
    const QString type = result.queryType.isEmpty() ? u"simple_chat"_s : result.queryType;
    const QByteArray intent =
        JsonWriter().add(u"type", type).add(u"enhanced_query", query).add(u"original_query", query).toJson();
    const QByteArray execution = JsonWriter()
                                     .add(u"success", ok)
                                     .add(u"outputs", ok ? QJsonArray{result.content} : QJsonArray())
                                     .add(u"errors", errors)
                                     .toJson();
    JsonWriter body;
    body.add(u"success", ok)
        .add(u"workflow_id", result.runId)
        .add(u"stage", ok ? u"completed"_s : u"failed"_s)
        .add(u"query", query)
        .addRaw(u"intent", intent)
        .add(u"context", QJsonValue::Null)
        .addRaw(u"execution", execution)
        .add(u"reflection", QJsonValue::Null)
        .add(u"errors", ok ? QJsonValue(QJsonValue::Null) : QJsonValue(errors));
    // Ours, after the reference's fields.
    body.add(u"answer", result.content)
        .add(u"session_id", result.sessionId)
        .add(u"conversation_id", turn->conversationId() > 0 ? QJsonValue(turn->conversationId()) : QJsonValue(QJsonValue::Null))
        .add(u"assistant_message_id",
             turn->assistantMessageId() > 0 ? QJsonValue(turn->assistantMessageId()) : QJsonValue(QJsonValue::Null))
        .add(u"finish_reason", result.finishReason);
    if (!result.reasoning.isEmpty()) {
        body.add(u"reasoning", result.reasoning);
    }
    if (result.usage.isValid()) {
        body.add(u"usage", OpenAiFormat::usage(result.usage));
    }
    return HttpReply::json(200, body.toJson());
}

void ChatRoutes::chat(ServerRequest &request)
{
    const auto turnRequest = this->turnRequest(request);
    if (!turnRequest) {
        return;
    }
    ChatTurn *turn = m_context->startTurn(request, *turnRequest);
    if (!turn) {
        return;
    }
    const QString query = turnRequest->query;
    m_context->answerWhenFinished(request, turn, [query](ChatTurn *finished) { return chatResponse(finished, query); });
}

void ChatRoutes::interrupt(ServerRequest &request)
{
    const auto id = request.idParam(0, u"message_id"_s);
    if (!id) {
        return;
    }
    Storage *storage = m_context->core()->storage();
    const auto message = storage->message(*id);
    if (!message) {
        request.fail(404, u"Message not found"_s);
        return;
    }
    bool interrupted = m_context->core()->chat()->interrupt(*id, u"interrupted by a client"_s);
    if (!interrupted && !isFinalStatus(message->status) && !storage->writer(*id)) {
        // A placeholder written by an external client (message routes): mark it cancelled.
        MessageUpdate update;
        update.status = MessageStatus::Cancelled;
        interrupted = storage->updateMessage(*id, update).ok();
    }
    const auto now = storage->message(*id);
    request.replyJson(200,
                      JsonWriter()
                          .add(u"message_id", QString::number(*id))
                          .add(u"interrupted", interrupted)
                          .add(u"status", now ? MineContextFormat::statusName(now->status) : QString())
                          .toJson());
}
