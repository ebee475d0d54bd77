// SPDX-License-Identifier: GPL-3.0-or-later
#include "llmerror.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype MaxShownLine = 300;

QString shorten(QByteArrayView line)
{
    const QString text = QString::fromUtf8(line.first(std::min(line.size(), MaxShownLine)));
    return line.size() > MaxShownLine ? text + u"…"_s : text;
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isDouble()) {
        return QString::number(value.toInteger());
    }
    return {};
}

/** Fills the provider fields from an OpenAI-style error object or a bare payload. */
void readErrorObject(LlmError &error, const QJsonObject &object)
{
    error.providerType = jsonText(object.value("type"_L1));
    const QString code = jsonText(object.value("code"_L1));
    error.providerCode = code.isEmpty() ? error.providerType : code;
    QString message = jsonText(object.value("message"_L1));
    if (message.isEmpty()) {
        message = jsonText(object.value("details"_L1)); // vLLM behind fms, TGI
    }
    if (message.isEmpty()) {
        message = jsonText(object.value("detail"_L1)); // FastAPI
    }
    if (message.isEmpty()) {
        message = jsonText(object.value("error"_L1));
    }
    // OpenRouter puts the upstream provider's text in metadata.raw.
    const QJsonObject metadata = object.value("metadata"_L1).toObject();
    if (message.isEmpty()) {
        message = jsonText(metadata.value("raw"_L1));
    }
    error.providerMessage = message.trimmed();
}

bool mentionsContextLength(const LlmError &error)
{
    const QString all = error.providerCode + u' ' + error.providerMessage;
    return all.contains("context_length_exceeded"_L1) || all.contains("context length"_L1, Qt::CaseInsensitive) ||
        all.contains("context size"_L1, Qt::CaseInsensitive) || all.contains("maximum context"_L1, Qt::CaseInsensitive);
}
} // namespace

QString LlmError::kindName() const
{
    return QString::fromLatin1(QMetaEnum::fromType<Kind>().valueToKey(int(kind)));
}

QString LlmError::message() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        text = tr("The reply was stopped.");
        break;
    case Kind::Interrupted:
        text = tr("The connection was lost before the reply was complete. The text received so far is kept.");
        break;
    case Kind::Timeout:
        switch (timeout) {
        case TimeoutKind::Connect:
            text = tr("Could not connect to the server in time.");
            break;
        case TimeoutKind::FirstByte:
            text = tr("The server did not start answering in time.");
            break;
        case TimeoutKind::Idle:
            text = timeoutMs > 0
                ? tr("The server stopped sending the reply (nothing new for %n seconds).", nullptr, int((timeoutMs + 999) / 1000))
                : tr("The server stopped sending the reply.");
            break;
        case TimeoutKind::Total:
            text = tr("The reply took longer than the time limit for one turn.");
            break;
        case TimeoutKind::Server:
        case TimeoutKind::NoTimeout:
            text = tr("The server gave up on the request because it took too long.");
            break;
        }
        break;
    case Kind::Network:
        text = tr("A network error stopped the request.");
        break;
    case Kind::HostNotFound:
        text = tr("The server address could not be found. Check the base URL and the network connection.");
        break;
    case Kind::ConnectionRefused:
        text = tr("The server refused the connection. Check that it is running and that the base URL is right.");
        break;
    case Kind::Tls:
        text = tr("The secure connection to the server failed.");
        break;
    case Kind::Http:
        text = tr("The server rejected the request (HTTP status %1).").arg(httpStatus);
        break;
    case Kind::Authentication:
        text = tr("The provider did not accept the API key (HTTP status %1). Check the key in the provider settings.")
                   .arg(httpStatus);
        break;
    case Kind::PaymentRequired:
        text = tr("The provider needs payment or more credits for this request.");
        break;
    case Kind::NotFound:
        text = tr("The provider does not know this model or address. Check the model name and the base URL.");
        break;
    case Kind::RateLimited:
        text = retryAfterMs > 0
            ? tr("The provider is limiting requests. Try again in %n seconds.", nullptr, int((retryAfterMs + 999) / 1000))
            : tr("The provider is limiting requests. Try again in a moment.");
        break;
    case Kind::QuotaExceeded:
        text = tr("The account has used up its quota or credits at this provider.");
        break;
    case Kind::RequestTooLarge:
        text = tr("The request is too large for this model: shorten the conversation or the attachments.");
        break;
    case Kind::ServerError:
        text = tr("The provider had a problem on its side (HTTP status %1).").arg(httpStatus);
        break;
    case Kind::Provider:
        text = tr("The provider reported an error while answering.");
        break;
    case Kind::Protocol:
        text = tr("The server sent something that is not a valid reply.");
        break;
    }
    if (!providerMessage.isEmpty()) {
        text += u' ' + tr("The provider said: “%1”").arg(providerMessage);
    }
    if (!detail.isEmpty()) {
        text += u' ' + tr("(%1)").arg(detail);
    }
    return text;
}

bool LlmError::isRetryable() const
{
    switch (kind) {
    case Kind::Timeout:
        return timeout == TimeoutKind::Connect || timeout == TimeoutKind::FirstByte || timeout == TimeoutKind::Server;
    case Kind::Network:
    case Kind::RateLimited:
        return true;
    case Kind::ServerError:
        return httpStatus != 501 && httpStatus != 505;
    case Kind::Provider:
        return providerType == "server_error"_L1 || providerCode == "server_error"_L1 || providerType == "overloaded_error"_L1;
    default:
        return false;
    }
}

LlmError LlmError::fromProviderError(const QJsonValue &value)
{
    LlmError error(Kind::Provider);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonValue inner = object.value("error"_L1);
        readErrorObject(error, inner.isObject() ? inner.toObject() : object);
        if (error.providerMessage.isEmpty() && inner.isString()) {
            error.providerMessage = inner.toString();
        }
    } else if (value.isString()) {
        error.providerMessage = value.toString().trimmed();
    }
    if (error.providerMessage.isEmpty() && error.providerCode.isEmpty()) {
        error.detail = QString::fromUtf8(QJsonDocument(QJsonObject{{u"error"_s, value}}).toJson(QJsonDocument::Compact));
    }
    if (mentionsContextLength(error)) {
        error.kind = Kind::RequestTooLarge;
    }
    return error;
}

LlmError LlmError::protocol(const QString &what, QByteArrayView line)
{
    LlmError error(Kind::Protocol);
    error.detail = line.isEmpty() ? what : what + u": "_s + shorten(line);
    return error;
}

LlmError LlmError::fromHttpResponse(int status, QByteArrayView body, qint64 retryAfter)
{
    LlmError error;
    error.httpStatus = status;
    error.retryAfterMs = retryAfter;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray(), &parseError);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        const QJsonValue inner = object.value("error"_L1);
        readErrorObject(error, inner.isObject() ? inner.toObject() : object);
        if (error.providerMessage.isEmpty() && inner.isString()) {
            error.providerMessage = inner.toString().trimmed();
        }
    } else {
        const QString text = QString::fromUtf8(body.first(std::min(body.size(), MaxShownLine))).trimmed();
        // An HTML error page says nothing useful in a chat bubble.
        if (!text.startsWith(u'<')) {
            error.providerMessage = text;
        }
    }

    const QString type = error.providerType + u' ' + error.providerCode;
    if (status == 401 || status == 403) {
        error.kind = Kind::Authentication;
    } else if (status == 402) {
        error.kind = Kind::PaymentRequired;
    } else if (status == 404) {
        error.kind = Kind::NotFound;
    } else if (status == 408) {
        error.kind = Kind::Timeout;
        error.timeout = TimeoutKind::Server;
    } else if (status == 413) {
        error.kind = Kind::RequestTooLarge;
    } else if (status == 429) {
        error.kind = type.contains("insufficient_quota"_L1) || type.contains("quota_exceeded"_L1) ? Kind::QuotaExceeded
                                                                                                  : Kind::RateLimited;
    } else if (status >= 500) {
        error.kind = Kind::ServerError;
    } else {
        error.kind = Kind::Http;
        if (mentionsContextLength(error)) {
            error.kind = Kind::RequestTooLarge;
        }
    }
    return error;
}

qint64 LlmError::parseRetryAfter(QByteArrayView value)
{
    const QByteArray text = value.trimmed().toByteArray();
    if (text.isEmpty()) {
        return -1;
    }
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (ok) {
        return seconds < 0 ? -1 : qint64(seconds * 1000.0);
    }
    // An HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT"); Qt's RFC 2822 parser wants a numeric zone.
    QString date = QString::fromLatin1(text);
    if (date.endsWith(" GMT"_L1) || date.endsWith(" UTC"_L1)) {
        date = date.chopped(3) + "+0000"_L1;
    }
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid()) {
        return -1;
    }
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
}
