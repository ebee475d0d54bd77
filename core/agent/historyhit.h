// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

/**
 * @brief One past message found by a history search, as the agent sees it.
 */
struct HistoryHit
{
    qint64 conversationId = 0;
    QString conversationTitle;
    qint64 messageId = 0;
    QString role;
    QString snippet;
    QDateTime createdAt;
};

/** Searches past conversations; given to the agent by whoever owns the storage. */
using HistorySearch = std::function<QList<HistoryHit>(const QString &query, int limit)>;
