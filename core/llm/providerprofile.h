// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QUrl>

/**
 * @brief How to reach one OpenAI-compatible provider.
 *
 * @c baseUrl includes the API version path, as the OpenAI SDKs expect it
 * (`https://api.openai.com/v1`, `http://localhost:11434/v1`); requests go to
 * `<baseUrl>/chat/completions` and `<baseUrl>/models`. @c extraHeaders are added to every
 * request (they may replace the defaults); @c extraBody is merged into every request body
 * before the request's own extra body (see ChatRequest). The API key is never written by
 * toJson() and never logged: keep it in SecretStore.
 */
class ProviderProfile
{
public:
    QString id;
    QString name;
    QUrl baseUrl;
    QString apiKey;
    QString defaultModel;
    QHash<QByteArray, QByteArray> extraHeaders;
    QJsonObject extraBody;

    static constexpr const char *DefaultBaseUrl = "https://api.openai.com/v1";

    /**
     * A profile from the environment: OPENAI_API_KEY, OPENAI_BASE_URL (default
     * https://api.openai.com/v1) and, if set, OPENAI_MODEL. Its id is `environment`.
     */
    static ProviderProfile fromEnvironment();

    /** `<baseUrl>/<path>` with exactly one slash in between. */
    QUrl endpoint(const QString &path) const;
    bool isValid() const
    {
        return baseUrl.isValid() && !baseUrl.scheme().isEmpty() && !baseUrl.host().isEmpty();
    }

    /** Everything but the API key. */
    QJsonObject toJson() const;
    static ProviderProfile fromJson(const QJsonObject &object);

    friend bool operator==(const ProviderProfile &, const ProviderProfile &) = default;
};
