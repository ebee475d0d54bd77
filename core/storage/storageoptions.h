// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/**
 * @brief How Storage::open() sets up the database.
 */
struct StorageOptions
{
    /** Use FTS5 when the SQLite build has it. False behaves exactly as if FTS5 were missing (LIKE search). */
    bool fullTextSearch = true;
    /** How long a statement waits for a lock held by another connection before failing with Busy. */
    int busyTimeoutMs = 5000;
};
