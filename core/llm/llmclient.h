// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatrequest.h"
#include "llmresult.h"
#include "llmstream.h"
#include "llmtimeouts.h"
#include "modellistresult.h"
#include "providerprofile.h"
#include "retrypolicy.h"

#include <QHash>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

#include <QCoroTask>

#include <QNetworkAccessManager>

/**
 * @brief Talks to one OpenAI-compatible provider: streamed and one-shot chat completions, and
 * the model list. Everything runs on the thread that owns the client (the main thread).
 *
 * Requests go to `<baseUrl>/chat/completions` with `Authorization: Bearer <apiKey>` (when a key
 * is set) and the profile's extra headers. The model defaults to the profile's; the profile's
 * extra body is merged into every request, before the request's own (see ChatRequest).
 * Without a QNetworkAccessManager the client makes its own and turns on the system proxy
 * settings (QNetworkProxyFactory::setUseSystemConfiguration); loopback servers are never
 * proxied.
 *
 * Failed attempts are retried per the RetryPolicy, only before the first byte of the response
 * body: never once a token has been delivered, never for 401/403, payment or quota errors.
 */
class LlmClient : public QObject
{
    Q_OBJECT

public:
    explicit LlmClient(QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);
    ~LlmClient() override;

    void setProfile(const ProviderProfile &profile);
    const ProviderProfile &profile() const
    {
        return m_profile;
    }
    void setTimeouts(const LlmTimeouts &timeouts);
    const LlmTimeouts &timeouts() const
    {
        return m_timeouts;
    }
    void setRetryPolicy(const RetryPolicy &policy);
    const RetryPolicy &retryPolicy() const
    {
        return m_retry;
    }
    QNetworkAccessManager *networkAccessManager() const
    {
        return m_nam;
    }

    /** Starts a streamed completion. The caller owns the stream (delete it with deleteLater()). */
    LlmStream *stream(const ChatRequest &request);
    /**
     * A non-streamed completion (`stream: false`); a server that streams anyway is read as a
     * stream. Cannot be cancelled: use stream() for anything the user may stop.
     */
    QCoro::Task<LlmResult> complete(ChatRequest request);
    /** `GET <baseUrl>/models`. Uses the connect timeout plus the first-byte timeout. */
    QCoro::Task<ModelListResult> listModels();

    /** The JSON body that stream() (@p stream true) or complete() would send. */
    QJsonObject requestBody(const ChatRequest &request, bool stream) const;

private:
    QNetworkRequest networkRequest(const QUrl &url, bool stream) const;
    LlmStream *start(const ChatRequest &request, bool stream);

    /** A manager with room for one more request to the provider (see the constructor's note). */
    QNetworkAccessManager *managerForStream();

    QPointer<QNetworkAccessManager> m_nam;
    bool m_ownsManagers = false;
    QList<QNetworkAccessManager *> m_extraManagers;
    QHash<QNetworkAccessManager *, int> m_inFlight;
    ProviderProfile m_profile;
    LlmTimeouts m_timeouts;
    RetryPolicy m_retry;
};
