// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "sqlsupport.h"
#include "storagelog.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// Times are milliseconds since the epoch (UTC); JSON columns hold compact JSON text. Parents are message ids
// of the same conversation, 0 for a root. Streamed text is appended to message_chunks and moved into
// messages.content when the message finishes, so a batch costs the same at 1 KB and at 1 MB.
const QStringList version1 = {
    uR"(CREATE TABLE conversations (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        title TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        model TEXT NOT NULL DEFAULT '',
        provider TEXT NOT NULL DEFAULT '',
        system_prompt TEXT NOT NULL DEFAULT '',
        parameters TEXT NOT NULL DEFAULT '{}',
        metadata TEXT NOT NULL DEFAULT '{}',
        active_leaf_id INTEGER NOT NULL DEFAULT 0))"_s,
    u"CREATE INDEX conversations_by_activity ON conversations (pinned DESC, updated_at DESC, id DESC)"_s,
    u"CREATE INDEX conversations_by_archived_activity ON conversations (archived, pinned DESC, updated_at DESC, id DESC)"_s,
    uR"(CREATE TABLE messages (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        parent_id INTEGER NOT NULL DEFAULT 0,
        role TEXT NOT NULL,
        content TEXT NOT NULL DEFAULT '',
        reasoning TEXT NOT NULL DEFAULT '',
        tool_calls TEXT NOT NULL DEFAULT '[]',
        tool_call_id TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL
            CHECK (status IN ('pending', 'streaming', 'completed', 'failed', 'cancelled', 'interrupted')),
        error TEXT NOT NULL DEFAULT '',
        metadata TEXT NOT NULL DEFAULT '{}',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        completed_at INTEGER))"_s,
    u"CREATE INDEX messages_by_parent ON messages (conversation_id, parent_id, id)"_s,
    u"CREATE INDEX messages_unfinished ON messages (status) WHERE status IN ('pending', 'streaming')"_s,
    uR"(CREATE TABLE message_chunks (
        id INTEGER PRIMARY KEY,
        message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        kind INTEGER NOT NULL CHECK (kind IN (0, 1)),
        text TEXT NOT NULL,
        UNIQUE (message_id, seq)))"_s,
    uR"(CREATE TABLE message_steps (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
        type TEXT NOT NULL DEFAULT '',
        stage TEXT NOT NULL DEFAULT '',
        content TEXT NOT NULL DEFAULT '',
        progress REAL NOT NULL DEFAULT 0,
        sequence INTEGER NOT NULL DEFAULT 0,
        metadata TEXT NOT NULL DEFAULT '{}',
        created_at INTEGER NOT NULL))"_s,
    u"CREATE INDEX message_steps_by_message ON message_steps (message_id, sequence, id)"_s,
};

// The migration steps: steps[N - 1] takes the schema from N - 1 to N.
const QList<QStringList> &confabSteps()
{
    static const QList<QStringList> steps = {version1};
    return steps;
}

const QStringList searchTriggers = {
    uR"(CREATE TRIGGER IF NOT EXISTS messages_fts_insert AFTER INSERT ON messages BEGIN
        INSERT INTO messages_fts (rowid, content) VALUES (new.id, new.content);
    END)"_s,
    uR"(CREATE TRIGGER IF NOT EXISTS messages_fts_delete AFTER DELETE ON messages BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, content) VALUES ('delete', old.id, old.content);
    END)"_s,
    uR"(CREATE TRIGGER IF NOT EXISTS messages_fts_update AFTER UPDATE OF content ON messages BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, content) VALUES ('delete', old.id, old.content);
        INSERT INTO messages_fts (rowid, content) VALUES (new.id, new.content);
    END)"_s,
};
const QStringList searchTriggerNames = {u"messages_fts_insert"_s, u"messages_fts_delete"_s, u"messages_fts_update"_s};

int countSchemaObjects(const QSqlDatabase &db, const QStringList &names, StorageError *error)
{
    QSqlQuery query(db);
    QString placeholders;
    QVariantList values;
    for (const QString &name : names) {
        placeholders += placeholders.isEmpty() ? u"?"_s : u", ?"_s;
        values << name;
    }
    if (!Sql::exec(query, u"SELECT count(*) FROM sqlite_master WHERE name IN ("_s + placeholders + u')', values, error) ||
        !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

StorageError backUp(const QSqlDatabase &db, int fromVersion)
{
    const QString path = db.databaseName();
    const QString target = Schema::backupPath(path, fromVersion);
    const QString partial = target + u".partial"_s;
    QFile::remove(partial);
    {
        // VACUUM INTO writes into an empty file: made first, so that the copy is private from the start.
        QFile file(partial);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner)) {
            return StorageError(StorageError::Code::Io, u"cannot create the backup: "_s + file.errorString(), partial);
        }
    }
    StorageError error;
    QSqlQuery query(db);
    if (!Sql::exec(query, u"VACUUM INTO ?"_s, {partial}, &error)) {
        QFile::remove(partial);
        error.path = partial;
        return error;
    }
    query.finish();
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return StorageError(StorageError::Code::Io, u"cannot rename the backup to %1"_s.arg(target), partial);
    }
    const QFileInfo info(path);
    const QDir folder = info.dir();
    const QStringList backups = folder.entryList({info.fileName() + u".bak-v*"_s}, QDir::Files);
    for (const QString &name : backups) {
        if (folder.filePath(name) != target) {
            QFile::remove(folder.filePath(name));
        }
    }
    qCInfo(lcStorage) << "Backed up the database at schema version" << fromVersion << "to" << target;
    return {};
}

} // namespace

QString Schema::backupPath(const QString &databasePath, int version)
{
    return databasePath + u".bak-v"_s + QString::number(version);
}

StorageError Schema::migrate(const QSqlDatabase &db, int fromVersion)
{
    Q_ASSERT(confabSteps().size() == version);
    return migrate(db, fromVersion, confabSteps());
}

StorageError Schema::migrate(const QSqlDatabase &db, int fromVersion, const QList<QStringList> &steps)
{
    const int target = int(steps.size());
    if (fromVersion >= target) {
        return {};
    }
    if (fromVersion > 0) {
        if (StorageError error = backUp(db, fromVersion); error.isError()) {
            return error;
        }
    }
    Transaction transaction(db);
    if (StorageError error = transaction.begin(); error.isError()) {
        return error;
    }
    StorageError error;
    QSqlQuery query(db);
    for (int next = fromVersion + 1; next <= target; ++next) {
        for (const QString &statement : steps.at(next - 1)) {
            if (!Sql::exec(query, statement, {}, &error)) {
                return error;
            }
        }
        qCInfo(lcStorage) << "Database schema migrated to version" << next;
    }
    // PRAGMA takes no bound parameters; the value is our own number.
    if (!Sql::exec(query, u"PRAGMA user_version = "_s + QString::number(target), {}, &error)) {
        return error;
    }
    return transaction.commit();
}

bool Schema::hasFts5(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(u"SELECT 1 FROM pragma_module_list WHERE name = 'fts5'"_s) && query.next();
}

StorageError Schema::setUpSearchIndex(const QSqlDatabase &db, bool enabled, bool *rebuilt)
{
    if (rebuilt) {
        *rebuilt = false;
    }
    StorageError error;
    const int triggers = countSchemaObjects(db, searchTriggerNames, &error);
    const int tables = countSchemaObjects(db, {u"messages_fts"_s}, &error);
    if (triggers < 0 || tables < 0) {
        return error;
    }
    if (enabled && triggers == searchTriggerNames.size() && tables == 1) {
        return {};
    }
    if (!enabled && triggers == 0) {
        return {};
    }
    Transaction transaction(db);
    if (error = transaction.begin(); error.isError()) {
        return error;
    }
    QSqlQuery query(db);
    if (enabled) {
        const QString createTable = u"CREATE VIRTUAL TABLE IF NOT EXISTS messages_fts USING fts5 "
                                    "(content, content = 'messages', content_rowid = 'id', "
                                    "tokenize = 'unicode61 remove_diacritics 2')"_s;
        if (!Sql::exec(query, createTable, {}, &error)) {
            return error;
        }
        for (const QString &statement : searchTriggers) {
            if (!Sql::exec(query, statement, {}, &error)) {
                return error;
            }
        }
        if (!Sql::exec(query, u"INSERT INTO messages_fts (messages_fts) VALUES ('rebuild')"_s, {}, &error)) {
            return error;
        }
        if (rebuilt) {
            *rebuilt = true;
        }
    } else {
        for (const QString &name : searchTriggerNames) {
            // Names are our constants; DDL takes no bound parameters.
            if (!Sql::exec(query, u"DROP TRIGGER IF EXISTS "_s + name, {}, &error)) {
                return error;
            }
        }
    }
    return transaction.commit();
}
