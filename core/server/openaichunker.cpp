// SPDX-License-Identifier: GPL-3.0-or-later
#include "openaichunker.h"

#include "jsonwriter.h"
#include "openaiformat.h"

using namespace Qt::StringLiterals;

OpenAiChunker::OpenAiChunker(const QString &id, qint64 created, const QString &model, bool includeUsage)
    : m_id(id)
    , m_created(created)
    , m_model(model)
    , m_includeUsage(includeUsage)
{ }

QByteArray OpenAiChunker::sse(const QByteArray &json)
{
    return "data: " + json + "\n\n";
}

QByteArray OpenAiChunker::chunk(const QByteArray &delta, const QJsonValue &finishReason) const
{
    const QByteArray choice = JsonWriter().add(u"index", 0).addRaw(u"delta", delta).add(u"finish_reason", finishReason).toJson();
    JsonWriter writer;
    writer.add(u"id", m_id)
        .add(u"object", u"chat.completion.chunk"_s)
        .add(u"created", m_created)
        .add(u"model", m_model)
        .addRaw(u"choices", JsonWriter::array({choice}));
    if (m_includeUsage) {
        writer.add(u"usage", QJsonValue::Null);
    }
    return sse(writer.toJson());
}

QByteArray OpenAiChunker::format(const StreamEvent &event)
{
    using T = StreamEvent::Type;
    switch (event.type) {
    case T::SessionStart:
        return chunk(JsonWriter().add(u"role", u"assistant"_s).add(u"content", u""_s).toJson(), QJsonValue::Null);
    case T::StreamChunk:
        return event.content.isEmpty() ? QByteArray()
                                       : chunk(JsonWriter().add(u"content", event.content).toJson(), QJsonValue::Null);
    case T::ReasoningChunk:
        return event.content.isEmpty() ? QByteArray()
                                       : chunk(JsonWriter().add(u"reasoning_content", event.content).toJson(), QJsonValue::Null);
    case T::Usage:
        m_usage = event.metadata.value(u"usage").toObject();
        return {};
    case T::StreamComplete:
    case T::Completed:
    case T::Interrupted:
        break;
    default:
        return {};
    }

    QByteArray out;
    const bool failed = event.type == T::Interrupted || event.stage == StreamEvent::Stage::Failed;
    if (event.metadata.contains(u"usage")) {
        m_usage = event.metadata.value(u"usage").toObject();
    }
    if (failed) {
        const bool interrupted = event.type == T::Interrupted;
        const QString message = interrupted ? event.content : event.metadata.value(u"error").toString(u"The run failed."_s);
        const int status = interrupted ? 499 : event.metadata.value(u"http_status").toInt(502);
        out += sse(OpenAiFormat::error(status >= 500 ? status : 502, message,
                                       interrupted ? u"interrupted"_s : event.metadata.value(u"error_code").toString()));
    } else {
        out += chunk(QByteArrayLiteral("{}"), event.metadata.value(u"finish_reason").toString(u"stop"_s));
    }
    if (m_includeUsage) {
        const QByteArray usage = JsonWriter()
                                     .add(u"id", m_id)
                                     .add(u"object", u"chat.completion.chunk"_s)
                                     .add(u"created", m_created)
                                     .add(u"model", m_model)
                                     .addRaw(u"choices", "[]")
                                     .add(u"usage", OpenAiFormat::usage(m_usage))
                                     .toJson();
        out += sse(usage);
    }
    out += "data: [DONE]\n\n";
    return out;
}
