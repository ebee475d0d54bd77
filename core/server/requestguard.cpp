// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestguard.h"

#include "servertoken.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
RequestGuard::Verdict reject(int status, const QString &detail, const HttpHeaders &headers = {})
{
    RequestGuard::Verdict verdict;
    verdict.action = RequestGuard::Verdict::Action::Reject;
    verdict.status = status;
    verdict.detail = detail;
    verdict.headers = headers;
    return verdict;
}

/** The host part of a `Host` value: `name`, `name:port`, `[v6]` or `[v6]:port`; empty if malformed. */
QString hostName(QByteArrayView value)
{
    QString host = QString::fromLatin1(value).trimmed().toLower();
    if (host.startsWith(u'[')) {
        const qsizetype close = host.indexOf(u']');
        if (close < 0) {
            return {};
        }
        const QString rest = host.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':')) {
            return {};
        }
        return host.mid(1, close - 1);
    }
    const qsizetype colon = host.lastIndexOf(u':');
    if (colon >= 0) {
        if (host.indexOf(u':') != colon) {
            return {}; // a bare IPv6 address without brackets is not a valid Host
        }
        host.truncate(colon);
    }
    if (host.endsWith(u'.')) {
        host.chop(1);
    }
    return host;
}

QString normalizedOrigin(QStringView origin)
{
    QString text = origin.trimmed().toString().toLower();
    while (text.endsWith(u'/')) {
        text.chop(1);
    }
    return text;
}
} // namespace

void RequestGuard::setSettings(const ServerSettings &settings)
{
    m_settings = settings;
}

void RequestGuard::setToken(const ServerToken *token)
{
    m_token = token;
}

void RequestGuard::setListenAddresses(const QList<QHostAddress> &addresses)
{
    m_addresses = addresses;
}

bool RequestGuard::isPublicPath(const QString &path)
{
    return path == u"/health" || path == u"/api/health";
}

bool RequestGuard::isAllowedHost(QByteArrayView value) const
{
    const QString host = hostName(value);
    if (host.isEmpty()) {
        return false;
    }
    if (host == u"localhost") {
        return true; // resolved to loopback by the system itself: no DNS to rebind
    }
    const QHostAddress address(host);
    if (!address.isNull()) {
        if (address.isLoopback() || m_addresses.contains(address)) {
            return true;
        }
        // Bound beyond loopback: an IP literal cannot be rebound, the token still protects.
        const bool remote =
            std::any_of(m_addresses.begin(), m_addresses.end(), [](const QHostAddress &a) { return !a.isLoopback(); });
        return remote && m_settings.allowRemote;
    }
    for (const QString &allowed : m_settings.allowedHosts) {
        if (host == hostName(allowed.toLatin1())) {
            return true;
        }
    }
    return false;
}

bool RequestGuard::isAllowedOrigin(QByteArrayView origin) const
{
    const QString wanted = normalizedOrigin(QString::fromLatin1(origin));
    if (wanted == u"null") {
        return m_settings.allowNullOrigin;
    }
    if (wanted.isEmpty()) {
        return false;
    }
    for (const QString &allowed : m_settings.allowedOrigins) {
        if (normalizedOrigin(allowed) == wanted) {
            return true;
        }
    }
    return false;
}

RequestGuard::Input RequestGuard::inputFor(const QByteArray &method, const QString &path, const QUrlQuery &query, qint64 bodySize,
                                           const std::function<QByteArray(const QByteArray &name)> &field)
{
    Input input;
    input.method = method;
    input.path = path;
    input.host = field("host");
    input.origin = field("origin");
    input.authorization = field("authorization");
    input.apiKey = field("x-api-key");
    input.accessControlRequestMethod = field("access-control-request-method");
    input.bodySize = bodySize;
    for (const char *name : {"api_key", "apikey", "key", "token", "access_token"}) {
        input.tokenInQuery = input.tokenInQuery || query.hasQueryItem(QString::fromLatin1(name));
    }
    return input;
}

RequestGuard::Verdict RequestGuard::check(const Input &input) const
{
    if (input.host.isEmpty()) {
        return reject(400, u"The Host header is missing."_s);
    }
    if (!isAllowedHost(input.host)) {
        return reject(403,
                      u"Host '%1' is not allowed; add it to the server's allowed hosts."_s.arg(QString::fromLatin1(input.host)));
    }

    HttpHeaders cors;
    if (!input.origin.isEmpty()) {
        if (!isAllowedOrigin(input.origin)) {
            return reject(403, u"Origin '%1' is not allowed."_s.arg(QString::fromLatin1(input.origin)));
        }
        cors = {{"Access-Control-Allow-Origin", input.origin}, {"Vary", "Origin"}};
        if (input.method == "OPTIONS" && !input.accessControlRequestMethod.isEmpty()) {
            Verdict preflight;
            preflight.action = Verdict::Action::Preflight;
            preflight.status = 204;
            preflight.headers = cors;
            preflight.headers += {{"Access-Control-Allow-Methods", "GET, POST, PATCH, DELETE"},
                                  {"Access-Control-Allow-Headers", "Authorization, Content-Type, X-API-Key"},
                                  {"Access-Control-Max-Age", "600"}};
            return preflight;
        }
    }

    if (!isPublicPath(input.path)) {
        const HttpHeaders challenge{{"WWW-Authenticate", "Bearer realm=\"confab\""}};
        QByteArray presented;
        const QByteArray authorization = input.authorization.trimmed();
        if (!authorization.isEmpty()) {
            const qsizetype space = authorization.indexOf(' ');
            if (space < 0 || authorization.left(space).toLower() != "bearer") {
                return reject(401, u"Use 'Authorization: Bearer <token>' or 'X-API-Key: <token>'."_s, challenge + cors);
            }
            presented = authorization.mid(space + 1).trimmed();
        } else {
            presented = input.apiKey.trimmed();
        }
        if (presented.isEmpty()) {
            if (input.tokenInQuery) {
                return reject(401, u"Tokens in the URL are not accepted; send 'Authorization: Bearer <token>'."_s,
                              challenge + cors);
            }
            return reject(401, u"A token is required: send 'Authorization: Bearer <token>'."_s, challenge + cors);
        }
        if (!m_token || !m_token->matches(presented)) {
            return reject(401, u"The token is not valid."_s, challenge + cors);
        }
    }

    if (input.bodySize > m_settings.maxBodyBytes) {
        return reject(413, u"The request body is larger than %1 bytes."_s.arg(m_settings.maxBodyBytes), cors);
    }
    Verdict verdict;
    verdict.corsHeaders = cors;
    return verdict;
}

std::optional<std::pair<int, QString>> RequestGuard::checkContentType(bool routeTakesBody, QByteArrayView contentType,
                                                                      qint64 bodySize)
{
    const QByteArray type = contentType.toByteArray().split(';').constFirst().trimmed().toLower();
    if (type == "application/json") {
        return std::nullopt;
    }
    // A route without a body accepts an empty POST with no type (MineContext's interrupt button).
    if (!routeTakesBody && bodySize == 0 && type.isEmpty()) {
        return std::nullopt;
    }
    return std::pair{415, u"The request body must be 'Content-Type: application/json'."_s};
}
