// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QtGlobal>

/**
 * @brief Token counts of one completion; -1 means "not reported".
 *
 * @c estimated is true when the provider sent no usage and Confab estimated the counts from the
 * text (about four bytes per token).
 */
struct Usage
{
    qint64 promptTokens = -1;
    qint64 completionTokens = -1;
    qint64 totalTokens = -1;
    qint64 reasoningTokens = -1;
    bool estimated = false;

    bool isValid() const
    {
        return promptTokens >= 0 || completionTokens >= 0 || totalTokens >= 0;
    }
    friend bool operator==(const Usage &, const Usage &) = default;
};
Q_DECLARE_METATYPE(Usage)
