// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * @brief One tool call of a run and how it ended.
 */
struct ToolRecord
{
    QString id;
    QString name;
    QString arguments;
    QString result; ///< the output given to the model (capped), or the error
    bool ok = false;
    bool timedOut = false;
    qint64 durationMs = 0;
    int round = 0;
};
