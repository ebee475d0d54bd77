// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpreply.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

/**
 * @brief The request line and header fields of one HTTP/1.x request, read before its body.
 *
 * parse() takes the bytes up to and including the blank line that ends the head. A head that
 * is not HTTP/1.x, has a field without a colon, an unreadable or repeated and differing
 * `Content-Length`, or any `Transfer-Encoding` (a body of unknown size, refused with 411) comes
 * back with problem() set to the status to answer and detail() saying why.
 */
class RequestHead
{
public:
    static RequestHead parse(QByteArrayView block);

    /** 0 when the head is fine; else the status to answer with. */
    int problem() const;
    QString detail() const;

    QByteArray method() const;
    /** Without a trailing slash, as the router matches it. */
    QString path() const;
    QUrlQuery query() const;
    /** The first value of the field @p name (lower case), trimmed; empty when absent. */
    QByteArray field(QByteArrayView name) const;
    /** The length of the head itself, blank line included. */
    qint64 size() const;
    /** The body length the client announced; 0 without `Content-Length`. */
    qint64 contentLength() const;

private:
    RequestHead &fail(int status, const QString &detail);

    int m_problem = 0;
    QString m_detail;
    QByteArray m_method;
    QString m_path;
    QUrlQuery m_query;
    HttpHeaders m_fields;
    qint64 m_size = 0;
    qint64 m_contentLength = 0;
};
