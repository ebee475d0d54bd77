// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markdownblock.h"

#include <QList>
#include <QString>
#include <QStringView>

/**
 * @brief Cuts markdown into top-level blocks incrementally, as a streamed reply arrives.
 *
 * Follows the CommonMark and GitHub block rules closely enough for chat output: paragraphs,
 * ATX and setext headings, lists (with blank lines, nested lists and fenced code inside their
 * items), block quotes (with lazy continuation), GFM tables, fenced code (backticks or tildes,
 * a longer fence may hold a shorter one), indented code, thematic breaks, and display math
 * (`$$ … $$`, `\[ … \]`). Inline markup is left to the renderer.
 *
 * Text arrives by append(). Each complete line is classified exactly once, against the state
 * of the one open block; a block that is finished is moved to finishedBlocks() and never looked
 * at again. The unfinished last line is only looked at when the view asks for tail(), which
 * replays it on a copy of the open block's state. So the cost of an appended piece depends on
 * the piece and on the open block, never on the length of the message.
 */
class MarkdownSplitter
{
public:
    /**
     * Adds streamed text. Returns false, and changes nothing, once finish() was called
     * (clear() or setText() start a new message).
     */
    bool append(QStringView piece);
    /** The message is complete: its last line counts as a line and every block closes. */
    void finish();
    /** A whole stored message: clear(), append() and finish(). */
    void setText(QStringView text);
    void clear();

    bool isFinished() const;

    /** Blocks that no later text can change, in order. */
    const QList<MarkdownBlock> &finishedBlocks() const;
    /**
     * The blocks after finishedBlocks() as they stand now (none, one, or two when the last,
     * incomplete line starts a new block). They are not closed. A last line made of markers
     * only (`--`, a possible closing fence, `1.`) is held back until it says more.
     */
    QList<MarkdownBlock> tail() const;
    /** finishedBlocks() followed by tail(). */
    QList<MarkdownBlock> blocks() const;

    /** Complete lines classified so far: each line of the text exactly once. */
    qint64 linesParsed() const;
    /**
     * Characters looked at so far: the lines classified, plus, for each tail(), the open block
     * copied and the last line replayed on the copy. Tests use it to show that the work per
     * appended piece does not grow with the message.
     */
    qint64 charsScanned() const;

private:
    enum class Mode { None, Paragraph, Fence, IndentedCode, Math, List, Quote, Table };

    /** The block being built and what is needed to decide where the next line goes. */
    struct Open
    {
        Mode mode = Mode::None;
        MarkdownBlock block;
        qsizetype lastLineStart = 0; ///< Paragraph: where its last line starts in block.source
        bool hasContentLine = false; ///< Code, Math, Quote: content has at least one line
        QChar fenceChar; ///< Fence, or a fence nested in a list item or quote
        int fenceLength = 0;
        int fenceIndent = 0;
        bool nestedFence = false; ///< List, Quote: inside a fenced code block of an item
        QString mathClose; ///< Math: `$$` or `\]`
        int contentIndent = 0; ///< List: the content column of the last item
        bool lazy = false; ///< List, Quote: the last line was paragraph text (lazy continuation allowed)
        int pendingBlanks = 0; ///< List, IndentedCode: blank lines not yet known to belong to the block
    };

    static void feedLine(Open &open, QStringView line, QList<MarkdownBlock> &out);
    static void startBlock(Open &open, QStringView line, QList<MarkdownBlock> &out);
    static void close(Open &open, QList<MarkdownBlock> &out);
    static MarkdownBlock snapshot(const Open &open);
    static bool holdsBack(const Open &open, QStringView partial);

    QList<MarkdownBlock> m_finished;
    Open m_open;
    QString m_partial;
    bool m_done = false;
    qint64 m_linesParsed = 0;
    mutable qint64 m_charsScanned = 0;
};
