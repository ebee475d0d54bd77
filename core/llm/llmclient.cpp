// SPDX-License-Identifier: GPL-3.0-or-later
#include "llmclient.h"

#include "llmlog.h"
#include "replyerrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>

#include <QCoroNetworkReply>

#include <algorithm>

using namespace Qt::StringLiterals;

LlmClient::LlmClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
    if (!m_nam) {
        static const bool systemProxy = [] {
            QNetworkProxyFactory::setUseSystemConfiguration(true);
            return true;
        }();
        Q_UNUSED(systemProxy);
        m_nam = new QNetworkAccessManager(this);
        m_ownsManagers = true;
    }
}

QNetworkAccessManager *LlmClient::managerForStream()
{
    // A manager opens at most six HTTP/1.1 connections to a host and queues the rest, so
    // concurrent streams (the local server runs many) would wait for each other. A client that
    // made its own manager adds managers as needed; one given by the caller is used as it is.
    static constexpr int connectionsPerHost = 6;
    static constexpr qsizetype maxManagers = 16;
    if (!m_ownsManagers || m_inFlight.value(m_nam) < connectionsPerHost) {
        return m_nam;
    }
    for (QNetworkAccessManager *manager : std::as_const(m_extraManagers)) {
        if (m_inFlight.value(manager) < connectionsPerHost) {
            return manager;
        }
    }
    if (m_extraManagers.size() + 1 >= maxManagers) {
        return m_nam;
    }
    auto *manager = new QNetworkAccessManager(this);
    m_extraManagers.append(manager);
    return manager;
}

LlmClient::~LlmClient() = default;

void LlmClient::setProfile(const ProviderProfile &profile)
{
    m_profile = profile;
}

void LlmClient::setTimeouts(const LlmTimeouts &timeouts)
{
    m_timeouts = timeouts;
}

void LlmClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_retry = policy;
}

QNetworkRequest LlmClient::networkRequest(const QUrl &url, bool stream) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", stream ? "text/event-stream" : "application/json");
    if (stream) {
        // Compressed event streams arrive in bursts; ask for them as they are produced.
        request.setRawHeader("Accept-Encoding", "identity");
    }
    const QString version = QCoreApplication::applicationVersion();
    request.setRawHeader("User-Agent", "Confab/" + (version.isEmpty() ? QByteArrayLiteral("0") : version.toLatin1()));
    if (!m_profile.apiKey.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_profile.apiKey.toUtf8());
    }
    for (auto it = m_profile.extraHeaders.cbegin(); it != m_profile.extraHeaders.cend(); ++it) {
        request.setRawHeader(it.key(), it.value());
    }
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    return request;
}

QJsonObject LlmClient::requestBody(const ChatRequest &request, bool stream) const
{
    ChatRequest effective = request;
    if (effective.model.isEmpty()) {
        effective.model = m_profile.defaultModel;
    }
    effective.extraBody = ChatRequest::mergePatch(m_profile.extraBody, request.extraBody);
    return effective.toJson(stream);
}

LlmStream *LlmClient::start(const ChatRequest &request, bool stream)
{
    LlmStream::Setup setup;
    setup.timeouts = m_timeouts;
    setup.retry = m_retry;
    if (!m_profile.isValid()) {
        setup.immediateError = LlmError(LlmError::Kind::HostNotFound,
                                        tr("The provider has no valid base URL (“%1”).").arg(m_profile.baseUrl.toString()));
    } else {
        setup.request = networkRequest(m_profile.endpoint(u"chat/completions"_s), stream);
        setup.body = QJsonDocument(requestBody(request, stream)).toJson(QJsonDocument::Compact);
        qsizetype promptBytes = 0;
        for (const ChatMessage &message : request.messages) {
            promptBytes += message.content.size() + 4;
        }
        setup.promptTokenEstimate = (promptBytes + 3) / 4;
    }
    QNetworkAccessManager *manager = managerForStream();
    auto *started = new LlmStream(manager, std::move(setup));
    ++m_inFlight[manager];
    auto counted = std::make_shared<bool>(true);
    auto release = [this, manager, counted] {
        if (std::exchange(*counted, false)) {
            --m_inFlight[manager];
        }
    };
    connect(started, &LlmStream::finished, this, release);
    connect(started, &QObject::destroyed, this, release);
    return started;
}

LlmStream *LlmClient::stream(const ChatRequest &request)
{
    return start(request, true);
}

QCoro::Task<LlmResult> LlmClient::complete(ChatRequest request)
{
    LlmStream *stream = start(request, false);
    LlmResult result = co_await stream->waitForFinished();
    stream->deleteLater(); // we are resumed from inside its finished() signal
    co_return result;
}

QCoro::Task<ModelListResult> LlmClient::listModels()
{
    ModelListResult result;
    if (!m_profile.isValid() || !m_nam) {
        result.error = LlmError(LlmError::Kind::HostNotFound, tr("The provider has no valid base URL."));
        co_return result;
    }
    QNetworkRequest request = networkRequest(m_profile.endpoint(u"models"_s), false);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QVariant());
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> reply(m_nam->get(request), [](QNetworkReply *r) {
        r->abort();
        r->deleteLater();
    });
    const auto limit = m_timeouts.connect + m_timeouts.firstByte;
    const bool done = co_await qCoro(reply.get()).waitForFinished(limit.count() > 0 ? limit : std::chrono::milliseconds(-1));
    if (!done) {
        result.error = LlmError(LlmError::Kind::Timeout);
        result.error.timeout = LlmError::TimeoutKind::FirstByte;
        result.error.timeoutMs = limit.count();
        co_return result;
    }
    const int status = ReplyErrors::httpStatus(reply.get());
    const QByteArray body = reply->readAll();
    if (status >= 300 || (status == 0 && reply->error() != QNetworkReply::NoError)) {
        result.error = status >= 300 ? ReplyErrors::fromHttp(reply.get(), body) : ReplyErrors::fromTransport(reply.get());
        co_return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        result.error = LlmError::protocol(tr("The model list is not a JSON object"), body);
        co_return result;
    }
    const QJsonObject object = document.object();
    QJsonArray data = object.value("data"_L1).toArray();
    if (data.isEmpty()) {
        data = object.value("models"_L1).toArray(); // Ollama's native shape
    }
    for (const QJsonValue &value : std::as_const(data)) {
        const QJsonObject entry = value.toObject();
        ModelInfo model;
        model.id = entry.value("id"_L1).toString();
        if (model.id.isEmpty()) {
            model.id = entry.value("model"_L1).toString(entry.value("name"_L1).toString());
        }
        model.ownedBy = entry.value("owned_by"_L1).toString();
        model.created = entry.value("created"_L1).toInteger();
        if (!model.id.isEmpty()) {
            result.models.append(model);
        }
    }
    std::sort(result.models.begin(), result.models.end(), [](const ModelInfo &a, const ModelInfo &b) { return a.id < b.id; });
    co_return result;
}
