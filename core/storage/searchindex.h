// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchhit.h"
#include "storageresult.h"

#include <QSqlDatabase>

/**
 * @brief Finds messages by their text: FTS5, ranked by bm25 with a snippet, or LIKE without FTS5.
 *
 * The user's text is split into words; every word must occur, and the last one may be a prefix when it has at
 * least four characters (search as you type; shorter prefixes match too many words to be fast). Quotes and
 * FTS5 operators in the text are taken literally. With FTS5, results are ranked by bm25 when fewer than
 * `rankWindow` messages match; a query matching more (a very common word) lists the newest matches first,
 * because ranking hundreds of thousands of matches takes longer than a keystroke. Text with Chinese, Japanese
 * or Korean characters is searched with LIKE, because the unicode61 tokenizer does not split those words.
 */
class SearchIndex
{
public:
    static constexpr int defaultRankWindow = 500;

    SearchIndex(const QSqlDatabase &db, bool fullText, int rankWindow = defaultRankWindow);

    bool isFullText() const;
    StorageResult<QList<SearchHit>> search(const QString &text, int limit, int offset);

    /** The FTS5 query for @p text: each word quoted, the last one a prefix if long enough. Empty without words. */
    static QString ftsQuery(const QString &text);

private:
    StorageResult<QList<SearchHit>> searchFullText(const QString &text, int limit, int offset);
    StorageResult<QList<SearchHit>> selectHits(const QString &match, bool ranked, int limit, int offset);
    StorageResult<QList<SearchHit>> searchLike(const QStringList &words, int limit, int offset);

    QSqlDatabase m_db;
    bool m_fullText;
    int m_rankWindow;
};
