// SPDX-License-Identifier: GPL-3.0-or-later
#include "requesthead.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
bool isToken(QByteArrayView text)
{
    if (text.isEmpty()) {
        return false;
    }
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f || QByteArrayView("()<>@,;:\\\"/[]?={}").contains(c)) {
            return false;
        }
    }
    return true;
}
} // namespace

RequestHead &RequestHead::fail(int status, const QString &detail)
{
    m_problem = status;
    m_detail = detail;
    return *this;
}

RequestHead RequestHead::parse(QByteArrayView block)
{
    RequestHead head;
    head.m_size = block.size();
    if (!block.endsWith("\r\n\r\n")) {
        return head.fail(400, u"The request head does not end with a blank line."_s);
    }
    QList<QByteArrayView> lines;
    qsizetype start = 0;
    while (start < block.size()) {
        const qsizetype end = block.indexOf("\r\n", start);
        lines.append(block.sliced(start, end - start));
        start = end + 2;
    }
    // A client may send empty lines before the request line.
    while (!lines.isEmpty() && lines.constFirst().isEmpty()) {
        lines.removeFirst();
    }
    if (lines.isEmpty()) {
        return head.fail(400, u"The request line is missing."_s);
    }

    const QList<QByteArray> parts = lines.constFirst().toByteArray().split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty() ||
        !(parts.at(2) == "HTTP/1.1" || parts.at(2) == "HTTP/1.0")) {
        return head.fail(400, u"The request line is not 'METHOD target HTTP/1.1'."_s);
    }
    head.m_method = parts.at(0);
    const QUrl url = QUrl::fromEncoded(parts.at(1));
    head.m_path = url.path();
    if (head.m_path.size() > 1 && head.m_path.endsWith(u'/')) {
        head.m_path.chop(1);
    }
    head.m_query = QUrlQuery(url);

    bool lengthSeen = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        if (line.isEmpty()) {
            continue; // the blank line that ends the head
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon))) {
            return head.fail(400, u"A header field of the request is malformed."_s);
        }
        const QByteArray name = line.first(colon).toByteArray().toLower();
        const QByteArray value = line.sliced(colon + 1).toByteArray().trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0 || (lengthSeen && length != head.m_contentLength)) {
                return head.fail(400, u"The Content-Length of the request is not valid."_s);
            }
            lengthSeen = true;
            head.m_contentLength = length;
        } else if (name == "transfer-encoding") {
            return head.fail(411, u"Send the request body with a Content-Length, not in chunks."_s);
        }
        head.m_fields.append({name, value});
    }
    return head;
}

int RequestHead::problem() const
{
    return m_problem;
}

QString RequestHead::detail() const
{
    return m_detail;
}

QByteArray RequestHead::method() const
{
    return m_method;
}

QString RequestHead::path() const
{
    return m_path;
}

QUrlQuery RequestHead::query() const
{
    return m_query;
}

QByteArray RequestHead::field(QByteArrayView name) const
{
    for (const auto &[key, value] : m_fields) {
        if (key == name) {
            return value;
        }
    }
    return {};
}

qint64 RequestHead::size() const
{
    return m_size;
}

qint64 RequestHead::contentLength() const
{
    return m_contentLength;
}
