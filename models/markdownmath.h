// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

/**
 * @brief Keeps LaTeX readable in markdown shown by Qt's renderer, which knows no math.
 *
 * Qt's markdown importer would take `\(` for an escaped parenthesis and `_` or `*` inside a
 * formula for emphasis. Inline math (`$…$`, `$$…$$`, `\(…\)`, `\[…\]` inside a paragraph) is
 * turned into a code span, so it shows as its monospace source, untouched. A `$` only opens math
 * when a non-space follows it and only closes it when a non-space precedes it and no digit
 * follows (so "$5 and $10" stays text); math never crosses a blank line. Code spans and fenced
 * code (also inside list items and quotes) are left as they are.
 */
class MarkdownMath
{
public:
    /**
     * The markdown with its inline math as code spans. In a GFM table (@p inTable) the pipes
     * inside a formula are escaped so that they do not split the cell.
     * Linear in the length of @p markdown.
     */
    static QString inlineMathToCode(QStringView markdown, bool inTable = false);
};
