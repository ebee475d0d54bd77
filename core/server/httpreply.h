// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

/** Response header fields, in order. */
using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

/**
 * @brief One complete HTTP response: status, content type, extra header fields and body.
 */
struct HttpReply
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    HttpHeaders headers;
    QByteArray body;

    static HttpReply json(int status, const QByteArray &body)
    {
        HttpReply reply;
        reply.status = status;
        reply.body = body;
        return reply;
    }
};
