// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotechatclient.h"

#include "remotechatstream.h"
#include "replyerrors.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <QCoroNetworkReply>

#include <memory>

using namespace Qt::StringLiterals;

RemoteChatClient::RemoteChatClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
{ }

void RemoteChatClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

QUrl RemoteChatClient::baseUrl() const
{
    return m_baseUrl;
}

void RemoteChatClient::setToken(const QString &token)
{
    m_token = token;
}

bool RemoteChatClient::hasToken() const
{
    return !m_token.isEmpty();
}

void RemoteChatClient::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idleTimeout = timeout;
}

QNetworkRequest RemoteChatClient::request(const QString &path) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/')) {
        base.chop(1);
    }
    url.setPath(base + path);
    QNetworkRequest request(url);
    request.setTransferTimeout(0);
    if (!m_token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    }
    return request;
}

RemoteChatStream *RemoteChatClient::stream(const RemoteChatRequest &chat)
{
    QNetworkRequest post = request(u"/api/agent/chat/stream"_s);
    post.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    post.setRawHeader("Accept", "text/event-stream");
    post.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    QNetworkReply *reply = m_nam->post(post, QJsonDocument(chat.toJson()).toJson(QJsonDocument::Compact));
    return new RemoteChatStream(reply, m_idleTimeout, nullptr);
}

QCoro::Task<bool> RemoteChatClient::interrupt(qint64 assistantMessageId)
{
    QNetworkRequest post = request(u"/api/agent/chat/messages/%1/interrupt"_s.arg(assistantMessageId));
    post.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> reply(m_nam->post(post, "{}"_ba), [](QNetworkReply *r) {
        r->abort();
        r->deleteLater();
    });
    co_await qCoro(reply.get()).waitForFinished(std::chrono::milliseconds(10'000));
    co_return reply->isFinished() && ReplyErrors::httpStatus(reply.get()) / 100 == 2;
}

QCoro::Task<QString> RemoteChatClient::check()
{
    if (!m_baseUrl.isValid() || m_baseUrl.host().isEmpty() || (m_baseUrl.scheme() != u"http" && m_baseUrl.scheme() != u"https")) {
        co_return tr("The address must be an http:// or https:// URL with a host, such as http://127.0.0.1:1733.");
    }
    QNetworkRequest get = request(u"/api/agent/chat/conversations/list"_s);
    QUrl url = get.url();
    url.setQuery(u"limit=1"_s);
    get.setUrl(url);
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> reply(m_nam->get(get), [](QNetworkReply *r) {
        r->abort();
        r->deleteLater();
    });
    const bool done = co_await qCoro(reply.get()).waitForFinished(std::chrono::milliseconds(10'000));
    if (!done) {
        co_return tr("The remote server did not answer within 10 seconds.");
    }
    const int status = ReplyErrors::httpStatus(reply.get());
    if (status >= 300) {
        co_return httpErrorMessage(status, reply->read(64 * 1024));
    }
    if (status == 0) {
        co_return ReplyErrors::fromTransport(reply.get()).message();
    }
    co_return QString();
}

QString RemoteChatClient::httpErrorMessage(int status, const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QString said = object.value(u"detail").toString();
    if (said.isEmpty()) {
        const QJsonValue error = object.value(u"error");
        said = error.isObject() ? error.toObject().value(u"message").toString() : error.toString();
    }
    if (said.isEmpty()) {
        said = object.value(u"message").toString();
    }
    QString text;
    switch (status) {
    case 401:
    case 403:
        text = tr("The remote server refused the token (HTTP %1). Check the token in the remote backend settings.").arg(status);
        break;
    case 404:
        text = tr("The remote server has no chat API at this address (HTTP 404). Check the address: it should be the "
                  "server's root, such as http://127.0.0.1:1733.");
        break;
    case 429:
        text = tr("The remote server is busy (HTTP 429). Try again in a moment.");
        break;
    default:
        text = status >= 500 ? tr("The remote server failed (HTTP %1).").arg(status)
                             : tr("The remote server refused the request (HTTP %1).").arg(status);
        break;
    }
    if (!said.isEmpty()) {
        text += u' ' + tr("It said: “%1”").arg(said.left(300));
    }
    return text;
}
