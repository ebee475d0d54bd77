// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpreply.h"
#include "serversettings.h"

#include <QHostAddress>
#include <QString>
#include <QUrlQuery>

#include <functional>

class ServerToken;

/**
 * @brief The local server's security checks, run on every request before any route.
 *
 * In order: the `Host` header must name a loopback address, `localhost`, an allowed host, or,
 * when the server listens beyond loopback, any IP address (names that DNS could rebind to
 * 127.0.0.1 are refused, and so are names under `.localhost`, which not every resolver maps to
 * loopback: 403); an `Origin` header must be on the allow-list, `null` only when allowed
 * explicitly (403), and only then is a CORS preflight answered; the token must come in `Authorization: Bearer` or
 * `X-API-Key`, never in the URL (401; `/health` needs none); the body must fit the size limit
 * (413). The content type is checked per route by checkContentType() (415).
 */
class RequestGuard
{
public:
    struct Input
    {
        QByteArray method; ///< upper case, e.g. `POST`
        QString path;
        QByteArray host;
        QByteArray origin;
        QByteArray authorization;
        QByteArray apiKey;
        QByteArray accessControlRequestMethod;
        qint64 bodySize = 0;
        bool tokenInQuery = false;
    };

    struct Verdict
    {
        enum class Action {
            Continue, ///< go on to the route; add corsHeaders to its response
            Reject, ///< answer status with detail and headers
            Preflight, ///< answer 204 with headers
        };
        Action action = Action::Continue;
        int status = 0;
        QString detail;
        HttpHeaders headers;
        HttpHeaders corsHeaders;
    };

    void setSettings(const ServerSettings &settings);
    void setToken(const ServerToken *token);
    /** The addresses the server listens on, to accept them in `Host`. */
    void setListenAddresses(const QList<QHostAddress> &addresses);

    /** The input for a request whose header fields @p field gives by lower-case name. */
    static Input inputFor(const QByteArray &method, const QString &path, const QUrlQuery &query, qint64 bodySize,
                          const std::function<QByteArray(const QByteArray &name)> &field);

    Verdict check(const Input &input) const;

    /** Null when fine; else the status (415) and a message. */
    static std::optional<std::pair<int, QString>> checkContentType(bool routeTakesBody, QByteArrayView contentType,
                                                                   qint64 bodySize);

    bool isAllowedHost(QByteArrayView host) const;
    bool isAllowedOrigin(QByteArrayView origin) const;
    static bool isPublicPath(const QString &path);

private:
    ServerSettings m_settings;
    const ServerToken *m_token = nullptr;
    QList<QHostAddress> m_addresses;
};
