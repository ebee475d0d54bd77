// SPDX-License-Identifier: GPL-3.0-or-later
// The remote backend against a small scripted SSE server on loopback: the framing and parsing of
// a MineContext-style stream, its failures in plain words, and a whole turn through ChatService.
#include "chatservice.h"
#include "chatturn.h"
#include "contextagent.h"
#include "eventreader.h"
#include "llmclient.h"
#include "remotechatclient.h"
#include "remotechatstream.h"
#include "remoteworkflownode.h"
#include "storage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <QCoroTask>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

/** One scripted answer: status, content type, then body pieces with a pause before each. */
struct Script
{
    int status = 200;
    QByteArray contentType = "text/event-stream; charset=utf-8";
    QList<std::pair<std::chrono::milliseconds, QByteArray>> pieces;
    bool close = true; ///< close after the last piece (false: keep the connection silent)

    Script &then(const QByteArray &bytes, std::chrono::milliseconds delay = 0ms)
    {
        pieces.append({delay, bytes});
        return *this;
    }
    /** The body cut in pieces of @p size bytes. */
    static Script split(const QByteArray &body, qsizetype size)
    {
        Script script;
        for (qsizetype i = 0; i < body.size(); i += size) {
            script.then(body.mid(i, size));
        }
        return script;
    }
};

struct Request
{
    QByteArray method;
    QByteArray target;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    QJsonObject json() const
    {
        return QJsonDocument::fromJson(body).object();
    }
};

/** A loopback HTTP/1.1 server that answers each request with the next script (404 when none). */
class ScriptedSseServer : public QObject
{
public:
    ScriptedSseServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto *buffer = new QByteArray;
                QObject::connect(socket, &QObject::destroyed, [buffer] { delete buffer; });
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0) {
                        return;
                    }
                    Request request;
                    const QList<QByteArray> lines = buffer->left(end).split('\n');
                    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                    request.method = first.value(0);
                    request.target = first.value(1);
                    for (qsizetype i = 1; i < lines.size(); ++i) {
                        const qsizetype colon = lines[i].indexOf(':');
                        if (colon > 0) {
                            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
                        }
                    }
                    const qsizetype length = request.headers.value("content-length").toLongLong();
                    if (buffer->size() < end + 4 + length) {
                        return;
                    }
                    request.body = buffer->mid(end + 4, length);
                    buffer->clear();
                    requests.append(request);
                    respond(socket, request);
                });
            }
        });
    }

    bool listen()
    {
        return m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url() const
    {
        return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
    }

    QList<Script> scripts;
    QList<Request> requests;
    /** Answers for paths other than the chat stream, by path prefix. */
    QHash<QByteArray, Script> fixed;

private:
    void respond(QTcpSocket *socket, const Request &request)
    {
        Script script;
        bool found = false;
        for (auto it = fixed.cbegin(); it != fixed.cend(); ++it) {
            if (request.target.startsWith(it.key())) {
                script = it.value();
                found = true;
            }
        }
        if (!found && request.target.startsWith("/api/agent/chat/stream") && !scripts.isEmpty()) {
            script = scripts.takeFirst();
            found = true;
        }
        if (!found) {
            script.status = 404;
            script.contentType = "application/json";
            script.then(R"({"detail": "Not Found"})");
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(script.status) + " Status\r\nContent-Type: " + script.contentType +
            "\r\nConnection: close\r\nCache-Control: no-cache\r\n\r\n";
        socket->write(head);
        QPointer<QTcpSocket> guard(socket);
        auto total = 0ms;
        for (const auto &[delay, bytes] : std::as_const(script.pieces)) {
            total += delay;
            QTimer::singleShot(total, socket, [guard, bytes] {
                if (guard) {
                    guard->write(bytes);
                    guard->flush();
                }
            });
        }
        if (script.close) {
            QTimer::singleShot(total + 20ms, socket, [guard] {
                if (guard) {
                    guard->disconnectFromHost();
                }
            });
        }
    }

    QTcpServer m_server;
};

QByteArray sseEvent(const QJsonObject &object)
{
    return "data: " + QJsonDocument(object).toJson(QJsonDocument::Compact) + "\n\n";
}

QByteArray chunk(const QString &text, int index)
{
    return sseEvent({{u"type"_s, u"stream_chunk"_s},
                     {u"content"_s, text},
                     {u"progress"_s, 0.5},
                     {u"timestamp"_s, u"2025-10-20T15:02:11.482913"_s},
                     {u"stage"_s, u"intent_analysis"_s},
                     {u"metadata"_s, QJsonObject{{u"index"_s, index}}}});
}

/** A whole MineContext-style answer: session_start, steps, chunks, stream_complete. */
QByteArray answer(const QStringList &pieces, qint64 assistantId = 42, const QString &stage = u"completed"_s)
{
    QByteArray body = sseEvent(
        {{u"type"_s, u"session_start"_s}, {u"session_id"_s, u"session_remote"_s}, {u"assistant_message_id"_s, assistantId}});
    body += sseEvent({{u"type"_s, u"running"_s},
                      {u"content"_s, u"Starting to process query: ..."_s},
                      {u"progress"_s, 0.0},
                      {u"timestamp"_s, u"2025-10-20T15:02:11.100000"_s},
                      {u"stage"_s, u"init"_s}});
    body += sseEvent({{u"type"_s, u"thinking"_s},
                      {u"content"_s, u"Analyzing your intent..."_s},
                      {u"progress"_s, 0.0},
                      {u"timestamp"_s, u"2025-10-20T15:02:11.200000"_s},
                      {u"stage"_s, u"intent_analysis"_s}});
    for (int i = 0; i < pieces.size(); ++i) {
        body += chunk(pieces.at(i), i);
    }
    body += sseEvent({{u"type"_s, u"stream_complete"_s},
                      {u"content"_s, u""_s},
                      {u"progress"_s, 1.0},
                      {u"timestamp"_s, u"2025-10-20T15:02:12.000000"_s},
                      {u"stage"_s, stage}});
    return body;
}

} // namespace

class TestRemoteChatClient : public QObject
{
    Q_OBJECT

    /** Runs @p request to the end and returns the events and the stream's error. */
    static std::pair<QList<StreamEvent>, QString> collect(RemoteChatClient &client, const RemoteChatRequest &request,
                                                          QString *sessionId = nullptr, qint64 *assistantId = nullptr)
    {
        std::unique_ptr<RemoteChatStream> stream(client.stream(request));
        QList<StreamEvent> events;
        QObject::connect(stream.get(), &RemoteChatStream::eventReceived, [&events](const StreamEvent &e) { events << e; });
        QSignalSpy finished(stream.get(), &RemoteChatStream::finished);
        if (!finished.wait(10000)) {
            return {events, u"<no finish>"_s};
        }
        if (sessionId) {
            *sessionId = stream->sessionId();
        }
        if (assistantId) {
            *assistantId = stream->assistantMessageId();
        }
        return {events, stream->errorString()};
    }

private Q_SLOTS:
    void streamsEventsInOrder_data()
    {
        QTest::addColumn<qsizetype>("pieceSize");
        QTest::newRow("whole") << qsizetype(1 << 20);
        QTest::newRow("7 bytes") << qsizetype(7);
        QTest::newRow("1 byte") << qsizetype(1);
    }

    void streamsEventsInOrder()
    {
        QFETCH(qsizetype, pieceSize);
        ScriptedSseServer server;
        QVERIFY(server.listen());
        // Multi-byte characters cut by the pieces must come out whole.
        server.scripts << Script::split(answer({u"你好, "_s, u"wörld "_s, u"🙂!"_s}), pieceSize);
        RemoteChatClient client;
        client.setBaseUrl(server.url());
        client.setToken(u"secret-token"_s);
        RemoteChatRequest request;
        request.query = u"Hi there"_s;
        request.history = {ChatMessage::user(u"Earlier question"_s), ChatMessage::assistant(u"Earlier answer"_s)};
        request.sessionId = u"local-session"_s;
        request.selectedContent = u"selected words"_s;
        QString sessionId;
        qint64 assistantId = 0;
        const auto [events, error] = collect(client, request, &sessionId, &assistantId);
        QCOMPARE(error, QString());
        QStringList types;
        QString text;
        for (const StreamEvent &e : events) {
            types << StreamEvent::typeName(e.type);
            if (e.type == StreamEvent::Type::StreamChunk) {
                text += e.content;
            }
        }
        QCOMPARE(types,
                 (QStringList{u"session_start"_s, u"running"_s, u"thinking"_s, u"stream_chunk"_s, u"stream_chunk"_s,
                              u"stream_chunk"_s, u"stream_complete"_s}));
        QCOMPARE(text, u"你好, wörld 🙂!"_s);
        QCOMPARE(events.last().stage, StreamEvent::Stage::Completed);
        QCOMPARE(sessionId, u"session_remote"_s);
        QCOMPARE(assistantId, 42);

        // The request, as MineContext's own window sends it.
        QCOMPARE(server.requests.size(), 1);
        const Request &sent = server.requests.first();
        QCOMPARE(sent.method, "POST");
        QCOMPARE(sent.target, "/api/agent/chat/stream");
        QCOMPARE(sent.headers.value("authorization"), "Bearer secret-token");
        QVERIFY(sent.headers.value("content-type").startsWith("application/json"));
        const QJsonObject body = sent.json();
        QCOMPARE(body.value(u"query").toString(), u"Hi there"_s);
        QCOMPARE(body.value(u"session_id").toString(), u"local-session"_s);
        QVERIFY(!body.contains(u"conversation_id"));
        const QJsonObject context = body.value(u"context").toObject();
        QCOMPARE(context.value(u"selected_content").toString(), u"selected words"_s);
        const QJsonArray history = context.value(u"chat_history").toArray();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).toObject().value(u"role").toString(), u"user"_s);
        QCOMPARE(history.at(1).toObject().value(u"content").toString(), u"Earlier answer"_s);
        QCOMPARE(history.at(2).toObject(), (QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, u"Hi there"_s}}));
    }

    void keepAlivesAndUnknownEventsAreSkipped()
    {
        ScriptedSseServer server;
        QVERIFY(server.listen());
        QByteArray body = answer({u"ok"_s});
        body.insert(0, ": keep-alive\n\n");
        const qsizetype complete = body.lastIndexOf("data: ");
        body.insert(complete, ": keep-alive\n\n" + sseEvent({{u"type"_s, u"some_future_event"_s}, {u"content"_s, u"x"_s}}));
        server.scripts << Script().then(body);
        RemoteChatClient client;
        client.setBaseUrl(server.url());
        const auto [events, error] = collect(client, {u"q"_s, {}, {}, {}});
        QCOMPARE(error, QString());
        QCOMPARE(events.size(), 5);
        QCOMPARE(events.last().type, StreamEvent::Type::StreamComplete);
        QVERIFY(!server.requests.first().headers.contains("authorization")); // no token, no header
    }

    void failuresInPlainWords_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("401") << 401 << "application/json"_ba
                             << R"({"detail": "Invalid API key"})"_ba << u"refused the token (HTTP 401)"_s;
        QTest::newRow("401 says") << 401 << "application/json"_ba
                                  << R"({"detail": "Invalid API key"})"_ba << u"“Invalid API key”"_s;
        QTest::newRow("404") << 404 << "application/json"_ba
                             << R"({"detail": "Not Found"})"_ba << u"no chat API at this address"_s;
        QTest::newRow("500") << 500 << "text/plain"_ba
                             << "oops"_ba << u"failed (HTTP 500)"_s;
        QTest::newRow("not sse") << 200 << "application/json"_ba
                                 << R"({"ok": true})"_ba << u"did not answer with an event stream"_s;
        QTest::newRow("not json") << 200 << "text/event-stream"_ba
                                  << "data: hello\n\n"_ba << u"not an event: hello"_s;
        QTest::newRow("bad stage") << 200 << "text/event-stream"_ba
                                   << "data: {\"type\": \"running\", \"stage\": \"nowhere\"}\n\n"_ba
                                   << u"cannot be read: unknown stage"_s;
        QTest::newRow("cut short") << 200 << "text/event-stream"_ba << chunk(u"half"_s, 0)
                                   << u"closed the stream before the reply was complete"_s;
    }

    void failuresInPlainWords()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        ScriptedSseServer server;
        QVERIFY(server.listen());
        Script script;
        script.status = status;
        script.contentType = contentType;
        script.then(body);
        server.scripts << script;
        RemoteChatClient client;
        client.setBaseUrl(server.url());
        const auto [events, error] = collect(client, {u"q"_s, {}, {}, {}});
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void unreachableAndSilentServers()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        RemoteChatClient client;
        client.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        auto [events, error] = collect(client, {u"q"_s, {}, {}, {}});
        QVERIFY2(error.contains(u"refused"_s), qPrintable(error));
        QVERIFY(events.isEmpty());

        // Headers, then silence: the idle timeout ends it.
        ScriptedSseServer server;
        QVERIFY(server.listen());
        Script silent;
        silent.close = false;
        silent.then(sseEvent({{u"type"_s, u"session_start"_s}, {u"session_id"_s, u"s"_s}, {u"assistant_message_id"_s, 1}}));
        server.scripts << silent;
        client.setBaseUrl(server.url());
        client.setIdleTimeout(400ms);
        std::tie(events, error) = collect(client, {u"q"_s, {}, {}, {}});
        QVERIFY2(error.contains(u"sent nothing"_s), qPrintable(error));
        QCOMPARE(events.size(), 1);
    }

    void connectionCheck()
    {
        ScriptedSseServer server;
        QVERIFY(server.listen());
        Script ok;
        ok.contentType = "application/json";
        ok.then(R"({"items": [], "total": 0})");
        server.fixed.insert("/api/agent/chat/conversations/list", ok);
        RemoteChatClient client;
        client.setBaseUrl(server.url());
        client.setToken(u"t0ken"_s);
        QCOMPARE(QCoro::waitFor(client.check()), QString());
        QCOMPARE(server.requests.last().target, "/api/agent/chat/conversations/list?limit=1");
        QCOMPARE(server.requests.last().headers.value("authorization"), "Bearer t0ken");

        Script denied;
        denied.status = 401;
        denied.contentType = "application/json";
        denied.then(R"({"detail": "missing token"})");
        server.fixed.insert("/api/agent/chat/conversations/list", denied);
        QVERIFY(QCoro::waitFor(client.check()).contains(u"refused the token"_s));

        client.setBaseUrl(QUrl(u"ftp://example.org"_s));
        QVERIFY(QCoro::waitFor(client.check()).contains(u"http://"_s));
    }
};

/** A whole turn through ChatService with the remote workflow instead of the embedded agent. */
class TestRemoteBackendTurns : public QObject
{
    Q_OBJECT

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Storage> m_storage;
    ScriptedSseServer *m_server = nullptr;
    RemoteChatClient *m_remote = nullptr;
    LlmClient *m_llm = nullptr;
    ContextAgent *m_agent = nullptr;
    ChatService *m_service = nullptr;

    ChatTurn *ask(const QString &query, qint64 conversationId = 0)
    {
        TurnRequest request;
        request.query = query;
        request.conversationId = conversationId;
        request.origin = u"test"_s;
        const auto turn = m_service->startTurn(request);
        return turn ? *turn : nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = new QTemporaryDir;
        auto opened = Storage::open(m_dir->path());
        QVERIFY(opened);
        m_storage = std::move(*opened);
        m_server = new ScriptedSseServer;
        QVERIFY(m_server->listen());
        m_remote = new RemoteChatClient;
        m_remote->setBaseUrl(m_server->url());
        m_llm = new LlmClient; // never used: no provider at all
        m_agent = new ContextAgent(m_llm);
        QPointer<RemoteChatClient> remote(m_remote);
        m_agent->setEngineFactory([remote] { return RemoteWorkflowNode::createEngine(remote); });
        m_service = new ChatService(m_storage.get(), m_agent);
    }

    void cleanup()
    {
        delete m_service;
        delete m_agent;
        delete m_llm;
        delete m_remote;
        delete m_server;
        m_storage.reset();
        delete m_dir;
    }

    void remoteAnswerIsStoredLikeALocalOne()
    {
        m_server->scripts << Script::split(answer({u"Bonjour "_s, u"à vous."_s}), 9);
        ChatTurn *turn = ask(u"Say hello in French"_s);
        QVERIFY(turn);
        QObject scope; // the reader and its connection end with this test
        EventReader *reader = turn->createReader(&scope);
        QList<StreamEvent> events;
        connect(reader, &EventReader::readyRead, &scope, [&events, reader] { events += reader->takeAll(); });
        QSignalSpy done(turn, &ChatTurn::finished);
        QVERIFY(done.wait(10000));
        QTRY_VERIFY(!events.isEmpty() && events.last().isTerminal());
        QCOMPARE(events.first().type, StreamEvent::Type::SessionStart); // the local run's own
        QCOMPARE(events.last().type, StreamEvent::Type::StreamComplete);
        QCOMPARE(events.last().stage, StreamEvent::Stage::Completed);
        int inits = 0;
        for (const StreamEvent &e : events) {
            inits += e.type == StreamEvent::Type::Running && e.stage == StreamEvent::Stage::Init ? 1 : 0;
        }
        QCOMPARE(inits, 1); // the remote init step is not repeated
        const auto reply = m_storage->message(turn->assistantMessageId());
        QCOMPARE(reply->content, u"Bonjour à vous."_s);
        QCOMPARE(reply->status, MessageStatus::Completed);

        // The next turn carries the stored history to the remote server.
        m_server->scripts << Script().then(answer({u"Au revoir."_s}));
        ChatTurn *second = ask(u"And goodbye?"_s, turn->conversationId());
        QSignalSpy done2(second, &ChatTurn::finished);
        QVERIFY(done2.wait(10000));
        const QJsonArray history = m_server->requests.last().json().value(u"context").toObject().value(u"chat_history").toArray();
        QStringList contents;
        for (const QJsonValue &m : history) {
            contents << m.toObject().value(u"content").toString();
        }
        QCOMPARE(contents, (QStringList{u"Say hello in French"_s, u"Bonjour à vous."_s, u"And goodbye?"_s}));
        QCOMPARE(m_storage->message(second->assistantMessageId())->content, u"Au revoir."_s);
    }

    void remoteFailureFailsTheTurn()
    {
        QByteArray body = sseEvent({{u"type"_s, u"session_start"_s}, {u"session_id"_s, u"s"_s}, {u"assistant_message_id"_s, 7}});
        body += sseEvent({{u"type"_s, u"fail"_s},
                          {u"content"_s, u"Workflow execution failed: model not found"_s},
                          {u"progress"_s, 0.0},
                          {u"timestamp"_s, u"2025-10-20T15:02:11.000000"_s},
                          {u"stage"_s, u"failed"_s}});
        body += sseEvent({{u"type"_s, u"stream_complete"_s},
                          {u"content"_s, u""_s},
                          {u"progress"_s, 1.0},
                          {u"timestamp"_s, u"2025-10-20T15:02:11.000000"_s},
                          {u"stage"_s, u"failed"_s}});
        m_server->scripts << Script().then(body);
        ChatTurn *turn = ask(u"Fail please"_s);
        QSignalSpy done(turn, &ChatTurn::finished);
        QVERIFY(done.wait(10000));
        const auto reply = m_storage->message(turn->assistantMessageId());
        QCOMPARE(reply->status, MessageStatus::Failed);
        QVERIFY2(reply->error.contains(u"model not found"_s), qPrintable(reply->error));

        // An unreachable server fails the turn with that sentence too.
        m_remote->setBaseUrl(QUrl(u"http://127.0.0.1:9"_s));
        ChatTurn *unreachable = ask(u"Anyone there?"_s);
        QSignalSpy done2(unreachable, &ChatTurn::finished);
        QVERIFY(done2.wait(10000));
        QCOMPARE(m_storage->message(unreachable->assistantMessageId())->status, MessageStatus::Failed);
        QVERIFY(!m_storage->message(unreachable->assistantMessageId())->error.isEmpty());
    }

    void interruptStopsTheRemoteReply()
    {
        Script slow;
        slow.then(sseEvent({{u"type"_s, u"session_start"_s}, {u"session_id"_s, u"s"_s}, {u"assistant_message_id"_s, 99}}));
        for (int i = 0; i < 50; ++i) {
            slow.then(chunk(u"word "_s, i), 100ms);
        }
        m_server->scripts << slow;
        Script interrupted;
        interrupted.contentType = "application/json";
        interrupted.then(R"({"message_id": "99"})");
        m_server->fixed.insert("/api/agent/chat/messages/99/interrupt", interrupted);
        ChatTurn *turn = ask(u"Talk for a while"_s);
        QTRY_VERIFY_WITH_TIMEOUT(turn->content().contains(u"word word"_s), 10000);
        QVERIFY(m_service->interrupt(turn->assistantMessageId(), u"stopped by the test"_s));
        QTRY_VERIFY(turn->isFinished());
        const auto reply = m_storage->message(turn->assistantMessageId());
        QCOMPARE(reply->status, MessageStatus::Cancelled);
        QVERIFY(reply->content.startsWith(u"word word"_s));
        // The remote server is told to stop its own reply.
        QTRY_VERIFY(std::any_of(m_server->requests.cbegin(), m_server->requests.cend(), [](const Request &r) {
            return r.method == "POST" && r.target == "/api/agent/chat/messages/99/interrupt";
        }));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int status = 0;
    {
        TestRemoteChatClient client;
        status |= QTest::qExec(&client, argc, argv);
    }
    {
        TestRemoteBackendTurns turns;
        status |= QTest::qExec(&turns, argc, argv);
    }
    return status;
}

#include "tst_remotechatclient.moc"
