// SPDX-License-Identifier: GPL-3.0-or-later
// The conversation, message and OpenAI-compatible routes of the local server, over loopback:
// response shapes byte for byte where MineContext fixes them, status codes, and storage effects.
#include "appcore.h"
#include "chatservice.h"
#include "chatturn.h"
#include "minecontextformat.h"
#include "serverfixture.h"
#include "storage.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
/** Swallows the queued calls to the object it filters: a turn's start among them. */
class HoldQueuedCalls : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        return event->type() == QEvent::MetaCall;
    }
};

/** A turn started by the stream route and held before it starts, with its SSE client. */
struct HeldTurn
{
    qint64 conversationId = 0;
    QPointer<ChatTurn> turn;
    qint64 assistantId = 0;
    RawHttpClient *stream = nullptr;
};

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}
} // namespace

class TestServerRoutes : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> f;

    RawHttpClient *call(const QByteArray &method, const QByteArray &path, const QByteArray &body = {})
    {
        RawHttpClient *client = f->send(method, path, body);
        if (!f->call(client)) {
            qWarning("no answer to %s %s", method.constData(), path.constData());
        }
        return client;
    }

    qint64 createConversation(const QByteArray &body = R"({"page_name": "home"})")
    {
        return object(call("POST", "/api/agent/chat/conversations", body)->body()).value(u"id").toInteger();
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<ServerFixture>();
        QVERIFY(f->setUp());
    }

    void cleanup()
    {
        f.reset();
    }

    void createConversationShape()
    {
        RawHttpClient *created =
            call("POST", "/api/agent/chat/conversations", R"({"page_name": "creation", "document_id": "12"})");
        QCOMPARE(created->status(), 200);
        const QByteArray body = created->body();
        static const QRegularExpression shape(
            uR"re(^\{"id":1,"title":null,"user_id":null,"created_at":"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{6})?)","updated_at":"[^\x22]+","metadata":"\{\\"document_id\\": \\"12\\"\}","page_name":"creation","status":"active"\}$)re"_s);
        QVERIFY2(shape.match(QString::fromUtf8(body)).hasMatch(), body.constData());
        const auto stored = f->core()->storage()->conversation(1);
        QCOMPARE(stored->metadata.value(u"page_name").toString(), u"creation"_s);
        // Naive local time, as Python's str(datetime).
        QCOMPARE(object(body).value(u"created_at").toString().toLatin1(), MineContextFormat::timestamp(stored->createdAt));

        RawHttpClient *missing = call("POST", "/api/agent/chat/conversations", R"({"document_id": "12"})");
        QCOMPARE(missing->status(), 400);
        QCOMPARE(missing->body(), R"({"detail":"Field 'page_name' is required."})");
        RawHttpClient *wrongType = call("POST", "/api/agent/chat/conversations", R"({"page_name": 5})");
        QCOMPARE(wrongType->status(), 400);
        QCOMPARE(wrongType->body(), R"({"detail":"Field 'page_name' must be a string."})");
    }

    void listGetRenameDelete()
    {
        const qint64 home1 = createConversation();
        const qint64 creation = createConversation(R"({"page_name": "creation"})");
        const qint64 home2 = createConversation();
        QVERIFY(home1 > 0 && creation > 0 && home2 > 0);

        RawHttpClient *all = call("GET", "/api/agent/chat/conversations/list");
        QCOMPARE(all->status(), 200);
        QVERIFY(all->body().startsWith(R"({"items":[{"id":)"));
        QCOMPARE(object(all->body()).value(u"total").toInt(), 3);

        RawHttpClient *page = call("GET", "/api/agent/chat/conversations/list?limit=1&offset=1&page_name=home");
        const QJsonObject paged = object(page->body());
        QCOMPARE(paged.value(u"total").toInt(), 2);
        QCOMPARE(paged.value(u"items").toArray().size(), 1);
        QCOMPARE(paged.value(u"items").toArray().first().toObject().value(u"page_name").toString(), u"home"_s);

        QCOMPARE(call("GET", "/api/agent/chat/conversations/list?limit=abc")->status(), 400);
        QCOMPARE(call("GET", "/api/agent/chat/conversations/list?limit=0")->status(), 400);
        QCOMPARE(call("GET", "/api/agent/chat/conversations/list?status=deleted")->body(), R"({"items":[],"total":0})");

        RawHttpClient *got = call("GET", "/api/agent/chat/conversations/" + QByteArray::number(creation));
        QCOMPARE(got->status(), 200);
        QCOMPARE(object(got->body()).value(u"page_name").toString(), u"creation"_s);

        RawHttpClient *renamed = call("PATCH", "/api/agent/chat/conversations/" + QByteArray::number(creation) + "/update",
                                      R"({"title": "Renamed — ünïcode"})");
        QCOMPARE(renamed->status(), 200);
        QCOMPARE(object(renamed->body()).value(u"title").toString(), u"Renamed — ünïcode"_s);
        QVERIFY(renamed->body().contains("Renamed — ünïcode")); // raw UTF-8, as ensure_ascii=False
        QCOMPARE(f->core()->storage()->conversation(creation)->title, u"Renamed — ünïcode"_s);
        QCOMPARE(call("PATCH", "/api/agent/chat/conversations/" + QByteArray::number(creation) + "/update", R"({})")->status(),
                 400);

        RawHttpClient *removed = call("DELETE", "/api/agent/chat/conversations/" + QByteArray::number(creation) + "/update");
        QCOMPARE(removed->status(), 200);
        QCOMPARE(removed->body(), R"({"success":true,"id":)" + QByteArray::number(creation) + "}");
        QVERIFY(!f->core()->storage()->conversation(creation));

        for (const QByteArray &method : {QByteArray("GET"), QByteArray("DELETE")}) {
            const QByteArray path =
                "/api/agent/chat/conversations/" + QByteArray::number(creation) + (method == "DELETE" ? "/update" : "");
            RawHttpClient *gone = call(method, path);
            QCOMPARE(gone->status(), 404);
            QCOMPARE(gone->body(), R"({"detail":"Conversation not found"})");
        }
        QCOMPARE(call("PATCH", "/api/agent/chat/conversations/424242/update", R"({"title": "x"})")->status(), 404);
        QCOMPARE(call("GET", "/api/agent/chat/conversations/nope")->status(), 400);
    }

    void deletingInterruptsItsRunningTurn()
    {
        const qint64 conversationId = createConversation();
        f->provider()->enqueue(ServerFixture::slowStream(200, 20));
        TurnRequest request;
        request.query = u"long"_s;
        request.conversationId = conversationId;
        const auto turn = f->core()->chat()->startTurn(request);
        QVERIFY(turn);
        QPointer<ChatTurn> running(*turn);
        QTRY_VERIFY(!f->core()->storage()->message(running->assistantMessageId())->content.isEmpty());
        QCOMPARE(call("DELETE", "/api/agent/chat/conversations/" + QByteArray::number(conversationId) + "/update")->status(),
                 200);
        QVERIFY(!running || running->isFinished());
        QVERIFY(!f->core()->storage()->conversation(conversationId));
    }

    // A turn is created by one event and started by a queued call; everything below happens in
    // between, held there by HoldQueuedCalls.
    static void holdBeforeStart(ChatTurn *turn)
    {
        turn->installEventFilter(new HoldQueuedCalls(turn));
        QCOMPARE(turn->run()->status(), AgentRun::Status::NotStarted);
    }

    /** A turn from the stream route in a new conversation, held before it starts. */
    HeldTurn heldStreamTurn()
    {
        HeldTurn held;
        held.conversationId = createConversation();
        f->provider()->enqueue(ServerFixture::slowStream(5, 10));
        const auto connection = connect(f->core()->chat(), &ChatService::turnStarted, this, [&held](ChatTurn *turn) {
            held.turn = turn;
            holdBeforeStart(turn);
        });
        held.stream = f->send("POST", "/api/agent/chat/stream",
                              R"({"query": "never sent", "conversation_id": )" + QByteArray::number(held.conversationId) + "}");
        const bool started = QTest::qWaitFor([&held] { return !held.turn.isNull(); }, 5000);
        disconnect(connection);
        if (!started) {
            qWarning("the stream request started no turn");
            return held;
        }
        held.assistantId = held.turn->assistantMessageId();
        return held;
    }

    void checkEndedBeforeStart(QPointer<ChatTurn> turn, RawHttpClient *stream, qint64 assistantId)
    {
        QVERIFY(!turn || turn->isFinished());
        if (stream) {
            QVERIFY(f->call(stream, 5000));
            QString error;
            const QList<QByteArray> events = ServerFixture::sseData(stream->body(), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(!events.isEmpty());
            QCOMPARE(object(events.constFirst()).value(u"type").toString(), u"session_start"_s);
            QCOMPARE(object(events.constLast()).value(u"type").toString(), u"interrupted"_s);
            QVERIFY2(events.size() == 2, events.join('\n').constData());
        }
        // Whatever the event loop does next, the run stays ended and never reaches the provider.
        QTest::qWait(100);
        QCOMPARE(f->provider()->chatRequests().size(), 0);
        if (const auto message = f->core()->storage()->message(assistantId)) {
            QCOMPARE(message->status, MessageStatus::Cancelled);
        }
    }

    void deletingEndsATurnThatHasNotStarted()
    {
        const HeldTurn held = heldStreamTurn();
        QVERIFY(held.turn);
        QElapsedTimer clock;
        clock.start();
        RawHttpClient *deleted =
            call("DELETE", "/api/agent/chat/conversations/" + QByteArray::number(held.conversationId) + "/update");
        QCOMPARE(deleted->status(), 200);
        QVERIFY2(clock.elapsed() < 2000, "the delete took longer than two seconds");
        QVERIFY(!f->core()->storage()->conversation(held.conversationId));
        checkEndedBeforeStart(held.turn, held.stream, held.assistantId);
    }

    void interruptingATurnThatHasNotStarted()
    {
        const HeldTurn held = heldStreamTurn();
        QVERIFY(held.turn);
        RawHttpClient *answer = call("POST", "/api/agent/chat/messages/" + QByteArray::number(held.assistantId) + "/interrupt");
        QCOMPARE(answer->status(), 200);
        const QJsonObject json = object(answer->body());
        QCOMPARE(json.value(u"interrupted").toBool(), true);
        QCOMPARE(json.value(u"status").toString(), u"cancelled"_s);
        checkEndedBeforeStart(held.turn, held.stream, held.assistantId);
    }

    void stoppingTheServerEndsATurnThatHasNotStarted()
    {
        const HeldTurn held = heldStreamTurn();
        QVERIFY(held.turn);
        f->server()->stop(u"test stop"_s);
        QVERIFY(!held.turn || held.turn->isFinished());
        checkEndedBeforeStart(held.turn, held.stream, held.assistantId);
    }

    void aClientLeavingEndsATurnThatHasNotStarted()
    {
        const HeldTurn held = heldStreamTurn();
        QVERIFY(held.turn);
        held.stream->close();
        QTRY_VERIFY_WITH_TIMEOUT(!held.turn || held.turn->isFinished(), 5000);
        checkEndedBeforeStart(held.turn, nullptr, held.assistantId);
    }

    void stopRegenerateAndCloseEndATurnThatHasNotStarted()
    {
        // The window's Stop, a regenerate over a pending reply, and closing the app.
        const qint64 conversationId = createConversation();
        TurnRequest request;
        request.query = u"never sent"_s;
        request.conversationId = conversationId;
        ChatService *chat = f->core()->chat();
        const auto first = chat->startTurn(request);
        QVERIFY(first);
        holdBeforeStart(*first);
        QVERIFY(chat->interrupt((*first)->assistantMessageId(), u"Stopped by the user"_s));
        QVERIFY((*first)->isFinished());
        QCOMPARE((*first)->finalStatus(), MessageStatus::Cancelled);

        const auto second = chat->startTurn(request);
        QVERIFY(second);
        holdBeforeStart(*second);
        chat->interruptAll(u"closing"_s);
        QVERIFY((*second)->isFinished());
        checkEndedBeforeStart(*second, nullptr, (*second)->assistantMessageId());
    }

    void messageRoutes()
    {
        const qint64 conversationId = createConversation();
        const QByteArray cid = QByteArray::number(conversationId);

        // Created with a parent that does not exist: a root.
        RawHttpClient *root =
            call("POST", "/api/agent/chat/message/777/create",
                 R"({"conversation_id": )" + cid + R"(, "role": "user", "content": "Hello", "is_complete": true})");
        QCOMPARE(root->status(), 200);
        bool isInt = false;
        const qint64 rootId = root->body().toLongLong(&isInt);
        QVERIFY2(isInt, root->body().constData()); // a bare JSON integer
        QCOMPARE(f->core()->storage()->message(rootId)->parentId, 0);
        QCOMPARE(f->core()->storage()->message(rootId)->status, MessageStatus::Completed);

        RawHttpClient *placeholder = call("POST", "/api/agent/chat/message/stream/" + QByteArray::number(rootId) + "/create",
                                          R"({"conversation_id": )" + cid + R"(, "role": "assistant"})");
        QCOMPARE(placeholder->status(), 200);
        const QByteArray replyId = placeholder->body();
        QCOMPARE(f->core()->storage()->message(replyId.toLongLong())->parentId, rootId);
        QCOMPARE(f->core()->storage()->message(replyId.toLongLong())->status, MessageStatus::Streaming);

        RawHttpClient *appended = call("POST", "/api/agent/chat/message/" + replyId + "/append",
                                       R"({"message_id": )" + replyId + R"(, "content_chunk": "Hi ", "token_count": 1})");
        QCOMPARE(appended->status(), 200);
        QCOMPARE(appended->body(), "true");
        call("POST", "/api/agent/chat/message/" + replyId + "/append",
             R"({"message_id": )" + replyId + R"(, "content_chunk": "there"})");
        QCOMPARE(f->core()->storage()->message(replyId.toLongLong())->content, u"Hi there"_s);

        RawHttpClient *updated =
            call("POST", "/api/agent/chat/message/" + replyId + "/update",
                 R"({"message_id": )" + replyId + R"(, "new_content": "Hello there", "is_complete": false})");
        QCOMPARE(updated->body(), "true");
        QCOMPARE(f->core()->storage()->message(replyId.toLongLong())->content, u"Hello there"_s);

        RawHttpClient *finished = f->send("POST", "/api/agent/chat/message/" + replyId + "/finished");
        QVERIFY(f->call(finished));
        QCOMPARE(finished->body(), "true");
        QCOMPARE(f->core()->storage()->message(replyId.toLongLong())->status, MessageStatus::Completed);

        RawHttpClient *list = call("GET", "/api/agent/chat/conversations/" + cid + "/messages");
        QCOMPARE(list->status(), 200);
        const QJsonArray messages = QJsonDocument::fromJson(list->body()).array();
        QCOMPARE(messages.size(), 2);
        const QJsonObject reply = messages.at(1).toObject();
        QCOMPARE(reply.value(u"parent_message_id").toString(), QString::number(rootId)); // a string, as MineContext stores it
        QVERIFY(messages.at(0).toObject().value(u"parent_message_id").isNull());
        QCOMPARE(reply.value(u"status").toString(), u"completed"_s);
        QCOMPARE(reply.value(u"token_count").toInt(), 1);
        QVERIFY(reply.value(u"thinking").isArray());
        QVERIFY(reply.value(u"metadata").isString());
        const QByteArray firstMessage = "[{\"id\":" + QByteArray::number(rootId) + ",\"conversation_id\":" + cid +
            ",\"parent_message_id\":null,\"role\":\"user\",\"content\":\"Hello\",\"status\":\"completed\","
            "\"token_count\":0,\"metadata\":\"";
        QVERIFY2(list->body().startsWith(firstMessage), list->body().constData());

        for (const QByteArray &path :
             {QByteArray("/api/agent/chat/message/999/append"), QByteArray("/api/agent/chat/message/999/update")}) {
            RawHttpClient *missing = call("POST", path, R"({"content_chunk": "x", "new_content": "x"})");
            QCOMPARE(missing->status(), 404);
            QCOMPARE(missing->body(), R"({"detail":"Message not found"})");
        }
        QCOMPARE(call("POST", "/api/agent/chat/message/" + replyId + "/append", R"({"content_chunk": 3})")->status(), 400);
        QCOMPARE(call("POST", "/api/agent/chat/message/1/create", R"({"conversation_id": 999, "role": "user", "content": "x"})")
                     ->status(),
                 404);
        QCOMPARE(call("GET", "/api/agent/chat/conversations/999/messages")->status(), 404);
    }

    void messagesOfARunningTurnAreNotEditable()
    {
        f->provider()->enqueue(ServerFixture::slowStream(200, 20));
        TurnRequest request;
        request.query = u"long"_s;
        const auto turn = f->core()->chat()->startTurn(request);
        QVERIFY(turn);
        const QByteArray id = QByteArray::number((*turn)->assistantMessageId());
        QTRY_VERIFY(!f->core()->storage()->message((*turn)->assistantMessageId())->content.isEmpty());
        RawHttpClient *append = call("POST", "/api/agent/chat/message/" + id + "/append", R"({"content_chunk": "sneaky"})");
        QCOMPARE(append->status(), 409);
        QVERIFY(!f->core()->storage()->message((*turn)->assistantMessageId())->content.contains(u"sneaky"_s));
        (*turn)->interrupt();
    }

    void stepsBecomeThinking()
    {
        const qint64 conversationId = createConversation();
        f->provider()->enqueue(ScriptedResponse::chatStream({u"Yes."_s}));
        RawHttpClient *stream = f->send("POST", "/api/agent/chat/stream",
                                        R"({"query": "Steps?", "conversation_id": )" + QByteArray::number(conversationId) + "}");
        QVERIFY(f->call(stream));
        RawHttpClient *list = call("GET", "/api/agent/chat/conversations/" + QByteArray::number(conversationId) + "/messages");
        const QJsonArray messages = QJsonDocument::fromJson(list->body()).array();
        QCOMPARE(messages.size(), 2);
        const QJsonArray thinking = messages.at(1).toObject().value(u"thinking").toArray();
        QVERIFY(!thinking.isEmpty());
        const QJsonObject first = thinking.first().toObject();
        QCOMPARE(first.keys(),
                 (QStringList{u"content"_s, u"created_at"_s, u"id"_s, u"message_id"_s, u"metadata"_s, u"progress"_s,
                              u"sequence"_s, u"stage"_s}));
        QCOMPARE(first.value(u"message_id").toInteger(), messages.at(1).toObject().value(u"id").toInteger());
        QVERIFY(list->body().contains(R"("progress":0.0)") || list->body().contains(R"("progress":1.0)") ||
                list->body().contains(R"("progress":0.5)")); // floats keep their fraction
    }

    void openAiModels()
    {
        RawHttpClient *models = call("GET", "/v1/models");
        QCOMPARE(models->status(), 200);
        QCOMPARE(models->body(),
                 R"({"object":"list","data":[{"id":"scripted-model","object":"model","created":0,"owned_by":"confab"}]})");
    }

    void openAiStream()
    {
        QByteArray sse;
        for (const QByteArray &delta :
             {QByteArray(R"({"role":"assistant","content":""})"), QByteArray(R"({"reasoning_content":"Think"})"),
              QByteArray(R"({"content":"Hel"})"), QByteArray(R"({"content":"lo"})")}) {
            sse += R"(data: {"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":)" +
                delta + R"(,"finish_reason":null}]})" + "\n\n";
        }
        sse +=
            R"(data: {"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})"
            "\n\n";
        sse +=
            R"(data: {"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[],"usage":{"prompt_tokens":7,"completion_tokens":3,"total_tokens":10}})"
            "\n\ndata: [DONE]\n\n";
        f->provider()->enqueue(ScriptedResponse::sse(sse));
        RawHttpClient *client = f->send("POST", "/v1/chat/completions",
                                        R"({"model": "scripted-model", "stream": true, "stream_options": {"include_usage": true},
                                            "messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Earlier"},
                                                         {"role": "assistant", "content": "Ok"}, {"role": "user", "content": "Say hello"}]})");
        QVERIFY(f->call(client));
        QCOMPARE(client->status(), 200);
        QCOMPARE(client->header("Content-Type"), "text/event-stream; charset=utf-8");
        QString error;
        const QList<QByteArray> data = ServerFixture::sseData(client->body(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(data.last(), "[DONE]");
        QString content;
        QString reasoning;
        QString finish;
        for (qsizetype i = 0; i + 1 < data.size(); ++i) {
            const QJsonObject chunk = object(data.at(i));
            QCOMPARE(chunk.value(u"object").toString(), u"chat.completion.chunk"_s);
            QVERIFY(chunk.value(u"id").toString().startsWith(u"chatcmpl-"_s));
            QCOMPARE(chunk.value(u"model").toString(), u"scripted-model"_s);
            const QJsonArray choices = chunk.value(u"choices").toArray();
            if (i + 2 == data.size()) { // the usage chunk
                QVERIFY(choices.isEmpty());
                QCOMPARE(chunk.value(u"usage").toObject().value(u"total_tokens").toInt(), 10);
                continue;
            }
            QVERIFY(chunk.contains(u"usage") && chunk.value(u"usage").isNull());
            const QJsonObject delta = choices.first().toObject().value(u"delta").toObject();
            content += delta.value(u"content").toString();
            reasoning += delta.value(u"reasoning_content").toString();
            if (!choices.first().toObject().value(u"finish_reason").isNull()) {
                finish = choices.first().toObject().value(u"finish_reason").toString();
            }
        }
        QVERIFY(data.first().contains(R"("delta":{"role":"assistant","content":""})"));
        QCOMPARE(content, u"Hello"_s);
        QCOMPARE(reasoning, u"Think"_s);
        QCOMPARE(finish, u"stop"_s);

        // The question is the last user message, the rest its history; nothing is stored.
        const QByteArray sent = QJsonDocument(f->provider()->chatRequests().first().json().value(u"messages").toArray())
                                    .toJson(QJsonDocument::Compact);
        QVERIFY2(
            sent.contains(
                R"({"content":"Earlier","role":"user"},{"content":"Ok","role":"assistant"},{"content":"Say hello","role":"user"}])"),
            sent.constData());
        QCOMPARE(*f->core()->storage()->conversationCount(), 0);
    }

    void openAiCompletion()
    {
        f->provider()->enqueue(ScriptedResponse::chatStream({u"Forty"_s, u"-two"_s}));
        RawHttpClient *client = call("POST", "/v1/chat/completions",
                                     R"({"messages": [{"role": "user", "content": [{"type": "text", "text": "Answer?"}]}]})");
        QCOMPARE(client->status(), 200);
        const QJsonObject completion = object(client->body());
        QVERIFY(client->body().startsWith("{\"id\":\"chatcmpl-"));
        QCOMPARE(completion.value(u"object").toString(), u"chat.completion"_s);
        QCOMPARE(completion.value(u"model").toString(), u"scripted-model"_s);
        const QJsonObject choice = completion.value(u"choices").toArray().first().toObject();
        QCOMPARE(choice.value(u"message").toObject().value(u"content").toString(), u"Forty-two"_s);
        QCOMPARE(choice.value(u"message").toObject().value(u"role").toString(), u"assistant"_s);
        QCOMPARE(choice.value(u"finish_reason").toString(), u"stop"_s);
        QVERIFY(completion.value(u"usage").toObject().value(u"total_tokens").toInt() > 0);

        // The client's system prompt and sampling parameters reach the provider.
        f->provider()->enqueue(ScriptedResponse::chatStream({u"Arr"_s}));
        RawHttpClient *pirate = call(
            "POST", "/v1/chat/completions",
            R"({"messages": [{"role": "system", "content": "Talk like a pirate."}, {"role": "user", "content": "Hi"}], "temperature": 0.25, "max_tokens": 50})");
        QCOMPARE(pirate->status(), 200);
        const QJsonObject upstream = f->provider()->chatRequests().last().json();
        const QJsonArray upstreamMessages = upstream.value(u"messages").toArray();
        QCOMPARE(upstreamMessages.first().toObject().value(u"content").toString(), u"Talk like a pirate."_s);
        QCOMPARE(upstreamMessages.size(), 2);
        QCOMPARE(upstream.value(u"temperature").toDouble(), 0.25);
        QCOMPARE(upstream.value(u"max_tokens").toInt(), 50);
        QCOMPARE(
            call("POST", "/v1/chat/completions", R"({"messages": [{"role": "user", "content": "Hi"}], "temperature": "hot"})")
                ->status(),
            400);

        f->provider()->enqueue(ScriptedResponse::error(401, u"invalid_request_error"_s, u"Bad key"_s, u"invalid_api_key"_s));
        RawHttpClient *failed = call("POST", "/v1/chat/completions", R"({"messages": [{"role": "user", "content": "Hi"}]})");
        QCOMPARE(failed->status(), 502);
        QCOMPARE(object(failed->body()).value(u"error").toObject().value(u"type").toString(), u"server_error"_s);
        QVERIFY(!object(failed->body()).value(u"error").toObject().value(u"message").toString().isEmpty());
    }

    void openAiBadRequests()
    {
        RawHttpClient *noMessages = call("POST", "/v1/chat/completions", R"({"model": "x"})");
        QCOMPARE(noMessages->status(), 400);
        QCOMPARE(
            noMessages->body(),
            R"({"error":{"message":"Field 'messages' is required.","type":"invalid_request_error","param":null,"code":null}})");
        QCOMPARE(call("POST", "/v1/chat/completions", R"({"messages": [{"role": "assistant", "content": "x"}]})")->status(), 400);
        QCOMPARE(call("POST", "/v1/chat/completions", R"({"messages": [{"role": "wizard", "content": "x"}]})")->status(), 400);
        QCOMPARE(call("POST", "/v1/chat/completions", R"({"messages": [], "stream": "yes"})")->status(), 400);
        RawHttpClient *unknown = call("GET", "/v1/embeddings");
        QCOMPARE(unknown->status(), 404);
        QCOMPARE(object(unknown->body()).value(u"error").toObject().value(u"type").toString(), u"not_found_error"_s);
    }
};

QTEST_GUILESS_MAIN(TestServerRoutes)
#include "tst_serverroutes.moc"
