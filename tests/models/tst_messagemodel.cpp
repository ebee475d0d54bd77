// SPDX-License-Identifier: GPL-3.0-or-later
// MessageModel and ChatController against real storage, a real agent and chat service, and a
// scripted provider on loopback: paging, live turns (started here or elsewhere), coalescing,
// branches (regenerate, edit, switch), stop, errors, tool calls. Every model runs under
// QAbstractItemModelTester.
#include "chatcontroller.h"
#include "chatservice.h"
#include "chatturn.h"
#include "contextagent.h"
#include "currentdatetimetool.h"
#include "llmclient.h"
#include "messagemodel.h"
#include "scriptedprovider.h"
#include "storage.h"
#include "toolapprovals.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
QStringList words(int count, const QString &stem = u"word"_s)
{
    QStringList pieces;
    for (int i = 0; i < count; ++i) {
        pieces << u"%1%2 "_s.arg(stem).arg(i);
    }
    return pieces;
}

/** The roles named in each dataChanged of @p row, in order. */
QList<QList<int>> rolesChanged(const QSignalSpy &spy, int row)
{
    QList<QList<int>> result;
    for (const QList<QVariant> &arguments : spy) {
        const auto topLeft = arguments.at(0).value<QModelIndex>();
        const auto bottomRight = arguments.at(1).value<QModelIndex>();
        if (topLeft.row() <= row && bottomRight.row() >= row) {
            result << arguments.at(2).value<QList<int>>();
        }
    }
    return result;
}
} // namespace

class TestMessageModel : public QObject
{
    Q_OBJECT

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Storage> m_storage;
    ScriptedProvider *m_provider = nullptr;
    LlmClient *m_client = nullptr;
    ContextAgent *m_agent = nullptr;
    ChatService *m_chat = nullptr;

    std::unique_ptr<MessageModel> newModel(std::unique_ptr<QAbstractItemModelTester> *tester)
    {
        auto model = std::make_unique<MessageModel>();
        model->setServices(m_storage.get(), m_chat);
        *tester = std::make_unique<QAbstractItemModelTester>(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        return model;
    }

    qint64 conversationWith(int messages)
    {
        Conversation draft;
        draft.title = u"Stored"_s;
        const auto conversation = m_storage->createConversation(draft);
        qint64 parent = 0;
        for (int i = 0; i < messages; ++i) {
            Message message;
            message.conversationId = conversation->id;
            message.parentId = parent;
            message.role = i % 2 == 0 ? u"user"_s : u"assistant"_s;
            message.content = u"message %1"_s.arg(i);
            message.status = MessageStatus::Completed;
            parent = m_storage->addMessage(message)->id;
        }
        return conversation->id;
    }

    ChatTurn *ask(const QString &query, qint64 conversationId, const QString &origin = u"test"_s)
    {
        TurnRequest request;
        request.query = query;
        request.conversationId = conversationId;
        request.origin = origin;
        const auto turn = m_chat->startTurn(request);
        if (!turn) {
            qWarning() << turn.error().toString();
            return nullptr;
        }
        return *turn;
    }

    static void waitFinished(ChatTurn *turn)
    {
        QSignalSpy done(turn, &ChatTurn::finished);
        if (!turn->isFinished()) {
            QVERIFY(done.wait(10000));
        }
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
        m_agent->tools().add(std::make_shared<CurrentDateTimeTool>());
        m_chat = new ChatService(m_storage.get(), m_agent, this);
    }

    void cleanup()
    {
        delete m_chat;
        delete m_agent;
        delete m_client;
        delete m_provider;
        m_storage.reset();
        delete m_dir;
    }

    void emptyForNewChat()
    {
        std::unique_ptr<QAbstractItemModelTester> tester;
        auto model = newModel(&tester);
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(model->conversationId(), 0);
        QVERIFY(!model->hasOlder());
        QVERIFY(!model->fetchOlder());
        const QHash<int, QByteArray> roles = model->roleNames();
        QCOMPARE(roles.size(), MessageModel::roleCount);
        QCOMPARE(roles.value(MessageModel::MessageIdRole), "messageId");
        QCOMPARE(roles.value(MessageModel::ContentRole), "content");
        QCOMPARE(roles.value(MessageModel::BranchCountRole), "branchCount");
        QCOMPARE(int(MessageModel::MessageIdRole), int(Qt::UserRole));
    }

    void loadsNewestPageThenOlderPages()
    {
        const qint64 id = conversationWith(120);
        std::unique_ptr<QAbstractItemModelTester> tester;
        auto model = newModel(&tester);
        model->setPageSize(50);
        model->setConversationId(id);
        QCOMPARE(model->rowCount(), 50);
        QVERIFY(model->hasOlder());
        QCOMPARE(model->index(0).data(MessageModel::ContentRole).toString(), u"message 70"_s);
        QCOMPARE(model->index(49).data(MessageModel::ContentRole).toString(), u"message 119"_s);
        QCOMPARE(model->index(49).data(MessageModel::RoleRole).toString(), u"assistant"_s);
        QCOMPARE(model->index(49).data(MessageModel::StatusRole).toString(), u"completed"_s);
        QCOMPARE(model->index(49).data(MessageModel::BranchCountRole).toInt(), 1);

        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        QVERIFY(model->fetchOlder());
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 49);
        QCOMPARE(model->rowCount(), 100);
        QCOMPARE(model->index(0).data(MessageModel::ContentRole).toString(), u"message 20"_s);
        QVERIFY(model->hasOlder());
        QVERIFY(model->fetchOlder());
        QCOMPARE(model->rowCount(), 120);
        QCOMPARE(model->index(0).data(MessageModel::ContentRole).toString(), u"message 0"_s);
        QVERIFY(!model->hasOlder());
        QVERIFY(!model->fetchOlder());
        QCOMPARE(reset.size(), 0);
        for (int row = 0; row < 120; ++row) {
            QCOMPARE(model->index(row).data(MessageModel::ContentRole).toString(), u"message %1"_s.arg(row));
        }
    }

    void liveTurnChangesOneRowAndItsRoles()
    {
        const qint64 id = conversationWith(2);
        std::unique_ptr<QAbstractItemModelTester> tester;
        auto model = newModel(&tester);
        model->setConversationId(id);
        QCOMPARE(model->rowCount(), 2);

        const QStringList pieces = words(40);
        m_provider->enqueue(ScriptedResponse::chatStream(pieces).splitEvery(60).withPieceDelay(3ms));
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy streaming(model.get(), &MessageModel::streamingChanged);
        ChatTurn *turn = ask(u"Count for me"_s, id);
        QVERIFY(turn);
        // The user message and the placeholder arrive as inserted rows, not a reload.
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model->index(2).data(MessageModel::ContentRole).toString(), u"Count for me"_s);
        QCOMPARE(model->index(3).data(MessageModel::MessageIdRole).toLongLong(), turn->assistantMessageId());
        QVERIFY(model->index(3).data(MessageModel::StreamingRole).toBool());
        QVERIFY(model->isStreaming());
        QCOMPARE(model->streamingMessageId(), turn->assistantMessageId());

        waitFinished(turn);
        QTRY_VERIFY(!model->isStreaming());
        QCOMPARE(model->index(3).data(MessageModel::ContentRole).toString(), pieces.join(QString()));
        QCOMPARE(model->index(3).data(MessageModel::StatusRole).toString(), u"completed"_s);
        QVERIFY(!model->index(3).data(MessageModel::StreamingRole).toBool());
        QVERIFY(model->index(3).data(MessageModel::CompletionTokensRole).toInt() > 0);
        QVERIFY(model->index(3).data(MessageModel::TimeToFirstTokenRole).toInt() >= 0);
        QCOMPARE(model->index(3).data(MessageModel::ModelNameRole).toString(), u"scripted-model"_s);
        QVERIFY(streaming.size() >= 2);

        // Only the reply's row changed, and a chunk names the content alone.
        const QSet<int> allowed{
            MessageModel::ContentRole,          MessageModel::StatusRole,           MessageModel::StageRole,
            MessageModel::StatusLineRole,       MessageModel::StreamingRole,        MessageModel::ToolCallsRole,
            MessageModel::PromptTokensRole,     MessageModel::CompletionTokensRole, MessageModel::TokensEstimatedRole,
            MessageModel::TimeToFirstTokenRole, MessageModel::TokensPerSecondRole,  MessageModel::ModelNameRole,
            MessageModel::CompletedAtRole,      MessageModel::ThinkingDurationRole, MessageModel::HasContentRole};
        int contentOnly = 0;
        for (const QList<QVariant> &arguments : changed) {
            QCOMPARE(arguments.at(0).value<QModelIndex>().row(), 3);
            QCOMPARE(arguments.at(1).value<QModelIndex>().row(), 3);
            const QList<int> roles = arguments.at(2).value<QList<int>>();
            QVERIFY(!roles.isEmpty());
            for (int role : roles) {
                QVERIFY2(allowed.contains(role), qPrintable(QString::fromLatin1(model->roleNames().value(role))));
            }
            if (roles == QList<int>{MessageModel::ContentRole}) {
                ++contentOnly;
            }
        }
        QVERIFY2(contentOnly >= 1, "no update carried the content role alone");
        QCOMPARE(reset.size(), 0);
    }

    void chunksAreCoalesced()
    {
        const qint64 id = conversationWith(0);
        std::unique_ptr<QAbstractItemModelTester> tester;
        auto model = newModel(&tester);
        model->setConversationId(id);
        const int interval = 50;
        model->setUpdateInterval(std::chrono::milliseconds(interval));

        const QStringList pieces = words(1500);
        m_provider->enqueue(ScriptedResponse::chatStream(pieces).splitEvery(200));
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        // Text changes come while the row streams; the end of streaming comes without text, after.
        int textAfterEnd = 0;
        connect(model.get(), &QAbstractItemModel::dataChanged, this,
                [&](const QModelIndex &index, const QModelIndex &, const QList<int> &roles) {
                    if (roles.contains(MessageModel::ContentRole) && !index.data(MessageModel::StreamingRole).toBool()) {
                        ++textAfterEnd;
                    }
                });
        QElapsedTimer clock;
        clock.start();
        ChatTurn *turn = ask(u"Stream fast"_s, id);
        QVERIFY(turn);
        waitFinished(turn);
        QTRY_VERIFY(!model->isStreaming());
        const qint64 elapsed = clock.elapsed();

        const int row = model->rowOf(turn->assistantMessageId());
        QCOMPARE(model->index(row).data(MessageModel::ContentRole).toString(), pieces.join(QString()));
        int contentUpdates = 0;
        for (const QList<int> &roles : rolesChanged(changed, row)) {
            contentUpdates += roles.contains(MessageModel::ContentRole) ? 1 : 0;
        }
        // At most one signal per interval, however many chunks came (1,500 here).
        const qint64 bound = elapsed / interval + 2;
        QVERIFY2(contentUpdates <= bound, qPrintable(u"%1 content updates in %2 ms"_s.arg(contentUpdates).arg(elapsed)));
        QVERIFY(contentUpdates >= 1);
        QVERIFY(model->updateBatches() <= bound + 2);
        QCOMPARE(textAfterEnd, 0);
    }

    void turnStartedElsewhereShowsLive()
    {
        // A turn from another client (the local server, the command line) on the shown conversation.
        const qint64 id = conversationWith(2);
        std::unique_ptr<QAbstractItemModelTester> tester;
        auto model = newModel(&tester);
        model->setConversationId(id);
        m_provider->enqueue(ScriptedResponse::chatStream(words(30)).splitEvery(40).withPieceDelay(2ms));
        ChatTurn *turn = ask(u"From the server"_s, id, u"server"_s);
        QVERIFY(turn);
        QCOMPARE(model->rowCount(), 4);
        QTRY_VERIFY(!model->index(3).data(MessageModel::ContentRole).toString().isEmpty());
        waitFinished(turn);
        QTRY_COMPARE(model->index(3).data(MessageModel::ContentRole).toString(), words(30).join(QString()));
    }

    void comingBackShowsTheReplyStillStreaming()
    {
        const qint64 first = conversationWith(2);
        const qint64 other = conversationWith(2);
        std::unique_ptr<QAbstractItemModelTester> tester;
        auto model = newModel(&tester);
        model->setConversationId(first);

        const QStringList pieces = words(60);
        m_provider->enqueue(ScriptedResponse::chatStream(pieces).splitEvery(30).withPieceDelay(4ms));
        ChatTurn *turn = ask(u"Keep going"_s, first);
        QVERIFY(turn);
        QTRY_VERIFY(turn->run()->content().size() > 20);
        model->setConversationId(other);
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(!model->isStreaming());
        QTest::qWait(30);
        QVERIFY(!turn->isFinished());

        model->setConversationId(first);
        QCOMPARE(model->rowCount(), 4);
        QVERIFY(model->isStreaming());
        const QString sofar = model->index(3).data(MessageModel::ContentRole).toString();
        QVERIFY(!sofar.isEmpty());
        QVERIFY(pieces.join(QString()).startsWith(sofar));
        waitFinished(turn);
        QTRY_VERIFY(!model->isStreaming());
        // Nothing lost, nothing shown twice.
        QCOMPARE(model->index(3).data(MessageModel::ContentRole).toString(), pieces.join(QString()));
    }

    void stopKeepsThePartialText()
    {
        std::unique_ptr<QAbstractItemModelTester> tester;
        ChatController controller;
        controller.setServices(m_storage.get(), m_chat);
        tester = std::make_unique<QAbstractItemModelTester>(controller.messages(),
                                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        MessageModel *model = controller.messages();
        const QStringList pieces = words(200);
        m_provider->enqueue(ScriptedResponse::chatStream(pieces).splitEvery(20).withPieceDelay(5ms));
        QSignalSpy created(&controller, &ChatController::conversationCreated);
        QVERIFY(controller.send(u"Tell me a long story"_s));
        QCOMPARE(created.size(), 1);
        QVERIFY(created.at(0).at(0).toLongLong() > 0);
        QCOMPARE(controller.conversationId(), created.at(0).at(0).toLongLong());
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(controller.isStreaming());
        QVERIFY(!controller.send(u"Another"_s)); // one reply at a time
        QVERIFY(!controller.lastError().isEmpty());

        QTRY_VERIFY(model->index(1).data(MessageModel::ContentRole).toString().size() > 10);
        QVERIFY(controller.stop());
        QTRY_VERIFY(!controller.isStreaming());
        const QString partial = model->index(1).data(MessageModel::ContentRole).toString();
        QCOMPARE(model->index(1).data(MessageModel::StatusRole).toString(), u"cancelled"_s);
        QVERIFY(!partial.isEmpty());
        QVERIFY(partial.size() < pieces.join(QString()).size());
        QVERIFY(pieces.join(QString()).startsWith(partial));
        QCOMPARE(m_storage->message(model->index(1).data(MessageModel::MessageIdRole).toLongLong())->content, partial);
        QVERIFY(!controller.stop());
    }

    void regenerateAndSwitchReplaceOnlyTheReply()
    {
        std::unique_ptr<QAbstractItemModelTester> tester;
        ChatController controller;
        controller.setServices(m_storage.get(), m_chat);
        tester = std::make_unique<QAbstractItemModelTester>(controller.messages(),
                                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        MessageModel *model = controller.messages();
        m_provider->enqueue(ScriptedResponse::chatStream({u"First "_s, u"answer."_s}));
        m_provider->enqueue(ScriptedResponse::chatStream({u"Second "_s, u"answer."_s}));
        QVERIFY(controller.send(u"Question"_s));
        QTRY_VERIFY(!controller.isStreaming());
        const qint64 firstReply = model->index(1).data(MessageModel::MessageIdRole).toLongLong();
        QCOMPARE(model->index(1).data(MessageModel::ContentRole).toString(), u"First answer."_s);

        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QVERIFY(controller.regenerate(firstReply));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(removed.at(0).at(2).toInt(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(model->rowCount(), 2);
        QTRY_VERIFY(!controller.isStreaming());
        const qint64 secondReply = model->index(1).data(MessageModel::MessageIdRole).toLongLong();
        QVERIFY(secondReply != firstReply);
        QCOMPARE(model->index(1).data(MessageModel::ContentRole).toString(), u"Second answer."_s);
        QCOMPARE(model->index(1).data(MessageModel::BranchIndexRole).toInt(), 1);
        QCOMPARE(model->index(1).data(MessageModel::BranchCountRole).toInt(), 2);

        // "< 1/2": the first reply again, in place of the second, without a reload.
        QVERIFY(controller.showSibling(secondReply, -1));
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(1).data(MessageModel::MessageIdRole).toLongLong(), firstReply);
        QCOMPARE(model->index(1).data(MessageModel::ContentRole).toString(), u"First answer."_s);
        QCOMPARE(model->index(1).data(MessageModel::BranchIndexRole).toInt(), 0);
        QVERIFY(!controller.showSibling(firstReply, -1)); // no sibling before the first
        QVERIFY(controller.showSibling(firstReply, 1));
        QCOMPARE(model->index(1).data(MessageModel::MessageIdRole).toLongLong(), secondReply);
        QCOMPARE(reset.size(), 0);
    }

    void editKeepsTheOldBranch()
    {
        std::unique_ptr<QAbstractItemModelTester> tester;
        ChatController controller;
        controller.setServices(m_storage.get(), m_chat);
        tester = std::make_unique<QAbstractItemModelTester>(controller.messages(),
                                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        MessageModel *model = controller.messages();
        m_provider->enqueue(ScriptedResponse::chatStream({u"Reply one."_s}));
        m_provider->enqueue(ScriptedResponse::chatStream({u"Reply two."_s}));
        m_provider->enqueue(ScriptedResponse::chatStream({u"Reply three."_s}));
        QVERIFY(controller.send(u"One"_s));
        QTRY_VERIFY(!controller.isStreaming());
        QVERIFY(controller.send(u"Two"_s));
        QTRY_VERIFY(!controller.isStreaming());
        QCOMPARE(model->rowCount(), 4);
        const qint64 two = model->index(2).data(MessageModel::MessageIdRole).toLongLong();

        QVERIFY(!controller.edit(two, u"   "_s));
        QVERIFY(controller.edit(two, u"Two, better"_s));
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->index(0).data(MessageModel::ContentRole).toString(), u"One"_s);
        QCOMPARE(model->index(2).data(MessageModel::ContentRole).toString(), u"Two, better"_s);
        QCOMPARE(model->index(2).data(MessageModel::BranchIndexRole).toInt(), 1);
        QCOMPARE(model->index(2).data(MessageModel::BranchCountRole).toInt(), 2);
        QTRY_VERIFY(!controller.isStreaming());
        QCOMPARE(model->index(3).data(MessageModel::ContentRole).toString(), u"Reply three."_s);

        QVERIFY(controller.showSibling(model->index(2).data(MessageModel::MessageIdRole).toLongLong(), -1));
        QCOMPARE(model->index(2).data(MessageModel::ContentRole).toString(), u"Two"_s);
        QCOMPARE(model->index(3).data(MessageModel::ContentRole).toString(), u"Reply two."_s);
    }

    void errorIsShownAndRetried()
    {
        std::unique_ptr<QAbstractItemModelTester> tester;
        ChatController controller;
        controller.setServices(m_storage.get(), m_chat);
        tester = std::make_unique<QAbstractItemModelTester>(controller.messages(),
                                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        MessageModel *model = controller.messages();
        m_provider->enqueue(ScriptedResponse::error(401, u"invalid_request_error"_s, u"Incorrect API key provided: sk-te**"_s,
                                                    u"invalid_api_key"_s));
        m_provider->enqueue(ScriptedResponse::chatStream({u"Now it works."_s}));
        QVERIFY(controller.send(u"Hello"_s));
        QTRY_VERIFY(!controller.isStreaming());
        QCOMPARE(model->index(1).data(MessageModel::StatusRole).toString(), u"failed"_s);
        const QString error = model->index(1).data(MessageModel::ErrorRole).toString();
        QVERIFY2(error.contains(u"Incorrect API key provided"_s), qPrintable(error));

        QVERIFY(controller.retry(model->index(1).data(MessageModel::MessageIdRole).toLongLong()));
        QTRY_VERIFY(!controller.isStreaming());
        QCOMPARE(model->index(1).data(MessageModel::StatusRole).toString(), u"completed"_s);
        QCOMPARE(model->index(1).data(MessageModel::ContentRole).toString(), u"Now it works."_s);
        QVERIFY(model->index(1).data(MessageModel::ErrorRole).toString().isEmpty());
        QCOMPARE(model->index(1).data(MessageModel::BranchCountRole).toInt(), 2);
    }

    void toolCallsAndApprovals()
    {
        const qint64 id = conversationWith(0);
        std::unique_ptr<QAbstractItemModelTester> tester;
        auto model = newModel(&tester);
        model->setConversationId(id);
        m_provider->enqueue(ScriptedResponse::toolCallStream({ToolCall{u"call_1"_s, u"current_datetime"_s, u"{}"_s}}));
        m_provider->enqueue(ScriptedResponse::chatStream({u"It is "_s, u"now."_s}).withHeaderDelay(300ms));
        // An approval request can come before the call's event reaches the model.
        model->setToolApproval(u"call_1"_s, u"pending"_s);
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        // What the row showed of the call while the reply streamed.
        QVariantMap seenLive;
        connect(model.get(), &QAbstractItemModel::dataChanged, this,
                [&](const QModelIndex &index, const QModelIndex &, const QList<int> &roles) {
                    if (roles.contains(MessageModel::ToolCallsRole) && index.data(MessageModel::StreamingRole).toBool()) {
                        const QVariantList calls = index.data(MessageModel::ToolCallsRole).toList();
                        if (!calls.isEmpty() && seenLive.isEmpty()) {
                            seenLive = calls.constFirst().toMap();
                        }
                    }
                });
        ChatTurn *turn = ask(u"What time is it?"_s, id);
        QVERIFY(turn);
        waitFinished(turn);
        QCOMPARE(seenLive.value(u"name"_s).toString(), u"current_datetime"_s);
        QCOMPARE(seenLive.value(u"callId"_s).toString(), u"call_1"_s);
        QCOMPARE(seenLive.value(u"approval"_s).toString(), u"pending"_s);
        QTRY_VERIFY(!model->isStreaming());
        QCOMPARE(model->index(1).data(MessageModel::ToolCallsRole).toList().size(), 1);
        QVariantMap call = model->index(1).data(MessageModel::ToolCallsRole).toList().constFirst().toMap();
        QVERIFY(call.value(u"ok"_s).toBool());
        QVERIFY(!call.value(u"running"_s).toBool());
        QVERIFY(call.value(u"result"_s).toString().contains(u"datetime"_s));
        QCOMPARE(model->index(1).data(MessageModel::ContentRole).toString(), u"It is now."_s);
        bool sawToolRole = false;
        for (const QList<int> &roles : rolesChanged(changed, 1)) {
            sawToolRole = sawToolRole || roles.contains(MessageModel::ToolCallsRole);
        }
        QVERIFY(sawToolRole);

        // Stored: the same call comes back from storage after a reload.
        model->setConversationId(0);
        model->setConversationId(id);
        call = model->index(1).data(MessageModel::ToolCallsRole).toList().constFirst().toMap();
        QCOMPARE(call.value(u"name"_s).toString(), u"current_datetime"_s);
        QVERIFY(call.value(u"ok"_s).toBool());
    }

    void approvalsReachTheCardAndComeBack()
    {
        ToolApprovals approvals;
        QCOMPARE(ToolApprovals::instance(), &approvals);
        ChatController controller;
        controller.setServices(m_storage.get(), m_chat);
        controller.componentComplete();
        QVERIFY(approvals.hasListeners());
        MessageModel *model = controller.messages();
        std::optional<ToolApprovals::Decision> decision;
        approvals.requestApproval(u"call_1"_s, u"current_datetime"_s, u"{}"_s, this,
                                  [&decision](ToolApprovals::Decision d) { decision = d; });

        m_provider->enqueue(ScriptedResponse::toolCallStream({ToolCall{u"call_1"_s, u"current_datetime"_s, u"{}"_s}}));
        m_provider->enqueue(ScriptedResponse::chatStream({u"Done."_s}).withHeaderDelay(300ms));
        QVariantMap seenLive;
        connect(model, &QAbstractItemModel::dataChanged, this,
                [&](const QModelIndex &index, const QModelIndex &, const QList<int> &roles) {
                    if (roles.contains(MessageModel::ToolCallsRole) && index.data(MessageModel::StreamingRole).toBool()) {
                        const QVariantList calls = index.data(MessageModel::ToolCallsRole).toList();
                        if (!calls.isEmpty()) {
                            seenLive = calls.constFirst().toMap();
                        }
                    }
                });
        QVERIFY(controller.send(u"What time is it?"_s));
        QTRY_COMPARE(seenLive.value(u"approval"_s).toString(), u"pending"_s);
        QVERIFY(controller.isStreaming());
        controller.resolveToolCall(u"call_1"_s, true);
        QTRY_VERIFY(decision.has_value());
        QCOMPARE(*decision, ToolApprovals::Decision::Allowed);
        QTRY_COMPARE(seenLive.value(u"approval"_s).toString(), u"allowed"_s);
        QTRY_VERIFY(!controller.isStreaming());
    }

    void storageChangesUpdateRowsInPlace()
    {
        const qint64 id = conversationWith(4);
        std::unique_ptr<QAbstractItemModelTester> tester;
        auto model = newModel(&tester);
        model->setConversationId(id);
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        const qint64 message = model->index(1).data(MessageModel::MessageIdRole).toLongLong();
        MessageUpdate update;
        update.content = u"rewritten"_s;
        QVERIFY(m_storage->updateMessage(message, update));
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int>{MessageModel::ContentRole});
        QCOMPARE(model->index(1).data(MessageModel::ContentRole).toString(), u"rewritten"_s);

        // A message added by someone else at the end of the branch arrives as a row.
        Message added;
        added.conversationId = id;
        added.parentId = model->index(3).data(MessageModel::MessageIdRole).toLongLong();
        added.role = u"user"_s;
        added.content = u"appended"_s;
        added.status = MessageStatus::Completed;
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        QVERIFY(m_storage->addMessage(added));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(model->index(4).data(MessageModel::ContentRole).toString(), u"appended"_s);

        QVERIFY(m_storage->deleteConversation(id));
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(reset.size(), 1);
    }

    void getReturnsEveryRole()
    {
        const qint64 id = conversationWith(2);
        std::unique_ptr<QAbstractItemModelTester> tester;
        auto model = newModel(&tester);
        model->setConversationId(id);
        const QVariantMap row = model->get(1);
        QCOMPARE(row.size(), MessageModel::roleCount);
        QCOMPARE(row.value(u"content"_s).toString(), u"message 1"_s);
        QCOMPARE(row.value(u"role"_s).toString(), u"assistant"_s);
        QVERIFY(model->get(2).isEmpty());
        QVERIFY(model->get(-1).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMessageModel)
#include "tst_messagemodel.moc"
