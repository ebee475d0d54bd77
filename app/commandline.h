// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <cstdio>

/**
 * @brief What the user asked for on the command line.
 *
 * `confab` opens the window; `confab serve` runs the local server without one; `confab chat`
 * streams one answer to standard output.
 */
struct CommandLine
{
    enum class Mode { Window, Serve, Chat, Version, Help, Error };

    Mode mode = Mode::Window;
    bool verbose = false;
    QString dataDir;
    QString screenshotPath;
    QString text; ///< help text, error message, or the question for `chat`
    quint16 port = 0;
    QString bind;
    bool allowRemote = false;
    QString tokenFile;

    static CommandLine parse(const QStringList &arguments);
    /** `confab 1.2.3`, or with @p verbose several lines: Qt (built with and running), QCoro,
     *  QtKeychain and whether code blocks are highlighted. */
    static QString versionText(bool verbose);
    /** Writes @p text in the terminal's encoding and flushes. */
    static void print(FILE *stream, const QString &text);
};
