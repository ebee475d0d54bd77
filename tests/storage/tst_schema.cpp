// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"
#include "storagetestsupport.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSchema : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;

    QVariant scalar(const QString &sql)
    {
        QSqlQuery query(m_db);
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }

private Q_SLOTS:
    void init()
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"schema-test"_s);
        m_db.setDatabaseName(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s));
        QVERIFY(m_db.open());
    }

    void cleanup()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"schema-test"_s);
    }

    void migratesAnEmptyDatabase()
    {
        QVERIFY(!Schema::migrate(m_db, 0).isError());
        QCOMPARE(scalar(u"PRAGMA user_version"_s).toInt(), Schema::version);
        for (const QString &table : {u"conversations"_s, u"messages"_s, u"message_chunks"_s, u"message_steps"_s}) {
            QCOMPARE(scalar(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'"_s.arg(table)).toInt(), 1);
        }
        // Nothing to do the second time.
        QVERIFY(!Schema::migrate(m_db, Schema::version).isError());
    }

    void aFailedMigrationChangesNothing()
    {
        QSqlQuery query(m_db);
        QVERIFY(query.exec(u"CREATE TABLE messages (x)"_s)); // clashes with the migration's second table
        const StorageError error = Schema::migrate(m_db, 0);
        QVERIFY(error.isError());
        QCOMPARE(scalar(u"PRAGMA user_version"_s).toInt(), 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM sqlite_master WHERE name = 'conversations'"_s).toInt(), 0);
    }

    void aMigrationKeepsABackupOfTheOldVersion()
    {
        const mode_t oldMask = ::umask(022); // the usual mask: without care, the copy comes out 0644
        const QString path = m_db.databaseName();
        const QString name = QFileInfo(path).fileName();
        QVERIFY(!Schema::migrate(m_db, 0).isError());
        QVERIFY(QDir(m_dir.path()).entryList({name + u".bak*"_s}).isEmpty()); // nothing to keep of an empty file
        QSqlQuery query(m_db);
        QVERIFY(query.exec(u"INSERT INTO conversations (title, created_at, updated_at) VALUES ('Before the upgrade', 1, 1)"_s));
        query.finish();

        // A later Confab adds a column in version 2: the version 1 file is copied first.
        QList<QStringList> steps = {{}, {u"ALTER TABLE conversations ADD COLUMN colour TEXT NOT NULL DEFAULT ''"_s}};
        StorageError error = Schema::migrate(m_db, 1, steps);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(scalar(u"PRAGMA user_version"_s).toInt(), 2);
        const QString backup = path + u".bak-v1"_s;
        QCOMPARE(StorageTest::fileMode(backup), 0600);
        {
            QSqlDatabase copy = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"schema-backup"_s);
            copy.setDatabaseName(backup);
            copy.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            QVERIFY(copy.open());
            QSqlQuery old(copy);
            QVERIFY(old.exec(u"PRAGMA user_version"_s) && old.next());
            QCOMPARE(old.value(0).toInt(), 1);
            QVERIFY(old.exec(u"SELECT title FROM conversations"_s) && old.next());
            QCOMPARE(old.value(0).toString(), u"Before the upgrade"_s);
            QVERIFY(old.exec(u"SELECT count(*) FROM pragma_table_info('conversations') WHERE name = 'colour'"_s) && old.next());
            QCOMPARE(old.value(0).toInt(), 0);
            old.finish();
            copy.close();
        }
        QSqlDatabase::removeDatabase(u"schema-backup"_s);

        // The next migration's backup replaces it: only the last one is kept.
        steps << QStringList{u"CREATE INDEX conversations_by_colour ON conversations (colour)"_s};
        error = Schema::migrate(m_db, 2, steps);
        ::umask(oldMask);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(QDir(m_dir.path()).entryList({name + u".bak*"_s}), QStringList{name + u".bak-v2"_s});
        QCOMPARE(StorageTest::fileMode(path + u".bak-v2"_s), 0600);
    }

    void statusesAreChecked()
    {
        QVERIFY(!Schema::migrate(m_db, 0).isError());
        QSqlQuery query(m_db);
        QVERIFY(query.exec(u"INSERT INTO conversations (created_at, updated_at) VALUES (1, 1)"_s));
        QVERIFY(!query.exec(u"INSERT INTO messages (conversation_id, role, status, created_at, updated_at) "
                            "VALUES (1, 'user', 'done', 1, 1)"_s));
        QVERIFY(query.exec(u"INSERT INTO messages (conversation_id, role, status, created_at, updated_at) "
                           "VALUES (1, 'user', 'completed', 1, 1)"_s));
    }

    void searchIndexOnAndOff()
    {
        QVERIFY(Schema::hasFts5(m_db));
        QVERIFY(!Schema::migrate(m_db, 0).isError());
        bool rebuilt = false;
        QVERIFY(!Schema::setUpSearchIndex(m_db, true, &rebuilt).isError());
        QVERIFY(rebuilt);
        QCOMPARE(scalar(u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"_s).toInt(), 3);
        QVERIFY(!Schema::setUpSearchIndex(m_db, true, &rebuilt).isError());
        QVERIFY(!rebuilt);
        QVERIFY(!Schema::setUpSearchIndex(m_db, false, &rebuilt).isError());
        QCOMPARE(scalar(u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"_s).toInt(), 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM sqlite_master WHERE name = 'messages_fts'"_s).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
