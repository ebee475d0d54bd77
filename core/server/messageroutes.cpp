// SPDX-License-Identifier: GPL-3.0-or-later
#include "messageroutes.h"

#include "appcore.h"
#include "bodyfields.h"
#include "chatservice.h"
#include "httprouter.h"
#include "jsonwriter.h"
#include "minecontextformat.h"
#include "servercontext.h"
#include "serverrequest.h"
#include "storage.h"

using namespace Qt::StringLiterals;

namespace {
const QString messageNotFound = u"Message not found"_s;
const QString conversationNotFound = u"Conversation not found"_s;
} // namespace

MessageRoutes::MessageRoutes(ServerContext *context)
    : m_context(context)
{ }

void MessageRoutes::addTo(HttpRouter &router)
{
    const QString base = u"/api/agent/chat"_s;
    router.add("POST", base + u"/message/{}/create", HttpRouter::Body::Json, [this](ServerRequest &r) { create(r, false); });
    router.add("POST", base + u"/message/stream/{}/create", HttpRouter::Body::Json,
               [this](ServerRequest &r) { create(r, true); });
    router.add("POST", base + u"/message/{}/update", HttpRouter::Body::Json, [this](ServerRequest &r) { update(r); });
    router.add("POST", base + u"/message/{}/append", HttpRouter::Body::Json, [this](ServerRequest &r) { append(r); });
    router.add("POST", base + u"/message/{}/finished", HttpRouter::Body::None, [this](ServerRequest &r) { finished(r); });
    router.add("GET", base + u"/conversations/{}/messages", HttpRouter::Body::None, [this](ServerRequest &r) { list(r); });
}

void MessageRoutes::create(ServerRequest &request, bool placeholder)
{
    BodyFields fields(request.json());
    const qint64 conversationId = fields.requiredInteger(u"conversation_id"_s);
    const QString role = fields.requiredString(u"role"_s);
    const QString content = placeholder ? QString() : fields.requiredString(u"content"_s);
    const bool complete = placeholder ? false : fields.optionalBool(u"is_complete"_s, false);
    const qint64 tokens = placeholder ? 0 : fields.optionalInteger(u"token_count"_s).value_or(0);
    if (!fields.ok()) {
        request.fail(400, fields.error());
        return;
    }
    if (role.trimmed().isEmpty()) {
        request.fail(400, u"Field 'role' must not be empty."_s);
        return;
    }
    Storage *storage = m_context->core()->storage();
    if (conversationId <= 0 || !storage->conversation(conversationId)) {
        request.fail(404, conversationNotFound);
        return;
    }
    Message draft;
    draft.conversationId = conversationId;
    bool ok = false;
    const qint64 parent = request.params.value(0).toLongLong(&ok);
    if (ok && parent > 0) {
        const auto found = storage->message(parent);
        if (found && found->conversationId == conversationId) {
            draft.parentId = parent; // otherwise a root: parents stay inside their conversation
        }
    }
    draft.role = role;
    draft.content = content;
    draft.status = complete ? MessageStatus::Completed : MessageStatus::Streaming;
    draft.metadata = {{u"origin"_s, u"server"_s}};
    if (tokens > 0) {
        draft.metadata.insert(u"token_count"_s, tokens);
    }
    const auto added = storage->addMessage(draft);
    if (!added) {
        request.failStorage(added.error());
        return;
    }
    request.replyJson(200, QByteArray::number(added->id));
}

std::optional<qint64> MessageRoutes::editableMessage(ServerRequest &request)
{
    const auto id = request.idParam(0, u"message_id"_s);
    if (!id) {
        return std::nullopt;
    }
    if (!m_context->core()->storage()->message(*id)) {
        request.fail(404, messageNotFound);
        return std::nullopt;
    }
    if (m_context->core()->chat()->turnForMessage(*id)) {
        request.fail(409, u"Message %1 is being generated; interrupt it first."_s.arg(*id));
        return std::nullopt;
    }
    return id;
}

void MessageRoutes::update(ServerRequest &request)
{
    BodyFields fields(request.json());
    fields.optionalInteger(u"message_id"_s); // MineContext sends it; the path's id is the one used
    const QString content = fields.requiredString(u"new_content"_s);
    const bool complete = fields.optionalBool(u"is_complete"_s, false);
    const std::optional<qint64> tokens = fields.optionalInteger(u"token_count"_s);
    if (!fields.ok()) {
        request.fail(400, fields.error());
        return;
    }
    const auto id = editableMessage(request);
    if (!id) {
        return;
    }
    MessageUpdate change;
    change.content = content;
    change.status = complete ? MessageStatus::Completed : MessageStatus::Streaming;
    if (tokens) {
        change.metadata = QJsonObject{{u"token_count"_s, *tokens}};
    }
    const auto updated = m_context->core()->storage()->updateMessage(*id, change);
    if (!updated) {
        request.fail(updated.error().code == StorageError::Code::InvalidArgument ? 409 : 500, updated.error().message);
        return;
    }
    request.replyJson(200, "true");
}

void MessageRoutes::append(ServerRequest &request)
{
    BodyFields fields(request.json());
    fields.optionalInteger(u"message_id"_s);
    const QString chunk = fields.requiredString(u"content_chunk"_s);
    const std::optional<qint64> tokens = fields.optionalInteger(u"token_count"_s);
    if (!fields.ok()) {
        request.fail(400, fields.error());
        return;
    }
    const auto id = editableMessage(request);
    if (!id) {
        return;
    }
    Storage *storage = m_context->core()->storage();
    const auto appended = storage->appendMessageContent(*id, chunk);
    if (!appended) {
        request.failStorage(appended.error());
        return;
    }
    if (tokens && *tokens > 0) {
        const auto message = storage->message(*id);
        MessageUpdate change;
        change.metadata =
            QJsonObject{{u"token_count"_s, (message ? message->metadata.value(u"token_count").toInteger() : 0) + *tokens}};
        storage->updateMessage(*id, change);
    }
    request.replyJson(200, "true");
}

void MessageRoutes::finished(ServerRequest &request)
{
    const auto id = editableMessage(request);
    if (!id) {
        return;
    }
    Storage *storage = m_context->core()->storage();
    const auto message = storage->message(*id);
    if (message && !isFinalStatus(message->status)) {
        MessageUpdate change;
        change.status = MessageStatus::Completed;
        const auto updated = storage->updateMessage(*id, change);
        if (!updated) {
            request.failStorage(updated.error());
            return;
        }
    }
    request.replyJson(200, "true");
}

void MessageRoutes::list(ServerRequest &request)
{
    const auto id = request.idParam(0, u"conversation_id"_s);
    if (!id) {
        return;
    }
    Storage *storage = m_context->core()->storage();
    if (!storage->conversation(*id)) {
        request.fail(404, conversationNotFound);
        return;
    }
    const auto messages = storage->messages(*id);
    const auto steps = storage->conversationSteps(*id);
    if (!messages || !steps) {
        request.failStorage(!messages ? messages.error() : steps.error());
        return;
    }
    QList<QByteArray> items;
    for (const Message &message : *messages) {
        items << MineContextFormat::message(message, steps->value(message.id));
    }
    request.replyJson(200, JsonWriter::array(items));
}
