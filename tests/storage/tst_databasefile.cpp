// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasefile.h"
#include "storagetestsupport.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDatabaseFile : public QObject
{
    Q_OBJECT

private:
    static void write(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
    }

    /**
     * A history of 300 messages in @p dir, closed cleanly, so long that the pages in the middle of the file
     * hold messages (the schema is at the start). Returns the conversation's id.
     */
    static qint64 fillAndClose(const QString &dir)
    {
        auto storage = StorageTest::open(dir);
        if (!storage) {
            return 0;
        }
        const qint64 conversationId = storage->createConversation()->id;
        qint64 parent = 0;
        for (int i = 0; i < 300 && parent >= 0; ++i) {
            const QString text = u"Message %1 with some text to fill the pages of the database file. "_s.arg(i).repeated(6);
            auto added =
                storage->addMessage(StorageTest::draft(conversationId, parent, i % 2 ? u"assistant"_s : u"user"_s, text));
            parent = added ? added->id : -1;
        }
        return parent > 0 ? conversationId : 0;
    }

private Q_SLOTS:
    void header()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"db"_s);
        QVERIFY(!DatabaseFile::checkHeader(path).isError()); // missing: a new database
        write(path, {});
        QVERIFY(!DatabaseFile::checkHeader(path).isError()); // empty: a new database
        write(path, QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\0'));
        QVERIFY(!DatabaseFile::checkHeader(path).isError());
        write(path, "{\"conversations\": []}");
        QCOMPARE(DatabaseFile::checkHeader(path).code, StorageError::Code::NotADatabase);
        write(path, "SQLite");
        QCOMPARE(DatabaseFile::checkHeader(path).code, StorageError::Code::NotADatabase);
    }

    void moveAsideNeverReplaces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.db"_s);
        write(path, "first");
        write(path + u"-wal"_s, "first wal");
        const QByteArray walHash = StorageTest::fileHash(path + u"-wal"_s);
        StorageError error;
        const QString first = DatabaseFile::moveAside(path, u"corrupt"_s, &error);
        QVERIFY(!first.isEmpty());
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
        QVERIFY(QFileInfo(first).fileName().startsWith(u"history.db.corrupt-"_s));
        QCOMPARE(StorageTest::fileHash(first + u"-wal"_s), walHash);

        write(path, "second");
        const QString second = DatabaseFile::moveAside(path, u"corrupt"_s, &error);
        QVERIFY(!second.isEmpty());
        QVERIFY(second != first);
        QFile a(first);
        QFile b(second);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), QByteArray("first"));
        QCOMPARE(b.readAll(), QByteArray("second"));
        QFile wal(first + u"-wal"_s);
        QVERIFY(wal.open(QIODevice::ReadOnly));
        QCOMPARE(wal.readAll(), QByteArray("first wal"));
    }

    void notADatabaseIsMovedAsideAtOpen()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(Storage::databaseFileName());
        const QByteArray text = QByteArray("These are my notes, not a database.\n").repeated(200);
        write(path, text);
        auto storage = StorageTest::open(dir.path());
        QVERIFY(storage);
        const StorageOpenReport &report = storage->openReport();
        QVERIFY(report.recovered());
        QCOMPARE(report.movedAsideReason.code, StorageError::Code::NotADatabase);
        QVERIFY(report.movedAsidePath.contains(u"not-a-database"_s));
        QFile moved(report.movedAsidePath);
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), text);
        QVERIFY(report.userMessage().contains(report.movedAsidePath));
        QVERIFY(storage->createConversation());
    }

    void corruptSchemaPageIsMovedAsideAtOpen()
    {
        QTemporaryDir dir;
        {
            auto storage = StorageTest::open(dir.path());
            QVERIFY(storage);
            storage->createConversation();
        }
        const QString path = QDir(dir.path()).filePath(Storage::databaseFileName());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(100); // keep the 100-byte header, wreck the schema page
        file.write(QByteArray(3000, '\xff'));
        file.close();
        const QByteArray damaged = StorageTest::fileHash(path);

        auto storage = StorageTest::open(dir.path());
        QVERIFY(storage);
        const StorageOpenReport &report = storage->openReport();
        QVERIFY(report.recovered());
        QVERIFY(report.movedAsideReason.code == StorageError::Code::Corrupt ||
                report.movedAsideReason.code == StorageError::Code::NotADatabase);
        QCOMPARE(StorageTest::fileHash(report.movedAsidePath), damaged);
        QCOMPARE(*storage->conversationCount(), 0);
    }

    void damageAfterACleanExitIsFoundAfterOpen()
    {
        QTemporaryDir dir;
        const qint64 conversationId = fillAndClose(dir.path());
        QVERIFY(conversationId > 0);
        const QString path = QDir(dir.path()).filePath(Storage::databaseFileName());
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s)); // closed cleanly: everything is in the file
        const qint64 pages = QFileInfo(path).size() / StorageTest::pageSize;
        QVERIFY(pages >= 8);
        const QByteArray damaged = StorageTest::damagePage(path, pages / 2 + 1);
        QVERIFY(!damaged.isEmpty());

        auto opened = Storage::open(dir.path());
        QVERIFY(opened);
        std::unique_ptr<Storage> storage = std::move(opened).value();
        QVERIFY(!storage->openReport().uncleanShutdown);
        QVERIFY(!storage->openReport().recovered());
        QSignalSpy errors(storage.get(), &Storage::errorOccurred);
        // What the window reads at once still comes, and stays with it.
        const auto shown = storage->conversations();
        QVERIFY(shown);
        QCOMPARE(shown->size(), 1);

        // The check in the background finds the damage and the user is told where the file went.
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 20000);
        const auto told = errors.first().first().value<StorageError>();
        QCOMPARE(told.code, StorageError::Code::Corrupt);
        QVERIFY2(told.detail.contains(u"quick_check"_s), qPrintable(told.toString()));
        QVERIFY(told.message != StorageError::defaultMessage(StorageError::Code::Corrupt));
        QVERIFY2(told.path.startsWith(path + u".corrupt-"_s), qPrintable(told.path));
        QCOMPARE(StorageTest::fileHash(told.path), damaged);
        QVERIFY(!QFileInfo::exists(path));

        // Writing stops: nothing goes into the damaged file or into a new one in its place.
        const auto created = storage->createConversation();
        QVERIFY(!created);
        QCOMPARE(created.error().code, StorageError::Code::Corrupt);
        QVERIFY(!storage->addMessage(StorageTest::draft(conversationId, 0, u"user"_s, u"Is this saved?"_s)));
        QVERIFY(!storage->renameConversation(conversationId, u"Renamed"_s));
        QVERIFY(!storage->conversations());
        QCOMPARE(errors.size(), 1);
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(StorageTest::fileHash(told.path), damaged);
        QCOMPARE(shown->first().id, conversationId);

        // The next start begins a new, empty history.
        storage.reset();
        QCOMPARE(StorageTest::fileHash(told.path), damaged);
        storage = StorageTest::open(dir.path());
        QVERIFY(storage);
        QCOMPARE(*storage->conversationCount(), 0);
        QVERIFY(storage->createConversation());
    }

    void damageMetByAQueryStopsWriting()
    {
        QTemporaryDir dir;
        const qint64 conversationId = fillAndClose(dir.path());
        QVERIFY(conversationId > 0);
        const QString path = QDir(dir.path()).filePath(Storage::databaseFileName());
        const qint64 root = StorageTest::rootPage(path, u"messages"_s);
        QVERIFY(root > 1);
        const QByteArray damaged = StorageTest::damagePage(path, root);
        QVERIFY(!damaged.isEmpty());

        auto opened = Storage::open(dir.path());
        QVERIFY(opened);
        std::unique_ptr<Storage> storage = std::move(opened).value();
        QVERIFY(!storage->openReport().recovered());
        QSignalSpy errors(storage.get(), &Storage::errorOccurred);
        // Loading the conversation meets the damaged page before the background check can report.
        const auto loaded = storage->messages(conversationId);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, StorageError::Code::Corrupt);
        const auto created = storage->createConversation();
        QVERIFY(!created);
        QCOMPARE(created.error().code, StorageError::Code::Corrupt);

        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 20000);
        const auto told = errors.first().first().value<StorageError>();
        QCOMPARE(told.code, StorageError::Code::Corrupt);
        QVERIFY2(told.path.startsWith(path + u".corrupt-"_s), qPrintable(told.path));
        QCOMPARE(StorageTest::fileHash(told.path), damaged);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!storage->message(1));
        storage.reset();
        QCOMPARE(errors.size(), 1);
    }

    void foreignSqliteDatabaseIsMovedAside()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(Storage::databaseFileName());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"CREATE TABLE photos (id INTEGER PRIMARY KEY, data BLOB)"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);
        auto storage = StorageTest::open(dir.path());
        QVERIFY(storage);
        QCOMPARE(storage->openReport().movedAsideReason.code, StorageError::Code::NotADatabase);
    }

    void newerSchemaIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(Storage::databaseFileName());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"CREATE TABLE conversations (id INTEGER PRIMARY KEY, future TEXT)"_s));
            QVERIFY(query.exec(u"PRAGMA user_version = 7"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"newer"_s);
        const QByteArray before = StorageTest::fileHash(path);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

        for (int attempt = 0; attempt < 2; ++attempt) {
            auto result = Storage::open(dir.path());
            QVERIFY(!result);
            QCOMPARE(result.error().code, StorageError::Code::NewerSchema);
            QVERIFY(result.error().detail.contains(u"7"_s));
        }
        QCOMPARE(StorageTest::fileHash(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseFile)
#include "tst_databasefile.moc"
