// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "streamevent.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

/**
 * @brief Turns one agent run's events into an OpenAI `chat.completion.chunk` stream.
 *
 * `session_start` gives the first chunk (`delta: {"role": "assistant", "content": ""}`), answer and
 * reasoning chunks give `delta.content` / `delta.reasoning_content`; status events give nothing.
 * The terminal event gives the chunk with `finish_reason`, the usage chunk (`choices: []`) when
 * `stream_options.include_usage` was asked for (every other chunk then carries `"usage": null`),
 * and `data: [DONE]`. A run that failed or was interrupted ends with an `{"error": ...}` event
 * before `[DONE]`, as OpenAI-compatible servers report errors after the headers.
 */
class OpenAiChunker
{
public:
    OpenAiChunker(const QString &id, qint64 created, const QString &model, bool includeUsage);

    /** The SSE bytes for @p event: zero, one or more `data: ...\n\n` events. */
    QByteArray format(const StreamEvent &event);

    static QByteArray sse(const QByteArray &json);

private:
    QByteArray chunk(const QByteArray &delta, const QJsonValue &finishReason) const;

    QString m_id;
    qint64 m_created;
    QString m_model;
    bool m_includeUsage;
    QJsonObject m_usage;
};
