// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <QString>

/**
 * @brief `confab chat "question"`: one answer, streamed to standard output, for scripts.
 *
 * The turn is a normal ChatService turn in a new conversation of the app's database (the window
 * shows it, live if it is open). Reasoning is not printed. Exit status: 0 when the answer is
 * complete, 1 when it failed (the reason on standard error), 130 when interrupted (SIGINT /
 * SIGTERM: the partial answer is kept as cancelled). Needs a QCoreApplication.
 */
class ChatCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChatCommand)

public:
    static int run(const QString &dataDir, const QString &question);
};
