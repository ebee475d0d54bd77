// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageerror.h"

#include <QString>

/**
 * @brief What Storage::open() found and repaired, for the log and for the user.
 *
 * When `movedAsidePath` is set, the old database file was not SQLite or was damaged: it was moved there
 * (never deleted or overwritten) and a new, empty database was created. userMessage() is the sentence to show.
 */
struct StorageOpenReport
{
    bool uncleanShutdown = false; ///< the previous process did not close the database (crash, kill -9, power loss)
    bool integrityChecked = false; ///< the `PRAGMA quick_check` run in the background after open has passed
    QString movedAsidePath; ///< where the unusable old database now is; empty when nothing was moved
    StorageError movedAsideReason; ///< why it was moved (NotADatabase or Corrupt)
    int interruptedMessages = 0; ///< replies that were streaming at the crash, now marked interrupted
    bool searchIndexRebuilt = false; ///< the full-text index was (re)built at open
    bool fullTextSearch = false; ///< search uses FTS5 (false: LIKE)

    bool recovered() const
    {
        return !movedAsidePath.isEmpty();
    }
    /** A translated sentence telling the user what happened, or an empty string when there is nothing to tell. */
    QString userMessage() const;
};
