// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageerror.h"

#include <QString>

/**
 * @brief File-level checks on the database file, before and outside SQLite.
 */
class DatabaseFile
{
public:
    /**
     * Whether @p path can be opened as SQLite: missing or empty (a new database), or starting with the
     * SQLite header. Anything else gets a NotADatabase error that says what was found.
     */
    static StorageError checkHeader(const QString &path);

    /**
     * Renames the database and its `-wal`, `-shm` and `-journal` companions to
     * `<name>.<reason>-<yyyyMMdd-hhmmss>[-N]` in the same folder, never replacing a file. Returns the new
     * path of the database file, or an empty string and sets @p error.
     */
    static QString moveAside(const QString &path, const QString &reason, StorageError *error);
};
