// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"
#include "storagetestsupport.h"

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
