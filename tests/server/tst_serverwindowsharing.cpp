// SPDX-License-Identifier: GPL-3.0-or-later
// The window and the local server share one AppCore (issue 6 item 6): a reply a client streams
// through the server appears and grows in the window's MessageModel while it streams, and a reply
// the window starts is listed by the server while it is written and whole once it ends.
#include "appcore.h"
#include "chatservice.h"
#include "chatturn.h"
#include "messagemodel.h"
#include "serverfixture.h"
#include "storage.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestServerWindowSharing : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> f;

    qint64 createConversation()
    {
        RawHttpClient *client = f->send("POST", "/api/agent/chat/conversations", R"({"page_name": "home"})");
        if (!f->call(client) || client->status() != 200) {
            return 0;
        }
        return QJsonDocument::fromJson(client->body()).object().value(u"id").toInteger();
    }

    QJsonArray listedMessages(qint64 conversationId)
    {
        RawHttpClient *client =
            f->send("GET", "/api/agent/chat/conversations/" + QByteArray::number(conversationId) + "/messages");
        if (!f->call(client) || client->status() != 200) {
            return {};
        }
        return QJsonDocument::fromJson(client->body()).array();
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

    void aServerReplyStreamsIntoTheOpenWindow()
    {
        const qint64 conversationId = createConversation();
        QVERIFY(conversationId > 0);
        MessageModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setServices(f->core()->storage(), f->core()->chat());
        model.setConversationId(conversationId);
        QCOMPARE(model.rowCount(), 0);

        f->provider()->enqueue(ServerFixture::slowStream(60, 15));
        const QJsonObject body{{u"query"_s, u"Tell me a story"_s}, {u"conversation_id"_s, conversationId}};
        RawHttpClient *stream = f->send("POST", "/api/agent/chat/stream", QJsonDocument(body).toJson(QJsonDocument::Compact));

        // Both rows appear, and the reply's text grows in the window while the client still reads.
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 5000);
        QCOMPARE(model.index(0).data(MessageModel::ContentRole).toString(), u"Tell me a story"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!model.index(1).data(MessageModel::ContentRole).toString().isEmpty(), 5000);
        QVERIFY(model.index(1).data(MessageModel::ContentRole).toString().size() < 60 * 5);
        QVERIFY(!stream->complete());

        QVERIFY(f->call(stream));
        QString error;
        const QString received = ServerFixture::chunkText(ServerFixture::sseData(stream->body(), &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(received, u"word "_s.repeated(60));
        QTRY_COMPARE(model.index(1).data(MessageModel::ContentRole).toString(), received);
        QTRY_COMPARE(model.index(1).data(MessageModel::StatusRole).toString(), u"completed"_s);
    }

    void aWindowReplyIsListedByTheServer()
    {
        const qint64 conversationId = createConversation();
        QVERIFY(conversationId > 0);
        f->provider()->enqueue(ServerFixture::slowStream(60, 15));
        TurnRequest request;
        request.query = u"Count for me"_s;
        request.conversationId = conversationId;
        request.origin = u"window"_s;
        const auto turn = f->core()->chat()->startTurn(request);
        QVERIFY(turn);

        // While it streams, a client of the server sees the reply being written.
        QJsonArray messages;
        QTRY_VERIFY_WITH_TIMEOUT((messages = listedMessages(conversationId)).size() == 2, 5000);
        QCOMPARE(messages.at(0).toObject().value(u"content").toString(), u"Count for me"_s);
        QCOMPARE(messages.at(1).toObject().value(u"role").toString(), u"assistant"_s);
        QVERIFY(!(*turn)->isFinished());

        QTRY_VERIFY_WITH_TIMEOUT((*turn)->isFinished(), 10000);
        messages = listedMessages(conversationId);
        QCOMPARE(messages.at(1).toObject().value(u"content").toString(), u"word "_s.repeated(60));
    }
};

QTEST_GUILESS_MAIN(TestServerWindowSharing)
#include "tst_serverwindowsharing.moc"
