// SPDX-License-Identifier: GPL-3.0-or-later
#include "replyerrors.h"

#include <QNetworkReply>

namespace ReplyErrors {
int httpStatus(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

qint64 retryAfterMs(const QNetworkReply *reply)
{
    const QByteArray ms = reply->rawHeader("retry-after-ms");
    if (!ms.isEmpty()) {
        bool ok = false;
        const double value = ms.trimmed().toDouble(&ok);
        if (ok && value >= 0) {
            return qint64(value);
        }
    }
    return LlmError::parseRetryAfter(reply->rawHeader("retry-after"));
}

LlmError fromTransport(const QNetworkReply *reply)
{
    using Kind = LlmError::Kind;
    Kind kind = Kind::Network;
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError:
        kind = Kind::HostNotFound;
        break;
    case QNetworkReply::ConnectionRefusedError:
        kind = Kind::ConnectionRefused;
        break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        kind = Kind::Tls;
        break;
    case QNetworkReply::OperationCanceledError:
        kind = Kind::Cancelled;
        break;
    default:
        break;
    }
    LlmError error(kind, reply->errorString());
    if (reply->error() == QNetworkReply::TimeoutError) {
        error.kind = Kind::Timeout;
        error.timeout = LlmError::TimeoutKind::FirstByte;
    }
    return error;
}

LlmError fromHttp(const QNetworkReply *reply, QByteArrayView body)
{
    return LlmError::fromHttpResponse(httpStatus(reply), body, retryAfterMs(reply));
}
} // namespace ReplyErrors
