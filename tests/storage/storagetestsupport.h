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
