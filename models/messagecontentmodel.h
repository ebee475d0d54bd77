// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markdownsplitter.h"

#include <QAbstractListModel>
#include <QQmlParserStatus>
#include <QtQml/qqmlregistration.h>

/**
 * @brief The blocks of one message's markdown, for a view that shows each block by its type.
 *
 * Set `text` (the whole message; while `streaming`, a longer text that starts with the current
 * one is taken as an append) or call append(). While streaming, only the last block is
 * re-parsed: new blocks arrive as `rowsInserted`, the last block's changes as `dataChanged` on
 * that row with only the roles that changed, and rows whose block is finished are never touched
 * again. When the last, unfinished block turns out to be of another type (a paragraph whose
 * last line becomes a table header or a setext heading), its row is removed and a new one
 * inserted, so that a delegate never changes type. When `streaming` goes false the last block
 * closes; a text that is not an extension of the current one (an edit, another message) is
 * parsed again from the start (a model reset).
 *
 * Finished code blocks are highlighted once, when the view first asks for `highlighted`, with
 * the light or dark theme chosen by `darkTheme` (see CodeHighlighter).
 */
class MessageContentModel
    : public QAbstractListModel
    , public QQmlParserStatus
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(bool streaming READ isStreaming WRITE setStreaming NOTIFY streamingChanged)
    Q_PROPERTY(bool darkTheme READ darkTheme WRITE setDarkTheme NOTIFY darkThemeChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool highlightingAvailable READ highlightingAvailable CONSTANT)

public:
    /** The same values as MarkdownBlock::Type. */
    enum BlockType {
        Paragraph,
        Heading,
        List,
        Quote,
        Table,
        Code,
        Math,
        ThematicBreak,
    };
    Q_ENUM(BlockType)

    enum Role {
        BlockTypeRole = Qt::UserRole, ///< "blockType": a BlockType, as an int
        ContentRole, ///< "content": markdown for text blocks (inline math as code spans), the code, the formula
        SourceRole, ///< "source": the block's own markdown
        LanguageRole, ///< "language": the fence's language word (Code)
        HighlightedRole, ///< "highlighted": rich text of a finished, highlighted code block, else empty
        FinishedRole, ///< "finished": no later text changes this block
        LevelRole, ///< "level": 1 to 6 for a heading
    };
    Q_ENUM(Role)

    explicit MessageContentModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString text() const;
    void setText(const QString &text);
    bool isStreaming() const;
    void setStreaming(bool streaming);
    bool darkTheme() const;
    void setDarkTheme(bool dark);
    int count() const;
    static bool highlightingAvailable();

    /** Adds streamed text to the end of the message. */
    Q_INVOKABLE void append(const QString &piece);
    /** Copies a block to the clipboard: the code of a code block, the formula of a math block, else its markdown. */
    Q_INVOKABLE bool copyBlock(int row) const;
    /** Copies the whole message, as markdown, to the clipboard. */
    Q_INVOKABLE bool copyMarkdown() const;

    /** For tests and benchmarks: the splitter's work counters. */
    const MarkdownSplitter &splitter() const;
    /** For tests: how many code blocks were highlighted so far (each once per theme). */
    int highlightCount() const;

    void classBegin() override;
    void componentComplete() override;

Q_SIGNALS:
    void textChanged();
    void streamingChanged();
    void darkThemeChanged();
    void countChanged();

private:
    struct Row
    {
        MarkdownBlock block;
        QString content;
        mutable QString highlighted;
        mutable bool highlightDone = false;
    };

    static QString displayContent(const MarkdownBlock &block);
    static Row makeRow(const MarkdownBlock &block);
    QList<int> update(Row &row, const MarkdownBlock &block) const;
    const QString &highlighted(const Row &row) const;
    void reparse();
    void sync();

    QString m_text;
    bool m_streaming = false;
    bool m_dark = false;
    bool m_complete = true;
    MarkdownSplitter m_splitter;
    QList<Row> m_rows;
    qsizetype m_syncedFinished = 0; ///< rows before this one are finished and never change
    mutable int m_highlightCount = 0;
};
