// SPDX-License-Identifier: GPL-3.0-or-later
// The MineContext chat routes of the local server, over loopback against a real AppCore and a
// scripted provider: SSE framing byte for byte, storage, keep-alive, disconnects, interrupts,
// shutdown, and turns shared live with the rest of the app.
#include "appcore.h"
#include "chatservice.h"
#include "chatturn.h"
#include "serverfixture.h"
#include "storage.h"
#include "streamevent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray streamBody(qint64 conversationId, const QString &query = u"What is the capital of France?"_s)
{
    QJsonObject body{{u"query"_s, query}, {u"session_id"_s, u"s-1"_s}};
    body.insert(u"conversation_id"_s, conversationId > 0 ? QJsonValue(conversationId) : QJsonValue());
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::optional<StreamEvent> parseEvent(const QByteArray &json)
{
    return StreamEvent::fromJson(json);
}
} // namespace

class TestLocalServer : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> f;

    qint64 createConversation()
    {
        RawHttpClient *client = f->send("POST", "/api/agent/chat/conversations", R"({"page_name": "home"})");
        if (!f->call(client) || client->status() != 200) {
            return 0;
        }
        return object(client->body()).value(u"id").toInteger();
    }

    /** Waits until a stream_chunk has arrived on @p client; returns the assistant message id. */
    qint64 waitForFirstChunk(RawHttpClient *client)
    {
        qint64 assistantId = 0;
        const bool arrived = QTest::qWaitFor(
            [&] {
                QString error;
                const QList<QByteArray> data =
                    ServerFixture::sseData(client->body().left(client->body().lastIndexOf("\n\n") + 2), &error);
                for (const QByteArray &json : data) {
                    const QJsonObject o = object(json);
                    if (o.value(u"type").toString() == u"session_start") {
                        assistantId = o.value(u"assistant_message_id").toInteger();
                    }
                    if (o.value(u"type").toString() == u"stream_chunk") {
                        return true;
                    }
                }
                return false;
            },
            10000);
        return arrived ? assistantId : 0;
    }

    // Every category at every level while a test asks for it, whatever the runner's rules say;
    // installed before any LocalServer, as a user's own rules would be.
    static bool &everyLevel()
    {
        static bool on = false;
        return on;
    }

    static void setEveryLevel(bool on)
    {
        everyLevel() = on;
        QLoggingCategory::setFilterRules(QString()); // runs the filters again
    }

    static inline QLoggingCategory::CategoryFilter s_rules = nullptr;

    static void everyLevelFilter(QLoggingCategory *category)
    {
        s_rules(category);
        if (everyLevel()) {
            for (const QtMsgType type : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg}) {
                category->setEnabled(type, true);
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        s_rules = QLoggingCategory::installFilter(everyLevelFilter);
    }

    void init()
    {
        f = std::make_unique<ServerFixture>();
        QVERIFY(f->setUp());
    }

    void cleanup()
    {
        f.reset();
    }

    void healthNeedsNoToken()
    {
        RawHttpClient *client = f->sendRaw(RawHttpClient::request("GET", "/health", {}, {}, "127.0.0.1"));
        QVERIFY(f->call(client));
        QCOMPARE(client->status(), 200);
        QCOMPARE(client->body(), R"({"status":"ok","service":"confab"})");
        QCOMPARE(client->header("Content-Type"), "application/json");
    }

    void streamIsFramedAndStored()
    {
        const qint64 conversationId = createConversation();
        QVERIFY(conversationId > 0);
        f->provider()->enqueue(ScriptedResponse::chatStream({u"Paris "_s, u"is the "_s, u"capital."_s}).splitEvery(60));
        QSignalSpy started(f->core()->chat(), &ChatService::turnStarted);

        RawHttpClient *client = f->send("POST", "/api/agent/chat/stream", streamBody(conversationId));
        QVERIFY(f->call(client));
        QCOMPARE(client->status(), 200);
        QCOMPARE(client->header("Content-Type"), "text/event-stream; charset=utf-8");
        QCOMPARE(client->header("Cache-Control"), "no-cache");
        QCOMPARE(client->header("X-Accel-Buffering"), "no");
        QVERIFY(client->chunked());
        QCOMPARE(started.size(), 1); // a ChatService turn: the window sees it

        QString error;
        const QList<QByteArray> data = ServerFixture::sseData(client->body(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(data.size() >= 5);
        // Each line is exactly the reference's json.dumps form of its event.
        for (const QByteArray &json : data) {
            const auto parsed = parseEvent(json);
            QVERIFY2(parsed, json.constData());
            if (parsed->type != StreamEvent::Type::SessionStart) { // its extra ids come back sorted
                QCOMPARE(parsed->toJson(), json);
            }
        }
        const ChatTurn *turn = qvariant_cast<ChatTurn *>(started.first().first());
        const qint64 assistantId = turn->assistantMessageId();
        const QByteArray expectedStart =
            R"({"type": "session_start", "session_id": "s-1", "assistant_message_id": )" + QByteArray::number(assistantId) + ", ";
        QVERIFY2(data.first().startsWith(expectedStart), data.first().constData());
        const auto last = parseEvent(data.last());
        QCOMPARE(last->type, StreamEvent::Type::StreamComplete);
        QCOMPARE(last->stage, StreamEvent::Stage::Completed);
        QCOMPARE(last->metadata.value(u"assistant_message_id").toInteger(), assistantId);
        QCOMPARE(last->metadata.value(u"conversation_id").toInteger(), conversationId);
        QCOMPARE(last->metadata.value(u"finish_reason").toString(), u"stop"_s);
        QVERIFY(last->metadata.value(u"usage").toObject().value(u"total_tokens").toInt() > 0);
        QVERIFY(!client->body().contains("[DONE]"));

        QCOMPARE(ServerFixture::chunkText(data), u"Paris is the capital."_s);
        const auto stored = f->core()->storage()->message(assistantId);
        QCOMPARE(stored->status, MessageStatus::Completed);
        QCOMPARE(stored->content, u"Paris is the capital."_s);
        const auto user = f->core()->storage()->message(stored->parentId);
        QCOMPARE(user->content, u"What is the capital of France?"_s);
        QCOMPARE(f->core()->storage()->conversation(conversationId)->title, u"What is the capital of France?"_s);
    }

    void streamWithoutConversationStoresNothing()
    {
        f->provider()->enqueue(ScriptedResponse::chatStream({u"Hi."_s}));
        RawHttpClient *client = f->send("POST", "/api/agent/chat/stream", R"({"query": "Hello", "conversation_id": null})");
        QVERIFY(f->call(client));
        QString error;
        const QList<QByteArray> data = ServerFixture::sseData(client->body(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(data.first().contains(R"("assistant_message_id": null)"));
        QCOMPARE(ServerFixture::chunkText(data), u"Hi."_s);
        QCOMPARE(*f->core()->storage()->conversationCount(), 0);
    }

    void contextReachesTheProvider()
    {
        f->provider()->enqueue(ScriptedResponse::chatStream({u"Fine."_s}));
        const QByteArray body = R"({"query": "And now?", "session_id": null, "context": {
            "chat_history": [{"role": "user", "content": "Earlier question"}, {"role": "assistant", "content": "Earlier answer"},
                             {"role": "user", "content": "And now?"}],
            "selected_content": "the selected words", "document_id": 12, "current_document": {"id": 12}}})";
        RawHttpClient *client = f->send("POST", "/api/agent/chat/stream", body);
        QVERIFY(f->call(client));
        QCOMPARE(client->status(), 200);
        QCOMPARE(f->provider()->chatRequests().size(), 1);
        const QJsonArray messages = f->provider()->chatRequests().first().json().value(u"messages").toArray();
        const QByteArray sent = QJsonDocument(messages).toJson(QJsonDocument::Compact);
        QVERIFY2(sent.contains("Earlier question") && sent.contains("Earlier answer"), sent.constData());
        QVERIFY2(sent.contains("the selected words"), sent.constData());
        QCOMPARE(sent.count("And now?"), 1); // MineContext's frontend repeats the query in the history
    }

    void oneShotChatAnswersChatResponse()
    {
        f->provider()->enqueue(ScriptedResponse::chatStream({u"Forty"_s, u"-two."_s}));
        RawHttpClient *client = f->send("POST", "/api/agent/chat", R"({"query": "The answer?"})");
        QVERIFY(f->call(client));
        QCOMPARE(client->status(), 200);
        const QByteArray body = client->body();
        QVERIFY2(body.startsWith("{\"success\":true,\"workflow_id\":\""), body.constData());
        const QJsonObject o = object(body);
        QCOMPARE(o.keys().size(), 15);
        QVERIFY(o.value(u"usage").toObject().value(u"total_tokens").toInt() > 0);
        const QStringList reference{u"success"_s, u"workflow_id"_s, u"stage"_s,      u"query"_s, u"intent"_s,
                                    u"context"_s, u"execution"_s,   u"reflection"_s, u"errors"_s};
        qsizetype at = 0;
        for (const QString &key : reference) {
            const qsizetype next = body.indexOf(QByteArray('"' + key.toLatin1() + "\":"), at);
            QVERIFY2(next >= at, qPrintable(key)); // the reference's fields, in its order
            at = next;
        }
        QCOMPARE(o.value(u"stage").toString(), u"completed"_s);
        QCOMPARE(o.value(u"answer").toString(), u"Forty-two."_s);
        QCOMPARE(o.value(u"execution").toObject().value(u"outputs").toArray(), QJsonArray{u"Forty-two."_s});
        QVERIFY(o.value(u"errors").isNull());
    }

    void keepAliveWhileSilent()
    {
        ServerSettings settings = ServerFixture::testSettings();
        settings.keepAliveInterval = std::chrono::milliseconds(100);
        f = std::make_unique<ServerFixture>();
        QVERIFY(f->setUp(settings));
        f->provider()->enqueue(ScriptedResponse::chatStream({u"slow "_s, u"answer"_s})
                                   .splitEvery(120)
                                   .withPieceDelay(std::chrono::milliseconds(250)));
        RawHttpClient *client = f->send("POST", "/api/agent/chat/stream", streamBody(0));
        QVERIFY(f->call(client));
        QString error;
        int keepAlives = 0;
        const QList<QByteArray> data = ServerFixture::sseData(client->body(), &error, &keepAlives);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(keepAlives >= 2, qPrintable(QString::number(keepAlives)));
        QCOMPARE(ServerFixture::chunkText(data), u"slow answer"_s);

        // MineContext's frontend reader: lines starting with "data: ", others skipped.
        QString text;
        for (const QByteArray &line : client->body().split('\n')) {
            if (line.startsWith("data: ")) {
                const QJsonObject o = object(line.mid(6));
                QVERIFY(!o.isEmpty());
                if (o.value(u"type").toString() == u"stream_chunk") {
                    text += o.value(u"content").toString();
                }
            }
        }
        QCOMPARE(text, u"slow answer"_s);
    }

    void clientDisconnectCancelsAndKeepsText()
    {
        const qint64 conversationId = createConversation();
        f->provider()->enqueue(ServerFixture::slowStream(200, 20));
        RawHttpClient *client = f->send("POST", "/api/agent/chat/stream", streamBody(conversationId));
        const qint64 assistantId = waitForFirstChunk(client);
        QVERIFY(assistantId > 0);
        QSignalSpy providerClosed(f->provider(), &ScriptedProvider::connectionClosed);
        client->close();

        QTRY_COMPARE(f->core()->storage()->message(assistantId)->status, MessageStatus::Cancelled);
        const auto stored = f->core()->storage()->message(assistantId);
        QVERIFY(stored->content.startsWith(u"word "_s));
        QVERIFY(stored->content.size() < 200 * 5);
        QCOMPARE(stored->metadata.value(u"reason").toString(), u"client disconnected"_s);
        QTRY_VERIFY(providerClosed.size() >= 1); // the provider request was aborted too
        QTRY_COMPARE(f->server()->activeRuns(), 0);
        QTRY_COMPARE(f->server()->openResponses(), 0);
    }

    void interruptStopsARunningTurn()
    {
        const qint64 conversationId = createConversation();
        f->provider()->enqueue(ServerFixture::slowStream(200, 20));
        RawHttpClient *stream = f->send("POST", "/api/agent/chat/stream", streamBody(conversationId));
        const qint64 assistantId = waitForFirstChunk(stream);
        QVERIFY(assistantId > 0);

        // MineContext's Stop button: a POST with no body and no content type.
        const QByteArray path = "/api/agent/chat/messages/" + QByteArray::number(assistantId) + "/interrupt";
        RawHttpClient *interrupt =
            f->sendRaw(RawHttpClient::request("POST", path, {}, {f->authLine()}, "127.0.0.1:" + QByteArray::number(f->port())));
        QVERIFY(f->call(interrupt));
        QCOMPARE(interrupt->status(), 200);
        QCOMPARE(interrupt->body(),
                 "{\"message_id\":\"" + QByteArray::number(assistantId) + "\",\"interrupted\":true,\"status\":\"cancelled\"}");
        // On disk before the answer.
        QCOMPARE(f->core()->storage()->message(assistantId)->status, MessageStatus::Cancelled);

        QVERIFY(f->call(stream));
        QString error;
        const QList<QByteArray> data = ServerFixture::sseData(stream->body(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto last = parseEvent(data.last());
        QCOMPARE(last->type, StreamEvent::Type::Interrupted);
        QCOMPARE(last->content, u"Message generation was interrupted"_s);
        QCOMPARE(ServerFixture::chunkText(data), f->core()->storage()->message(assistantId)->content);
    }

    void interruptOfAFinishedMessageChangesNothing()
    {
        const qint64 conversationId = createConversation();
        f->provider()->enqueue(ScriptedResponse::chatStream({u"Done."_s}));
        RawHttpClient *stream = f->send("POST", "/api/agent/chat/stream", streamBody(conversationId));
        QVERIFY(f->call(stream));
        const qint64 assistantId =
            object(stream->body().mid(6, stream->body().indexOf("\n\n") - 6)).value(u"assistant_message_id").toInteger();
        const Message before = *f->core()->storage()->message(assistantId);
        QCOMPARE(before.status, MessageStatus::Completed);

        RawHttpClient *interrupt = f->send("POST", "/api/agent/chat/messages/" + QByteArray::number(assistantId) + "/interrupt");
        QVERIFY(f->call(interrupt));
        QCOMPARE(interrupt->status(), 200);
        QCOMPARE(object(interrupt->body()).value(u"interrupted").toBool(true), false);
        QCOMPARE(object(interrupt->body()).value(u"status").toString(), u"completed"_s);
        QCOMPARE(*f->core()->storage()->message(assistantId), before);

        RawHttpClient *unknown = f->send("POST", "/api/agent/chat/messages/999999/interrupt");
        QVERIFY(f->call(unknown));
        QCOMPARE(unknown->status(), 404);
        QCOMPARE(unknown->body(), R"({"detail":"Message not found"})");
        RawHttpClient *bad = f->send("POST", "/api/agent/chat/messages/abc/interrupt");
        QVERIFY(f->call(bad));
        QCOMPARE(bad->status(), 400);
        QVERIFY(bad->body().contains("message_id"));
    }

    void windowTurnsAreInterruptibleAndVisible()
    {
        // A turn started the way the window starts one.
        f->provider()->enqueue(ServerFixture::slowStream(200, 20));
        TurnRequest request;
        request.query = u"From the window"_s;
        request.origin = u"window"_s;
        const auto turn = f->core()->chat()->startTurn(request);
        QVERIFY(turn);
        const qint64 assistantId = (*turn)->assistantMessageId();
        QTRY_VERIFY(!f->core()->storage()->message(assistantId)->content.isEmpty());

        RawHttpClient *messages =
            f->send("GET", "/api/agent/chat/conversations/" + QByteArray::number((*turn)->conversationId()) + "/messages");
        QVERIFY(f->call(messages));
        const QJsonArray list = QJsonDocument::fromJson(messages->body()).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).toObject().value(u"status").toString(), u"streaming"_s);

        RawHttpClient *interrupt = f->send("POST", "/api/agent/chat/messages/" + QByteArray::number(assistantId) + "/interrupt");
        QVERIFY(f->call(interrupt));
        QCOMPARE(object(interrupt->body()).value(u"interrupted").toBool(), true);
        QCOMPARE(f->core()->storage()->message(assistantId)->status, MessageStatus::Cancelled);
    }

    void stopInterruptsServerRuns()
    {
        const qint64 conversationId = createConversation();
        f->provider()->enqueue(ServerFixture::slowStream(200, 20));
        RawHttpClient *stream = f->send("POST", "/api/agent/chat/stream", streamBody(conversationId));
        const qint64 assistantId = waitForFirstChunk(stream);
        QSignalSpy listening(f->server(), &LocalServer::listeningChanged);
        f->server()->stop(u"shutting down"_s);
        QCOMPARE(listening.size(), 1);
        QVERIFY(!f->server()->isListening());
        QCOMPARE(f->core()->storage()->message(assistantId)->status, MessageStatus::Cancelled);
        QVERIFY(f->call(stream)); // the open stream still gets its last event
        QString error;
        const QList<QByteArray> data = ServerFixture::sseData(stream->body(), &error);
        QCOMPARE(parseEvent(data.last())->type, StreamEvent::Type::Interrupted);
        QTRY_COMPARE(f->server()->openResponses(), 0);
    }

    static QStringList &captured()
    {
        static QStringList messages;
        return messages;
    }

    void requestsAreLoggedOnceWithoutTheToken()
    {
        setEveryLevel(true);
        captured().clear();
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext &context, const QString &message) {
                captured() << QString::fromLatin1(context.category ? context.category : "") + u": "_s + message;
            });
        const QString token = QString::fromLatin1(f->token());
        {
            QSignalSpy logged(f->server(), &LocalServer::requestLogged);
            QVERIFY(f->call(f->send("GET", "/api/agent/chat/conversations/list")));
            // The token in the URL, where a careless client puts it: refused, and kept out of the log.
            QVERIFY(f->call(f->sendRaw(RawHttpClient::request("GET", "/api/agent/chat/conversations/list?api_key=" + f->token(),
                                                              {}, {}, "127.0.0.1:" + QByteArray::number(f->port())))));
            QVERIFY(f->call(f->send("GET", "/health?token=" + f->token())));
            QTRY_COMPARE(logged.size(), 3);
            const QString line = logged.first().first().toString();
            QVERIFY2(line.startsWith(u"127.0.0.1 \"GET /api/agent/chat/conversations/list\" 200 "_s), qPrintable(line));
            for (const QList<QVariant> &entry : std::as_const(logged)) {
                QVERIFY2(!entry.first().toString().contains(token), qPrintable(entry.first().toString()));
            }
            // With a listener, the line goes to it alone.
            QVERIFY2(!captured().join(u'\n').contains(u"/api/agent/chat/conversations/list"_s),
                     qPrintable(captured().join(u'\n')));
        }
        // Without one, once to the log.
        QVERIFY(f->call(f->send("GET", "/api/agent/chat/conversations/list?x=1")));
        QTRY_VERIFY(captured().join(u'\n').contains(u"/api/agent/chat/conversations/list\" 200"_s));
        qInstallMessageHandler(previous);
        setEveryLevel(false);
        QVERIFY2(captured().filter(u"qt.httpserver"_s).isEmpty(), qPrintable(captured().filter(u"qt.httpserver"_s).join(u'\n')));
        QCOMPARE(captured().filter(u"/api/agent/chat/conversations/list\" 200"_s).size(), 1);
        QVERIFY2(!captured().join(u'\n').contains(token), "the token was logged");
    }
};

QTEST_GUILESS_MAIN(TestLocalServer)
#include "tst_localserver.moc"
