// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

/**
 * @brief Turns a finished code block into highlighted rich text, once, with KSyntaxHighlighting.
 *
 * The HTML is a `<div style="white-space:pre-wrap">` of coloured `<span>`s for a Qt Quick
 * `TextEdit` with `textFormat: TextEdit.RichText` and a monospace font; the colours come from
 * KSyntaxHighlighting's default light or dark theme (Breeze). Producing HTML instead of attaching
 * a `SyntaxHighlighter` to the item's document keeps the work to one pass per finished block and
 * avoids the disappearing text seen with `QQuickTextDocument` (docs in platform-notes.md).
 *
 * Highlighting exists only when the build has KF6 SyntaxHighlighting (CMake option
 * `CONFAB_SYNTAX_HIGHLIGHTING`, Debian 13 and newer); without it, and for a language nobody
 * defines, toHtml() returns an empty string and the block stays plain monospace.
 * Main thread only: the definitions are loaded once, on first use.
 */
class CodeHighlighter
{
public:
    /** Whether this build highlights code at all. */
    static bool isAvailable();
    /**
     * The syntax definition for a fence's language word (`cpp`, `C++`, `py`, `python`,
     * `sh`, …): its name, or an empty string when there is none or no highlighting.
     */
    static QString definitionName(const QString &language);
    /** Highlighted HTML of @p code, or an empty string (see the class description). */
    static QString toHtml(QStringView code, const QString &language, bool dark);
};
