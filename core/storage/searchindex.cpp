// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "sqlsupport.h"

#include <QRegularExpression>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr char16_t highlightStart = 0xE000;
constexpr char16_t highlightEnd = 0xE001;
constexpr qsizetype likeContext = 60;
constexpr qsizetype minimumPrefix = 4;

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text.split(space, Qt::SkipEmptyParts);
}

bool hasCjk(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7AF) || (u >= 0xF900 && u <= 0xFAFF) ||
            (u >= 0xFF00 && u <= 0xFFEF)) {
            return true;
        }
    }
    return false;
}

// Turns FTS5's marked snippet into plain text plus the highlighted ranges.
void unmark(const QString &marked, SearchHit *hit)
{
    hit->snippet.reserve(marked.size());
    qsizetype start = -1;
    for (const QChar c : marked) {
        if (c.unicode() == highlightStart) {
            start = hit->snippet.size();
        } else if (c.unicode() == highlightEnd) {
            if (start >= 0) {
                hit->highlights << SearchHit::Range{start, hit->snippet.size() - start};
            }
            start = -1;
        } else {
            hit->snippet += c;
        }
    }
}

QString escapeLike(const QString &word)
{
    QString escaped = word;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

// A window of the content around the first match, with every match inside it highlighted.
void likeSnippet(const QString &content, const QStringList &words, SearchHit *hit)
{
    qsizetype first = content.size();
    for (const QString &word : words) {
        const qsizetype at = content.indexOf(word, 0, Qt::CaseInsensitive);
        if (at >= 0) {
            first = qMin(first, at);
        }
    }
    if (first == content.size()) {
        first = 0;
    }
    const qsizetype from = qMax<qsizetype>(0, first - likeContext);
    const qsizetype to = qMin(content.size(), first + likeContext * 2);
    const QString prefix = from > 0 ? u"…"_s : QString();
    hit->snippet = prefix + content.mid(from, to - from) + (to < content.size() ? u"…"_s : QString());
    for (const QString &word : words) {
        for (qsizetype at = content.indexOf(word, from, Qt::CaseInsensitive); at >= 0 && at + word.size() <= to;
             at = content.indexOf(word, at + word.size(), Qt::CaseInsensitive)) {
            hit->highlights << SearchHit::Range{prefix.size() + at - from, word.size()};
        }
    }
    std::sort(hit->highlights.begin(), hit->highlights.end(),
              [](const SearchHit::Range &a, const SearchHit::Range &b) { return a.start < b.start; });
}

} // namespace

SearchIndex::SearchIndex(const QSqlDatabase &db, bool fullText, int rankWindow)
    : m_db(db)
    , m_fullText(fullText)
    , m_rankWindow(qMax(1, rankWindow))
{ }

bool SearchIndex::isFullText() const
{
    return m_fullText;
}

QString SearchIndex::ftsQuery(const QString &text)
{
    const QStringList words = wordsOf(text);
    QStringList terms;
    for (const QString &word : words) {
        QString quoted = word;
        quoted.replace(u'"', u"\"\""_s);
        terms << u'"' + quoted + u'"';
    }
    if (!terms.isEmpty() && words.last().size() >= minimumPrefix) {
        terms.last() += u'*';
    }
    return terms.join(u' ');
}

StorageResult<QList<SearchHit>> SearchIndex::search(const QString &text, int limit, int offset)
{
    const QStringList words = wordsOf(text);
    if (words.isEmpty()) {
        return QList<SearchHit>();
    }
    if (m_fullText && !hasCjk(text)) {
        return searchFullText(text, limit, offset);
    }
    return searchLike(words, limit, offset);
}

StorageResult<QList<SearchHit>> SearchIndex::searchFullText(const QString &text, int limit, int offset)
{
    const QString match = ftsQuery(text);
    limit = limit > 0 ? limit : std::numeric_limits<int>::max() / 2;
    offset = qMax(0, offset);
    // bm25 scores every match before sorting and counts the documents of each word: for a word in hundreds of
    // thousands of messages that takes longer than a keystroke. So the newest matches are read first (the match
    // list is walked backwards, cheaply); only when there are fewer than the window are they ranked.
    auto newest = selectHits(match, false, m_rankWindow, 0);
    if (!newest) {
        return newest;
    }
    if (newest->size() >= m_rankWindow) {
        if (qint64(offset) + limit <= m_rankWindow) {
            return newest->mid(offset, limit);
        }
        return selectHits(match, false, limit, offset);
    }
    if (offset >= newest->size()) {
        return QList<SearchHit>();
    }
    return selectHits(match, true, limit, offset);
}

StorageResult<QList<SearchHit>> SearchIndex::selectHits(const QString &match, bool ranked, int limit, int offset)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    StorageError error;
    const QString sql = u"SELECT m.id, m.conversation_id, m.role, m.created_at, c.title, c.archived, "
                        "snippet(messages_fts, 0, ?, ?, '…', 16), "_s +
        (ranked ? u"bm25(messages_fts)"_s : u"0"_s) +
        u" FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid "
        "JOIN conversations c ON c.id = m.conversation_id "
        "WHERE messages_fts MATCH ? ORDER BY "_s +
        (ranked ? u"rank"_s : u"messages_fts.rowid DESC"_s) + u" LIMIT ? OFFSET ?"_s;
    if (!Sql::exec(query, sql, {QString(QChar(highlightStart)), QString(QChar(highlightEnd)), match, limit, offset}, &error)) {
        return error;
    }
    QList<SearchHit> hits;
    while (query.next()) {
        SearchHit hit;
        hit.messageId = query.value(0).toLongLong();
        hit.conversationId = query.value(1).toLongLong();
        hit.role = query.value(2).toString();
        hit.createdAt = Sql::timeFrom(query.value(3));
        hit.conversationTitle = query.value(4).toString();
        hit.conversationArchived = query.value(5).toBool();
        unmark(query.value(6).toString(), &hit);
        hit.score = -query.value(7).toDouble();
        hits << hit;
    }
    return hits;
}

StorageResult<QList<SearchHit>> SearchIndex::searchLike(const QStringList &words, int limit, int offset)
{
    QStringList conditions;
    QVariantList values;
    for (const QString &word : words) {
        conditions << u"m.content LIKE ? ESCAPE '\\'"_s;
        values << escapeLike(word);
    }
    values << (limit > 0 ? limit : -1) << qMax(0, offset);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    StorageError error;
    const QString sql = u"SELECT m.id, m.conversation_id, m.role, m.created_at, c.title, c.archived, m.content "
                        "FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE "_s +
        conditions.join(u" AND "_s) + u" ORDER BY m.id DESC LIMIT ? OFFSET ?"_s;
    if (!Sql::exec(query, sql, values, &error)) {
        return error;
    }
    QList<SearchHit> hits;
    while (query.next()) {
        SearchHit hit;
        hit.messageId = query.value(0).toLongLong();
        hit.conversationId = query.value(1).toLongLong();
        hit.role = query.value(2).toString();
        hit.createdAt = Sql::timeFrom(query.value(3));
        hit.conversationTitle = query.value(4).toString();
        hit.conversationArchived = query.value(5).toBool();
        likeSnippet(query.value(6).toString(), words, &hit);
        hits << hit;
    }
    return hits;
}
