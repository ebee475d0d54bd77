// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <QString>

/**
 * @brief `confab serve`: the local server without a window (no QtQuick), until SIGINT or SIGTERM.
 *
 * Uses the same data folder, settings and database as the desktop app. `port`, `bind`,
 * `allowRemote` and `tokenFile` override the settings for this run; an address beyond loopback
 * needs `allowRemote` (`--allow-remote`) or the setting, as in the window, and is warned about.
 * One line per request goes to standard error. On
 * SIGINT / SIGTERM the server stops listening, interrupts its running turns (their messages are
 * kept as cancelled, with their text), lets the open streams send their last event, and exits 0.
 * Needs a QCoreApplication.
 */
class ServeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)

public:
    struct Options
    {
        QString dataDir;
        quint16 port = 0; ///< 0: the configured port
        QString bind; ///< comma-separated addresses; empty: the configured ones
        bool allowRemote = false; ///< also needed for an address beyond loopback, in `bind` or the settings
        QString tokenFile;
    };

    /** Runs until stopped; returns the process exit status. */
    static int run(const Options &options);
};
