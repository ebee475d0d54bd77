// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatmessage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * @brief The parameters of one chat completion request.
 *
 * toJson() writes the OpenAI body: `model`, `messages`, `stream`, with `stream_options:
 * {include_usage: true}` when streaming and @c includeUsage is set, then the optional
 * `temperature`, `top_p`, `max_tokens`, `stop`, `tools` and `tool_choice` (an undefined
 * QJsonValue means "not sent"). @c extraBody is applied last as a JSON Merge Patch (RFC 7396):
 * its members are added or replace the generated ones, objects are merged member by member, and
 * a `null` removes a member (e.g. `{"stream_options": null}` for a server that rejects it, or
 * `{"max_tokens": null, "max_completion_tokens": 512}`).
 */
class ChatRequest
{
public:
    QString model;
    QList<ChatMessage> messages;
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> maxTokens;
    QStringList stop;
    QJsonArray tools;
    QJsonValue toolChoice = QJsonValue(QJsonValue::Undefined);
    bool includeUsage = true;
    /** Send assistant reasoning back as `reasoning_content` (DeepSeek thinking tool loops). */
    bool sendReasoning = false;
    QJsonObject extraBody;

    QJsonObject toJson(bool stream) const;

    /** RFC 7396 JSON Merge Patch of @p patch onto @p target. */
    static QJsonObject mergePatch(QJsonObject target, const QJsonObject &patch);
};
