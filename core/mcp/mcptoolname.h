// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/**
 * @brief The name under which the model sees an MCP tool: `<server>__<tool>`, within OpenAI's
 * `^[a-zA-Z0-9_-]{1,64}$`.
 *
 * Other characters become `_`; a name longer than 64 characters is cut and ends with a short hash
 * of the whole, so that cut names stay apart. unique() adds such a hash when a name is taken.
 */
class McpToolName
{
public:
    static constexpr qsizetype MaxLength = 64;
    static constexpr QLatin1StringView Separator{"__"};

    static QString sanitized(const QString &text);
    static QString exposed(const QString &server, const QString &tool);
    /** @p name, or a variant of it that is not in @p taken. */
    static QString unique(const QString &name, const QStringList &taken);
    static bool isValid(const QString &name);
};
