// SPDX-License-Identifier: GPL-3.0-or-later
#include "datalocation.h"

#include <QCoreApplication>
#include <QDir>
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
    if (QDir().mkpath(dir) && QFileInfo(dir).isWritable()) {
        return true;
    }
    if (error) {
        *error = QCoreApplication::translate("DataLocation", "Cannot create or write the data folder %1").arg(dir);
    }
    return false;
}
