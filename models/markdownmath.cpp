// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownmath.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {

qsizetype runLength(QStringView s, qsizetype from, QChar c)
{
    qsizetype n = from;
    while (n < s.size() && s[n] == c) {
        ++n;
    }
    return n - from;
}

bool isBlankLine(QStringView line)
{
    for (QChar c : line) {
        if (c != u' ' && c != u'\t' && c != u'\r') {
            return false;
        }
    }
    return true;
}

/** The line without its container markers (indentation, `>`, one list marker), for fence detection. */
QStringView withoutContainers(QStringView line)
{
    qsizetype i = 0;
    for (;;) {
        while (i < line.size() && (line[i] == u' ' || line[i] == u'\t' || line[i] == u'>')) {
            ++i;
        }
        qsizetype j = i;
        if (j < line.size() && (line[j] == u'-' || line[j] == u'+' || line[j] == u'*')) {
            ++j;
        } else {
            while (j < line.size() && line[j].isDigit()) {
                ++j;
            }
            if (j == i || j >= line.size() || (line[j] != u'.' && line[j] != u')')) {
                return line.mid(i);
            }
            ++j;
        }
        if (j < line.size() && line[j] == u' ') {
            i = j + 1;
            continue;
        }
        return line.mid(i);
    }
}

void appendCodeSpan(QString &out, QStringView formula, bool inTable)
{
    QString text;
    text.reserve(formula.size());
    for (qsizetype i = 0; i < formula.size(); ++i) {
        const QChar c = formula[i];
        if (c == u'\n' || c == u'\r') {
            // A line break inside a formula: one space, without the next line's indentation.
            while (i + 1 < formula.size() && (formula[i + 1] == u' ' || formula[i + 1] == u'\t' || formula[i + 1] == u'\n')) {
                ++i;
            }
            text += u' ';
        } else if (c == u'|' && inTable) {
            text += u"\\|";
        } else {
            text += c;
        }
    }
    qsizetype longest = 0;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype run = runLength(text, i, u'`');
        longest = std::max(longest, run);
        i += std::max<qsizetype>(run, 1);
    }
    const QString fence(longest + 1, u'`');
    const bool pad = text.startsWith(u'`') || text.endsWith(u'`');
    out += fence;
    if (pad) {
        out += u' ';
    }
    out += text;
    if (pad) {
        out += u' ';
    }
    out += fence;
}

/** Scans one markdown text; remembers where searches for a closing delimiter already failed. */
class Scanner
{
public:
    Scanner(QStringView text, bool inTable)
        : m_text(text)
        , m_inTable(inTable)
    {
        m_out.reserve(text.size() + 16);
    }

    QString run();

private:
    enum Delimiter { Dollar, DoubleDollar, Paren, Bracket, DelimiterCount };

    qsizetype paragraphEnd(qsizetype from);
    qsizetype findCloser(Delimiter kind, qsizetype from);
    bool tryMath(Delimiter kind, qsizetype &i, qsizetype openLength, qsizetype closeLength);
    bool skipFencedLine(qsizetype &i);

    QStringView m_text;
    bool m_inTable;
    QString m_out;
    bool m_inFence = false;
    QChar m_fenceChar;
    qsizetype m_fenceLength = 0;
    qsizetype m_paragraphStart = -1;
    qsizetype m_paragraphEnd = -1;
    std::array<qsizetype, DelimiterCount> m_failsBefore{-1, -1, -1, -1};
};

qsizetype Scanner::paragraphEnd(qsizetype from)
{
    if (from >= m_paragraphStart && from < m_paragraphEnd) {
        return m_paragraphEnd;
    }
    m_paragraphStart = from;
    qsizetype pos = from;
    while (pos < m_text.size()) {
        const qsizetype newline = m_text.indexOf(u'\n', pos);
        if (newline < 0) {
            break;
        }
        qsizetype next = m_text.indexOf(u'\n', newline + 1);
        if (next < 0) {
            next = m_text.size();
        }
        if (isBlankLine(m_text.mid(newline + 1, next - newline - 1))) {
            m_paragraphEnd = newline;
            return m_paragraphEnd;
        }
        pos = newline + 1;
    }
    m_paragraphEnd = m_text.size();
    return m_paragraphEnd;
}

qsizetype Scanner::findCloser(Delimiter kind, qsizetype from)
{
    const qsizetype end = paragraphEnd(from);
    if (from < m_failsBefore[kind]) {
        return -1;
    }
    for (qsizetype j = from; j < end; ++j) {
        const QChar c = m_text[j];
        switch (kind) {
        case Dollar:
            // A closing $ follows a non-space, is not escaped and has no digit right after it.
            if (c == u'$' && j > from && !m_text[j - 1].isSpace() && m_text[j - 1] != u'\\' &&
                (j + 1 >= m_text.size() || !m_text[j + 1].isDigit())) {
                return j;
            }
            break;
        case DoubleDollar:
            if (c == u'$' && j + 1 < end && m_text[j + 1] == u'$') {
                return j;
            }
            break;
        case Paren:
        case Bracket:
            if (c == u'\\' && j + 1 < end) {
                if (m_text[j + 1] == (kind == Paren ? u')' : u']')) {
                    return j;
                }
                ++j;
            }
            break;
        case DelimiterCount:
            break;
        }
    }
    // Nothing closes before the paragraph ends: no later opener in it will find one either.
    m_failsBefore[kind] = end;
    return -1;
}

bool Scanner::tryMath(Delimiter kind, qsizetype &i, qsizetype openLength, qsizetype closeLength)
{
    const qsizetype start = i + openLength;
    const qsizetype closer = findCloser(kind, start);
    if (closer < 0) {
        return false;
    }
    const QStringView formula = m_text.mid(start, closer - start);
    if (formula.trimmed().isEmpty()) {
        return false;
    }
    appendCodeSpan(m_out, formula, m_inTable);
    i = closer + closeLength;
    return true;
}

/** At the start of a line: copies a fence line or a line inside fenced code verbatim. */
bool Scanner::skipFencedLine(qsizetype &i)
{
    qsizetype end = m_text.indexOf(u'\n', i);
    end = end < 0 ? m_text.size() : end + 1;
    const QStringView line = m_text.mid(i, end - i);
    const QStringView s = withoutContainers(line);
    if (m_inFence) {
        const qsizetype run = runLength(s, 0, m_fenceChar);
        if (run >= m_fenceLength && isBlankLine(s.mid(run).trimmed())) {
            m_inFence = false;
        }
    } else {
        if (s.isEmpty() || (s[0] != u'`' && s[0] != u'~')) {
            return false;
        }
        const qsizetype run = runLength(s, 0, s[0]);
        if (run < 3 || (s[0] == u'`' && s.mid(run).contains(u'`'))) {
            return false;
        }
        m_inFence = true;
        m_fenceChar = s[0];
        m_fenceLength = run;
    }
    m_out += line;
    i = end;
    return true;
}

QString Scanner::run()
{
    qsizetype i = 0;
    bool lineStart = true;
    const qsizetype n = m_text.size();
    while (i < n) {
        if (lineStart) {
            if (skipFencedLine(i)) {
                continue;
            }
            lineStart = false;
        }
        const QChar c = m_text[i];
        if (c == u'\n') {
            m_out += c;
            ++i;
            lineStart = true;
            continue;
        }
        if (c == u'`') {
            // A code span is copied as it is; an unmatched run of backticks is literal text.
            const qsizetype run = runLength(m_text, i, u'`');
            qsizetype j = i + run;
            qsizetype close = -1;
            while (j < n) {
                j = m_text.indexOf(u'`', j);
                if (j < 0) {
                    break;
                }
                const qsizetype other = runLength(m_text, j, u'`');
                if (other == run) {
                    close = j;
                    break;
                }
                j += other;
            }
            const qsizetype end = close < 0 ? i + run : close + run;
            m_out += m_text.mid(i, end - i);
            i = end;
            continue;
        }
        if (c == u'\\' && i + 1 < n) {
            const QChar next = m_text[i + 1];
            if ((next == u'(' && tryMath(Paren, i, 2, 2)) || (next == u'[' && tryMath(Bracket, i, 2, 2))) {
                continue;
            }
            m_out += c;
            m_out += next; // any other escape, \$ included, stays as it is
            i += 2;
            continue;
        }
        if (c == u'$') {
            if (i + 1 < n && m_text[i + 1] == u'$') {
                if (!tryMath(DoubleDollar, i, 2, 2)) {
                    m_out += u"$$";
                    i += 2;
                }
                continue;
            }
            if (i + 1 < n && !m_text[i + 1].isSpace() && tryMath(Dollar, i, 1, 1)) {
                continue;
            }
        }
        m_out += c;
        ++i;
    }
    return m_out;
}

} // namespace

QString MarkdownMath::inlineMathToCode(QStringView markdown, bool inTable)
{
    if (!markdown.contains(u'$') && !markdown.contains(u"\\(") && !markdown.contains(u"\\[")) {
        return markdown.toString();
    }
    return Scanner(markdown, inTable).run();
}
