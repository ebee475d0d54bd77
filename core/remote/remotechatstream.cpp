// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotechatstream.h"

#include "remotechatclient.h"
#include "remotelog.h"
#include "replyerrors.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype MaxErrorBody = 64 * 1024;
} // namespace

RemoteChatStream::RemoteChatStream(QNetworkReply *reply, std::chrono::milliseconds idleTimeout, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
{
    reply->setParent(this);
    m_decoder.setRawEventHandler([this](QByteArrayView, QByteArrayView data) { handleData(data); });
    connect(reply, &QNetworkReply::readyRead, this, &RemoteChatStream::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &RemoteChatStream::onFinished);
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleTimeout);
    connect(&m_idle, &QTimer::timeout, this,
            [this] { finish(tr("The remote server sent nothing for %n seconds.", nullptr, int(m_idle.interval() / 1000))); });
    if (idleTimeout.count() > 0) {
        m_idle.start();
    }
}

RemoteChatStream::~RemoteChatStream()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

bool RemoteChatStream::isFinished() const
{
    return m_finished;
}

QString RemoteChatStream::errorString() const
{
    return m_error;
}

int RemoteChatStream::httpStatus() const
{
    return m_httpStatus;
}

QString RemoteChatStream::sessionId() const
{
    return m_sessionId;
}

qint64 RemoteChatStream::assistantMessageId() const
{
    return m_assistantMessageId;
}

void RemoteChatStream::abort()
{
    finish(tr("The reply was cancelled."));
}

void RemoteChatStream::onReadyRead()
{
    if (m_finished || !m_reply) {
        return;
    }
    if (m_idle.interval() > 0) {
        m_idle.start(); // any byte, keep-alive comments included, shows the server is there
    }
    m_httpStatus = ReplyErrors::httpStatus(m_reply);
    if (m_httpStatus >= 300) {
        return; // read whole in onFinished
    }
    const QByteArray contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (!contentType.startsWith("text/event-stream")) {
        finish(tr("The remote server did not answer with an event stream (it sent “%1”). Check the address: it should be "
                  "the server's root, such as http://127.0.0.1:1733.")
                   .arg(QString::fromLatin1(contentType.left(80))));
        return;
    }
    const QByteArray bytes = m_reply->readAll();
    if (!m_decoder.feed(bytes)) {
        finish(tr("The remote server sent an event that is too large."));
        return;
    }
    if (!m_error.isEmpty() && !m_finished) {
        finish(m_error); // a malformed event, found while feeding
    }
}

void RemoteChatStream::handleData(QByteArrayView data)
{
    if (m_finished || !m_error.isEmpty()) {
        return;
    }
    const QJsonDocument document = QJsonDocument::fromJson(data.toByteArray());
    if (!document.isObject()) {
        m_error =
            tr("The remote server sent something that is not an event: %1").arg(QString::fromUtf8(data.toByteArray().left(120)));
        return;
    }
    const QString type = document.object().value(u"type").toString();
    if (!StreamEvent::typeFromName(type)) {
        qCInfo(lcRemote) << "skipping an event of unknown type" << type;
        return;
    }
    QString parseError;
    const auto event = StreamEvent::fromJson(data, &parseError);
    if (!event) {
        m_error = tr("The remote server sent an event that cannot be read: %1").arg(parseError);
        return;
    }
    if (event->type == StreamEvent::Type::SessionStart) {
        for (const auto &[key, value] : event->fields) {
            if (key == u"session_id") {
                m_sessionId = value.toString();
            } else if (key == u"assistant_message_id") {
                m_assistantMessageId = value.toInteger();
            }
        }
    }
    if (event->isTerminal()) {
        m_terminal = true;
    }
    Q_EMIT eventReceived(*event);
}

void RemoteChatStream::onFinished()
{
    if (m_finished || !m_reply) {
        return;
    }
    m_httpStatus = ReplyErrors::httpStatus(m_reply);
    if (m_httpStatus >= 300) {
        finish(RemoteChatClient::httpErrorMessage(m_httpStatus, m_reply->read(MaxErrorBody)));
        return;
    }
    if (m_reply->error() != QNetworkReply::NoError && !m_terminal) {
        finish(ReplyErrors::fromTransport(m_reply).message());
        return;
    }
    onReadyRead(); // anything left
    if (m_finished) {
        return;
    }
    m_decoder.finish();
    finish(m_terminal ? QString() : tr("The remote server closed the stream before the reply was complete."));
}

void RemoteChatStream::finish(const QString &error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_error = error;
    m_idle.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        if (m_reply->isRunning()) {
            m_reply->abort();
        }
    }
    if (!error.isEmpty()) {
        qCInfo(lcRemote) << "remote stream ended:" << error;
    }
    Q_EMIT finished();
}
