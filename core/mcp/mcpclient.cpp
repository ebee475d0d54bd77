// SPDX-License-Identifier: GPL-3.0-or-later
#include "mcpclient.h"

#include "mcphttptransport.h"
#include "mcplog.h"
#include "mcprequest.h"
#include "mcpserverlog.h"
#include "mcpstdiotransport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxToolPages = 100;

} // namespace

McpClient::McpClient(const McpServerConfig &config, McpServerLog *log, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_log(log)
{ }

McpClient::~McpClient()
{
    stopNow(QDeadlineTimer(McpStdioTransport::GracePeriodMs));
}

QStringList McpClient::supportedProtocolVersions()
{
    // Newest first: the first is offered, any of them is accepted.
    return {u"2025-11-25"_s, u"2025-06-18"_s, u"2025-03-26"_s, u"2024-11-05"_s};
}

const McpServerConfig &McpClient::config() const
{
    return m_config;
}

McpClient::State McpClient::state() const
{
    return m_state;
}

QString McpClient::errorString() const
{
    return m_error;
}

QString McpClient::protocolVersion() const
{
    return m_protocolVersion;
}

QString McpClient::serverName() const
{
    return m_serverName;
}

QString McpClient::serverVersion() const
{
    return m_serverVersion;
}

QString McpClient::instructions() const
{
    return m_instructions;
}

QList<McpToolInfo> McpClient::tools() const
{
    return m_tools;
}

void McpClient::start()
{
    if (m_state == State::Starting || m_state == State::Ready || m_state == State::Closing) {
        return;
    }
    if (m_transport) {
        m_transport->closeNow(QDeadlineTimer(0));
        m_transport->deleteLater();
    }
    m_error.clear();
    m_tools.clear();
    m_protocolVersion.clear();
    if (m_config.transport == McpServerConfig::Transport::Http) {
        m_transport = new McpHttpTransport(m_config, m_log, this);
    } else {
        m_transport = new McpStdioTransport(m_config, m_log, this);
    }
    McpTransport *transport = m_transport;
    connect(transport, &McpTransport::messageReceived, this, &McpClient::onMessage);
    connect(transport, &McpTransport::failed, this, &McpClient::onTransportFailed);
    connect(transport, &McpTransport::noise, this, &McpClient::noise);
    connect(transport, &McpTransport::requestFailed, this, [this](qint64 id, const QString &error) {
        if (McpRequest *request = m_pending.take(id)) {
            request->complete({}, {McpError::Kind::Transport, 0, error, {}});
        }
    });
    connect(transport, &McpTransport::closed, this, [this, transport] {
        if (transport == m_transport) {
            m_transport = nullptr;
            transport->deleteLater();
            setState(State::Closed);
            Q_EMIT closed();
        }
    });
    connect(transport, &McpTransport::opened, this, [this] {
        const QJsonObject params{
            {u"protocolVersion"_s, supportedProtocolVersions().constFirst()},
            {u"capabilities"_s, QJsonObject{}},
            {u"clientInfo"_s,
             QJsonObject{{u"name"_s, u"confab"_s},
                         {u"title"_s, u"Confab"_s},
                         {u"version"_s,
                          QCoreApplication::applicationVersion().isEmpty() ? u"0"_s : QCoreApplication::applicationVersion()}}}};
        McpRequest *request = sendRequest(u"initialize"_s, params, this);
        connect(request, &McpRequest::finished, this, [this, request] {
            request->deleteLater();
            onInitialized(request);
        });
    });
    setState(State::Starting);
    transport->open();
}

void McpClient::onInitialized(McpRequest *request)
{
    if (m_state != State::Starting) {
        return;
    }
    if (!request->ok()) {
        fail(tr("The server did not complete the MCP handshake: %1").arg(request->error().message));
        return;
    }
    const QJsonObject result = request->result();
    const QString version = result.value(u"protocolVersion").toString();
    if (!supportedProtocolVersions().contains(version)) {
        fail(tr("The server speaks MCP version “%1”; Confab speaks %2.").arg(version, supportedProtocolVersions().join(u", "_s)));
        return;
    }
    m_protocolVersion = version;
    const QJsonObject info = result.value(u"serverInfo").toObject();
    m_serverName = info.value(u"name").toString();
    m_serverVersion = info.value(u"version").toString();
    m_instructions = result.value(u"instructions").toString();
    m_log->note(tr("Connected to %1 %2 (MCP %3).").arg(m_serverName, m_serverVersion, version));
    m_transport->setProtocolVersion(version);
    notify(u"notifications/initialized"_s);
    if (!result.value(u"capabilities").toObject().contains(u"tools")) {
        m_log->note(tr("The server offers no tools."));
        setState(State::Ready);
        Q_EMIT toolsChanged();
        return;
    }
    m_listing = true;
    listTools({}, {}, 1);
}

void McpClient::refreshTools()
{
    if (m_state != State::Ready) {
        return;
    }
    if (m_listing) {
        m_listAgain = true;
        return;
    }
    m_listing = true;
    listTools({}, {}, 1);
}

void McpClient::listTools(const QString &cursor, QList<McpToolInfo> collected, int page)
{
    QJsonObject params;
    if (!cursor.isEmpty()) {
        params.insert(u"cursor"_s, cursor);
    }
    const int generation = m_listGeneration;
    McpRequest *request = sendRequest(u"tools/list"_s, params, this);
    connect(request, &McpRequest::finished, this, [this, request, cursor, collected, generation, page]() mutable {
        request->deleteLater();
        if (generation != m_listGeneration || (m_state != State::Starting && m_state != State::Ready)) {
            return;
        }
        if (!request->ok()) {
            m_listing = false;
            m_listAgain = false;
            if (m_state == State::Starting) {
                fail(tr("The server did not list its tools: %1").arg(request->error().message));
            } else {
                m_log->note(tr("Reading the tool list again failed: %1").arg(request->error().message));
            }
            return;
        }
        const QJsonObject result = request->result();
        for (const QJsonValue &value : result.value(u"tools").toArray()) {
            McpToolInfo tool = McpToolInfo::fromJson(value.toObject());
            if (tool.name.isEmpty()) {
                m_log->note(tr("Left out a tool without a name."));
                continue;
            }
            collected << tool;
        }
        const QString next = result.value(u"nextCursor").toString();
        if (!next.isEmpty() && next != cursor && page < MaxToolPages) {
            listTools(next, collected, page + 1);
            return;
        }
        if (!next.isEmpty()) {
            m_log->note(tr("Stopped reading the tool list after %1 pages.").arg(page));
        }
        m_listing = false;
        m_tools = collected;
        if (m_state == State::Starting) {
            m_log->note(tr("%n tool(s) available.", nullptr, int(m_tools.size())));
            setState(State::Ready);
        }
        Q_EMIT toolsChanged();
        if (std::exchange(m_listAgain, false)) {
            refreshTools();
        }
    });
}

McpRequest *McpClient::sendRequest(const QString &method, const QJsonObject &params, QObject *parent, int timeoutMs)
{
    if (timeoutMs < 0) {
        timeoutMs = m_config.timeoutSeconds * 1000;
    }
    const qint64 id = m_nextId++;
    const bool handshake = method == u"initialize" || method == u"tools/list";
    const bool usable = m_transport && (m_state == State::Ready || (m_state == State::Starting && handshake));
    auto *request = new McpRequest(usable ? this : nullptr, id, method, usable ? timeoutMs : 0, parent);
    if (!usable) {
        const QString why =
            m_error.isEmpty() ? tr("The server is not running.") : tr("The server is not running: %1").arg(m_error);
        QMetaObject::invokeMethod(
            request,
            [request, why] {
                request->complete({}, {McpError::Kind::Transport, 0, why, {}});
            },
            Qt::QueuedConnection);
        return request;
    }
    m_pending.insert(id, request);
    QJsonObject message{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"method"_s, method}};
    if (!params.isEmpty() || method == u"tools/call") {
        message.insert(u"params"_s, params);
    }
    m_transport->send(message);
    return request;
}

McpRequest *McpClient::callTool(const QString &name, const QJsonObject &arguments, QObject *parent)
{
    return sendRequest(u"tools/call"_s, {{u"name"_s, name}, {u"arguments"_s, arguments}}, parent);
}

McpRequest *McpClient::ping(QObject *parent)
{
    return sendRequest(u"ping"_s, {}, parent);
}

void McpClient::requestDone(McpRequest *request, bool sendCancel, const QString &reason)
{
    if (m_pending.take(request->id()) != request) {
        return;
    }
    if (m_transport) {
        if (sendCancel && request->method() != u"initialize") {
            QJsonObject params{{u"requestId"_s, request->id()}};
            if (!reason.isEmpty()) {
                params.insert(u"reason"_s, reason);
            }
            notify(u"notifications/cancelled"_s, params);
        }
        m_transport->forget(request->id());
    }
}

void McpClient::onMessage(const QJsonObject &message)
{
    const QString method = message.value(u"method").toString();
    if (!method.isEmpty()) {
        if (message.contains(u"id")) {
            if (method == u"ping") {
                answer(message.value(u"id"), {});
            } else {
                answerError(message.value(u"id"), -32601, u"Confab does not offer %1"_s.arg(method));
            }
            return;
        }
        if (method == u"notifications/tools/list_changed") {
            m_log->note(tr("The server's tools changed."));
            refreshTools();
        } else if (method == u"notifications/message") {
            const QJsonObject params = message.value(u"params").toObject();
            const QJsonValue data = params.value(u"data");
            const QString text = data.isString()
                ? data.toString()
                : QString::fromUtf8(QJsonDocument(data.toObject()).toJson(QJsonDocument::Compact));
            m_log->note(u"%1: %2"_s.arg(params.value(u"level").toString(), text));
        }
        return;
    }
    const qint64 id = message.value(u"id").toInteger(-1);
    McpRequest *request = m_pending.take(id);
    if (!request) {
        if (id != -1 || !message.contains(u"error")) {
            m_log->note(tr("Ignored an answer to no pending request (id %1).").arg(message.value(u"id").toVariant().toString()));
        } else {
            const QJsonObject error = message.value(u"error").toObject();
            m_log->note(tr("The server reported an error: %1").arg(error.value(u"message").toString()));
        }
        return;
    }
    if (message.value(u"error").isObject()) {
        const QJsonObject error = message.value(u"error").toObject();
        const int code = error.value(u"code").toInt();
        QString text = error.value(u"message").toString();
        if (text.isEmpty()) {
            text = tr("error %1").arg(code);
        }
        request->complete({}, {McpError::Kind::Rpc, code, text, error.value(u"data")});
    } else if (message.value(u"result").isObject()) {
        request->complete(message.value(u"result").toObject(), {});
    } else {
        request->complete({}, {McpError::Kind::Protocol, 0, tr("The server's answer has neither a result nor an error."), {}});
    }
}

void McpClient::answer(const QJsonValue &id, const QJsonObject &result)
{
    if (m_transport) {
        m_transport->send({{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"result"_s, result}});
    }
}

void McpClient::answerError(const QJsonValue &id, int code, const QString &message)
{
    if (m_transport) {
        m_transport->send(
            {{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}});
    }
}

void McpClient::notify(const QString &method, const QJsonObject &params)
{
    if (!m_transport) {
        return;
    }
    QJsonObject message{{u"jsonrpc"_s, u"2.0"_s}, {u"method"_s, method}};
    if (!params.isEmpty()) {
        message.insert(u"params"_s, params);
    }
    m_transport->send(message);
}

void McpClient::onTransportFailed(const QString &error)
{
    if (m_state == State::Closing) {
        // Failing while shutting down is the end we wanted.
        m_transport->deleteLater();
        m_transport = nullptr;
        setState(State::Closed);
        Q_EMIT closed();
        return;
    }
    fail(error);
}

QString McpClient::withLogTail(const QString &error) const
{
    QStringList tail;
    for (const QString &line : m_log->lastLines(20)) {
        if (!line.startsWith(u"[confab ")) {
            tail << line;
        }
    }
    if (tail.isEmpty()) {
        return error;
    }
    tail = tail.mid(qMax<qsizetype>(0, tail.size() - 3));
    return tr("%1 Last lines of its log: %2").arg(error, tail.join(u" | "_s));
}

void McpClient::fail(const QString &error)
{
    m_error = withLogTail(error);
    ++m_listGeneration;
    m_listing = false;
    m_listAgain = false;
    if (m_transport) {
        McpTransport *transport = std::exchange(m_transport, nullptr);
        disconnect(transport, nullptr, this, nullptr);
        transport->close();
        // The transport finishes its shutdown on its own, then goes.
        connect(transport, &McpTransport::closed, transport, &QObject::deleteLater);
        QTimer::singleShot(3 * McpStdioTransport::GracePeriodMs, transport, &QObject::deleteLater);
    }
    const auto pending = std::exchange(m_pending, {});
    setState(State::Failed);
    for (const QPointer<McpRequest> &request : pending) {
        if (request) {
            request->complete({}, {McpError::Kind::Transport, 0, m_error, {}});
        }
    }
}

void McpClient::stop()
{
    if (m_state == State::Closing || m_state == State::Closed || m_state == State::Idle) {
        return;
    }
    ++m_listGeneration;
    // The state changes first, so that handlers of the cancelled requests see a closing client.
    setState(m_transport ? State::Closing : State::Closed);
    const auto pending = std::exchange(m_pending, {});
    for (const QPointer<McpRequest> &request : pending) {
        if (request) {
            request->complete({}, {McpError::Kind::Cancelled, 0, tr("The server is being stopped."), {}});
        }
    }
    if (m_state == State::Closed) {
        QMetaObject::invokeMethod(this, &McpClient::closed, Qt::QueuedConnection);
        return;
    }
    if (m_transport) {
        m_transport->close();
    }
}

void McpClient::stopNow(QDeadlineTimer deadline)
{
    ++m_listGeneration;
    if (m_state != State::Idle) {
        m_state = State::Closed;
    }
    McpTransport *transport = std::exchange(m_transport, nullptr);
    if (transport) {
        disconnect(transport, nullptr, this, nullptr);
    }
    const auto pending = std::exchange(m_pending, {});
    for (const QPointer<McpRequest> &request : pending) {
        if (request) {
            request->complete({}, {McpError::Kind::Cancelled, 0, tr("The server was stopped."), {}});
        }
    }
    if (transport) {
        transport->closeNow(deadline);
        delete transport;
    }
}

void McpClient::setState(State state)
{
    if (m_state == state) {
        return;
    }
    m_state = state;
    qCDebug(lcMcp) << m_config.name << "is now" << state;
    Q_EMIT stateChanged(state);
}
