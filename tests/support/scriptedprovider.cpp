// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptedprovider.h"

#include "llmclient.h"
#include "scriptedconnection.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcScripted, "confab.test.provider", QtInfoMsg)

ScriptedProvider::ScriptedProvider(QObject *parent)
    : QObject(parent)
    , m_models(ScriptedResponse::models({u"scripted-model"_s}))
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedProvider::onNewConnection);
}

ScriptedProvider::~ScriptedProvider()
{
    for (ScriptedConnection *connection : std::as_const(m_connections)) {
        connection->detach();
    }
}

bool ScriptedProvider::listen(quint16 port, const QHostAddress &address)
{
    m_server.setListenBacklogSize(512); // hundreds of streams at once in the load tests
    if (!m_server.listen(address, port)) {
        qCWarning(lcScripted) << "cannot listen:" << m_server.errorString();
        return false;
    }
    return true;
}

quint16 ScriptedProvider::port() const
{
    return m_server.serverPort();
}

QUrl ScriptedProvider::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/v1"_s.arg(port()));
}

ProviderProfile ScriptedProvider::profile() const
{
    ProviderProfile profile;
    profile.id = u"scripted"_s;
    profile.name = u"Scripted"_s;
    profile.baseUrl = baseUrl();
    profile.defaultModel = u"scripted-model"_s;
    return profile;
}

LlmClient *ScriptedProvider::newClient(QObject *parent) const
{
    auto *client = new LlmClient(nullptr, parent);
    client->setProfile(profile());
    RetryPolicy noRetry;
    noRetry.maxRetries = 0;
    client->setRetryPolicy(noRetry);
    return client;
}

void ScriptedProvider::enqueue(const ScriptedResponse &response)
{
    m_queue.append(response);
}

void ScriptedProvider::setResponder(std::function<ScriptedResponse(const ReceivedRequest &)> responder)
{
    m_responder = std::move(responder);
}

void ScriptedProvider::setModelsResponse(const ScriptedResponse &response)
{
    m_models = response;
}

QList<ReceivedRequest> ScriptedProvider::chatRequests() const
{
    QList<ReceivedRequest> result;
    for (const ReceivedRequest &request : m_requests) {
        if (request.path.endsWith("/chat/completions")) {
            result.append(request);
        }
    }
    return result;
}

void ScriptedProvider::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_accepted;
        m_connections.append(new ScriptedConnection(this, socket));
    }
}

ScriptedResponse ScriptedProvider::respond(const ReceivedRequest &request)
{
    if (request.method == "GET" && request.path.endsWith("/models")) {
        return m_models;
    }
    if (request.method == "POST" && request.path.endsWith("/chat/completions")) {
        if (!m_queue.isEmpty()) {
            return m_queue.takeFirst();
        }
        if (m_responder) {
            return m_responder(request);
        }
        return ScriptedResponse::error(500, u"server_error"_s, u"ScriptedProvider: no scripted response left"_s);
    }
    return ScriptedResponse::error(404, u"not_found_error"_s, u"ScriptedProvider: unknown route"_s);
}
