// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage.h"

#include "conversationtable.h"
#include "databasefile.h"
#include "datalocation.h"
#include "integritycheck.h"
#include "messagetable.h"
#include "messagewriter.h"
#include "schema.h"
#include "sqlsupport.h"
#include "storagelog.h"
#include "transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDatabase>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {
std::atomic<int> connectionCounter{0};
}

QString Storage::databaseFileName()
{
    return u"history.db"_s;
}

Storage::Storage(const QString &dataDir, const StorageOptions &options)
    : m_dataDir(dataDir)
    , m_path(QDir(dataDir).filePath(databaseFileName()))
    , m_connectionName(u"confab.storage.%1"_s.arg(++connectionCounter))
    , m_options(options)
{ }

Storage::~Storage()
{
    // Waiting for the check lets this connection close last, which folds the WAL into the file.
    m_check.reset();
    // Replies still streaming are finished as interrupted with all their text before the file closes.
    const auto writers = m_writers.values();
    for (MessageWriter *writer : writers) {
        writer->finishOnClose();
        writer->detach(StorageError(StorageError::Code::Closed));
    }
    closeDatabase();
    if (m_lock) {
        m_lock->unlock();
    }
}

StorageResult<std::unique_ptr<Storage>> Storage::open(const QString &dataDir, const StorageOptions &options)
{
    QString folderError;
    if (dataDir.isEmpty() || !DataLocation::ensure(dataDir, &folderError)) {
        return StorageError(StorageError::Code::DataFolder, folderError, dataDir);
    }
    std::unique_ptr<Storage> storage(new Storage(dataDir, options));
    if (StorageError error = storage->lock(); error.isError()) {
        return error;
    }
    StorageError error = storage->openDatabase();
    if (error.code == StorageError::Code::Corrupt || error.code == StorageError::Code::NotADatabase) {
        qCWarning(lcStorage) << "Unusable database:" << error;
        storage->closeDatabase();
        StorageError moveError;
        const QString reason = error.code == StorageError::Code::Corrupt ? u"corrupt"_s : u"not-a-database"_s;
        const QString moved = DatabaseFile::moveAside(storage->m_path, reason, &moveError);
        if (moved.isEmpty()) {
            error.detail += u"; "_s + moveError.detail;
            return error;
        }
        storage->m_report.movedAsidePath = moved;
        storage->m_report.movedAsideReason = error;
        error = storage->openDatabase();
    }
    if (error.isError()) {
        return error;
    }
    qCInfo(lcStorage) << "Opened" << storage->m_path << (storage->m_report.fullTextSearch ? "with FTS5" : "without FTS5");
    storage->startIntegrityCheck();
    return storage;
}

StorageError Storage::lock()
{
    const QString lockPath = m_path + u".lock"_s;
    const bool leftOver = QFileInfo::exists(lockPath);
    m_lock = std::make_unique<QLockFile>(lockPath);
    if (m_lock->tryLock(0)) {
        DatabaseFile::restrictToOwner(lockPath);
        // A lock file left behind means the last process using the database did not close it.
        m_report.uncleanShutdown = leftOver;
        return {};
    }
    if (m_lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        m_lock->getLockInfo(&pid, &host, &application);
        return StorageError(StorageError::Code::InUse, u"locked by %1 (pid %2) on %3"_s.arg(application).arg(pid).arg(host),
                            lockPath);
    }
    return StorageError(StorageError::Code::DataFolder, u"cannot create the lock file"_s, lockPath);
}

QSqlDatabase Storage::database() const
{
    return m_db;
}

StorageError Storage::openDatabase()
{
    if (StorageError error = DatabaseFile::checkHeader(m_path); error.isError()) {
        return error;
    }
    if (StorageError error = DatabaseFile::makePrivate(m_path); error.isError()) {
        return error;
    }
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_options.busyTimeoutMs));
    if (!m_db.open()) {
        return Sql::toError(m_db.lastError(), u"open"_s, m_path);
    }
    StorageError error = checkAndMigrate();
    if (!error.isError()) {
        error = recoverUnfinished();
    }
    if (error.isError() && error.path.isEmpty()) {
        error.path = m_path;
    }
    return error;
}

StorageError Storage::checkAndMigrate()
{
    StorageError error;
    QSqlQuery query(m_db);
    if (!Sql::exec(query, u"PRAGMA foreign_keys = ON"_s, {}, &error)) {
        return error;
    }
    if (!Sql::exec(query, u"PRAGMA user_version"_s, {}, &error) || !query.next()) {
        return error.isError() ? error : StorageError(StorageError::Code::Internal, u"user_version"_s);
    }
    const int version = query.value(0).toInt();
    if (version > Schema::version) {
        // Refused before anything (even the journal mode) is changed in the file.
        return StorageError(StorageError::Code::NewerSchema,
                            u"schema version %1; this Confab knows up to %2"_s.arg(version).arg(Schema::version));
    }
    if (version == 0) {
        if (!Sql::exec(query, u"SELECT count(*) FROM sqlite_master"_s, {}, &error) || !query.next()) {
            return error;
        }
        if (query.value(0).toInt() > 0) {
            return StorageError(StorageError::Code::NotADatabase, u"an SQLite database that is not a Confab history"_s);
        }
    }
    if (!Sql::exec(query, u"PRAGMA journal_mode = WAL"_s, {}, &error) || !query.next()) {
        return error.isError() ? error : StorageError(StorageError::Code::Internal, u"journal_mode"_s);
    }
    if (query.value(0).toString() != u"wal"_s) {
        qCWarning(lcStorage) << "WAL is not available here; the journal mode is" << query.value(0).toString();
    }
    if (!Sql::exec(query, u"PRAGMA synchronous = NORMAL"_s, {}, &error)) {
        return error;
    }
    query.finish();
    if (error = Schema::migrate(m_db, version); error.isError()) {
        return error;
    }
    const bool fts5 = Schema::hasFts5(m_db);
    if (!fts5) {
        qCWarning(lcStorage) << "This SQLite has no FTS5: search falls back to LIKE (slower, unranked)";
    } else if (!m_options.fullTextSearch) {
        qCInfo(lcStorage) << "Full-text search is turned off: search uses LIKE";
    }
    m_report.fullTextSearch = fts5 && m_options.fullTextSearch;
    error = Schema::setUpSearchIndex(m_db, m_report.fullTextSearch, &m_report.searchIndexRebuilt);
    if (m_report.searchIndexRebuilt && version > 0) {
        qCInfo(lcStorage) << "The full-text index was rebuilt";
    }
    return error;
}

StorageError Storage::recoverUnfinished()
{
    MessageTable messages(m_db);
    auto ids = messages.unfinished();
    if (!ids) {
        return ids.error();
    }
    if (ids->isEmpty()) {
        return {};
    }
    Transaction transaction(m_db);
    if (StorageError error = transaction.begin(); error.isError()) {
        return error;
    }
    const qint64 now = Sql::nowMs();
    int interrupted = 0;
    for (const qint64 id : std::as_const(*ids)) {
        auto message = messages.get(id);
        if (!message) {
            return message.error();
        }
        MessageUpdate update;
        if (!isFinalStatus(message->status)) {
            update.status = MessageStatus::Interrupted;
            ++interrupted;
        } else {
            update.content = message->content; // stray chunks of a finished message: keep their text
        }
        if (StorageError error = messages.update(id, update, now); error.isError()) {
            return error;
        }
    }
    if (StorageError error = transaction.commit(); error.isError()) {
        return error;
    }
    m_report.interruptedMessages = interrupted;
    qCInfo(lcStorage) << interrupted << "message(s) left streaming were marked interrupted";
    return {};
}

void Storage::closeDatabase()
{
    if (m_db.isValid()) {
        m_db.close();
    }
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString Storage::dataDir() const
{
    return m_dataDir;
}

QString Storage::databasePath() const
{
    return m_path;
}

const StorageOpenReport &Storage::openReport() const
{
    return m_report;
}

bool Storage::hasFullTextSearch() const
{
    return m_report.fullTextSearch;
}

QString Storage::connectionName() const
{
    return m_connectionName;
}

StorageError Storage::report(const StorageError &error)
{
    if (m_damage.isError()) {
        return error; // told once, when the file was moved aside
    }
    switch (error.code) {
    case StorageError::Code::Corrupt:
    case StorageError::Code::NotADatabase:
        markDamaged(error);
        break;
    case StorageError::Code::ReadOnly:
    case StorageError::Code::DiskFull:
    case StorageError::Code::Busy:
    case StorageError::Code::Io:
    case StorageError::Code::Internal:
        qCWarning(lcStorage) << error;
        Q_EMIT errorOccurred(error);
        break;
    default:
        break;
    }
    return error;
}

void Storage::overlayWriters(Message *message) const
{
    if (const MessageWriter *writer = m_writers.value(message->id)) {
        message->content = writer->content();
        message->reasoning = writer->reasoning();
        message->status = writer->status();
    }
}

void Storage::overlayWriters(QList<Message> *messages) const
{
    if (m_writers.isEmpty()) {
        return;
    }
    for (Message &message : *messages) {
        overlayWriters(&message);
    }
}

void Storage::unregisterWriter(qint64 messageId)
{
    m_writers.remove(messageId);
}

MessageWriter *Storage::writer(qint64 messageId) const
{
    return m_writers.value(messageId);
}

StorageResult<Conversation> Storage::createConversation(const Conversation &draft)
{
    if (m_damage.isError()) {
        return m_damage;
    }
    ConversationTable table(m_db);
    Transaction transaction(m_db);
    if (StorageError error = transaction.begin(); error.isError()) {
        return report(error);
    }
    auto id = table.insert(draft, Sql::nowMs());
    if (!id) {
        return report(id.error());
    }
    if (StorageError error = transaction.commit(); error.isError()) {
        return report(error);
    }
    Q_EMIT conversationAdded(*id);
    return report(table.get(*id));
}

StorageResult<Conversation> Storage::conversation(qint64 id)
{
    if (m_damage.isError()) {
        return m_damage;
    }
    return report(ConversationTable(m_db).get(id));
}

StorageResult<QList<Conversation>> Storage::conversations(const ConversationQuery &query)
{
    if (m_damage.isError()) {
        return m_damage;
    }
    return report(ConversationTable(m_db).list(query));
}

StorageResult<qint64> Storage::conversationCount(const ConversationQuery &query)
{
    if (m_damage.isError()) {
        return m_damage;
    }
    return report(ConversationTable(m_db).count(query));
}

StorageResult<Conversation> Storage::updateConversation(qint64 id, const ConversationUpdate &update)
{
    if (m_damage.isError()) {
        return m_damage;
    }
    ConversationTable table(m_db);
    Transaction transaction(m_db);
    StorageError error = transaction.begin();
    if (!error.isError()) {
        error = table.update(id, update, Sql::nowMs());
    }
    if (!error.isError()) {
        error = transaction.commit();
    }
    if (error.isError()) {
        return report(error);
    }
    Q_EMIT conversationChanged(id);
    return report(table.get(id));
}

StorageResult<Conversation> Storage::renameConversation(qint64 id, const QString &title)
{
    ConversationUpdate update;
    update.title = title;
    return updateConversation(id, update);
}

StorageResult<Conversation> Storage::setPinned(qint64 id, bool pinned)
{
    ConversationUpdate update;
    update.pinned = pinned;
    return updateConversation(id, update);
}

StorageResult<Conversation> Storage::setArchived(qint64 id, bool archived)
{
    ConversationUpdate update;
    update.archived = archived;
    return updateConversation(id, update);
}

StorageResult<void> Storage::deleteConversation(qint64 id)
{
    if (m_damage.isError()) {
        return m_damage;
    }
    Transaction transaction(m_db);
    StorageError error = transaction.begin();
    if (!error.isError()) {
        error = ConversationTable(m_db).remove(id);
    }
    if (!error.isError()) {
        error = transaction.commit();
    }
    if (error.isError()) {
        return report(error);
    }
    const auto writers = m_writers.values();
    for (MessageWriter *writer : writers) {
        if (writer->conversationId() == id) {
            writer->detach(StorageError(StorageError::Code::NotFound, u"conversation %1 was deleted"_s.arg(id)));
        }
    }
    Q_EMIT conversationRemoved(id);
    return {};
}
