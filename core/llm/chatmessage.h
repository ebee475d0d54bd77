// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imagepart.h"
#include "toolcall.h"

#include <QJsonObject>
#include <QList>
#include <QString>

/**
 * @brief One message of a conversation in the OpenAI chat format.
 *
 * toJson() writes `content` as a string, or as an array of text and `image_url` parts when
 * images are attached (`null` for an assistant turn that only calls tools); `tool_calls` for an
 * assistant that called tools; `tool_call_id` (and
 * `name` when set) for a tool result. @c reasoning is only sent when asked for (DeepSeek
 * rejects it in most requests but wants it back during a tool-call loop in thinking mode).
 */
class ChatMessage
{
public:
    enum class Role { System, User, Assistant, Tool, Developer };

    Role role = Role::User;
    QString content;
    QList<ImagePart> images;
    QString reasoning;
    QList<ToolCall> toolCalls;
    QString toolCallId;
    QString name;

    static ChatMessage system(const QString &text);
    static ChatMessage user(const QString &text, const QList<ImagePart> &images = {});
    static ChatMessage assistant(const QString &text, const QList<ToolCall> &toolCalls = {});
    static ChatMessage toolResult(const QString &toolCallId, const QString &text, const QString &name = {});

    QJsonObject toJson() const
    {
        return toJson(false);
    }
    QJsonObject toJson(bool includeReasoning) const;
    /** Reads the OpenAI shape back (string or parts content, tool calls, reasoning fields). */
    static ChatMessage fromJson(const QJsonObject &object);

    static QString roleName(Role role);
    /** Unknown names map to User and set @p ok to false. */
    static Role roleFromName(const QString &name, bool *ok = nullptr);

    friend bool operator==(const ChatMessage &, const ChatMessage &) = default;
};
