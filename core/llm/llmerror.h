// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonValue>
#include <QMetaType>
#include <QObject>
#include <QString>

/**
 * @brief What went wrong with a request to a model provider, typed so that callers can decide
 * (retry, ask for a key, show a banner) and with a message in plain words for the user.
 *
 * A default-constructed error has kind None. message() is translated; @c detail holds the
 * technical part (a network error string, or the offending line of a malformed stream) and
 * @c providerMessage the provider's own words, both shown by message() when present.
 */
class LlmError
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(LlmError)
    Q_PROPERTY(Kind kind MEMBER kind)
    Q_PROPERTY(int httpStatus MEMBER httpStatus)
    Q_PROPERTY(QString providerCode MEMBER providerCode)
    Q_PROPERTY(QString message READ message)
    Q_PROPERTY(bool retryable READ isRetryable)

public:
    enum class Kind {
        None,
        Cancelled, ///< stopped by abort(); partial text kept
        Interrupted, ///< the connection was lost after output had arrived; partial text kept
        Timeout, ///< see @c timeout for which one
        Network, ///< another transport failure before any output
        HostNotFound,
        ConnectionRefused,
        Tls,
        Http, ///< an HTTP status with no more specific kind (e.g. 400)
        Authentication, ///< 401 or 403
        PaymentRequired, ///< 402
        NotFound, ///< 404 (usually an unknown model)
        RateLimited, ///< 429; @c retryAfterMs when the provider said
        QuotaExceeded, ///< 429 insufficient_quota and similar: never retried
        RequestTooLarge, ///< 413, or a context-length error
        ServerError, ///< 5xx
        Provider, ///< an error object or event inside an HTTP 200 stream
        Protocol, ///< malformed JSON, an oversize line, or a reply that is not a completion
    };
    Q_ENUM(Kind)

    enum class TimeoutKind {
        NoTimeout,
        Connect, ///< the connection was not established in time
        FirstByte, ///< no response byte arrived in time after the request was sent
        Idle, ///< no data event arrived in time (keep-alive comments do not count)
        Total, ///< the whole turn took longer than its ceiling
        Server, ///< the server itself answered 408
    };
    Q_ENUM(TimeoutKind)

    Kind kind = Kind::None;
    TimeoutKind timeout = TimeoutKind::NoTimeout;
    int httpStatus = 0;
    QString providerCode; ///< `error.code`, else `error.type`, as the provider sent it
    QString providerType; ///< `error.type`
    QString providerMessage; ///< `error.message`, as the provider wrote it
    QString detail; ///< technical detail: network error text, or the offending line
    qint64 retryAfterMs = -1; ///< from Retry-After / retry-after-ms, -1 when absent
    qint64 timeoutMs = -1; ///< the limit that expired, for Timeout

    LlmError() = default;
    explicit LlmError(Kind k, QString detailText = {})
        : kind(k)
        , detail(std::move(detailText))
    { }

    bool isError() const
    {
        return kind != Kind::None;
    }
    /** A sentence or two for the user, translated. Empty for kind None. Never contains secrets. */
    QString message() const;
    /**
     * True when trying the same request again later may succeed (rate limits, 5xx, connect and
     * first-byte timeouts, transient network errors). Never for 401/403, quota, payment, bad
     * requests, cancellation, or an interrupted stream (the client never retries after output).
     */
    bool isRetryable() const;
    /** The enum key, e.g. "RateLimited", for logs and tests. */
    QString kindName() const;

    /**
     * Builds an error from a non-2xx HTTP response: the status, its JSON error body (OpenAI,
     * Ollama, vLLM, OpenRouter and LM Studio shapes) and the Retry-After delay (-1 if none).
     */
    static LlmError fromHttpResponse(int status, QByteArrayView body, qint64 retryAfterMs = -1);
    /**
     * Builds a Provider error from the value of an `error` member (an object or a string) or
     * from a whole error payload such as `{"code":400,"details":"..."}`.
     */
    static LlmError fromProviderError(const QJsonValue &error);
    /** A Protocol error; @p line is the offending input, shortened for display. */
    static LlmError protocol(const QString &what, QByteArrayView line = {});
    /** Parses Retry-After (delta seconds or an HTTP date) to milliseconds, -1 if invalid. */
    static qint64 parseRetryAfter(QByteArrayView value);

    friend bool operator==(const LlmError &, const LlmError &) = default;
};
Q_DECLARE_METATYPE(LlmError)
