// SPDX-License-Identifier: GPL-3.0-or-later
#include "datalocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

QString DataLocation::resolve(const QString &overrideDir)
{
    if (!overrideDir.isEmpty()) {
        return QDir::cleanPath(QFileInfo(overrideDir).absoluteFilePath());
    }
    const QString env = qEnvironmentVariable("CONFAB_DATA_DIR");
    if (!env.isEmpty()) {
        return QDir::cleanPath(QFileInfo(env).absoluteFilePath());
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool DataLocation::ensure(const QString &dir, QString *error)
{
    const QString path = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    if (!QFileInfo(path).isDir()) {
        // The history is private. Parents made on the way keep the usual mode, and a folder that already
        // exists (perhaps one the user chose) is left as it is.
        QDir().mkpath(QFileInfo(path).absolutePath());
        QDir().mkdir(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    if (QFileInfo(path).isDir() && QFileInfo(path).isWritable()) {
        return true;
    }
    if (error) {
        *error = QCoreApplication::translate("DataLocation", "Cannot create or write the data folder %1").arg(dir);
    }
    return false;
}
