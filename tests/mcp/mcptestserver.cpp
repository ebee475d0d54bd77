// SPDX-License-Identifier: GPL-3.0-or-later
// confab-mcp-test-server: a small MCP server for Confab's tests, over stdio or Streamable HTTP,
// whose behaviour the arguments and the called tools script (normal tools, failure to start,
// crash mid-call, garbage on stdout, JSON-RPC errors, hangs, slow lists, list_changed).
// What it receives that a test wants to check (cancellations, headers) goes to stderr.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <functional>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

struct Options
{
    bool http = false;
    bool sse = false;
    bool session = false;
    bool noGet = false;
    QString protocol;
    int pageSize = 0;
    int listDelayMs = 0;
    bool noInitialize = false;
    bool ignoreEof = false;
};

void writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n <= 0) {
            return;
        }
        done += n;
    }
}

void logLine(const QString &line)
{
    writeAll(2, line.toUtf8() + '\n');
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject tool(const QString &name, const QString &description, const QJsonObject &properties = {})
{
    return {{u"name"_s, name},
            {u"description"_s, description},
            {u"inputSchema"_s, QJsonObject{{u"type"_s, u"object"_s}, {u"properties"_s, properties}}}};
}

QJsonObject textResult(const QString &text, bool isError = false)
{
    QJsonObject result{{u"content"_s, QJsonArray{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, text}}}}};
    if (isError) {
        result.insert(u"isError"_s, true);
    }
    return result;
}

/** The protocol: answers one message; reply may be called later, or never (hang). */
class Server : public QObject
{
public:
    using Reply = std::function<void(const QJsonObject &)>;
    using Push = std::function<void(const QJsonObject &)>;
    using Raw = std::function<void(const QByteArray &)>;

    Server(const Options &options, Push push, Raw raw)
        : m_options(options)
        , m_push(std::move(push))
        , m_raw(std::move(raw))
    { }

    void handle(const QJsonObject &message, const Reply &reply)
    {
        const QString method = message.value(u"method").toString();
        const QJsonValue id = message.value(u"id");
        const QJsonObject params = message.value(u"params").toObject();
        if (method.isEmpty()) {
            logLine(u"answer %1"_s.arg(QString::fromUtf8(compact(message))));
            return;
        }
        if (!message.contains(u"id")) {
            if (method == u"notifications/cancelled") {
                logLine(u"cancelled %1 %2"_s.arg(params.value(u"requestId").toVariant().toString(),
                                                 params.value(u"reason").toString()));
            } else if (method == u"notifications/initialized") {
                logLine(u"initialized"_s);
            }
            return;
        }
        logLine(u"request %1"_s.arg(method));
        const auto ok = [reply, id](const QJsonObject &result) {
            reply({{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"result"_s, result}});
        };
        const auto error = [reply, id](int code, const QString &text) {
            reply({{u"jsonrpc"_s, u"2.0"_s},
                   {u"id"_s, id},
                   {u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, text}, {u"data"_s, u"details"_s}}}});
        };
        if (method == u"initialize") {
            if (m_options.noInitialize) {
                return;
            }
            const QString asked = params.value(u"protocolVersion").toString();
            logLine(u"client asked for %1"_s.arg(asked));
            ok({{u"protocolVersion"_s, m_options.protocol.isEmpty() ? asked : m_options.protocol},
                {u"capabilities"_s, QJsonObject{{u"tools"_s, QJsonObject{{u"listChanged"_s, true}}}}},
                {u"serverInfo"_s, QJsonObject{{u"name"_s, u"confab-mcp-test-server"_s}, {u"version"_s, u"1.0"_s}}},
                {u"instructions"_s, u"Test server."_s}});
        } else if (method == u"ping") {
            ok({});
        } else if (method == u"tools/list") {
            const QJsonArray all = tools();
            const int start = params.value(u"cursor").toString().toInt();
            const int size = m_options.pageSize > 0 ? m_options.pageSize : int(all.size());
            QJsonArray page;
            for (int i = start; i < qMin(int(all.size()), start + size); ++i) {
                page.append(all.at(i));
            }
            QJsonObject result{{u"tools"_s, page}};
            if (start + size < all.size()) {
                result.insert(u"nextCursor"_s, QString::number(start + size));
            }
            QTimer::singleShot(m_options.listDelayMs, this, [ok, result] { ok(result); });
        } else if (method == u"tools/call") {
            callTool(params.value(u"name").toString(), params.value(u"arguments").toObject(), ok, error);
        } else {
            error(-32601, u"Method not found: %1"_s.arg(method));
        }
    }

private:
    QJsonArray tools() const
    {
        QJsonArray list{
            tool(u"echo"_s, u"Echoes the text"_s, {{u"text"_s, QJsonObject{{u"type"_s, u"string"_s}}}}),
            tool(u"add"_s, u"Adds two numbers"_s,
                 {{u"a"_s, QJsonObject{{u"type"_s, u"number"_s}}}, {u"b"_s, QJsonObject{{u"type"_s, u"number"_s}}}}),
            tool(u"image"_s, u"Returns an image"_s),
            tool(u"resource"_s, u"Returns resources"_s),
            tool(u"fail"_s, u"A tool error"_s),
            tool(u"rpc_error"_s, u"A JSON-RPC error"_s),
            tool(u"hang"_s, u"Never answers"_s),
            tool(u"crash"_s, u"Killed mid-call"_s),
            tool(u"quit"_s, u"Exits with code 7 mid-call"_s),
            tool(u"garbage"_s, u"Prints garbage, then answers"_s),
            tool(u"garbage_only"_s, u"Prints garbage and never answers"_s),
            tool(u"slow"_s, u"Answers after ms"_s, {{u"ms"_s, QJsonObject{{u"type"_s, u"integer"_s}}}}),
            tool(u"change"_s, u"Adds the tool late and says so"_s),
            tool(u"dotted.name with spaces"_s, u"A name the model cannot use as is"_s),
            tool(u"ask_client"_s, u"Sends the client a ping and a sampling request"_s),
            tool(u"big"_s, u"Answers with size characters"_s, {{u"size"_s, QJsonObject{{u"type"_s, u"integer"_s}}}}),
        };
        if (m_changed) {
            list.append(tool(u"late"_s, u"Exists after change"_s));
        }
        return list;
    }

    void callTool(const QString &name, const QJsonObject &arguments, const std::function<void(const QJsonObject &)> &ok,
                  const std::function<void(int, const QString &)> &error)
    {
        if (name == u"echo") {
            ok(textResult(u"echo: "_s + arguments.value(u"text").toString()));
        } else if (name == u"add") {
            ok(textResult(QString::number(arguments.value(u"a").toDouble() + arguments.value(u"b").toDouble())));
        } else if (name == u"image") {
            ok({{u"content"_s,
                 QJsonArray{
                     QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, u"A red dot:"_s}},
                     QJsonObject{{u"type"_s, u"image"_s}, {u"mimeType"_s, u"image/png"_s}, {u"data"_s, u"iVBORw0KGgo="_s}}}}});
        } else if (name == u"resource") {
            ok({{u"content"_s,
                 QJsonArray{QJsonObject{{u"type"_s, u"resource"_s},
                                        {u"resource"_s,
                                         QJsonObject{{u"uri"_s, u"file:///notes.txt"_s},
                                                     {u"mimeType"_s, u"text/plain"_s},
                                                     {u"text"_s, u"remember the milk"_s}}}},
                            QJsonObject{{u"type"_s, u"resource"_s},
                                        {u"resource"_s,
                                         QJsonObject{{u"uri"_s, u"file:///blob.bin"_s},
                                                     {u"mimeType"_s, u"application/octet-stream"_s},
                                                     {u"blob"_s, u"AAECAwQF"_s}}}},
                            QJsonObject{{u"type"_s, u"resource_link"_s},
                                        {u"uri"_s, u"file:///big.csv"_s},
                                        {u"name"_s, u"big.csv"_s},
                                        {u"description"_s, u"A large table"_s}}}}});
        } else if (name == u"fail") {
            ok(textResult(u"the disk is on fire"_s, true));
        } else if (name == u"rpc_error") {
            error(-32603, u"internal failure in the test server"_s);
        } else if (name == u"hang") {
            // never answers
        } else if (name == u"crash") {
            logLine(u"crashing now"_s);
            ::kill(::getpid(), SIGKILL);
        } else if (name == u"quit") {
            logLine(u"quitting mid-call"_s);
            ::_exit(7);
        } else if (name == u"garbage") {
            m_raw("this is not json\n\x01\x02 {broken\n");
            ok(textResult(u"answered after garbage"_s));
        } else if (name == u"garbage_only") {
            m_raw("Traceback (most recent call last): oops\n");
        } else if (name == u"slow") {
            const QJsonObject result = textResult(u"slow answer"_s);
            QTimer::singleShot(arguments.value(u"ms").toInt(100), this, [ok, result] { ok(result); });
        } else if (name == u"change") {
            m_changed = true;
            m_push({{u"jsonrpc"_s, u"2.0"_s}, {u"method"_s, u"notifications/tools/list_changed"_s}});
            ok(textResult(u"changed"_s));
        } else if (name == u"ask_client") {
            m_push({{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, u"s1"_s}, {u"method"_s, u"ping"_s}});
            m_push({{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, u"s2"_s}, {u"method"_s, u"sampling/createMessage"_s}});
            ok(textResult(u"asked"_s));
        } else if (name == u"big") {
            ok(textResult(QString(arguments.value(u"size"_s).toInt(1000), u'x')));
        } else if (name == u"late") {
            ok(textResult(u"late tool"_s));
        } else if (name == u"dotted.name with spaces") {
            ok(textResult(u"odd name works"_s));
        } else {
            error(-32602, u"Unknown tool: %1"_s.arg(name));
        }
    }

    Options m_options;
    Push m_push;
    Raw m_raw;
    bool m_changed = false;
};

/** Newline-delimited JSON-RPC on stdin / stdout. */
class StdioFront : public QObject
{
public:
    explicit StdioFront(const Options &options)
        : m_options(options)
        , m_server(
              options, [](const QJsonObject &message) { writeAll(1, compact(message) + '\n'); },
              [](const QByteArray &raw) { writeAll(1, raw); })
        , m_notifier(0, QSocketNotifier::Read)
    {
        connect(&m_notifier, &QSocketNotifier::activated, this, [this] { readInput(); });
    }

private:
    void readInput()
    {
        char chunk[65536];
        const ssize_t n = ::read(0, chunk, sizeof chunk);
        if (n <= 0) {
            m_notifier.setEnabled(false);
            logLine(u"stdin closed"_s);
            if (!m_options.ignoreEof) {
                QCoreApplication::exit(0);
            }
            return;
        }
        m_buffer.append(chunk, n);
        qsizetype end;
        while ((end = m_buffer.indexOf('\n')) >= 0) {
            const QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 1);
            const QJsonObject message = QJsonDocument::fromJson(line).object();
            m_server.handle(message, [](const QJsonObject &answer) { writeAll(1, compact(answer) + '\n'); });
        }
    }

    Options m_options;
    Server m_server;
    QSocketNotifier m_notifier;
    QByteArray m_buffer;
};

/** A minimal HTTP/1.1 server (keep-alive, Content-Length bodies, chunked event streams). */
class HttpFront : public QObject
{
public:
    explicit HttpFront(const Options &options)
        : m_options(options)
        , m_server(
              options, [this](const QJsonObject &message) { pushToListeners(message); }, [](const QByteArray &) {})
    {
        connect(&m_tcp, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool listen()
    {
        if (!m_tcp.listen(QHostAddress::LocalHost, 0)) {
            return false;
        }
        writeAll(1, u"listening on http://127.0.0.1:%1/mcp\n"_s.arg(m_tcp.serverPort()).toUtf8());
        return true;
    }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0) {
                return;
            }
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            QHash<QByteArray, QByteArray> headers;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
                }
            }
            const qsizetype length = headers.value("content-length", "0").toLongLong();
            if (buffer.size() < headerEnd + 4 + length) {
                return;
            }
            const QByteArray body = buffer.mid(headerEnd + 4, length);
            buffer.remove(0, headerEnd + 4 + length);
            handleRequest(socket, requestLine.value(0), headers, body);
        }
    }

    void respond(QTcpSocket *socket, int status, const QByteArray &type, const QByteArray &body,
                 const QList<QPair<QByteArray, QByteArray>> &extra = {})
    {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            return;
        }
        QByteArray head =
            "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        if (!type.isEmpty()) {
            head += "Content-Type: " + type + "\r\n";
        }
        for (const auto &header : extra) {
            head += header.first + ": " + header.second + "\r\n";
        }
        socket->write(head + "\r\n" + body);
    }

    static QByteArray chunk(const QByteArray &bytes)
    {
        return QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n";
    }

    static QByteArray event(const QJsonObject &message)
    {
        return "event: message\ndata: " + compact(message) + "\n\n";
    }

    void handleRequest(QTcpSocket *socket, const QByteArray &method, const QHash<QByteArray, QByteArray> &headers,
                       const QByteArray &body)
    {
        if (headers.contains("mcp-protocol-version")) {
            logLine(u"header mcp-protocol-version: %1"_s.arg(QString::fromLatin1(headers.value("mcp-protocol-version"))));
        }
        const QByteArray session = headers.value("mcp-session-id");
        if (method == "DELETE") {
            logLine(u"delete session %1"_s.arg(QString::fromLatin1(session)));
            respond(socket, 200, {}, {});
            return;
        }
        const bool isInitialize = QJsonDocument::fromJson(body).object().value(u"method") == u"initialize"_s;
        if (m_options.session && !isInitialize) {
            if (session.isEmpty()) {
                respond(socket, 400, "text/plain", "missing session");
                return;
            }
            if (session != m_sessionId) {
                respond(socket, 404, "text/plain", "unknown session");
                return;
            }
        }
        if (method == "GET") {
            if (m_options.noGet) {
                respond(socket, 405, {}, {});
                return;
            }
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n");
            socket->write(chunk(": listening\n\n"));
            m_listeners << socket;
            logLine(u"listener connected"_s);
            return;
        }
        const QJsonObject message = QJsonDocument::fromJson(body).object();
        if (message.value(u"params").toObject().value(u"name") == u"garbage"_s) {
            respond(socket, 200, "application/json", "this is not json");
            return;
        }
        QList<QPair<QByteArray, QByteArray>> extra;
        if (m_options.session && isInitialize) {
            m_sessionId = "session-" + QByteArray::number(++m_sessions);
            extra.append({"Mcp-Session-Id", m_sessionId});
        }
        if (!message.contains(u"method") || !message.contains(u"id")) {
            m_server.handle(message, [](const QJsonObject &) {});
            respond(socket, 202, {}, {});
            return;
        }
        QPointer<QTcpSocket> guard(socket);
        if (m_options.sse) {
            QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n";
            for (const auto &header : extra) {
                head += header.first + ": " + header.second + "\r\n";
            }
            socket->write(head + "\r\n");
            const QJsonObject note{{u"jsonrpc"_s, u"2.0"_s},
                                   {u"method"_s, u"notifications/message"_s},
                                   {u"params"_s, QJsonObject{{u"level"_s, u"info"_s}, {u"data"_s, u"working on it"_s}}}};
            socket->write(chunk(event(note)));
            m_server.handle(message, [guard](const QJsonObject &answer) {
                if (guard) {
                    guard->write(chunk(event(answer)) + "0\r\n\r\n");
                }
            });
            return;
        }
        m_server.handle(message, [this, guard, extra](const QJsonObject &answer) {
            respond(guard, 200, "application/json", compact(answer), extra);
        });
    }

    void pushToListeners(const QJsonObject &message)
    {
        m_listeners.removeIf([](const QPointer<QTcpSocket> &socket) { return !socket; });
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_listeners)) {
            socket->write(chunk(event(message)));
        }
    }

    Options m_options;
    Server m_server;
    QTcpServer m_tcp;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QPointer<QTcpSocket>> m_listeners;
    QByteArray m_sessionId;
    int m_sessions = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"A scripted MCP server for Confab's tests."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"http"_s, u"Streamable HTTP on 127.0.0.1; prints the URL on stdout."_s},
        {u"sse"_s, u"(http) Answer requests as event streams, with a log notification first."_s},
        {u"session"_s, u"(http) Hand out a session id and require it."_s},
        {u"no-get"_s, u"(http) Refuse the GET event stream with 405."_s},
        {u"fail-start"_s, u"Print an error on stderr and exit with code 3."_s},
        {u"garbage-at-start"_s, u"Print a banner on stdout first."_s},
        {u"protocol"_s, u"Answer initialize with this protocol version."_s, u"version"_s},
        {u"page-size"_s, u"tools/list pages of this many tools."_s, u"n"_s},
        {u"list-delay"_s, u"Answer tools/list after this many milliseconds."_s, u"ms"_s},
        {u"no-initialize"_s, u"Never answer initialize."_s},
        {u"ignore-eof"_s, u"Keep running when stdin closes, and ignore SIGTERM."_s},
    });
    parser.process(app);
    Options options;
    options.http = parser.isSet(u"http"_s);
    options.sse = parser.isSet(u"sse"_s);
    options.session = parser.isSet(u"session"_s);
    options.noGet = parser.isSet(u"no-get"_s);
    options.protocol = parser.value(u"protocol"_s);
    options.pageSize = parser.value(u"page-size"_s).toInt();
    options.listDelayMs = parser.value(u"list-delay"_s).toInt();
    options.noInitialize = parser.isSet(u"no-initialize"_s);
    options.ignoreEof = parser.isSet(u"ignore-eof"_s);

    if (parser.isSet(u"fail-start"_s)) {
        logLine(u"fatal: cannot open the database /nonexistent/db.sqlite"_s);
        return 3;
    }
    if (options.ignoreEof) {
        std::signal(SIGTERM, SIG_IGN);
    }
    if (parser.isSet(u"garbage-at-start"_s)) {
        writeAll(1, "Welcome to the test server! (this banner is not MCP)\n");
    }
    logLine(u"test server started, pid %1"_s.arg(::getpid()));
    if (options.http) {
        HttpFront front(options);
        if (!front.listen()) {
            logLine(u"cannot listen"_s);
            return 1;
        }
        return app.exec();
    }
    StdioFront front(options);
    return app.exec();
}
