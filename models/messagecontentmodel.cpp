// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagecontentmodel.h"

#include "codehighlighter.h"
#include "markdownmath.h"
#include "uilog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

static_assert(int(MarkdownBlock::Type::Paragraph) == MessageContentModel::Paragraph);
static_assert(int(MarkdownBlock::Type::Heading) == MessageContentModel::Heading);
static_assert(int(MarkdownBlock::Type::List) == MessageContentModel::List);
static_assert(int(MarkdownBlock::Type::Quote) == MessageContentModel::Quote);
static_assert(int(MarkdownBlock::Type::Table) == MessageContentModel::Table);
static_assert(int(MarkdownBlock::Type::Code) == MessageContentModel::Code);
static_assert(int(MarkdownBlock::Type::Math) == MessageContentModel::Math);
static_assert(int(MarkdownBlock::Type::ThematicBreak) == MessageContentModel::ThematicBreak);

MessageContentModel::MessageContentModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int MessageContentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MessageContentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case BlockTypeRole:
        return int(row.block.type);
    case Qt::DisplayRole:
    case ContentRole:
        return row.content;
    case SourceRole:
        return row.block.source;
    case LanguageRole:
        return row.block.language;
    case HighlightedRole:
        return highlighted(row);
    case FinishedRole:
        return row.block.closed;
    case LevelRole:
        return row.block.level;
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageContentModel::roleNames() const
{
    return {
        {BlockTypeRole, "blockType"},     {ContentRole, "content"},   {SourceRole, "source"}, {LanguageRole, "language"},
        {HighlightedRole, "highlighted"}, {FinishedRole, "finished"}, {LevelRole, "level"},
    };
}

QString MessageContentModel::text() const
{
    return m_text;
}

void MessageContentModel::setText(const QString &text)
{
    if (!m_complete) {
        m_text = text;
        Q_EMIT textChanged();
        return;
    }
    // The common case while streaming: the new text is the old one plus a piece. The prefix
    // comparison is a memcmp; only the piece is parsed.
    if (m_streaming && !m_splitter.isFinished() && text.size() >= m_text.size() && QStringView(text).startsWith(m_text)) {
        if (text.size() == m_text.size()) {
            return;
        }
        const QStringView added = QStringView(text).mid(m_text.size());
        m_text = text;
        m_splitter.append(added);
        sync();
        Q_EMIT textChanged();
        return;
    }
    if (text == m_text && !m_rows.isEmpty()) {
        return;
    }
    m_text = text;
    reparse();
    Q_EMIT textChanged();
}

bool MessageContentModel::isStreaming() const
{
    return m_streaming;
}

void MessageContentModel::setStreaming(bool streaming)
{
    if (m_streaming == streaming) {
        return;
    }
    m_streaming = streaming;
    if (m_complete) {
        if (streaming) {
            // Finished blocks cannot reopen: parse again with the last block open.
            reparse();
        } else {
            m_splitter.finish();
            sync();
        }
    }
    Q_EMIT streamingChanged();
}

bool MessageContentModel::darkTheme() const
{
    return m_dark;
}

void MessageContentModel::setDarkTheme(bool dark)
{
    if (m_dark == dark) {
        return;
    }
    m_dark = dark;
    qsizetype first = -1;
    qsizetype last = -1;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (row.highlightDone) {
            row.highlightDone = false;
            row.highlighted.clear();
            if (first < 0) {
                first = i;
            }
            last = i;
        }
    }
    if (first >= 0) {
        Q_EMIT dataChanged(index(int(first)), index(int(last)), {HighlightedRole});
    }
    Q_EMIT darkThemeChanged();
}

int MessageContentModel::count() const
{
    return int(m_rows.size());
}

bool MessageContentModel::highlightingAvailable()
{
    return CodeHighlighter::isAvailable();
}

void MessageContentModel::append(const QString &piece)
{
    if (piece.isEmpty()) {
        return;
    }
    m_text += piece;
    if (m_complete && m_streaming && m_splitter.append(piece)) {
        sync();
    } else if (m_complete) {
        qCDebug(lcUi) << "text appended to a finished message: parsing it again";
        reparse();
    }
    Q_EMIT textChanged();
}

bool MessageContentModel::copyBlock(int row) const
{
    if (row < 0 || row >= m_rows.size()) {
        qCWarning(lcUi) << "copyBlock: no block" << row;
        return false;
    }
    auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance());
    if (!app) {
        return false;
    }
    const MarkdownBlock &block = m_rows.at(row).block;
    const bool raw = block.type == MarkdownBlock::Type::Code || block.type == MarkdownBlock::Type::Math;
    QGuiApplication::clipboard()->setText(raw ? block.content : block.source);
    return true;
}

bool MessageContentModel::copyMarkdown() const
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return false;
    }
    QGuiApplication::clipboard()->setText(m_text);
    return true;
}

const MarkdownSplitter &MessageContentModel::splitter() const
{
    return m_splitter;
}

int MessageContentModel::highlightCount() const
{
    return m_highlightCount;
}

void MessageContentModel::classBegin()
{
    m_complete = false;
}

void MessageContentModel::componentComplete()
{
    m_complete = true;
    reparse();
}

QString MessageContentModel::displayContent(const MarkdownBlock &block)
{
    switch (block.type) {
    case MarkdownBlock::Type::Paragraph:
    case MarkdownBlock::Type::Heading:
    case MarkdownBlock::Type::List:
        return MarkdownMath::inlineMathToCode(block.source);
    case MarkdownBlock::Type::Table:
        return MarkdownMath::inlineMathToCode(block.source, true);
    case MarkdownBlock::Type::Quote:
        return MarkdownMath::inlineMathToCode(block.content);
    case MarkdownBlock::Type::Code:
    case MarkdownBlock::Type::Math:
    case MarkdownBlock::Type::ThematicBreak:
        return block.content;
    }
    return block.content;
}

MessageContentModel::Row MessageContentModel::makeRow(const MarkdownBlock &block)
{
    return Row{block, displayContent(block), {}, false};
}

QList<int> MessageContentModel::update(Row &row, const MarkdownBlock &block) const
{
    QList<int> roles;
    if (row.block.source != block.source) {
        roles.append(SourceRole);
        QString content = displayContent(block);
        if (content != row.content) {
            row.content = std::move(content);
            roles.append(ContentRole);
        }
    }
    if (row.block.language != block.language) {
        roles.append(LanguageRole);
    }
    if (row.block.level != block.level) {
        roles.append(LevelRole);
    }
    if (row.block.closed != block.closed) {
        roles.append(FinishedRole);
    }
    if (block.type == MarkdownBlock::Type::Code && (roles.contains(FinishedRole) || roles.contains(ContentRole)) &&
        (row.block.closed || block.closed)) {
        row.highlightDone = false;
        row.highlighted.clear();
        if (CodeHighlighter::isAvailable()) {
            roles.append(HighlightedRole);
        }
    }
    row.block = block;
    return roles;
}

const QString &MessageContentModel::highlighted(const Row &row) const
{
    static const QString none;
    if (!row.block.closed || row.block.type != MarkdownBlock::Type::Code || !CodeHighlighter::isAvailable()) {
        return none;
    }
    if (!row.highlightDone) {
        row.highlighted = CodeHighlighter::toHtml(row.block.content, row.block.language, m_dark);
        row.highlightDone = true;
        ++m_highlightCount;
    }
    return row.highlighted;
}

void MessageContentModel::reparse()
{
    const int before = count();
    beginResetModel();
    m_splitter.clear();
    m_splitter.append(m_text);
    if (!m_streaming) {
        m_splitter.finish();
    }
    m_rows.clear();
    for (const MarkdownBlock &block : m_splitter.blocks()) {
        m_rows.append(makeRow(block));
    }
    m_syncedFinished = m_splitter.finishedBlocks().size();
    endResetModel();
    if (count() != before) {
        Q_EMIT countChanged();
    }
}

void MessageContentModel::sync()
{
    const QList<MarkdownBlock> &finished = m_splitter.finishedBlocks();
    QList<MarkdownBlock> incoming = finished.mid(m_syncedFinished);
    incoming += m_splitter.tail();
    const qsizetype first = m_syncedFinished;
    const int before = count();

    // Rows from `first` on were the open tail: update them in place while the type holds.
    qsizetype k = 0;
    for (; k < incoming.size() && first + k < m_rows.size(); ++k) {
        Row &row = m_rows[first + k];
        if (row.block.type != incoming.at(k).type) {
            break;
        }
        const QList<int> roles = update(row, incoming.at(k));
        if (!roles.isEmpty()) {
            const QModelIndex changed = index(int(first + k));
            Q_EMIT dataChanged(changed, changed, roles);
        }
    }
    if (first + k < m_rows.size()) {
        beginRemoveRows({}, int(first + k), int(m_rows.size() - 1));
        m_rows.resize(first + k);
        endRemoveRows();
    }
    if (k < incoming.size()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + incoming.size() - k - 1));
        for (; k < incoming.size(); ++k) {
            m_rows.append(makeRow(incoming.at(k)));
        }
        endInsertRows();
    }
    m_syncedFinished = finished.size();
    if (count() != before) {
        Q_EMIT countChanged();
    }
}
