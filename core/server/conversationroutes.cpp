// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationroutes.h"

#include "appcore.h"
#include "bodyfields.h"
#include "chatservice.h"
#include "chatturn.h"
#include "httprouter.h"
#include "jsonwriter.h"
#include "minecontextformat.h"
#include "servercontext.h"
#include "serverrequest.h"
#include "storage.h"

using namespace Qt::StringLiterals;

namespace {
const QString notFound = u"Conversation not found"_s;

/** An integer query parameter in [min, max], or @p fallback when absent; answers 400 otherwise. */
std::optional<int> queryInt(ServerRequest &request, const QString &name, int fallback, int min, int max)
{
    const QUrlQuery query = request.query();
    if (!query.hasQueryItem(name)) {
        return fallback;
    }
    bool ok = false;
    const int value = query.queryItemValue(name).toInt(&ok);
    if (!ok || value < min || value > max) {
        request.fail(400, u"Query parameter '%1' must be an integer from %2 to %3."_s.arg(name).arg(min).arg(max));
        return std::nullopt;
    }
    return value;
}
} // namespace

ConversationRoutes::ConversationRoutes(ServerContext *context)
    : m_context(context)
{ }

void ConversationRoutes::addTo(HttpRouter &router)
{
    const QString base = u"/api/agent/chat/conversations"_s;
    router.add("POST", base, HttpRouter::Body::Json, [this](ServerRequest &r) { create(r); });
    router.add("GET", base + u"/list", HttpRouter::Body::None, [this](ServerRequest &r) { list(r); });
    router.add("GET", base + u"/{}", HttpRouter::Body::None, [this](ServerRequest &r) { get(r); });
    router.add("PATCH", base + u"/{}/update", HttpRouter::Body::Json, [this](ServerRequest &r) { rename(r); });
    router.add("DELETE", base + u"/{}/update", HttpRouter::Body::None, [this](ServerRequest &r) { remove(r); });
}

void ConversationRoutes::create(ServerRequest &request)
{
    BodyFields fields(request.json());
    const QString pageName = fields.requiredString(u"page_name"_s);
    const std::optional<QString> documentId = fields.optionalId(u"document_id"_s);
    const std::optional<QString> userId = fields.optionalString(u"user_id"_s);
    if (!fields.ok()) {
        request.fail(400, fields.error());
        return;
    }
    Conversation draft;
    draft.metadata.insert(u"page_name"_s, pageName);
    if (documentId) {
        draft.metadata.insert(u"document_id"_s, *documentId);
    }
    if (userId) {
        draft.metadata.insert(u"user_id"_s, *userId);
    }
    const auto created = m_context->core()->storage()->createConversation(draft);
    if (!created) {
        request.failStorage(created.error());
        return;
    }
    request.replyJson(200, MineContextFormat::conversation(*created));
}

void ConversationRoutes::list(ServerRequest &request)
{
    const auto limit = queryInt(request, u"limit"_s, 20, 1, 1000);
    if (!limit) {
        return;
    }
    const auto offset = queryInt(request, u"offset"_s, 0, 0, std::numeric_limits<int>::max());
    if (!offset) {
        return;
    }
    const QUrlQuery query = request.query();
    const QString status = query.hasQueryItem(u"status"_s) ? query.queryItemValue(u"status"_s) : u"active"_s;
    if (status != u"active") {
        // Deleted conversations are gone for good; nothing else has another status.
        request.replyJson(200, R"({"items":[],"total":0})");
        return;
    }
    ConversationQuery filter;
    filter.limit = *limit;
    filter.offset = *offset;
    filter.archived = ConversationQuery::Archived::Include;
    filter.pinnedFirst = false; // MineContext orders by updated_at only
    for (const QString &key : {u"page_name"_s, u"user_id"_s}) {
        if (query.hasQueryItem(key)) {
            filter.metadataFilter.insert(key, query.queryItemValue(key, QUrl::FullyDecoded));
        }
    }
    Storage *storage = m_context->core()->storage();
    const auto page = storage->conversations(filter);
    const auto total = storage->conversationCount(filter);
    if (!page || !total) {
        request.failStorage(!page ? page.error() : total.error());
        return;
    }
    QList<QByteArray> items;
    for (const Conversation &conversation : *page) {
        items << MineContextFormat::conversation(conversation);
    }
    request.replyJson(200, JsonWriter().addRaw(u"items", JsonWriter::array(items)).add(u"total", *total).toJson());
}

void ConversationRoutes::get(ServerRequest &request)
{
    const auto id = request.idParam(0, u"conversation_id"_s);
    if (!id) {
        return;
    }
    const auto conversation = m_context->core()->storage()->conversation(*id);
    if (!conversation) {
        conversation.error().code == StorageError::Code::NotFound ? request.fail(404, notFound)
                                                                  : request.failStorage(conversation.error());
        return;
    }
    request.replyJson(200, MineContextFormat::conversation(*conversation));
}

void ConversationRoutes::rename(ServerRequest &request)
{
    const auto id = request.idParam(0, u"conversation_id"_s);
    if (!id) {
        return;
    }
    BodyFields fields(request.json());
    const QString title = fields.requiredString(u"title"_s);
    if (!fields.ok()) {
        request.fail(400, fields.error());
        return;
    }
    const auto renamed = m_context->core()->storage()->renameConversation(*id, title);
    if (!renamed) {
        renamed.error().code == StorageError::Code::NotFound ? request.fail(404, notFound) : request.failStorage(renamed.error());
        return;
    }
    request.replyJson(200, MineContextFormat::conversation(*renamed));
}

void ConversationRoutes::remove(ServerRequest &request)
{
    const auto id = request.idParam(0, u"conversation_id"_s);
    if (!id) {
        return;
    }
    Storage *storage = m_context->core()->storage();
    if (!storage->conversation(*id)) {
        request.fail(404, notFound);
        return;
    }
    ChatService *chat = m_context->core()->chat();
    for (ChatTurn *turn : chat->activeTurns()) {
        if (turn->conversationId() == *id) {
            chat->interrupt(turn->assistantMessageId(), u"conversation deleted"_s);
        }
    }
    const auto removed = storage->deleteConversation(*id);
    if (!removed) {
        request.failStorage(removed.error());
        return;
    }
    request.replyJson(200, JsonWriter().add(u"success", true).add(u"id", *id).toJson());
}
