// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

/**
 * @brief One search result: the message found, its conversation and a plain-text snippet around the match.
 *
 * `highlights` are the matched ranges inside `snippet` (UTF-16 offsets); snippetHtml() gives an escaped
 * rich-text form with the matches in bold. `score` is larger for better matches; it is 0 when the results are
 * not ranked but listed newest first (without FTS5, or for a query matching very many messages).
 */
struct SearchHit
{
    struct Range
    {
        qsizetype start = 0;
        qsizetype length = 0;
        bool operator==(const Range &other) const = default;
    };

    qint64 conversationId = 0;
    qint64 messageId = 0;
    QString conversationTitle;
    bool conversationArchived = false;
    QString role;
    QString snippet;
    QList<Range> highlights;
    double score = 0.0;
    QDateTime createdAt;

    QString snippetHtml() const;
};
