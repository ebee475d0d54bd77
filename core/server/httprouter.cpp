// SPDX-License-Identifier: GPL-3.0-or-later
#include "httprouter.h"

using namespace Qt::StringLiterals;

namespace {
QStringList split(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

bool matches(const QStringList &pattern, const QStringList &segments, QStringList *params)
{
    if (pattern.size() != segments.size()) {
        return false;
    }
    QStringList found;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == u"{}") {
            found << segments.at(i);
        } else if (pattern.at(i) != segments.at(i)) {
            return false;
        }
    }
    *params = found;
    return true;
}
} // namespace

void HttpRouter::add(const QByteArray &method, const QString &pattern, Body body, Handler handler)
{
    m_routes.append(Route{method, split(pattern), body, std::move(handler)});
}

HttpRouter::Match HttpRouter::match(const QByteArray &method, const QString &path) const
{
    Match result;
    const QStringList segments = split(path);
    // Literal segments win over parameters: `/message/stream/{}/create` before `/message/{}/create`.
    int bestLiterals = -1;
    for (const Route &route : m_routes) {
        QStringList params;
        if (!matches(route.segments, segments, &params)) {
            continue;
        }
        if (route.method != method) {
            if (!result.allowed.contains(route.method)) {
                result.allowed << route.method;
            }
            continue;
        }
        const int literals = int(route.segments.size() - params.size());
        if (literals > bestLiterals) {
            bestLiterals = literals;
            result.route = &route;
            result.params = params;
        }
    }
    return result;
}
