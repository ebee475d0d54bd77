// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

struct Usage;

/**
 * @brief Bodies of the OpenAI-compatible routes: errors, the model list, a whole completion.
 */
class OpenAiFormat
{
public:
    /** `{"error": {"message", "type", "param", "code"}}`, the type following the status. */
    static QByteArray error(int status, const QString &message, const QString &code = {});
    static QString errorType(int status);
    /** `{"object": "list", "data": [{"id", "object": "model", "created", "owned_by"}]}` */
    static QByteArray models(const QStringList &ids);
    /** A `chat.completion` object with one choice. */
    static QByteArray completion(const QString &id, qint64 created, const QString &model, const QString &content,
                                 const QString &reasoning, const QString &finishReason, const QJsonObject &usage);
    /** `prompt_tokens`, `completion_tokens`, `total_tokens` of Confab's usage object. */
    static QJsonObject usage(const QJsonObject &confabUsage);
    /** The same from a run's Usage; counts not reported are 0. */
    static QJsonObject usage(const Usage &usage);
};
