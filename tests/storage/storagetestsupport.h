// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the storage tests: open a storage in a folder and run SQL on its connection.
#pragma once

#include "storage.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

#include <sys/stat.h>

namespace StorageTest {

/** Waits until the background integrity check of @p storage has reported; false on a time-out. */
inline bool waitForIntegrityCheck(Storage &storage)
{
    if (!storage.isCheckingIntegrity()) {
        return true;
    }
    QSignalSpy checked(&storage, &Storage::integrityChecked);
    return checked.wait(30000);
}

/** Opens a storage in @p dir and waits for its integrity check, so that tests do not race with it. */
inline std::unique_ptr<Storage> open(const QString &dir, const StorageOptions &options = {})
{
    auto result = Storage::open(dir, options);
    if (!result) {
        qWarning() << "open failed:" << result.error();
        return nullptr;
    }
    std::unique_ptr<Storage> storage = std::move(result).value();
    if (!waitForIntegrityCheck(*storage)) {
        qWarning() << "the integrity check did not end";
        return nullptr;
    }
    return storage;
}

/** Runs @p sql on the storage's own connection and returns the first column of the first row. */
inline QVariant scalar(Storage &storage, const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(storage.connectionName(), false));
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}

inline bool exec(Storage &storage, const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(storage.connectionName(), false));
    const bool ok = query.exec(sql);
    if (!ok) {
        qWarning() << sql << query.lastError().text();
    }
    return ok;
}

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/** The permission bits of @p path (`0600`, ...), or -1 when it does not exist. */
inline int fileMode(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        return -1;
    }
    return int(info.st_mode & 0777);
}

/** SQLite's default page size, which Confab keeps. */
inline constexpr qint64 pageSize = 4096;

/** Writes garbage over page @p page (1-based) of the closed database at @p path; returns the file's hash. */
inline QByteArray damagePage(const QString &path, qint64 page)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || file.size() < page * pageSize || !file.seek((page - 1) * pageSize)) {
        return {};
    }
    file.write(QByteArray(int(pageSize), '\x5a'));
    file.close();
    return fileHash(path);
}

/** The root page of @p table in the closed database at @p path. */
inline qint64 rootPage(const QString &path, const QString &table)
{
    qint64 page = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("root-page"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery query(db);
        if (db.open() && query.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'").arg(table)) &&
            query.next()) {
            page = query.value(0).toLongLong();
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("root-page"));
    return page;
}

/** A completed message of @p role under @p parentId. */
inline Message draft(qint64 conversationId, qint64 parentId, const QString &role, const QString &content,
                     MessageStatus status = MessageStatus::Completed)
{
    Message m;
    m.conversationId = conversationId;
    m.parentId = parentId;
    m.role = role;
    m.content = content;
    m.status = status;
    return m;
}

} // namespace StorageTest
