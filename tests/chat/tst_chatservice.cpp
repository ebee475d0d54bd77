// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatservice.h"
#include "chatturn.h"
#include "contextagent.h"
#include "eventreader.h"
#include "llmclient.h"
#include "scriptedprovider.h"
#include "storage.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestChatService : public QObject
{
    Q_OBJECT

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Storage> m_storage;
    ScriptedProvider *m_provider = nullptr;
    LlmClient *m_client = nullptr;
    ContextAgent *m_agent = nullptr;
    ChatService *m_service = nullptr;

    ChatTurn *start(const TurnRequest &request, QList<StreamEvent> *events = nullptr)
    {
        const auto turn = m_service->startTurn(request);
        if (!turn) {
            qWarning() << turn.error().toString();
            return nullptr;
        }
        if (events) {
            EventReader *reader = (*turn)->createReader(this);
            connect(reader, &EventReader::readyRead, this, [reader, events] { *events += reader->takeAll(); });
        }
        return *turn;
    }

    static TurnRequest ask(const QString &query, qint64 conversationId = 0)
    {
        TurnRequest request;
        request.query = query;
        request.conversationId = conversationId;
        request.origin = u"test"_s;
        return request;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = new QTemporaryDir;
        auto opened = Storage::open(m_dir->path());
        QVERIFY(opened);
        m_storage = std::move(*opened);
        m_provider = new ScriptedProvider(this);
        QVERIFY(m_provider->listen());
        m_client = m_provider->newClient(this);
        m_agent = new ContextAgent(m_client, this);
        m_service = new ChatService(m_storage.get(), m_agent, this);
    }

    void cleanup()
    {
        delete m_service;
        delete m_agent;
        delete m_client;
        delete m_provider;
        m_storage.reset();
        delete m_dir;
    }

    void turnIsStoredAndStreamed()
    {
        m_provider->enqueue(ScriptedResponse::chatStream({u"Paris "_s, u"is the "_s, u"capital."_s}).splitEvery(40));
        QSignalSpy started(m_service, &ChatService::turnStarted);
        QSignalSpy finished(m_service, &ChatService::turnFinished);
        QList<StreamEvent> events;
        ChatTurn *turn = start(ask(u"What is the capital of France?"_s), &events);
        QVERIFY(turn);
        QCOMPARE(started.size(), 1);

        // Both rows exist before the first token.
        const auto conversation = m_storage->conversation(turn->conversationId());
        QVERIFY(conversation);
        QCOMPARE(conversation->title, u"What is the capital of France?"_s);
        QCOMPARE(m_storage->message(turn->userMessageId())->content, u"What is the capital of France?"_s);
        QCOMPARE(m_storage->message(turn->assistantMessageId())->parentId, turn->userMessageId());

        QTRY_COMPARE(finished.size(), 1);
        QTRY_VERIFY(!events.isEmpty() && events.last().isTerminal());
        QCOMPARE(events.first().type, StreamEvent::Type::SessionStart);
        QVERIFY(events.first().toJson().contains(u"\"assistant_message_id\": %1"_s.arg(turn->assistantMessageId()).toUtf8()));

        const auto reply = m_storage->message(turn->assistantMessageId());
        QCOMPARE(reply->status, MessageStatus::Completed);
        QCOMPARE(reply->content, u"Paris is the capital."_s);
        QVERIFY(reply->metadata.value(u"usage").toObject().value(u"total_tokens").toInt() > 0);
        QCOMPARE(reply->metadata.value(u"finish_reason").toString(), u"stop"_s);

        const auto steps = m_storage->steps(turn->assistantMessageId());
        QVERIFY(steps);
        QStringList types;
        for (const MessageStep &step : *steps) {
            types << step.type;
        }
        QVERIFY2(types.contains(u"thinking"_s) && types.contains(u"done"_s) && types.contains(u"usage"_s),
                 qPrintable(types.join(u',')));
        QVERIFY(!types.contains(u"stream_chunk"_s));
        QCOMPARE(turn->finalStatus(), MessageStatus::Completed);
    }

    void secondTurnSendsTheStoredHistory()
    {
        m_provider->enqueue(ScriptedResponse::chatStream({u"First answer."_s}));
        m_provider->enqueue(ScriptedResponse::chatStream({u"Second answer."_s}));
        ChatTurn *first = start(ask(u"First question"_s));
        QSignalSpy done(first, &ChatTurn::finished);
        QTRY_COMPARE(done.size(), 1);
        ChatTurn *second = start(ask(u"Second question"_s, first->conversationId()));
        QSignalSpy done2(second, &ChatTurn::finished);
        QTRY_COMPARE(done2.size(), 1);

        const QJsonArray messages = m_provider->chatRequests().at(1).json().value(u"messages").toArray();
        QStringList contents;
        for (const QJsonValue &m : messages) {
            contents << m.toObject().value(u"content").toString();
        }
        QCOMPARE(contents.mid(1), (QStringList{u"First question"_s, u"First answer."_s, u"Second question"_s}));
        const auto branch = m_storage->activeBranch(first->conversationId());
        QCOMPARE(branch->size(), 4);
        QCOMPARE(branch->last().content, u"Second answer."_s);
    }

    void interruptKeepsThePartialText()
    {
        QStringList pieces;
        for (int i = 0; i < 100; ++i) {
            pieces << u"w%1 "_s.arg(i);
        }
        m_provider->enqueue(ScriptedResponse::chatStream(pieces).splitEvery(60).withPieceDelay(10ms));
        QList<StreamEvent> events;
        ChatTurn *turn = start(ask(u"Talk a lot"_s), &events);
        const qint64 reply = turn->assistantMessageId();
        QTRY_VERIFY(turn->content().size() > 10);
        QVERIFY(m_service->interrupt(reply, u"test"_s));
        // On disk as soon as interrupt() returns.
        const auto stored = m_storage->message(reply);
        QCOMPARE(stored->status, MessageStatus::Cancelled);
        QVERIFY(!stored->content.isEmpty());
        QTRY_VERIFY(!events.isEmpty() && events.last().isTerminal());
        QString shown;
        for (const StreamEvent &e : std::as_const(events)) {
            if (e.type == StreamEvent::Type::StreamChunk) {
                shown += e.content;
            }
        }
        QCOMPARE(stored->content, shown);
        QCOMPARE(events.last().type, StreamEvent::Type::Interrupted);
        QVERIFY(!m_service->interrupt(reply));
        QVERIFY(!m_service->interrupt(999999));
        QCOMPARE(m_storage->message(reply)->status, MessageStatus::Cancelled);
    }

    void failureIsStored()
    {
        m_provider->enqueue(ScriptedResponse::error(500, u"server_error"_s, u"The model crashed"_s));
        ChatTurn *turn = start(ask(u"Hello"_s));
        QSignalSpy done(turn, &ChatTurn::finished);
        QTRY_COMPARE(done.size(), 1);
        const auto reply = m_storage->message(turn->assistantMessageId());
        QCOMPARE(reply->status, MessageStatus::Failed);
        QVERIFY2(reply->error.contains(u"The model crashed"_s), qPrintable(reply->error));
        QCOMPARE(reply->metadata.value(u"error_code").toString(), u"ServerError"_s);
    }

    void regenerateAddsASibling()
    {
        m_provider->enqueue(ScriptedResponse::chatStream({u"One."_s}));
        m_provider->enqueue(ScriptedResponse::chatStream({u"Two."_s}));
        ChatTurn *first = start(ask(u"Count"_s));
        QSignalSpy done(first, &ChatTurn::finished);
        QTRY_COMPARE(done.size(), 1);
        const auto again = m_service->regenerate(first->assistantMessageId());
        QVERIFY(again);
        QSignalSpy done2(*again, &ChatTurn::finished);
        QTRY_COMPARE(done2.size(), 1);
        QCOMPARE((*again)->userMessageId(), first->userMessageId());
        const auto siblings = m_storage->siblings((*again)->assistantMessageId());
        QCOMPARE(siblings->size(), 2);
        QCOMPARE(m_storage->activeBranch(first->conversationId())->last().content, u"Two."_s);
        // The regenerated request does not contain the old reply.
        const QJsonArray messages = m_provider->chatRequests().at(1).json().value(u"messages").toArray();
        QCOMPARE(messages.size(), 2);
        QVERIFY(!m_service->regenerate(first->userMessageId()));
    }

    void editStartsANewBranch()
    {
        m_provider->enqueue(ScriptedResponse::chatStream({u"A"_s}));
        m_provider->enqueue(ScriptedResponse::chatStream({u"B"_s}));
        ChatTurn *first = start(ask(u"Original"_s));
        QSignalSpy done(first, &ChatTurn::finished);
        QTRY_COMPARE(done.size(), 1);
        const auto edited = m_service->editAndResend(first->userMessageId(), u"Edited"_s);
        QVERIFY(edited);
        QSignalSpy done2(*edited, &ChatTurn::finished);
        QTRY_COMPARE(done2.size(), 1);
        const auto branch = m_storage->activeBranch(first->conversationId());
        QCOMPARE(branch->size(), 2);
        QCOMPARE(branch->first().content, u"Edited"_s);
        QCOMPARE(branch->first().siblingCount, 2);
        QCOMPARE(m_storage->messages(first->conversationId())->size(), 4);
    }

    void ephemeralTurnStoresNothing()
    {
        m_provider->enqueue(ScriptedResponse::chatStream({u"Nothing kept."_s}));
        TurnRequest request = ask(u"Anonymous"_s);
        request.persist = false;
        QList<StreamEvent> events;
        ChatTurn *turn = start(request, &events);
        QVERIFY(turn);
        QTRY_VERIFY(!events.isEmpty() && events.last().isTerminal());
        QCOMPARE(turn->assistantMessageId(), 0);
        QVERIFY(events.first().toJson().contains("\"assistant_message_id\": null"));
        QCOMPARE(*m_storage->conversationCount(), 0);
        QCOMPARE(turn->content(), u"Nothing kept."_s);
    }

    void badRequests()
    {
        QVERIFY(!m_service->startTurn(ask(u"   "_s)));
        const auto missing = m_service->startTurn(ask(u"Hi"_s, 4242));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, StorageError::Code::NotFound);
    }

    void interruptAllOnShutdown()
    {
        m_provider->setResponder([](const ReceivedRequest &) { return ScriptedResponse::noResponse(); });
        ChatTurn *a = start(ask(u"A"_s));
        ChatTurn *b = start(ask(u"B"_s));
        const qint64 ra = a->assistantMessageId();
        const qint64 rb = b->assistantMessageId();
        QTRY_COMPARE(m_provider->chatRequests().size(), 2);
        QCOMPARE(m_service->activeTurns().size(), 2);
        delete m_service;
        m_service = nullptr;
        QCOMPARE(m_storage->message(ra)->status, MessageStatus::Cancelled);
        QCOMPARE(m_storage->message(rb)->status, MessageStatus::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestChatService)
#include "tst_chatservice.moc"
