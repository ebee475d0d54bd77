// SPDX-License-Identifier: GPL-3.0-or-later
#include "openairoutes.h"

#include "appconfig.h"
#include "appcore.h"
#include "bodyfields.h"
#include "chatservice.h"
#include "chatturn.h"
#include "contextagent.h"
#include "httprouter.h"
#include "openaichunker.h"
#include "openaiformat.h"
#include "servercontext.h"
#include "serverrequest.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

OpenAiRoutes::OpenAiRoutes(ServerContext *context)
    : m_context(context)
{ }

void OpenAiRoutes::addTo(HttpRouter &router)
{
    router.add("GET", u"/v1/models"_s, HttpRouter::Body::None, [this](ServerRequest &r) { models(r); });
    router.add("POST", u"/v1/chat/completions"_s, HttpRouter::Body::Json, [this](ServerRequest &r) { completions(r); });
}

QStringList OpenAiRoutes::modelIds() const
{
    QStringList ids;
    const AppConfig *config = m_context->core()->config();
    const auto add = [&ids](const QString &id) {
        if (!id.isEmpty() && !ids.contains(id)) {
            ids << id;
        }
    };
    add(m_context->core()->chat()->defaults().model);
    add(config->chatDefaults().model);
    add(config->activeProvider().defaultModel);
    for (const ProviderProfile &profile : config->providers()) {
        add(profile.defaultModel);
    }
    return ids;
}

void OpenAiRoutes::models(ServerRequest &request)
{
    request.replyJson(200, OpenAiFormat::models(modelIds()));
}

void OpenAiRoutes::completions(ServerRequest &request)
{
    BodyFields fields(request.json());
    const QJsonArray messages = fields.requiredArray(u"messages"_s);
    const QString requestedModel = fields.optionalString(u"model"_s).value_or(QString());
    const bool stream = fields.optionalBool(u"stream"_s, false);
    BodyFields options(fields.optionalObject(u"stream_options"_s), u"stream_options"_s);
    const bool includeUsage = options.optionalBool(u"include_usage"_s, false);
    if (!fields.ok() || !options.ok()) {
        request.fail(400, !fields.ok() ? fields.error() : options.error());
        return;
    }

    QList<ChatMessage> history;
    qsizetype lastUser = -1;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QJsonObject message = messages.at(i).toObject();
        bool known = false;
        ChatMessage::roleFromName(message.value(u"role").toString(), &known);
        if (!messages.at(i).isObject() || !known) {
            request.fail(400, u"Field 'messages[%1]' must be an object with a known 'role'."_s.arg(i));
            return;
        }
        history << ChatMessage::fromJson(message);
        if (history.last().role == ChatMessage::Role::User) {
            lastUser = i;
        }
    }
    if (lastUser < 0 || history.at(lastUser).content.trimmed().isEmpty()) {
        request.fail(400, u"Field 'messages' must contain a user message with text."_s);
        return;
    }
    TurnRequest turnRequest;
    turnRequest.query = history.at(lastUser).content;
    turnRequest.persist = false;
    turnRequest.origin = u"openai"_s;
    turnRequest.history = QList<ChatMessage>();
    QStringList system;
    for (const ChatMessage &message : history.mid(0, lastUser)) {
        if (message.role == ChatMessage::Role::System || message.role == ChatMessage::Role::Developer) {
            system << message.content;
        } else {
            turnRequest.history->append(message);
        }
    }
    turnRequest.systemPrompt = system.join(u"\n\n"_s);
    turnRequest.temperature = fields.optionalDouble(u"temperature"_s);
    turnRequest.topP = fields.optionalDouble(u"top_p"_s);
    if (const auto maxTokens = fields.optionalInteger(u"max_tokens"_s)) {
        turnRequest.maxTokens = int(std::clamp<qint64>(*maxTokens, 1, 1 << 24));
    }
    if (!fields.ok()) {
        request.fail(400, fields.error());
        return;
    }

    const QString model = modelIds().contains(requestedModel) ? requestedModel : m_context->core()->chat()->defaults().model;
    turnRequest.model = model;
    ChatTurn *turn = m_context->startTurn(request, turnRequest);
    if (!turn) {
        return;
    }
    const QString id = u"chatcmpl-"_s + turn->run()->runId();
    const qint64 created = QDateTime::currentSecsSinceEpoch();
    if (stream) {
        auto chunker = std::make_shared<OpenAiChunker>(id, created, model, includeUsage);
        m_context->openStream(request, turn, [chunker](const StreamEvent &event) { return chunker->format(event); });
        return;
    }
    m_context->answerWhenFinished(request, turn, [id, created, model](ChatTurn *finished) {
        if (!finished) {
            return HttpReply::json(500, OpenAiFormat::error(500, u"The run is gone."_s));
        }
        const AgentResult result = ContextAgent::resultOf(*finished->run());
        if (result.status == AgentRun::Status::Interrupted) {
            return HttpReply::json(503, OpenAiFormat::error(503, u"The run was interrupted."_s, u"interrupted"_s));
        }
        if (!result.ok()) {
            return HttpReply::json(
                502, OpenAiFormat::error(502, result.failure, result.error.isError() ? result.error.kindName() : QString()));
        }
        const QJsonObject usage = OpenAiFormat::usage(result.usage);
        return HttpReply::json(
            200, OpenAiFormat::completion(id, created, model, result.content, result.reasoning, result.finishReason, usage));
    });
}
