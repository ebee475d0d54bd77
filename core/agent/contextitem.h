// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * @brief A piece of context given to the model with the question: selected text or a file.
 */
struct ContextItem
{
    QString source; ///< `selection`, `file`, `document`
    QString title;
    QString content;
};
