// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"
#include "messagestep.h"
#include "messageupdate.h"
#include "storageresult.h"

#include <QHash>
#include <QSqlDatabase>

class QSqlQuery;

/**
 * @brief The SQL of messages, their streamed chunks and their steps. Callers own the transactions.
 *
 * While a message is pending or streaming, its text is `content` followed by its chunk rows; moving it to a
 * final status folds the chunks into `content` (and `reasoning`) and deletes them.
 */
class MessageTable
{
public:
    enum class ChunkKind {
        Content = 0,
        Reasoning = 1,
    };

    explicit MessageTable(const QSqlDatabase &db);

    /** Inserts @p draft (its id and sibling fields are ignored; invalid times become @p nowMs). */
    StorageResult<qint64> insert(const Message &draft, qint64 nowMs);
    StorageResult<Message> get(qint64 id);
    /** The conversation of message @p id. */
    StorageResult<qint64> conversationOf(qint64 id);
    /** Up to @p limit messages from @p startId up towards the root, returned oldest first. */
    StorageResult<QList<Message>> branch(qint64 conversationId, qint64 startId, int limit);
    /** The messages with the same parent as @p id (itself included), in creation order. */
    StorageResult<QList<Message>> siblings(qint64 id);
    /** The newest message in the subtree under @p id (itself when it has no children): always a leaf. */
    StorageResult<qint64> newestLeafUnder(qint64 conversationId, qint64 id);
    /** Every message of the conversation, in creation order. */
    StorageResult<QList<Message>> all(qint64 conversationId);
    /** The newest message of the conversation, or 0. */
    StorageResult<qint64> newest(qint64 conversationId);
    /** Applies @p update (see MessageUpdate); folds the chunks in when the status becomes final. */
    StorageError update(qint64 id, const MessageUpdate &update, qint64 nowMs);
    /** Appends to a finished message's content (rewrites the value; for occasional external appends). */
    StorageError appendToContent(qint64 id, const QString &text, qint64 nowMs);

    StorageResult<int> nextChunkSequence(qint64 id);
    StorageError insertChunk(qint64 id, int sequence, ChunkKind kind, const QString &text);
    /** Ids of the messages left pending or streaming, and of any message that still has chunks. */
    StorageResult<QList<qint64>> unfinished();

    StorageResult<qint64> insertStep(const MessageStep &draft, qint64 nowMs);
    StorageResult<QList<MessageStep>> steps(qint64 messageId);
    StorageResult<QHash<qint64, QList<MessageStep>>> stepsOfConversation(qint64 conversationId);

private:
    StorageResult<QList<Message>> select(const QString &sql, const QVariantList &values, bool withSiblings = true);
    StorageError appendChunks(Message *message);
    StorageError readChunks(qint64 id, QString *content, QString *reasoning);
    static Message fromRow(const QSqlQuery &query, bool withSiblings);
    static MessageStep stepFromRow(const QSqlQuery &query);

    QSqlDatabase m_db;
};
