// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class ServerRequest;

/**
 * @brief Maps a method and a path to a handler. Patterns are paths with `{}` for one segment,
 * e.g. `/api/agent/chat/conversations/{}/update`; the matched segments become the request's
 * params. match() tells a path that exists for another method (405) from an unknown one (404).
 */
class HttpRouter
{
public:
    enum class Body {
        None, ///< no body expected; an empty POST without a content type is accepted
        Json, ///< a JSON object, `Content-Type: application/json`
    };
    using Handler = std::function<void(ServerRequest &request)>;

    struct Route
    {
        QByteArray method;
        QStringList segments;
        Body body = Body::None;
        Handler handler;
    };

    struct Match
    {
        const Route *route = nullptr;
        QStringList params;
        /** Methods the path accepts, when route is null but the path exists. */
        QList<QByteArray> allowed;
    };

    void add(const QByteArray &method, const QString &pattern, Body body, Handler handler);
    Match match(const QByteArray &method, const QString &path) const;

private:
    QList<Route> m_routes;
};
