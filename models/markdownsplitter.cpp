// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownsplitter.h"

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

struct Indent
{
    int columns = 0; ///< width of the leading whitespace, tabs to the next multiple of 4
    qsizetype offset = 0; ///< index of the first other character (the size for a blank line)
};

Indent leadingIndent(QStringView line)
{
    Indent indent;
    for (; indent.offset < line.size(); ++indent.offset) {
        const QChar c = line[indent.offset];
        if (c == u' ') {
            ++indent.columns;
        } else if (c == u'\t') {
            indent.columns += 4 - indent.columns % 4;
        } else {
            break;
        }
    }
    return indent;
}

bool isBlank(QStringView line)
{
    return leadingIndent(line).offset == line.size();
}

/** The line without up to @p columns columns of leading whitespace. */
QStringView stripColumns(QStringView line, int columns)
{
    int column = 0;
    qsizetype i = 0;
    while (i < line.size() && column < columns) {
        if (line[i] == u' ') {
            ++column;
        } else if (line[i] == u'\t') {
            const int width = 4 - column % 4;
            if (column + width > columns) {
                break;
            }
            column += width;
        } else {
            break;
        }
        ++i;
    }
    return line.mid(i);
}

qsizetype runLength(QStringView s, QChar c, qsizetype from = 0)
{
    qsizetype n = from;
    while (n < s.size() && s[n] == c) {
        ++n;
    }
    return n - from;
}

struct Fence
{
    QChar character;
    int length = 0;
    QStringView info;
};

/** @p s starts after the indentation (less than 4 columns). */
std::optional<Fence> openingFence(QStringView s)
{
    if (s.isEmpty() || (s[0] != u'`' && s[0] != u'~')) {
        return std::nullopt;
    }
    const qsizetype n = runLength(s, s[0]);
    if (n < 3) {
        return std::nullopt;
    }
    const QStringView info = s.mid(n).trimmed();
    if (s[0] == u'`' && info.contains(u'`')) {
        return std::nullopt;
    }
    return Fence{s[0], int(n), info};
}

bool isClosingFence(QStringView line, QChar character, int length)
{
    const Indent indent = leadingIndent(line);
    if (indent.columns >= 4) {
        return false;
    }
    const QStringView s = line.mid(indent.offset);
    const qsizetype n = runLength(s, character);
    return n >= length && isBlank(s.mid(n));
}

/** `python` from `python`, `{.python}`, `python title="x"`. */
QString fenceLanguage(QStringView info)
{
    qsizetype end = 0;
    while (end < info.size() && !info[end].isSpace()) {
        ++end;
    }
    QStringView word = info.left(end);
    while (!word.isEmpty() && (word.front() == u'{' || word.front() == u'.')) {
        word = word.mid(1);
    }
    while (!word.isEmpty() && word.back() == u'}') {
        word.chop(1);
    }
    return word.toString();
}

/** 1 to 6 for an ATX heading, 0 otherwise. @p s starts after the indentation. */
int atxLevel(QStringView s)
{
    const qsizetype n = runLength(s, u'#');
    if (n < 1 || n > 6) {
        return 0;
    }
    return (n == s.size() || s[n] == u' ' || s[n] == u'\t') ? int(n) : 0;
}

QString atxText(QStringView s, int level)
{
    QStringView text = s.mid(level).trimmed();
    // An optional closing sequence of #s, preceded by a space (or making up the whole text).
    qsizetype end = text.size();
    while (end > 0 && text[end - 1] == u'#') {
        --end;
    }
    if (end == 0) {
        return QString();
    }
    if (end < text.size() && (text[end - 1] == u' ' || text[end - 1] == u'\t')) {
        text = text.left(end).trimmed();
    }
    return text.toString();
}

bool isThematicBreak(QStringView s)
{
    if (s.isEmpty() || (s[0] != u'-' && s[0] != u'*' && s[0] != u'_')) {
        return false;
    }
    int count = 0;
    for (QChar c : s) {
        if (c == s[0]) {
            ++count;
        } else if (c != u' ' && c != u'\t') {
            return false;
        }
    }
    return count >= 3;
}

/** 1 for `===`, 2 for `---`, 0 otherwise. @p s starts after the indentation. */
int setextLevel(QStringView s)
{
    if (s.isEmpty() || (s[0] != u'=' && s[0] != u'-')) {
        return 0;
    }
    const qsizetype n = runLength(s, s[0]);
    if (!isBlank(s.mid(n))) {
        return 0;
    }
    return s[0] == u'=' ? 1 : 2;
}

struct ListMarker
{
    bool ordered = false;
    int number = 0;
    bool empty = false; ///< nothing after the marker
    int contentIndent = 0; ///< column where the item's content starts
    qsizetype contentOffset = 0; ///< index in the line where the item's content starts
};

std::optional<ListMarker> listMarker(QStringView line, Indent indent)
{
    if (indent.columns >= 4) {
        return std::nullopt;
    }
    const QStringView s = line.mid(indent.offset);
    if (s.isEmpty()) {
        return std::nullopt;
    }
    ListMarker marker;
    qsizetype width = 0;
    if (s[0] == u'-' || s[0] == u'+' || s[0] == u'*') {
        width = 1;
    } else {
        while (width < s.size() && width < 10 && s[width].isDigit() && s[width].unicode() < 128) {
            ++width;
        }
        if (width == 0 || width > 9 || width >= s.size() || (s[width] != u'.' && s[width] != u')')) {
            return std::nullopt;
        }
        marker.ordered = true;
        marker.number = s.left(width).toInt();
        ++width;
    }
    const QStringView after = s.mid(width);
    if (!after.isEmpty() && after[0] != u' ' && after[0] != u'\t') {
        return std::nullopt;
    }
    const Indent space = leadingIndent(after);
    const int markerEnd = indent.columns + int(width);
    if (space.offset == after.size()) {
        marker.empty = true;
        marker.contentIndent = markerEnd + 1;
        marker.contentOffset = line.size();
    } else if (space.columns >= 5) {
        // Indented code inside the item: the content starts one space after the marker.
        marker.contentIndent = markerEnd + 1;
        marker.contentOffset = indent.offset + width + 1;
    } else {
        marker.contentIndent = markerEnd + space.columns;
        marker.contentOffset = indent.offset + width + space.offset;
    }
    return marker;
}

/** `$$` or `\[` at the start of @p s: the closing delimiter, and the text after the opening one. */
std::optional<std::pair<QString, QStringView>> mathOpening(QStringView s)
{
    if (s.startsWith(u"$$")) {
        return std::pair{u"$$"_s, s.mid(2)};
    }
    if (s.startsWith(u"\\[")) {
        return std::pair{u"\\]"_s, s.mid(2)};
    }
    return std::nullopt;
}

/**
 * Whether a display-math opening line is really inline math followed by text
 * (`$$x$$ is the energy`): then it is a paragraph.
 */
bool mathIsInline(QStringView rest, QStringView closing)
{
    const qsizetype end = rest.indexOf(closing);
    return end >= 0 && !isBlank(rest.mid(end + closing.size()));
}

std::optional<QStringView> quoteInner(QStringView line, Indent indent)
{
    if (indent.columns >= 4 || indent.offset >= line.size() || line[indent.offset] != u'>') {
        return std::nullopt;
    }
    QStringView inner = line.mid(indent.offset + 1);
    if (!inner.isEmpty() && (inner[0] == u' ' || inner[0] == u'\t')) {
        inner = inner.mid(1);
    }
    return inner;
}

/** Cells of a GFM table row: unescaped pipes split it, leading and trailing pipes are optional. */
int tableCells(QStringView row)
{
    QStringView s = row.trimmed();
    if (s.startsWith(u'|')) {
        s = s.mid(1);
    }
    if (s.endsWith(u'|') && !s.endsWith(u"\\|")) {
        s.chop(1);
    }
    int cells = 1;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u'\\') {
            ++i;
        } else if (s[i] == u'|') {
            ++cells;
        }
    }
    return cells;
}

/** The number of cells of a GFM delimiter row (`| --- | :-: |`), 0 if @p s is not one. */
int delimiterRowCells(QStringView s)
{
    s = s.trimmed();
    if (!s.contains(u'|')) {
        return 0; // `---` alone is a setext underline or a break, not a one-column table
    }
    if (s.startsWith(u'|')) {
        s = s.mid(1);
    }
    if (s.endsWith(u'|')) {
        s.chop(1);
    }
    int cells = 0;
    for (QStringView cell : s.tokenize(u'|')) {
        cell = cell.trimmed();
        if (cell.startsWith(u':')) {
            cell = cell.mid(1);
        }
        if (cell.endsWith(u':')) {
            cell.chop(1);
        }
        if (cell.isEmpty() || runLength(cell, u'-') != cell.size()) {
            return 0;
        }
        ++cells;
    }
    return cells;
}

/**
 * Whether @p line starts a block other than a paragraph: what ends a paragraph, a table or a
 * lazy continuation. @p afterParagraph applies the rules for interrupting a paragraph (an
 * ordered list must start at 1, a list item must not be empty).
 */
bool startsBlock(QStringView line, bool afterParagraph)
{
    const Indent indent = leadingIndent(line);
    if (indent.columns >= 4 || indent.offset == line.size()) {
        return false;
    }
    const QStringView s = line.mid(indent.offset);
    if (atxLevel(s) > 0 || openingFence(s) || isThematicBreak(s) || s[0] == u'>') {
        return true;
    }
    if (const auto math = mathOpening(s); math && !mathIsInline(math->second, math->first)) {
        return true;
    }
    if (const auto marker = listMarker(line, indent)) {
        return !afterParagraph || (!marker->empty && (!marker->ordered || marker->number == 1));
    }
    return false;
}

void appendSource(MarkdownBlock &block, QStringView line)
{
    if (!block.source.isEmpty()) {
        block.source += u'\n';
    }
    block.source += line;
}

void appendBlankSource(MarkdownBlock &block, int count)
{
    for (int i = 0; i < count; ++i) {
        block.source += u'\n';
    }
}

/** Characters that make up block markers: a last line of these only is held back. */
bool isMarkerCharacter(QChar c)
{
    static constexpr QStringView markers = u" \t-*+_=#>~`|:.)$\\[]";
    return markers.contains(c) || (c.isDigit() && c.unicode() < 128);
}

} // namespace

bool MarkdownSplitter::append(QStringView piece)
{
    if (m_done) {
        return false;
    }
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = piece.indexOf(u'\n', start);
        if (newline < 0) {
            break;
        }
        const QStringView part = piece.mid(start, newline - start);
        if (m_partial.isEmpty()) {
            m_charsScanned += part.size();
            feedLine(m_open, part, m_finished);
        } else {
            m_partial += part;
            m_charsScanned += m_partial.size();
            feedLine(m_open, m_partial, m_finished);
            m_partial.truncate(0);
        }
        ++m_linesParsed;
        start = newline + 1;
    }
    m_partial += piece.mid(start);
    return true;
}

void MarkdownSplitter::finish()
{
    if (m_done) {
        return;
    }
    if (!m_partial.isEmpty()) {
        m_charsScanned += m_partial.size();
        feedLine(m_open, m_partial, m_finished);
        ++m_linesParsed;
        m_partial.clear();
    }
    close(m_open, m_finished);
    m_done = true;
}

void MarkdownSplitter::setText(QStringView text)
{
    clear();
    append(text);
    finish();
}

void MarkdownSplitter::clear()
{
    m_finished.clear();
    m_open = Open();
    m_partial.clear();
    m_done = false;
    m_linesParsed = 0;
    m_charsScanned = 0;
}

bool MarkdownSplitter::isFinished() const
{
    return m_done;
}

const QList<MarkdownBlock> &MarkdownSplitter::finishedBlocks() const
{
    return m_finished;
}

QList<MarkdownBlock> MarkdownSplitter::tail() const
{
    QList<MarkdownBlock> result;
    if (m_partial.isEmpty() || holdsBack(m_open, m_partial)) {
        if (m_open.mode != Mode::None) {
            result.append(snapshot(m_open));
        }
        return result;
    }
    // Replay the last line on a copy: the copy's strings detach when the line is added, which is
    // the one re-parse of the open block this costs.
    Open copy = m_open;
    m_charsScanned += m_open.block.source.size() + m_open.block.content.size() + m_partial.size();
    feedLine(copy, m_partial, result);
    for (MarkdownBlock &block : result) {
        block.closed = false;
    }
    if (copy.mode != Mode::None) {
        result.append(snapshot(copy));
    }
    return result;
}

QList<MarkdownBlock> MarkdownSplitter::blocks() const
{
    return m_finished + tail();
}

qint64 MarkdownSplitter::linesParsed() const
{
    return m_linesParsed;
}

qint64 MarkdownSplitter::charsScanned() const
{
    return m_charsScanned;
}

bool MarkdownSplitter::holdsBack(const Open &open, QStringView partial)
{
    if (open.mode == Mode::Fence) {
        // Possibly the closing fence: not code to show.
        const QStringView s = partial.mid(leadingIndent(partial).offset);
        return !s.isEmpty() && runLength(s, open.fenceChar) == s.size();
    }
    if (open.mode == Mode::IndentedCode) {
        return isBlank(partial);
    }
    return std::all_of(partial.begin(), partial.end(), isMarkerCharacter);
}

MarkdownBlock MarkdownSplitter::snapshot(const Open &open)
{
    MarkdownBlock block = open.block;
    if (block.type == MarkdownBlock::Type::Paragraph || block.type == MarkdownBlock::Type::List ||
        block.type == MarkdownBlock::Type::Table) {
        block.content = block.source;
    }
    block.closed = false;
    return block;
}

void MarkdownSplitter::close(Open &open, QList<MarkdownBlock> &out)
{
    if (open.mode != Mode::None) {
        MarkdownBlock block = snapshot(open);
        block.closed = true;
        out.append(std::move(block));
    }
    open = Open();
}

namespace {

void appendContentLine(MarkdownBlock &block, bool &hasLine, QStringView line)
{
    if (hasLine) {
        block.content += u'\n';
    }
    block.content += line;
    hasLine = true;
}

} // namespace

void MarkdownSplitter::feedLine(Open &open, QStringView line, QList<MarkdownBlock> &out)
{
    if (line.endsWith(u'\r')) {
        line.chop(1);
    }
    // A line that ends the open block goes round again, as the start of the next one.
    for (;;) {
        const Indent indent = leadingIndent(line);
        const bool blank = indent.offset == line.size();
        switch (open.mode) {
        case Mode::None:
            startBlock(open, line, out);
            return;

        case Mode::Fence:
            appendSource(open.block, line);
            if (isClosingFence(line, open.fenceChar, open.fenceLength)) {
                close(open, out);
            } else {
                appendContentLine(open.block, open.hasContentLine, stripColumns(line, open.fenceIndent));
            }
            return;

        case Mode::IndentedCode:
            if (blank) {
                ++open.pendingBlanks;
                return;
            }
            if (indent.columns >= 4) {
                for (; open.pendingBlanks > 0; --open.pendingBlanks) {
                    appendSource(open.block, {});
                    appendContentLine(open.block, open.hasContentLine, {});
                }
                appendSource(open.block, line);
                appendContentLine(open.block, open.hasContentLine, stripColumns(line, 4));
                return;
            }
            close(open, out);
            continue;

        case Mode::Math: {
            if (blank) {
                // A blank line cannot be inside display math: an unclosed formula ends here.
                close(open, out);
                return;
            }
            appendSource(open.block, line);
            const QStringView trimmed = line.trimmed();
            if (trimmed.endsWith(open.mathClose)) {
                const QStringView last = trimmed.chopped(open.mathClose.size()).trimmed();
                if (!last.isEmpty()) {
                    appendContentLine(open.block, open.hasContentLine, last);
                }
                close(open, out);
            } else {
                appendContentLine(open.block, open.hasContentLine, line);
            }
            return;
        }

        case Mode::Paragraph: {
            if (blank) {
                close(open, out);
                return;
            }
            if (indent.columns < 4) {
                const QStringView s = line.mid(indent.offset);
                if (const int level = setextLevel(s)) {
                    open.block.type = MarkdownBlock::Type::Heading;
                    open.block.level = level;
                    open.block.content = open.block.source;
                    appendSource(open.block, line);
                    close(open, out);
                    return;
                }
                const int cells = delimiterRowCells(s);
                if (cells > 0) {
                    const QString header = open.block.source.mid(open.lastLineStart);
                    if (tableCells(header) == cells) {
                        if (open.lastLineStart > 0) {
                            open.block.source.truncate(open.lastLineStart - 1);
                            close(open, out);
                        }
                        open = Open();
                        open.mode = Mode::Table;
                        open.block.type = MarkdownBlock::Type::Table;
                        open.block.source = header;
                        appendSource(open.block, line);
                        return;
                    }
                }
            }
            if (startsBlock(line, true)) {
                close(open, out);
                continue;
            }
            open.lastLineStart = open.block.source.size() + 1;
            appendSource(open.block, line);
            return;
        }

        case Mode::Table:
            if (blank) {
                close(open, out);
                return;
            }
            if (startsBlock(line, false)) {
                close(open, out);
                continue;
            }
            appendSource(open.block, line);
            return;

        case Mode::Quote: {
            if (blank) {
                close(open, out);
                return;
            }
            if (const auto inner = quoteInner(line, indent)) {
                appendSource(open.block, line);
                appendContentLine(open.block, open.hasContentLine, *inner);
                const Indent innerIndent = leadingIndent(*inner);
                if (open.nestedFence) {
                    if (isClosingFence(*inner, open.fenceChar, open.fenceLength)) {
                        open.nestedFence = false;
                    }
                    open.lazy = false;
                } else if (const auto fence =
                               innerIndent.columns < 4 ? openingFence(inner->mid(innerIndent.offset)) : std::nullopt) {
                    open.nestedFence = true;
                    open.fenceChar = fence->character;
                    open.fenceLength = fence->length;
                    open.lazy = false;
                } else {
                    const QStringView s = inner->mid(innerIndent.offset);
                    open.lazy = !s.isEmpty() && innerIndent.columns < 4 && atxLevel(s) == 0 && !isThematicBreak(s);
                }
                return;
            }
            if (open.lazy && !open.nestedFence && !startsBlock(line, true)) {
                appendSource(open.block, line);
                appendContentLine(open.block, open.hasContentLine, line);
                return;
            }
            close(open, out);
            continue;
        }

        case Mode::List: {
            if (blank) {
                ++open.pendingBlanks;
                open.lazy = false;
                return;
            }
            if (indent.columns >= open.contentIndent) {
                // Inside the last item: its text, a nested list, or a line of a fence it holds.
                appendBlankSource(open.block, open.pendingBlanks);
                open.pendingBlanks = 0;
                appendSource(open.block, line);
                const QStringView s = stripColumns(line, open.contentIndent);
                if (open.nestedFence) {
                    if (isClosingFence(s, open.fenceChar, open.fenceLength)) {
                        open.nestedFence = false;
                    }
                    return;
                }
                const Indent inner = leadingIndent(s);
                const auto fence = inner.columns < 4 ? openingFence(s.mid(inner.offset)) : std::nullopt;
                if (fence) {
                    open.nestedFence = true;
                    open.fenceChar = fence->character;
                    open.fenceLength = fence->length;
                }
                open.lazy = !fence && inner.columns < 4;
                return;
            }
            // Less indented than the item's content: an under-indented line also ends a fence
            // inside the item (CommonMark), so what follows is decided as for any other line.
            open.nestedFence = false;
            if (const auto marker = listMarker(line, indent); marker && !isThematicBreak(line.mid(indent.offset))) {
                appendBlankSource(open.block, open.pendingBlanks);
                open.pendingBlanks = 0;
                appendSource(open.block, line);
                open.contentIndent = marker->contentIndent;
                const QStringView content = line.mid(marker->contentOffset);
                const auto fence = openingFence(content);
                if (fence) {
                    open.nestedFence = true;
                    open.fenceChar = fence->character;
                    open.fenceLength = fence->length;
                }
                open.lazy = !marker->empty && !fence;
                return;
            }
            if (open.pendingBlanks == 0 && open.lazy && !startsBlock(line, true)) {
                appendSource(open.block, line);
                return;
            }
            close(open, out);
            continue;
        }
        }
        return;
    }
}

void MarkdownSplitter::startBlock(Open &open, QStringView line, QList<MarkdownBlock> &out)
{
    const Indent indent = leadingIndent(line);
    if (indent.offset == line.size()) {
        return;
    }
    open = Open();
    MarkdownBlock &block = open.block;
    if (indent.columns >= 4) {
        open.mode = Mode::IndentedCode;
        block.type = MarkdownBlock::Type::Code;
        appendSource(block, line);
        appendContentLine(block, open.hasContentLine, stripColumns(line, 4));
        return;
    }
    const QStringView s = line.mid(indent.offset);
    if (const int level = atxLevel(s)) {
        open.mode = Mode::Paragraph; // any mode but None: close() emits it
        block.type = MarkdownBlock::Type::Heading;
        block.level = level;
        block.source = line.toString();
        block.content = atxText(s, level);
        close(open, out);
        return;
    }
    if (const auto fence = openingFence(s)) {
        open.mode = Mode::Fence;
        block.type = MarkdownBlock::Type::Code;
        block.language = fenceLanguage(fence->info);
        block.source = line.toString();
        open.fenceChar = fence->character;
        open.fenceLength = fence->length;
        open.fenceIndent = indent.columns;
        return;
    }
    if (const auto math = mathOpening(s); math && !mathIsInline(math->second, math->first)) {
        open.mode = Mode::Math;
        block.type = MarkdownBlock::Type::Math;
        block.source = line.toString();
        open.mathClose = math->first;
        const QStringView rest = math->second.trimmed();
        if (rest.endsWith(open.mathClose)) {
            appendContentLine(block, open.hasContentLine, rest.chopped(open.mathClose.size()).trimmed());
            close(open, out);
        } else if (!rest.isEmpty()) {
            appendContentLine(block, open.hasContentLine, rest);
        }
        return;
    }
    if (isThematicBreak(s)) {
        open.mode = Mode::Paragraph;
        block.type = MarkdownBlock::Type::ThematicBreak;
        block.source = line.toString();
        close(open, out);
        return;
    }
    if (quoteInner(line, indent)) {
        open.mode = Mode::Quote;
        block.type = MarkdownBlock::Type::Quote;
        feedLine(open, line, out);
        return;
    }
    if (const auto marker = listMarker(line, indent)) {
        open.mode = Mode::List;
        block.type = MarkdownBlock::Type::List;
        appendSource(block, line);
        open.contentIndent = marker->contentIndent;
        const auto fence = openingFence(line.mid(marker->contentOffset));
        if (fence) {
            open.nestedFence = true;
            open.fenceChar = fence->character;
            open.fenceLength = fence->length;
        }
        open.lazy = !marker->empty && !fence;
        return;
    }
    open.mode = Mode::Paragraph;
    block.type = MarkdownBlock::Type::Paragraph;
    block.source = line.toString();
    open.lastLineStart = 0;
}
