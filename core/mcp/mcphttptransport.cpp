// SPDX-License-Identifier: GPL-3.0-or-later
#include "mcphttptransport.h"

#include "mcplog.h"
#include "mcpserverlog.h"
#include "ssedecoder.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView SessionHeader = "Mcp-Session-Id";

} // namespace

struct McpHttpTransport::Exchange
{
    qint64 id = -1; ///< the request's id; -1 for notifications, answers and the listener
    bool listener = false;
    bool carriedSession = false;
    bool answered = false;
    bool sawEvent = false;
    bool kindKnown = false;
    bool sse = false;
    bool okStatus = false;
    int status = 0;
    QByteArray body;
    SseDecoder decoder;
};

McpHttpTransport::McpHttpTransport(const McpServerConfig &config, McpServerLog *log, QObject *parent)
    : McpTransport(log, parent)
    , m_config(config)
    , m_nam(new QNetworkAccessManager(this))
{
    m_relisten.setSingleShot(true);
    connect(&m_relisten, &QTimer::timeout, this, &McpHttpTransport::listen);
}

McpHttpTransport::~McpHttpTransport()
{
    closeNow(QDeadlineTimer(0));
}

void McpHttpTransport::open()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_done) {
                this->log()->note(tr("Connecting to %1.").arg(m_config.url.toDisplayString()));
                Q_EMIT opened();
            }
        },
        Qt::QueuedConnection);
}

QNetworkRequest McpHttpTransport::makeRequest(const QByteArray &accept) const
{
    QNetworkRequest request(m_config.url);
    request.setRawHeader("Accept", accept);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_sessionId.isEmpty()) {
        request.setRawHeader(SessionHeader.toByteArray(), m_sessionId);
    }
    if (!m_protocolVersion.isEmpty()) {
        request.setRawHeader("MCP-Protocol-Version", m_protocolVersion.toUtf8());
    }
    for (auto it = m_config.headers.cbegin(); it != m_config.headers.cend(); ++it) {
        request.setRawHeader(it.key().toUtf8(), it.value().toUtf8());
    }
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    return request;
}

void McpHttpTransport::send(const QJsonObject &message)
{
    if (m_done) {
        return;
    }
    auto exchange = std::make_shared<Exchange>();
    if (message.contains(u"method") && message.contains(u"id")) {
        exchange->id = message.value(u"id").toInteger(-1);
    }
    exchange->carriedSession = !m_sessionId.isEmpty();
    QNetworkReply *reply = m_nam->post(makeRequest(QByteArrayLiteral("application/json, text/event-stream")),
                                       QJsonDocument(message).toJson(QJsonDocument::Compact));
    m_exchanges.insert(reply, exchange);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void McpHttpTransport::forget(qint64 id)
{
    for (auto it = m_exchanges.begin(); it != m_exchanges.end(); ++it) {
        if (it.value()->id == id) {
            QNetworkReply *reply = it.key();
            m_exchanges.erase(it);
            disconnect(reply, nullptr, this, nullptr);
            reply->abort();
            reply->deleteLater();
            return;
        }
    }
}

void McpHttpTransport::setProtocolVersion(const QString &version)
{
    m_protocolVersion = version;
    listen();
}

void McpHttpTransport::listen()
{
    if (m_done || m_listenRefused || m_listener) {
        return;
    }
    QNetworkRequest request = makeRequest(QByteArrayLiteral("text/event-stream"));
    QNetworkReply *reply = m_nam->get(request);
    auto exchange = std::make_shared<Exchange>();
    exchange->listener = true;
    exchange->carriedSession = !m_sessionId.isEmpty();
    m_exchanges.insert(reply, exchange);
    m_listener = reply;
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void McpHttpTransport::onReadyRead(QNetworkReply *reply)
{
    const std::shared_ptr<Exchange> exchange = m_exchanges.value(reply);
    if (!exchange) {
        return;
    }
    if (!exchange->kindKnown) {
        exchange->kindKnown = true;
        exchange->status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        exchange->okStatus = exchange->status >= 200 && exchange->status < 300;
        exchange->sse = reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(u"text/event-stream");
        const QByteArray session = reply->rawHeader(SessionHeader.toByteArray());
        if (!session.isEmpty() && exchange->okStatus && m_sessionId != session) {
            m_sessionId = session;
        }
    }
    const QByteArray bytes = reply->readAll();
    if (exchange->okStatus && exchange->sse) {
        feed(*exchange, bytes);
        return;
    }
    exchange->body += bytes;
    if (exchange->body.size() > MaxBodyBytes) {
        m_exchanges.remove(reply);
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
        if (exchange->id >= 0) {
            Q_EMIT requestFailed(exchange->id,
                                 tr("The server's answer is larger than %1 MiB.").arg(MaxBodyBytes / (1024 * 1024)));
        }
    }
}

void McpHttpTransport::feed(Exchange &exchange, QByteArrayView bytes)
{
    QPointer<McpHttpTransport> self(this);
    if (!exchange.decoder.feed(bytes)) {
        log()->note(tr("The server's event stream broke: %1").arg(exchange.decoder.errorString()));
    }
    const QList<SseEvent> events = exchange.decoder.takeEvents();
    for (const SseEvent &event : events) {
        if (event.type != u"message" || event.data.isEmpty()) {
            continue;
        }
        exchange.sawEvent = true;
        const QList<QJsonObject> messages = parse(event.data.toUtf8());
        for (const QJsonObject &message : messages) {
            if (!self || m_done) {
                return;
            }
            if (exchange.id >= 0 && !message.contains(u"method") && message.value(u"id").toInteger(-1) == exchange.id) {
                exchange.answered = true;
            }
            Q_EMIT messageReceived(message);
        }
    }
}

void McpHttpTransport::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_done) {
        return;
    }
    const auto known = m_exchanges.constFind(reply);
    QPointer<McpHttpTransport> self(this);
    if (known != m_exchanges.cend()) {
        onReadyRead(reply); // what is left, and the status of an empty body
        if (!self || m_done) {
            return;
        }
    }
    const std::shared_ptr<Exchange> exchange = m_exchanges.take(reply);
    if (!exchange) {
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool networkError = reply->error() != QNetworkReply::NoError && status == 0;

    if (exchange->listener) {
        m_listener = nullptr;
        if (status == 405 || (status >= 400 && status < 500 && status != 404 && status != 408 && status != 429)) {
            m_listenRefused = true;
            log()->note(
                tr("The server offers no event stream (HTTP %1); changes to its tools are seen on the next start.").arg(status));
            return;
        }
        if (status == 404 && exchange->carriedSession) {
            fail(tr("The server ended the session (HTTP 404)."));
            return;
        }
        m_listenFailures = exchange->sawEvent ? 0 : m_listenFailures + 1;
        if (m_listenFailures <= 5) {
            m_relisten.start(500 * (1 << qMin(m_listenFailures, 5)));
        } else {
            log()->note(tr("Stopped listening to the server's event stream after repeated failures."));
        }
        return;
    }

    if (exchange->sse && exchange->okStatus) {
        exchange->decoder.finish();
    } else if (exchange->okStatus && !exchange->body.trimmed().isEmpty()) {
        const QList<QJsonObject> messages = parse(exchange->body);
        for (const QJsonObject &message : messages) {
            if (!self || m_done) {
                return;
            }
            if (exchange->id >= 0 && !message.contains(u"method") && message.value(u"id").toInteger(-1) == exchange->id) {
                exchange->answered = true;
            }
            Q_EMIT messageReceived(message);
        }
    }
    if (!self || m_done) {
        return;
    }
    if (status == 404 && exchange->carriedSession) {
        if (exchange->id >= 0) {
            Q_EMIT requestFailed(exchange->id, tr("The server ended the session."));
        }
        fail(tr("The server ended the session (HTTP 404)."));
        return;
    }
    if (exchange->id < 0 || exchange->answered) {
        if (!exchange->okStatus && exchange->id < 0) {
            log()->note(
                tr("The server refused a message: %1").arg(networkError ? reply->errorString() : u"HTTP %1"_s.arg(status)));
        }
        return;
    }
    QString error;
    if (networkError) {
        error = tr("Could not reach the server: %1").arg(reply->errorString());
    } else if (!exchange->okStatus) {
        const QString body = QString::fromUtf8(exchange->body.left(300)).simplified();
        error = body.isEmpty() ? tr("The server answered HTTP %1.").arg(status)
                               : tr("The server answered HTTP %1: %2").arg(status).arg(body);
    } else if (status == 202) {
        return; // accepted: the answer comes on the event stream
    } else if (exchange->sse) {
        error = tr("The server ended its event stream without answering.");
    } else {
        error = tr("The server's answer was not a JSON-RPC response.");
    }
    log()->note(error);
    Q_EMIT requestFailed(exchange->id, error);
}

void McpHttpTransport::close()
{
    if (m_done) {
        return;
    }
    closeNow(QDeadlineTimer(0));
    if (m_sessionId.isEmpty()) {
        QMetaObject::invokeMethod(this, &McpTransport::closed, Qt::QueuedConnection);
        return;
    }
    // Ends the session on the server; closed() either way, within a few seconds.
    QNetworkRequest request = makeRequest(QByteArrayLiteral("application/json, text/event-stream"));
    request.setTransferTimeout(3000);
    QNetworkReply *reply = m_nam->deleteResource(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        Q_EMIT closed();
    });
}

void McpHttpTransport::closeNow(QDeadlineTimer)
{
    m_done = true;
    m_relisten.stop();
    const auto replies = m_exchanges.keys();
    m_exchanges.clear();
    for (QNetworkReply *reply : replies) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

QString McpHttpTransport::sessionId() const
{
    return QString::fromLatin1(m_sessionId);
}

void McpHttpTransport::fail(const QString &error)
{
    if (m_done) {
        return;
    }
    log()->note(error);
    qCInfo(lcMcp) << "HTTP server" << m_config.name << "failed:" << error;
    closeNow(QDeadlineTimer(0));
    Q_EMIT failed(error);
}
