// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/**
 * @brief A file the user attached to a turn: read from @c path, or given as @c data.
 */
struct Attachment
{
    QString name;
    QString path;
    QString mimeType; ///< guessed from the content when empty
    QByteArray data;
};
