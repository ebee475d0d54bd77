// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

/**
 * @brief A function call requested by the model.
 *
 * @c arguments is the JSON text exactly as the provider streamed it (concatenated fragments); it
 * is only guaranteed to be complete, and is not guaranteed to be valid JSON, once the stream has
 * finished.
 */
struct ToolCall
{
    QString id;
    QString name;
    QString arguments;

    friend bool operator==(const ToolCall &, const ToolCall &) = default;
};
Q_DECLARE_METATYPE(ToolCall)
