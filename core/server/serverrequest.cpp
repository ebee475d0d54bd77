// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverrequest.h"

#include "httpadapter.h"
#include "minecontextformat.h"
#include "openaiformat.h"
#include "storageerror.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QMetaEnum>

using namespace Qt::StringLiterals;

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}
} // namespace

ServerRequest::ServerRequest(const QHttpServerRequest &request, std::unique_ptr<HttpResponder> responder)
    : m_method(methodName(request.method()))
    , m_path(request.url().path())
    , m_query(request.query())
    , m_body(request.body())
    , m_remote(request.remoteAddress())
    , m_responder(std::move(responder))
{
    m_timer.start();
    for (const char *name : {"host", "origin", "authorization", "x-api-key", "content-type", "access-control-request-method"}) {
        m_headers.append({QByteArray(name), request.value(QByteArray(name))});
    }
    if (m_path.size() > 1 && m_path.endsWith(u'/')) {
        m_path.chop(1);
    }
}

ServerRequest::~ServerRequest()
{
    if (!m_answered && m_responder) {
        fail(500, u"The server did not answer this request."_s);
    }
}

QByteArray ServerRequest::method() const
{
    return m_method;
}

QString ServerRequest::path() const
{
    return m_path;
}

QUrlQuery ServerRequest::query() const
{
    return m_query;
}

QByteArray ServerRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key == name) {
            return value;
        }
    }
    return {};
}

QByteArray ServerRequest::body() const
{
    return m_body;
}

QHostAddress ServerRequest::remoteAddress() const
{
    return m_remote;
}

bool ServerRequest::parseJson()
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(m_body, &error);
    if (error.error != QJsonParseError::NoError) {
        fail(400, u"The body is not valid JSON: %1 at offset %2."_s.arg(error.errorString()).arg(error.offset));
        return false;
    }
    if (!document.isObject()) {
        fail(400, u"The body must be a JSON object."_s);
        return false;
    }
    m_json = document.object();
    return true;
}

const QJsonObject &ServerRequest::json() const
{
    return m_json;
}

std::optional<qint64> ServerRequest::idParam(int index, const QString &name)
{
    bool ok = false;
    const qint64 id = params.value(index).toLongLong(&ok);
    if (!ok || id <= 0) {
        fail(400, u"Path parameter '%1' must be a positive integer."_s.arg(name));
        return std::nullopt;
    }
    return id;
}

void ServerRequest::setCorsHeaders(const HttpHeaders &headers)
{
    m_cors = headers;
}

HttpHeaders ServerRequest::corsHeaders() const
{
    return m_cors;
}

void ServerRequest::setLogger(Logger logger)
{
    m_logger = std::move(logger);
}

ServerRequest::Logger ServerRequest::takeLogger()
{
    return std::exchange(m_logger, nullptr);
}

qint64 ServerRequest::elapsedMs() const
{
    return m_timer.elapsed();
}

void ServerRequest::reply(HttpReply reply)
{
    if (m_answered || !m_responder) {
        return;
    }
    m_answered = true;
    reply.headers += m_cors;
    m_responder->send(reply);
    if (m_logger) {
        std::exchange(m_logger, nullptr)(reply.status, {});
    }
}

void ServerRequest::replyJson(int status, const QByteArray &json)
{
    reply(HttpReply::json(status, json));
}

QByteArray ServerRequest::errorJson(const QString &path, int status, const QString &message)
{
    const bool openAi = path == u"/v1" || path.startsWith(u"/v1/");
    return openAi ? OpenAiFormat::error(status, message) : MineContextFormat::error(message);
}

void ServerRequest::fail(int status, const QString &message, const HttpHeaders &headers)
{
    HttpReply answer = HttpReply::json(status, errorJson(m_path, status, message));
    answer.headers = headers;
    reply(answer);
}

void ServerRequest::failStorage(const StorageError &error)
{
    switch (error.code) {
    case StorageError::Code::NotFound:
        fail(404, error.message);
        return;
    case StorageError::Code::InvalidArgument:
        fail(400, error.message);
        return;
    case StorageError::Code::Busy:
        fail(503, error.message, {{"Retry-After", "1"}});
        return;
    default:
        fail(500, error.message);
        return;
    }
}

bool ServerRequest::isAnswered() const
{
    return m_answered;
}

std::unique_ptr<HttpResponder> ServerRequest::takeResponder()
{
    m_answered = true;
    return std::move(m_responder);
}
