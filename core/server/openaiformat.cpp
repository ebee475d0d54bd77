// SPDX-License-Identifier: GPL-3.0-or-later
#include "openaiformat.h"

#include "jsonwriter.h"
#include "usage.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QString OpenAiFormat::errorType(int status)
{
    switch (status) {
    case 401:
        return u"authentication_error"_s;
    case 403:
        return u"permission_error"_s;
    case 404:
        return u"not_found_error"_s;
    case 429:
        return u"rate_limit_error"_s;
    default:
        return status >= 500 ? u"server_error"_s : u"invalid_request_error"_s;
    }
}

QByteArray OpenAiFormat::error(int status, const QString &message, const QString &code)
{
    const QByteArray inner = JsonWriter()
                                 .add(u"message", message)
                                 .add(u"type", errorType(status))
                                 .add(u"param", QJsonValue::Null)
                                 .add(u"code", code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(code))
                                 .toJson();
    return JsonWriter().addRaw(u"error", inner).toJson();
}

QByteArray OpenAiFormat::models(const QStringList &ids)
{
    QList<QByteArray> data;
    for (const QString &id : ids) {
        data << JsonWriter().add(u"id", id).add(u"object", u"model"_s).add(u"created", 0).add(u"owned_by", u"confab"_s).toJson();
    }
    return JsonWriter().add(u"object", u"list"_s).addRaw(u"data", JsonWriter::array(data)).toJson();
}

QJsonObject OpenAiFormat::usage(const QJsonObject &confabUsage)
{
    const qint64 prompt = confabUsage.value(u"prompt_tokens").toInteger();
    const qint64 completion = confabUsage.value(u"completion_tokens").toInteger();
    qint64 total = confabUsage.value(u"total_tokens").toInteger();
    if (total == 0) {
        total = prompt + completion;
    }
    return {{u"prompt_tokens"_s, prompt}, {u"completion_tokens"_s, completion}, {u"total_tokens"_s, total}};
}

QJsonObject OpenAiFormat::usage(const Usage &usage)
{
    const qint64 prompt = std::max<qint64>(0, usage.promptTokens);
    const qint64 completion = std::max<qint64>(0, usage.completionTokens);
    const qint64 total = usage.totalTokens >= 0 ? usage.totalTokens : prompt + completion;
    return {{u"prompt_tokens"_s, prompt}, {u"completion_tokens"_s, completion}, {u"total_tokens"_s, total}};
}

QByteArray OpenAiFormat::completion(const QString &id, qint64 created, const QString &model, const QString &content,
                                    const QString &reasoning, const QString &finishReason, const QJsonObject &usage)
{
    JsonWriter message;
    message.add(u"role", u"assistant"_s).add(u"content", content);
    if (!reasoning.isEmpty()) {
        message.add(u"reasoning_content", reasoning);
    }
    const QByteArray choice = JsonWriter()
                                  .add(u"index", 0)
                                  .addRaw(u"message", message.toJson())
                                  .add(u"finish_reason", finishReason.isEmpty() ? u"stop"_s : finishReason)
                                  .toJson();
    return JsonWriter()
        .add(u"id", id)
        .add(u"object", u"chat.completion"_s)
        .add(u"created", created)
        .add(u"model", model)
        .addRaw(u"choices", JsonWriter::array({choice}))
        .add(u"usage", OpenAiFormat::usage(usage))
        .toJson();
}
