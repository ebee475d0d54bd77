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
     * Makes the database file at @p path and those of its companions that exist readable and writable by
     * their owner only (0600), first creating an empty database file with that mode when there is none.
     * SQLite gives the `-wal` and `-shm` files it creates the mode of the database file, so they are private
     * too. Fails only when the file cannot be created.
     */
    static StorageError makePrivate(const QString &path);

    /** Makes one file readable and writable by its owner only (0600); logs when that fails. */
    static void restrictToOwner(const QString &path);

    /**
     * Renames the database and its `-wal`, `-shm` and `-journal` companions to
     * `<name>.<reason>-<yyyyMMdd-hhmmss>[-N]` in the same folder, never replacing a file. Returns the new
     * path of the database file, or an empty string and sets @p error.
     */
    static QString moveAside(const QString &path, const QString &reason, StorageError *error);
};
