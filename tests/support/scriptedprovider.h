// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providerprofile.h"
#include "receivedrequest.h"
#include "scriptedresponse.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class ScriptedConnection;

/**
 * @brief A loopback OpenAI-compatible server that replays scripted responses, for tests and for
 * running Confab offline (confab-fake-provider).
 *
 * It listens on 127.0.0.1 at a random port (or a given one). `POST …/chat/completions` takes the
 * next response from the queue (enqueue()); when the queue is empty the responder (if any)
 * makes one, else it answers 500. `GET …/models` answers setModelsResponse() (by default a list
 * with `scripted-model`). Anything else is 404. Every request is recorded (requests()) and
 * announced (requestReceived()). Connections are kept alive between responses, as real servers
 * do, unless a response closes them.
 *
 * Everything runs on the thread of the event loop that owns the object: a test drives it with
 * QTest::qWait / QTRY_* / QCoro::waitFor while the client runs on the same thread.
 */
class LlmClient;

class ScriptedProvider : public QObject
{
    Q_OBJECT

public:
    explicit ScriptedProvider(QObject *parent = nullptr);
    ~ScriptedProvider() override;

    /** Starts listening; port 0 picks a free one. Returns false (and logs) on failure. */
    bool listen(quint16 port = 0, const QHostAddress &address = QHostAddress::LocalHost);
    quint16 port() const;
    /** `http://127.0.0.1:<port>/v1` */
    QUrl baseUrl() const;
    /** A profile for this server: id `scripted`, default model `scripted-model`. */
    ProviderProfile profile() const;
    /** A client of this server that does not retry (tests script each failure). */
    LlmClient *newClient(QObject *parent) const;

    void enqueue(const ScriptedResponse &response);
    qsizetype pendingResponses() const
    {
        return m_queue.size();
    }
    void setResponder(std::function<ScriptedResponse(const ReceivedRequest &)> responder);
    void setModelsResponse(const ScriptedResponse &response);

    const QList<ReceivedRequest> &requests() const
    {
        return m_requests;
    }
    /** The chat completion requests only. */
    QList<ReceivedRequest> chatRequests() const;
    void clearRequests()
    {
        m_requests.clear();
    }
    int openConnections() const
    {
        return int(m_connections.size());
    }
    int acceptedConnections() const
    {
        return m_accepted;
    }

Q_SIGNALS:
    void requestReceived(const ReceivedRequest &request);
    void connectionClosed();

private:
    friend class ScriptedConnection;
    ScriptedResponse respond(const ReceivedRequest &request);
    void onNewConnection();

    QTcpServer m_server;
    QList<ScriptedResponse> m_queue;
    QList<ReceivedRequest> m_requests;
    QList<ScriptedConnection *> m_connections;
    std::function<ScriptedResponse(const ReceivedRequest &)> m_responder;
    ScriptedResponse m_models;
    int m_accepted = 0;
};
