// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mcpserverconfig.h"
#include "mcptoolinfo.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

class McpRequest;
class McpServerLog;
class McpTransport;

/**
 * @brief A client session with one MCP server: the handshake, the tool list, tool calls.
 *
 * start() opens the transport, sends `initialize` with the newest protocol version Confab speaks
 * and accepts the server's choice when Confab speaks it too (supportedProtocolVersions()), sends
 * `notifications/initialized`, reads `tools/list` page by page, and is then Ready. The tool list
 * is read again on `notifications/tools/list_changed`. The server's `ping` requests are answered;
 * other server requests get "method not found" (Confab offers no sampling, roots or elicitation).
 *
 * Every request has a timeout (the config's, unless given); a timed-out or cancelled request is
 * followed by `notifications/cancelled`. When the transport fails (the process exits, the HTTP
 * session ends), every request in flight fails with a message that quotes the last lines of the
 * server's log, and the state becomes Failed.
 */
class McpClient : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Starting, Ready, Failed, Closing, Closed };
    Q_ENUM(State)

    /** @p log outlives the client (it is kept across restarts). */
    McpClient(const McpServerConfig &config, McpServerLog *log, QObject *parent = nullptr);
    ~McpClient() override;

    static QStringList supportedProtocolVersions();

    const McpServerConfig &config() const;
    State state() const;
    /** Why it failed, in plain words. */
    QString errorString() const;
    QString protocolVersion() const;
    QString serverName() const;
    QString serverVersion() const;
    QString instructions() const;
    QList<McpToolInfo> tools() const;

    void start();
    /** A clean shutdown; closed() follows. */
    void stop();
    /** Ends the server before @p deadline, blocking (for the application's exit). */
    void stopNow(QDeadlineTimer deadline);

    /** Sends a request; the result comes with McpRequest::finished(). @p timeoutMs < 0: the config's. */
    McpRequest *sendRequest(const QString &method, const QJsonObject &params, QObject *parent, int timeoutMs = -1);
    McpRequest *callTool(const QString &name, const QJsonObject &arguments, QObject *parent);
    McpRequest *ping(QObject *parent);
    /** Reads the tool list again (toolsChanged() follows). */
    void refreshTools();

Q_SIGNALS:
    void stateChanged(McpClient::State state);
    void toolsChanged();
    void closed();
    /** The server printed something on stdout that is not MCP. */
    void noise(const QString &sample);

private:
    friend class McpRequest;
    void onMessage(const QJsonObject &message);
    void onTransportFailed(const QString &error);
    void onInitialized(McpRequest *request);
    void listTools(const QString &cursor, QList<McpToolInfo> collected, int page);
    void requestDone(McpRequest *request, bool sendCancel, const QString &reason);
    void answer(const QJsonValue &id, const QJsonObject &result);
    void answerError(const QJsonValue &id, int code, const QString &message);
    void notify(const QString &method, const QJsonObject &params = {});
    void setState(State state);
    void fail(const QString &error);
    QString withLogTail(const QString &error) const;

    McpServerConfig m_config;
    McpServerLog *m_log;
    McpTransport *m_transport = nullptr;
    QHash<qint64, QPointer<McpRequest>> m_pending;
    qint64 m_nextId = 1;
    State m_state = State::Idle;
    QString m_error;
    QString m_protocolVersion;
    QString m_serverName;
    QString m_serverVersion;
    QString m_instructions;
    QList<McpToolInfo> m_tools;
    int m_listGeneration = 0;
    bool m_listAgain = false;
    bool m_listing = false;
};
