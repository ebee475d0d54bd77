// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchmodel.h"
#include "storage.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSearchModel : public QObject
{
    Q_OBJECT

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Storage> m_storage;

    qint64 addMessage(qint64 conversationId, const QString &role, const QString &text)
    {
        Message message;
        message.conversationId = conversationId;
        message.role = role;
        message.content = text;
        message.status = MessageStatus::Completed;
        const auto added = m_storage->addMessage(message);
        return added ? added->id : 0;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = new QTemporaryDir;
        auto opened = Storage::open(m_dir->path());
        QVERIFY(opened);
        m_storage = std::move(*opened);
    }

    void cleanup()
    {
        m_storage.reset();
        delete m_dir;
    }

    void findsMessagesWithHighlightedSnippets()
    {
        Conversation draft;
        draft.title = u"Cooking"_s;
        const qint64 cooking = m_storage->createConversation(draft)->id;
        draft.title = u"Travel <plans>"_s;
        const qint64 travel = m_storage->createConversation(draft)->id;
        addMessage(cooking, u"user"_s, u"How long do I boil an egg?"_s);
        const qint64 answer = addMessage(cooking, u"assistant"_s, u"Boil the egg for seven minutes & cool it in water."_s);
        addMessage(travel, u"user"_s, u"Trains from Paris to <Lyon>?"_s);

        SearchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStorage(m_storage.get());
        model.setDelay(0);
        QSignalSpy searched(&model, &SearchModel::searched);
        model.setText(u"minutes"_s);
        QVERIFY(model.busy());
        QVERIFY(searched.wait());
        QVERIFY(!model.busy());
        QCOMPARE(model.count(), 1);
        const QModelIndex hit = model.index(0);
        QCOMPARE(model.data(hit, SearchModel::ConversationIdRole).toLongLong(), cooking);
        QCOMPARE(model.data(hit, SearchModel::MessageIdRole).toLongLong(), answer);
        QCOMPARE(model.data(hit, SearchModel::TitleRole).toString(), u"Cooking"_s);
        QCOMPARE(model.data(hit, SearchModel::RoleRole).toString(), u"assistant"_s);
        const QString snippet = model.data(hit, SearchModel::SnippetRole).toString();
        QVERIFY2(snippet.contains(u"<b>minutes</b>"_s), qPrintable(snippet));
        QVERIFY2(snippet.contains(u"&amp;"_s), qPrintable(snippet)); // escaped: rich text cannot be injected
        QVERIFY(model.data(hit, SearchModel::PlainSnippetRole).toString().contains(u"minutes & cool"_s));

        // Markup in a message is shown, not interpreted.
        model.setText(u"lyon"_s);
        model.search();
        QCOMPARE(model.count(), 1);
        QVERIFY(model.data(model.index(0), SearchModel::SnippetRole).toString().contains(u"&lt;<b>Lyon</b>&gt;"_s));

        // A prefix of the last word matches; every word must.
        model.setText(u"boil egg"_s);
        model.search();
        QCOMPARE(model.count(), 2);
        model.setText(u"seven minu"_s);
        model.search();
        QCOMPARE(model.count(), 1);
        model.setText(u"boil paris"_s);
        model.search();
        QCOMPARE(model.count(), 0);

        // Clearing the text clears the list at once.
        model.setText(u"egg"_s);
        model.search();
        QCOMPARE(model.count(), 2);
        model.setText(u"  "_s);
        QCOMPARE(model.count(), 0);
        QVERIFY(!model.busy());
    }

    void debouncesTyping()
    {
        Conversation draft;
        draft.title = u"Notes"_s;
        const qint64 id = m_storage->createConversation(draft)->id;
        addMessage(id, u"user"_s, u"quarterly report"_s);
        SearchModel model;
        model.setStorage(m_storage.get());
        model.setDelay(100);
        QSignalSpy searched(&model, &SearchModel::searched);
        for (const QString &text : {u"q"_s, u"qu"_s, u"qua"_s, u"quar"_s}) {
            model.setText(text);
            QTest::qWait(10);
        }
        QVERIFY(searched.wait());
        QTest::qWait(150);
        QCOMPARE(searched.size(), 1); // one search for the whole burst
        QCOMPARE(model.count(), 1);
    }

    void deletedConversationsLeaveTheResults()
    {
        Conversation draft;
        draft.title = u"One"_s;
        const qint64 one = m_storage->createConversation(draft)->id;
        draft.title = u"Two"_s;
        const qint64 two = m_storage->createConversation(draft)->id;
        addMessage(one, u"user"_s, u"banana bread"_s);
        addMessage(two, u"user"_s, u"banana split"_s);
        SearchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStorage(m_storage.get());
        model.setText(u"banana"_s);
        model.search();
        QCOMPARE(model.count(), 2);
        QVERIFY(m_storage->deleteConversation(one));
        QCOMPARE(model.count(), 1);
        QCOMPARE(model.data(model.index(0), SearchModel::ConversationIdRole).toLongLong(), two);
    }
};

QTEST_GUILESS_MAIN(TestSearchModel)
#include "tst_searchmodel.moc"
