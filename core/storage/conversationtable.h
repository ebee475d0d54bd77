// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conversation.h"
#include "conversationquery.h"
#include "conversationupdate.h"
#include "storageresult.h"

#include <QSqlDatabase>

class QSqlQuery;

/**
 * @brief The SQL of the `conversations` table. Callers own the transactions.
 */
class ConversationTable
{
public:
    explicit ConversationTable(const QSqlDatabase &db);

    /** Inserts @p draft (its id is ignored; invalid times become @p nowMs) and returns the new id. */
    StorageResult<qint64> insert(const Conversation &draft, qint64 nowMs);
    StorageResult<Conversation> get(qint64 id);
    StorageResult<QList<Conversation>> list(const ConversationQuery &query);
    StorageResult<qint64> count(const ConversationQuery &query);
    /** Applies @p update; `updated_at` moves to @p nowMs when a title or setting changes. */
    StorageError update(qint64 id, const ConversationUpdate &update, qint64 nowMs);
    StorageError remove(qint64 id);
    /** Records activity: `updated_at` = @p nowMs, and the active leaf when @p activeLeafId >= 0. */
    StorageError touch(qint64 id, qint64 nowMs, qint64 activeLeafId = -1);
    StorageError setActiveLeaf(qint64 id, qint64 activeLeafId);
    /** All conversation ids in creation order (for exporting everything). */
    StorageResult<QList<qint64>> allIds();

    static Conversation fromRow(const QSqlQuery &query);
    static const QString columns;

private:
    StorageError where(const ConversationQuery &query, QString *sql, QVariantList *values) const;

    QSqlDatabase m_db;
};
