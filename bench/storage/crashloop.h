// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * @brief The crash loop of the storage benchmark: a child process streams replies into a database and is killed
 * with SIGKILL at a random moment, again and again; after each kill the database is reopened and checked.
 *
 * The child appends a token `[<epoch ms>]` every 5 ms (200 tokens/s) through a MessageWriter with its default
 * batching, reports each token as it is "shown", finishes each reply after 20–150 tokens and reports every
 * committed reply. The parent checks that every reopen is clean (no corrupt file, quick_check passed), that
 * every reported reply is intact, and how much of the interrupted reply was lost: the time between the last
 * saved token and the last token shown before the kill.
 */
namespace CrashLoop {

/** The child side: streams into @p dataDir until killed. */
int runChild(const QString &dataDir);

/** The parent side: @p iterations kills of @p program run as a child. Prints the figures; true when all targets hold. */
bool run(const QString &program, int iterations, quint32 seed);

} // namespace CrashLoop
