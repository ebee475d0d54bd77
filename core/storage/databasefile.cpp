// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasefile.h"

#include "sqlsupport.h"
#include "storagelog.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {
const QStringList companions = {u"-wal"_s, u"-shm"_s, u"-journal"_s};
}

StorageError DatabaseFile::checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0) {
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return StorageError(StorageError::Code::Io, file.errorString(), path);
    }
    static const QByteArray magic("SQLite format 3\0", 16);
    const QByteArray header = file.read(magic.size());
    if (header == magic) {
        return {};
    }
    return StorageError(StorageError::Code::NotADatabase,
                        u"the file (%1 bytes) does not start with the SQLite header"_s.arg(file.size()), path);
}

StorageError DatabaseFile::makePrivate(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner)) {
            return StorageError(StorageError::Code::Io, u"cannot create the file: "_s + file.errorString(), path);
        }
    }
    restrictToOwner(path);
    for (const QString &suffix : companions) {
        if (QFileInfo::exists(path + suffix)) {
            restrictToOwner(path + suffix);
        }
    }
    return {};
}

void DatabaseFile::restrictToOwner(const QString &path)
{
    if (!QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner)) {
        qCWarning(lcStorage) << "Cannot make" << path << "readable by its owner only";
    }
}

QString DatabaseFile::moveAside(const QString &path, const QString &reason, StorageError *error)
{
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-hhmmss"_s);
    QString target = path + u'.' + reason + u'-' + stamp;
    // Never replace anything: find a name that is free for the file and all its companions.
    const auto taken = [](const QString &candidate) {
        if (QFileInfo::exists(candidate)) {
            return true;
        }
        for (const QString &suffix : companions) {
            if (QFileInfo::exists(candidate + suffix)) {
                return true;
            }
        }
        return false;
    };
    for (int n = 2; taken(target); ++n) {
        target = path + u'.' + reason + u'-' + stamp + u'-' + QString::number(n);
    }
    if (!QFile::rename(path, target)) {
        if (error) {
            *error = StorageError(StorageError::Code::Io, u"cannot rename the file to %1"_s.arg(target), path);
        }
        return {};
    }
    for (const QString &suffix : companions) {
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix)) {
            qCWarning(lcStorage) << "Cannot move" << path + suffix << "aside to" << target + suffix;
        }
    }
    qCWarning(lcStorage) << "Moved the database" << path << "aside to" << target << "(" << reason << ")";
    return target;
}
