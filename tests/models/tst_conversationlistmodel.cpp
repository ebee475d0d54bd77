// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationlistmodel.h"
#include "storage.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestConversationListModel : public QObject
{
    Q_OBJECT

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Storage> m_storage;
    QDateTime m_now;

    qint64 create(const QString &title, const QDateTime &updated, bool pinned = false, bool archived = false)
    {
        Conversation draft;
        draft.title = title;
        draft.createdAt = updated;
        draft.updatedAt = updated;
        draft.pinned = pinned;
        draft.archived = archived;
        const auto created = m_storage->createConversation(draft);
        return created ? created->id : 0;
    }

    static QStringList titles(const ConversationListModel &model)
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row) {
            list << model.data(model.index(row), ConversationListModel::TitleRole).toString();
        }
        return list;
    }

    /** The model's order must always equal the storage's own. */
    void compareWithStorage(const ConversationListModel &model, bool archived = false)
    {
        ConversationQuery query;
        query.limit = model.rowCount();
        query.archived = archived ? ConversationQuery::Archived::Only : ConversationQuery::Archived::Exclude;
        const auto stored = m_storage->conversations(query);
        QVERIFY(stored);
        QStringList expected;
        for (const Conversation &c : *stored) {
            expected << c.title;
        }
        QCOMPARE(titles(model), expected);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = new QTemporaryDir;
        auto opened = Storage::open(m_dir->path());
        QVERIFY(opened);
        m_storage = std::move(*opened);
        // A fixed "now" at noon, so that the sections do not depend on when the test runs.
        m_now = QDateTime(QDate(2026, 3, 18), QTime(12, 0));
    }

    void cleanup()
    {
        m_storage.reset();
        delete m_dir;
    }

    void rolesAndSections()
    {
        create(u"old"_s, m_now.addDays(-30));
        create(u"this week"_s, m_now.addDays(-3));
        create(u"today"_s, m_now.addSecs(-3600));
        create(u"pinned old"_s, m_now.addDays(-90), true);
        create(u"archived"_s, m_now.addSecs(-60), false, true);

        ConversationListModel model;
        model.setNow(m_now);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false); // the test pages itself, to check what each page brings
        model.setStorage(m_storage.get());
        QCOMPARE(titles(model), (QStringList{u"pinned old"_s, u"today"_s, u"this week"_s, u"old"_s}));
        QStringList sections;
        for (int row = 0; row < model.rowCount(); ++row) {
            sections << model.data(model.index(row), ConversationListModel::SectionRole).toString();
        }
        QCOMPARE(sections, (QStringList{u"pinned"_s, u"today"_s, u"week"_s, u"older"_s}));
        QCOMPARE(model.data(model.index(0), ConversationListModel::PinnedRole).toBool(), true);
        QCOMPARE(model.data(model.index(1), ConversationListModel::UpdatedAtRole).toDateTime(), m_now.addSecs(-3600));
        QCOMPARE(model.roleNames().value(ConversationListModel::IdRole), "conversationId");
        QCOMPARE(int(ConversationListModel::IdRole), int(Qt::UserRole));
        QVERIFY(!model.data(model.index(0), Qt::UserRole + 100).isValid());

        model.setArchived(true);
        QCOMPARE(titles(model), QStringList{u"archived"_s});
    }

    void sectionBoundaries()
    {
        const QDateTime now(QDate(2026, 3, 18), QTime(0, 30));
        QCOMPARE(ConversationListModel::sectionFor(false, now.addSecs(-1800), now), u"today"_s); // just after midnight
        QCOMPARE(ConversationListModel::sectionFor(false, now.addSecs(-3600), now), u"week"_s); // yesterday evening
        QCOMPARE(ConversationListModel::sectionFor(false, QDateTime(QDate(2026, 3, 11), QTime(0, 1)), now), u"week"_s);
        QCOMPARE(ConversationListModel::sectionFor(false, QDateTime(QDate(2026, 3, 10), QTime(23, 59)), now), u"older"_s);
        QCOMPARE(ConversationListModel::sectionFor(true, QDateTime(QDate(2020, 1, 1), QTime(0, 0)), now), u"pinned"_s);
    }

    void loadsInPages()
    {
        for (int i = 0; i < 230; ++i) {
            create(u"c%1"_s.arg(i, 3, 10, QLatin1Char('0')), m_now.addSecs(-i * 60));
        }
        ConversationListModel model;
        model.setPageSize(100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false); // the test pages itself, to check what each page brings
        model.setStorage(m_storage.get());
        // Only the first page is read at open.
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 200);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 230);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(titles(model).first(), u"c000"_s);
        QCOMPARE(titles(model).last(), u"c229"_s);
        compareWithStorage(model);
    }

    void followsStorageLive()
    {
        const qint64 a = create(u"a"_s, m_now.addSecs(-300));
        const qint64 b = create(u"b"_s, m_now.addSecs(-200));
        create(u"c"_s, m_now.addSecs(-100));
        ConversationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false); // the test pages itself, to check what each page brings
        model.setStorage(m_storage.get());
        QCOMPARE(titles(model), (QStringList{u"c"_s, u"b"_s, u"a"_s}));

        // Created elsewhere (the local server, another model): appears at once, at the top.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        Conversation fresh;
        fresh.title = u"from the server"_s;
        QVERIFY(m_storage->createConversation(fresh));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(titles(model).first(), u"from the server"_s);

        // A new message moves a conversation to the top (a later millisecond than the new one's).
        QTest::qWait(5);
        Message message;
        message.conversationId = a;
        message.role = u"user"_s;
        message.content = u"hello again"_s;
        message.status = MessageStatus::Completed;
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QVERIFY(m_storage->addMessage(message));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(titles(model).first(), u"a"_s);
        compareWithStorage(model);

        // Renamed elsewhere: the row changes in place.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(m_storage->setPinned(b, true));
        QCOMPARE(titles(model).first(), u"b"_s);
        compareWithStorage(model);

        // Archived: it leaves this list and shows in the archive.
        QVERIFY(m_storage->setArchived(b, true));
        QVERIFY(!titles(model).contains(u"b"_s));
        ConversationListModel archive;
        archive.setArchived(true);
        archive.setStorage(m_storage.get());
        QCOMPARE(titles(archive), QStringList{u"b"_s});
        QVERIFY(m_storage->setArchived(b, false));
        QVERIFY(titles(model).contains(u"b"_s));
        QCOMPARE(archive.rowCount(), 0);
        compareWithStorage(model);

        // Deleted elsewhere: the row goes.
        QSignalSpy removed(&model, &ConversationListModel::conversationRemoved);
        QVERIFY(m_storage->deleteConversation(a));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toLongLong(), a);
        QCOMPARE(model.indexOf(a), -1);
        compareWithStorage(model);
    }

    void liveChangesKeepPagingConsistent()
    {
        for (int i = 0; i < 30; ++i) {
            create(u"c%1"_s.arg(i, 2, 10, QLatin1Char('0')), m_now.addSecs(-i * 60));
        }
        ConversationListModel model;
        model.setPageSize(10);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false); // the test pages itself, to check what each page brings
        model.setStorage(m_storage.get());
        QCOMPARE(model.rowCount(), 10);
        // One beyond the loaded page becomes active: it comes to the top now...
        ConversationQuery beyond;
        beyond.limit = 1;
        beyond.offset = 25;
        const qint64 far = m_storage->conversations(beyond)->first().id;
        QVERIFY(m_storage->renameConversation(far, u"moved up"_s));
        QCOMPARE(titles(model).first(), u"moved up"_s);
        // ... and one of the loaded ones is deleted.
        QVERIFY(m_storage->deleteConversation(model.idAt(5)));
        while (model.canFetchMore({})) {
            model.fetchMore({});
        }
        // Nothing missing, nothing twice.
        QCOMPARE(model.rowCount(), 29);
        compareWithStorage(model);
    }

    void renameMarksTheTitleAsTheUsers()
    {
        const qint64 id = create(u"first words"_s, m_now);
        ConversationListModel model;
        model.setStorage(m_storage.get());
        QVERIFY(!model.rename(id, u"   "_s));
        QVERIFY(!model.errorString().isEmpty());
        QVERIFY(model.rename(id, u"  My   title "_s));
        QCOMPARE(model.data(model.index(0), ConversationListModel::TitleRole).toString(), u"My title"_s);
        const auto stored = m_storage->conversation(id);
        QCOMPARE(stored->title, u"My title"_s);
        QVERIFY(stored->metadata.value(u"title_edited").toBool());
        QVERIFY(model.errorString().isEmpty());
        QVERIFY(!model.rename(id + 1000, u"x"_s));
    }

    void deleteWithUndo()
    {
        const qint64 keep = create(u"keep"_s, m_now.addSecs(-10));
        const qint64 gone = create(u"gone"_s, m_now);
        ConversationListModel model;
        model.setUndoTimeout(60'000);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false); // the test pages itself, to check what each page brings
        model.setStorage(m_storage.get());

        model.remove(gone);
        QCOMPARE(titles(model), QStringList{u"keep"_s});
        QVERIFY(model.hasPendingRemoval());
        QCOMPARE(model.pendingRemovalTitle(), u"gone"_s);
        QVERIFY(m_storage->conversation(gone)); // not deleted yet
        // A change while pending does not bring it back.
        QVERIFY(m_storage->renameConversation(gone, u"gone, renamed"_s));
        QCOMPARE(titles(model), QStringList{u"keep"_s});

        QVERIFY(model.undoRemove());
        QCOMPARE(titles(model), (QStringList{u"gone, renamed"_s, u"keep"_s}));
        QVERIFY(!model.hasPendingRemoval());
        QVERIFY(!model.undoRemove());

        // Without undo, it is deleted once the delay is over.
        model.setUndoTimeout(50);
        model.remove(gone);
        QVERIFY(m_storage->conversation(gone));
        QTRY_VERIFY(!m_storage->conversation(gone));
        QVERIFY(!model.hasPendingRemoval());
        QCOMPARE(titles(model), QStringList{u"keep"_s});

        // Pending removals are carried out when the model goes.
        {
            ConversationListModel other;
            other.setUndoTimeout(60'000);
            other.setStorage(m_storage.get());
            other.remove(keep);
            QCOMPARE(model.rowCount(), 1); // the other model still shows it: only hidden there
        }
        QVERIFY(!m_storage->conversation(keep));
        QCOMPARE(model.rowCount(), 0);
    }

    void pendingRemovalsDoNotShiftPages()
    {
        for (int i = 0; i < 12; ++i) {
            create(u"c%1"_s.arg(i, 2, 10, QLatin1Char('0')), m_now.addSecs(-i * 60));
        }
        ConversationListModel model;
        model.setPageSize(5);
        model.setUndoTimeout(60'000);
        model.setStorage(m_storage.get());
        model.remove(model.idAt(0));
        model.remove(model.idAt(0));
        while (model.canFetchMore({})) {
            model.fetchMore({});
        }
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(titles(model).first(), u"c02"_s);
        QCOMPARE(titles(model).last(), u"c11"_s);
    }
};

QTEST_GUILESS_MAIN(TestConversationListModel)
#include "tst_conversationlistmodel.moc"
