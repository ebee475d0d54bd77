// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/**
 * @brief The desktop window: the QML engine, the app's services, the single-instance guard and
 * the local server when the settings turn it on. The only part of Confab that loads QtQuick.
 */
class WindowApp
{
public:
    /** Runs the window until it closes; the arguments are `confab`'s own. */
    static int run(int argc, char *argv[]);
};
