// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * @brief One top-level block of a markdown message, as cut by MarkdownSplitter.
 *
 * `source` is the block's own markdown lines (joined by '\n', without the blank lines around
 * it); `content` is what the block shows, depending on its type:
 * - Paragraph, List, Table: the same as `source`;
 * - Heading: the heading text without its `#` marks or setext underline;
 * - Quote: the inner markdown, with the `>` markers taken off;
 * - Code: the code, without fences or indentation, `language` holding the first word of the info string;
 * - Math: the formula, without its `$$` or `\[ \]` delimiters;
 * - ThematicBreak: empty.
 */
struct MarkdownBlock
{
    enum class Type {
        Paragraph,
        Heading,
        List,
        Quote,
        Table,
        Code,
        Math,
        ThematicBreak,
    };

    Type type = Type::Paragraph;
    QString source;
    QString content;
    QString language;
    int level = 0; ///< Heading: 1 to 6
    bool closed = false; ///< finished: no later text can change it

    friend bool operator==(const MarkdownBlock &, const MarkdownBlock &) = default;
};
