// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * @brief Starts the window program, `confab-window`, in place of this process (same process id,
 * arguments, environment and exit code), so that `confab` itself never loads QtQuick: `confab
 * serve` and `confab chat` stay light. Found next to `confab` (the build tree) or in
 * `<libexecdir>/confab` (an installed system).
 */
class WindowLauncher
{
public:
    /** Where confab-window is, or an empty string. */
    static QString windowProgram();
    /** Replaces this process with confab-window; returns only on failure, with a sentence in @p error. */
    static int exec(int argc, char *argv[], QString *error);
};
