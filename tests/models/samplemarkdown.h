// SPDX-License-Identifier: GPL-3.0-or-later
// A long markdown reply like a model's (prose, headings, lists, tables, code fences with blank
// lines, quotes, math), and a way to cut it into token-sized pieces. Shared by the rendering
// tests and bench/ui.
#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringView>

namespace SampleMarkdown {

using namespace Qt::StringLiterals;

/** One section of a reply; @p n makes the sections differ. About 330 tokens. */
inline QString section(int n)
{
    return u"## Part %1: what changes\n\n"
           "The **first** thing to see in part %1 is that each step *only* touches the tail of the text, "
           "so the cost of a token does not depend on how long the answer is. See [the notes](https://example.org/%1) "
           "and the formula $O(n)$ for the whole reply.\n\n"
           "1. Read the input line by line.\n"
           "2. Decide where each line goes:\n"
           "   - a paragraph,\n"
           "   - a list item,\n\n"
           "   - or a fence.\n"
           "3. Keep the finished blocks.\n\n"
           "```cpp\n"
           "// part %1\n"
           "int count(const QString &text)\n"
           "{\n"
           "    int lines = 0;\n\n"
           "    for (QChar c : text) {\n"
           "        if (c == u'\\n') {\n"
           "            ++lines;\n"
           "        }\n"
           "    }\n"
           "    return lines + %1;\n"
           "}\n"
           "```\n\n"
           "| step | cost | note |\n"
           "|------|-----:|:----:|\n"
           "| parse | %1 | linear |\n"
           "| render | 2 | per block |\n"
           "| copy | 0 | `memcpy` |\n\n"
           "> A quoted remark about part %1,\n"
           "> on two lines.\n\n"
           "$$\n"
           "\\sum_{i=1}^{%1} i = \\frac{%1(%1+1)}{2}\n"
           "$$\n\n"
           "```python\n"
           "def part_%1(items):\n"
           "    \"\"\"Sum the items.\"\"\"\n\n"
           "    return sum(items) + %1\n"
           "```\n\n"
           "---\n\n"_s.arg(n);
}

/** Sections until the text is about @p tokens pieces of four characters. */
inline QString reply(int tokens)
{
    QString text;
    for (int n = 1; text.size() < tokens * 4; ++n) {
        text += section(n);
    }
    return text;
}

/** The text cut into pieces of 1 to 7 characters, as a provider streams them. */
inline QList<QStringView> pieces(QStringView text, quint32 seed = 7)
{
    QRandomGenerator random(seed);
    QList<QStringView> result;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype n = std::min<qsizetype>(1 + random.bounded(7), text.size() - i);
        result.append(text.mid(i, n));
        i += n;
    }
    return result;
}

} // namespace SampleMarkdown
