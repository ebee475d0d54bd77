// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatrequest.h"

using namespace Qt::StringLiterals;

QJsonObject ChatRequest::toJson(bool stream) const
{
    QJsonArray messageArray;
    for (const ChatMessage &message : messages) {
        messageArray.append(message.toJson(sendReasoning));
    }
    QJsonObject body{{u"model"_s, model}, {u"messages"_s, messageArray}, {u"stream"_s, stream}};
    if (stream && includeUsage) {
        body.insert(u"stream_options"_s, QJsonObject{{u"include_usage"_s, true}});
    }
    if (temperature) {
        body.insert(u"temperature"_s, *temperature);
    }
    if (topP) {
        body.insert(u"top_p"_s, *topP);
    }
    if (maxTokens) {
        body.insert(u"max_tokens"_s, *maxTokens);
    }
    if (!stop.isEmpty()) {
        body.insert(u"stop"_s, QJsonArray::fromStringList(stop));
    }
    if (!tools.isEmpty()) {
        body.insert(u"tools"_s, tools);
    }
    if (!toolChoice.isUndefined()) {
        body.insert(u"tool_choice"_s, toolChoice);
    }
    return mergePatch(std::move(body), extraBody);
}

QJsonObject ChatRequest::mergePatch(QJsonObject target, const QJsonObject &patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QJsonValue value = it.value();
        if (value.isNull()) {
            target.remove(it.key());
        } else if (value.isObject()) {
            const QJsonValue existing = target.value(it.key());
            target.insert(it.key(), mergePatch(existing.isObject() ? existing.toObject() : QJsonObject(), value.toObject()));
        } else {
            target.insert(it.key(), value);
        }
    }
    return target;
}
