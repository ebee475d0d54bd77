// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasefile.h"
#include "storagetestsupport.h"

#include <QDir>
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
