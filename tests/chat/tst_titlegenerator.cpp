// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatservice.h"
#include "chatturn.h"
#include "contextagent.h"
#include "llmclient.h"
#include "scriptedprovider.h"
#include "storage.h"
#include "titlegenerator.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestTitleGenerator : public QObject
{
    Q_OBJECT

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Storage> m_storage;
    ScriptedProvider *m_provider = nullptr;
    LlmClient *m_client = nullptr;
    ContextAgent *m_agent = nullptr;
    ChatService *m_service = nullptr;
    TitleGenerator *m_titles = nullptr;

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
        m_provider = new ScriptedProvider(this);
        QVERIFY(m_provider->listen());
        m_client = m_provider->newClient(this);
        m_agent = new ContextAgent(m_client, this);
        m_service = new ChatService(m_storage.get(), m_agent, this);
        ChatDefaults defaults;
        defaults.reasoningOff = QJsonObject{{u"reasoning_effort"_s, u"none"_s}};
        m_service->setDefaults(defaults);
        m_titles = new TitleGenerator(m_service, m_client, this);
    }

    void cleanup()
    {
        delete m_titles;
        delete m_service;
        delete m_agent;
        delete m_client;
        delete m_provider;
        m_storage.reset();
        delete m_dir;
    }

    void titleAfterTheFirstExchange()
    {
        m_provider->enqueue(ScriptedResponse::chatStream({u"Use "_s, u"std::sort "_s, u"with a comparator."_s}));
        m_provider->enqueue(ScriptedResponse::completion(u"\"Sorting vectors in C++.\""_s));
        const QString question = u"How do I sort a vector of structs by two fields in C++ without writing my own loop?"_s;
        QSignalSpy generated(m_titles, &TitleGenerator::titleGenerated);
        // The reply must be over before the title is asked for: it never waits on the title.
        bool replyDoneWhenTitleAsked = false;
        ChatTurn *turn = ask(question);
        QVERIFY(turn);
        connect(m_provider, &ScriptedProvider::requestReceived, this, [&](const ReceivedRequest &request) {
            if (request.json().value(u"stream").toBool() == false) {
                replyDoneWhenTitleAsked = turn->isFinished();
            }
        });
        const qint64 id = turn->conversationId();
        QCOMPARE(m_storage->conversation(id)->title, ChatService::titleFrom(question)); // first words at once
        QVERIFY(generated.wait(5000));
        QVERIFY(replyDoneWhenTitleAsked);
        QCOMPARE(generated.first().at(0).toLongLong(), id);
        QCOMPARE(generated.first().at(1).toString(), u"Sorting vectors in C++"_s);
        const auto stored = m_storage->conversation(id);
        QCOMPARE(stored->title, u"Sorting vectors in C++"_s);
        QVERIFY(stored->metadata.value(u"title_generated").toBool());

        // One short non-streamed request, reasoning off, with the question and the answer.
        const QList<ReceivedRequest> requests = m_provider->chatRequests();
        QCOMPARE(requests.size(), 2);
        const QJsonObject body = requests.at(1).json();
        QCOMPARE(body.value(u"stream").toBool(true), false);
        QVERIFY(body.value(u"max_tokens").toInt() > 0 && body.value(u"max_tokens").toInt() <= 64);
        QCOMPARE(body.value(u"reasoning_effort").toString(), u"none"_s);
        const QString prompt = body.value(u"messages").toArray().last().toObject().value(u"content").toString();
        QVERIFY(prompt.contains(question));
        QVERIFY(prompt.contains(u"std::sort with a comparator."_s));

        // The second exchange leaves the title alone.
        m_provider->enqueue(ScriptedResponse::chatStream({u"Yes."_s}));
        ChatTurn *second = ask(u"And stable?"_s, id);
        QSignalSpy done(second, &ChatTurn::finished);
        QVERIFY(done.wait(5000));
        QTest::qWait(200);
        QCOMPARE(m_provider->chatRequests().size(), 3);
        QCOMPARE(m_storage->conversation(id)->title, u"Sorting vectors in C++"_s);
    }

    void neverReplacesTheUsersTitle()
    {
        m_provider->enqueue(ScriptedResponse::chatStream({u"Some "_s, u"answer."_s}).withPieceDelay(100ms));
        ChatTurn *turn = ask(u"A question to rename"_s);
        QVERIFY(turn);
        // The user renames while the reply streams.
        ConversationUpdate update;
        update.title = u"Mine"_s;
        update.metadata = QJsonObject{{u"title_edited"_s, true}};
        QVERIFY(m_storage->updateConversation(turn->conversationId(), update));
        QSignalSpy done(turn, &ChatTurn::finished);
        QVERIFY(done.wait(5000));
        QTest::qWait(200);
        QCOMPARE(m_provider->chatRequests().size(), 1); // not even asked
        QCOMPARE(m_storage->conversation(turn->conversationId())->title, u"Mine"_s);
    }

    void renameDuringTheTitleRequestWins()
    {
        m_provider->enqueue(ScriptedResponse::chatStream({u"Answer."_s}));
        m_provider->enqueue(ScriptedResponse::completion(u"Generated"_s).withHeaderDelay(300ms));
        ChatTurn *turn = ask(u"Rename me later"_s);
        QSignalSpy skipped(m_titles, &TitleGenerator::titleSkipped);
        QTRY_COMPARE(m_provider->chatRequests().size(), 2);
        QVERIFY(m_storage->renameConversation(turn->conversationId(), u"Typed meanwhile"_s));
        QVERIFY(skipped.wait(5000));
        QCOMPARE(m_storage->conversation(turn->conversationId())->title, u"Typed meanwhile"_s);
    }

    void failureKeepsTheFirstWords()
    {
        m_provider->enqueue(ScriptedResponse::chatStream({u"Answer."_s}));
        m_provider->enqueue(ScriptedResponse::error(500, u"server_error"_s, u"boom"_s));
        QSignalSpy skipped(m_titles, &TitleGenerator::titleSkipped);
        ChatTurn *turn = ask(u"What happens when titles fail?"_s);
        QVERIFY(skipped.wait(5000));
        QVERIFY(!skipped.first().at(1).toString().isEmpty());
        QCOMPARE(m_storage->conversation(turn->conversationId())->title, u"What happens when titles fail?"_s);
    }

    void failedRepliesAndDisabledGeneratorAskNothing()
    {
        m_provider->enqueue(ScriptedResponse::error(401, u"invalid_request_error"_s, u"bad key"_s));
        ChatTurn *failed = ask(u"This reply fails"_s);
        QSignalSpy done(failed, &ChatTurn::finished);
        QVERIFY(done.wait(5000));
        m_titles->setEnabled(false);
        m_provider->enqueue(ScriptedResponse::chatStream({u"Fine."_s}));
        ChatTurn *off = ask(u"Titles are off"_s);
        QSignalSpy done2(off, &ChatTurn::finished);
        QVERIFY(done2.wait(5000));
        QTest::qWait(200);
        QCOMPARE(m_provider->chatRequests().size(), 2);
    }

    void cleanTitle_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("title");
        QTest::newRow("quotes and dot") << u"\"Trip to Lyon.\""_s << u"Trip to Lyon"_s;
        QTest::newRow("label") << u"Title: Egg timing"_s << u"Egg timing"_s;
        QTest::newRow("markdown") << u"## **Bread recipe**"_s << u"Bread recipe"_s;
        QTest::newRow("inner emphasis") << u"This is **Confab's demo**. You wrote:"_s << u"This is Confab's demo. You wrote"_s;
        QTest::newRow("first line") << u"\n\nBudget plan\nHere is why I chose it"_s << u"Budget plan"_s;
        QTest::newRow("think tags") << u"<think>hmm, a title</think>\nRust lifetimes"_s << u"Rust lifetimes"_s;
        QTest::newRow("chinese") << u"「旅行计划」。"_s << u"旅行计划"_s;
        QTest::newRow("empty") << u"  \n "_s << QString();
        QTest::newRow("long") << u"A very long title that goes on and on about many different things at once"_s
                              << u"A very long title that goes on and on about many different…"_s;
    }

    void cleanTitle()
    {
        QFETCH(QString, answer);
        QFETCH(QString, title);
        QCOMPARE(TitleGenerator::cleanTitle(answer), title);
    }
};

QTEST_GUILESS_MAIN(TestTitleGenerator)
#include "tst_titlegenerator.moc"
