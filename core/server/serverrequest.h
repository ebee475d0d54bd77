// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpreply.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <memory>

class HttpResponder;
class QHttpServerRequest;
class StorageError;

/**
 * @brief One request as a route handler sees it: what was asked, the JSON body, path parameters,
 * and the means to answer it (once) or to take the responder for a stream.
 *
 * Errors are answered in the shape the caller's API expects: `{"detail": "..."}` for the
 * MineContext routes, `{"error": {"message": ..., "type": ...}}` under `/v1`.
 */
class ServerRequest
{
public:
    /** Called once with the final status and a note, for the request log. */
    using Logger = std::function<void(int status, const QString &note)>;

    ServerRequest(const QHttpServerRequest &request, std::unique_ptr<HttpResponder> responder);
    ~ServerRequest();
    ServerRequest(const ServerRequest &) = delete;
    ServerRequest &operator=(const ServerRequest &) = delete;

    QByteArray method() const;
    QString path() const;
    QUrlQuery query() const;
    QByteArray header(const QByteArray &name) const;
    QByteArray body() const;
    QHostAddress remoteAddress() const;

    QStringList params;
    /** Parses the body as a JSON object; answers 400 and returns false when it is not one. */
    bool parseJson();
    const QJsonObject &json() const;
    /** Path parameter @p index as a positive integer; answers 400 naming @p name otherwise. */
    std::optional<qint64> idParam(int index, const QString &name);

    void setCorsHeaders(const HttpHeaders &headers);
    HttpHeaders corsHeaders() const;
    void setLogger(Logger logger);
    /** The logger, for a stream that answers later; this request then logs nothing itself. */
    Logger takeLogger();
    qint64 elapsedMs() const;

    void reply(HttpReply reply);
    void replyJson(int status, const QByteArray &json);
    /** An error in the API's shape. */
    void fail(int status, const QString &message, const HttpHeaders &headers = {});
    /** The error body fail() sends for @p path: OpenAI's shape under `/v1`, MineContext's elsewhere. */
    static QByteArray errorJson(const QString &path, int status, const QString &message);
    /** A storage failure: 404 for not found, 400 for invalid requests, 503 when busy, else 500. */
    void failStorage(const StorageError &error);
    bool isAnswered() const;
    /** The responder, for a response written later; this request is then answered. */
    std::unique_ptr<HttpResponder> takeResponder();

private:
    QByteArray m_method;
    QString m_path;
    QUrlQuery m_query;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    QHostAddress m_remote;
    QJsonObject m_json;
    std::unique_ptr<HttpResponder> m_responder;
    HttpHeaders m_cors;
    Logger m_logger;
    QElapsedTimer m_timer;
    bool m_answered = false;
};
