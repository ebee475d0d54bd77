// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatmessage.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

ChatMessage ChatMessage::system(const QString &text)
{
    ChatMessage message;
    message.role = Role::System;
    message.content = text;
    return message;
}

ChatMessage ChatMessage::user(const QString &text, const QList<ImagePart> &images)
{
    ChatMessage message;
    message.role = Role::User;
    message.content = text;
    message.images = images;
    return message;
}

ChatMessage ChatMessage::assistant(const QString &text, const QList<ToolCall> &toolCalls)
{
    ChatMessage message;
    message.role = Role::Assistant;
    message.content = text;
    message.toolCalls = toolCalls;
    return message;
}

ChatMessage ChatMessage::toolResult(const QString &toolCallId, const QString &text, const QString &name)
{
    ChatMessage message;
    message.role = Role::Tool;
    message.toolCallId = toolCallId;
    message.content = text;
    message.name = name;
    return message;
}

QString ChatMessage::roleName(Role role)
{
    switch (role) {
    case Role::System:
        return u"system"_s;
    case Role::User:
        return u"user"_s;
    case Role::Assistant:
        return u"assistant"_s;
    case Role::Tool:
        return u"tool"_s;
    case Role::Developer:
        return u"developer"_s;
    }
    return u"user"_s;
}

ChatMessage::Role ChatMessage::roleFromName(const QString &name, bool *ok)
{
    static const QList<std::pair<QString, Role>> names = {{u"system"_s, Role::System},
                                                          {u"user"_s, Role::User},
                                                          {u"assistant"_s, Role::Assistant},
                                                          {u"tool"_s, Role::Tool},
                                                          {u"developer"_s, Role::Developer}};
    for (const auto &[text, role] : names) {
        if (text == name) {
            if (ok) {
                *ok = true;
            }
            return role;
        }
    }
    if (ok) {
        *ok = false;
    }
    return Role::User;
}

QJsonObject ChatMessage::toJson(bool includeReasoning) const
{
    QJsonObject object{{u"role"_s, roleName(role)}};
    if (images.isEmpty()) {
        // An assistant turn that only calls tools has `content: null`, as OpenAI documents it.
        const bool onlyTools = content.isEmpty() && !toolCalls.isEmpty();
        object.insert(u"content"_s, onlyTools ? QJsonValue(QJsonValue::Null) : QJsonValue(content));
    } else {
        QJsonArray parts;
        if (!content.isEmpty()) {
            parts.append(QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, content}});
        }
        for (const ImagePart &image : images) {
            QJsonObject url{{u"url"_s, image.url}};
            if (!image.detail.isEmpty()) {
                url.insert(u"detail"_s, image.detail);
            }
            parts.append(QJsonObject{{u"type"_s, u"image_url"_s}, {u"image_url"_s, url}});
        }
        object.insert(u"content"_s, parts);
    }
    if (includeReasoning && !reasoning.isEmpty()) {
        object.insert(u"reasoning_content"_s, reasoning);
    }
    if (!toolCalls.isEmpty()) {
        QJsonArray calls;
        for (const ToolCall &call : toolCalls) {
            calls.append(QJsonObject{{u"id"_s, call.id},
                                     {u"type"_s, u"function"_s},
                                     {u"function"_s, QJsonObject{{u"name"_s, call.name}, {u"arguments"_s, call.arguments}}}});
        }
        object.insert(u"tool_calls"_s, calls);
    }
    if (!toolCallId.isEmpty()) {
        object.insert(u"tool_call_id"_s, toolCallId);
    }
    if (!name.isEmpty()) {
        object.insert(u"name"_s, name);
    }
    return object;
}

ChatMessage ChatMessage::fromJson(const QJsonObject &object)
{
    ChatMessage message;
    message.role = roleFromName(object.value("role"_L1).toString());
    const QJsonValue content = object.value("content"_L1);
    if (content.isString()) {
        message.content = content.toString();
    } else if (content.isArray()) {
        for (const QJsonValue &part : content.toArray()) {
            const QJsonObject partObject = part.toObject();
            const QString type = partObject.value("type"_L1).toString();
            if (type == "text"_L1) {
                message.content += partObject.value("text"_L1).toString();
            } else if (type == "image_url"_L1) {
                const QJsonValue url = partObject.value("image_url"_L1);
                message.images.append(url.isString() ? ImagePart{url.toString(), {}}
                                                     : ImagePart{url.toObject().value("url"_L1).toString(),
                                                                 url.toObject().value("detail"_L1).toString()});
            }
        }
    }
    message.reasoning = object.value("reasoning_content"_L1).toString();
    if (message.reasoning.isEmpty()) {
        message.reasoning = object.value("reasoning"_L1).toString();
    }
    for (const QJsonValue &value : object.value("tool_calls"_L1).toArray()) {
        const QJsonObject call = value.toObject();
        const QJsonObject function = call.value("function"_L1).toObject();
        const QJsonValue arguments = function.value("arguments"_L1);
        message.toolCalls.append(
            ToolCall{call.value("id"_L1).toString(), function.value("name"_L1).toString(),
                     arguments.isObject() ? QString::fromUtf8(QJsonDocument(arguments.toObject()).toJson(QJsonDocument::Compact))
                                          : arguments.toString()});
    }
    message.toolCallId = object.value("tool_call_id"_L1).toString();
    message.name = object.value("name"_L1).toString();
    return message;
}
