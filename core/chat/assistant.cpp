// SPDX-License-Identifier: GPL-3.0-or-later
#include "assistant.h"

using namespace Qt::StringLiterals;

namespace {
template<typename T>
void put(QJsonObject &object, const QString &key, const std::optional<T> &value)
{
    if (value) {
        object.insert(key, *value);
    } else {
        object.remove(key);
    }
}
} // namespace

QJsonObject Assistant::applyTo(QJsonObject parameters) const
{
    put(parameters, u"temperature"_s, temperature);
    put(parameters, u"max_tokens"_s, maxTokens);
    put(parameters, u"reasoning"_s, reasoning);
    put(parameters, u"tools"_s, tools);
    return parameters;
}

QJsonObject Assistant::toJson() const
{
    QJsonObject object{{u"id"_s, id}, {u"name"_s, name}, {u"systemPrompt"_s, systemPrompt}, {u"model"_s, model}};
    put(object, u"temperature"_s, temperature);
    put(object, u"maxTokens"_s, maxTokens);
    put(object, u"reasoning"_s, reasoning);
    put(object, u"tools"_s, tools);
    return object;
}

Assistant Assistant::fromJson(const QJsonObject &object)
{
    Assistant assistant;
    assistant.id = object.value("id"_L1).toString();
    assistant.name = object.value("name"_L1).toString();
    assistant.systemPrompt = object.value("systemPrompt"_L1).toString();
    assistant.model = object.value("model"_L1).toString();
    if (object.value("temperature"_L1).isDouble()) {
        assistant.temperature = object.value("temperature"_L1).toDouble();
    }
    if (object.value("maxTokens"_L1).isDouble()) {
        assistant.maxTokens = object.value("maxTokens"_L1).toInt();
    }
    if (object.value("reasoning"_L1).isBool()) {
        assistant.reasoning = object.value("reasoning"_L1).toBool();
    }
    if (object.value("tools"_L1).isBool()) {
        assistant.tools = object.value("tools"_L1).toBool();
    }
    return assistant;
}
