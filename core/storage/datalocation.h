// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * @brief Where Confab keeps its database and files.
 *
 * The folder is, in order of precedence: an explicit override (the `--data-dir` option),
 * the `CONFAB_DATA_DIR` environment variable, then `QStandardPaths::AppDataLocation`.
 */
class DataLocation
{
public:
    static QString resolve(const QString &overrideDir = {});
    /**
     * Creates the folder if needed, readable by its owner only (0700); returns false and sets @p error when
     * that fails.
     */
    static bool ensure(const QString &dir, QString *error);
};
