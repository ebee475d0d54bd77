// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageerror.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

/**
 * @brief The database schema: versioned migrations (`PRAGMA user_version`) and the full-text index.
 *
 * Each migration step takes the schema from version N-1 to N. All steps from the stored version to
 * `version` run in one transaction with the new `user_version`, so a failure leaves the file as it was.
 * Before migrating a database that has a schema (version 1 or later), a copy of it is made with
 * `VACUUM INTO` as backupPath() (readable by its owner only), replacing the copy of an earlier migration;
 * without that copy there is no migration. The FTS5 index is kept apart from the versions because it
 * depends on the SQLite build.
 */
class Schema
{
public:
    static constexpr int version = 1;

    /** Migrates from @p fromVersion (0 for an empty database) to `version`. */
    static StorageError migrate(const QSqlDatabase &db, int fromVersion);

    /**
     * Migrates from @p fromVersion to `steps.size()` with @p steps, where `steps[N - 1]` holds the statements
     * that take the schema from N - 1 to N. migrate() passes Confab's own; a test of the mechanism its own.
     */
    static StorageError migrate(const QSqlDatabase &db, int fromVersion, const QList<QStringList> &steps);

    /** The copy of the database at @p databasePath made before migrating it from @p version. */
    static QString backupPath(const QString &databasePath, int version);

    /** Whether this SQLite build has the FTS5 module. */
    static bool hasFts5(const QSqlDatabase &db);

    /**
     * With @p enabled, creates the full-text index and its triggers when missing and rebuilds the index then
     * (@p rebuilt is set). Without, removes the triggers so that writes work without FTS5; the index is
     * rebuilt the next time it is enabled.
     */
    static StorageError setUpSearchIndex(const QSqlDatabase &db, bool enabled, bool *rebuilt);
};
