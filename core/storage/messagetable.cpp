// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagetable.h"

#include "sqlsupport.h"

using namespace Qt::StringLiterals;

namespace {

const QString baseColumns = uR"(m.id, m.conversation_id, m.parent_id, m.role, m.content, m.reasoning, m.tool_calls,
    m.tool_call_id, m.status, m.error, m.metadata, m.created_at, m.updated_at, m.completed_at)"_s;

// The sibling position is counted with the (conversation_id, parent_id, id) index.
const QString messageColumns = baseColumns + uR"(,
    (SELECT count(*) FROM messages s WHERE s.conversation_id = m.conversation_id AND s.parent_id = m.parent_id
        AND s.id < m.id),
    (SELECT count(*) FROM messages s WHERE s.conversation_id = m.conversation_id AND s.parent_id = m.parent_id))"_s;

const QString stepColumns = u"id, message_id, type, stage, content, progress, sequence, metadata, created_at"_s;

StorageError notFound(qint64 id)
{
    return StorageError(StorageError::Code::NotFound, u"message %1"_s.arg(id));
}

} // namespace

MessageTable::MessageTable(const QSqlDatabase &db)
    : m_db(db)
{ }

Message MessageTable::fromRow(const QSqlQuery &query, bool withSiblings)
{
    Message m;
    m.id = query.value(0).toLongLong();
    m.conversationId = query.value(1).toLongLong();
    m.parentId = query.value(2).toLongLong();
    m.role = query.value(3).toString();
    m.content = query.value(4).toString();
    m.reasoning = query.value(5).toString();
    const QVariant toolCalls = query.value(6);
    if (toolCalls.toString() != u"[]"_s) {
        m.toolCalls = Sql::jsonArray(toolCalls);
    }
    m.toolCallId = query.value(7).toString();
    m.status = messageStatusFromName(query.value(8).toString()).value_or(MessageStatus::Interrupted);
    m.error = query.value(9).toString();
    const QVariant metadata = query.value(10);
    if (metadata.toString() != u"{}"_s) {
        m.metadata = Sql::jsonObject(metadata);
    }
    m.createdAt = Sql::timeFrom(query.value(11));
    m.updatedAt = Sql::timeFrom(query.value(12));
    m.completedAt = Sql::timeFrom(query.value(13));
    if (withSiblings) {
        m.siblingIndex = query.value(14).toInt();
        m.siblingCount = query.value(15).toInt();
    }
    return m;
}

StorageResult<qint64> MessageTable::insert(const Message &draft, qint64 nowMs)
{
    const qint64 created = draft.createdAt.isValid() ? draft.createdAt.toMSecsSinceEpoch() : nowMs;
    const qint64 updated = draft.updatedAt.isValid() ? draft.updatedAt.toMSecsSinceEpoch() : created;
    QVariant completed = Sql::timeValue(draft.completedAt);
    if (completed.isNull() && isFinalStatus(draft.status)) {
        completed = updated;
    }
    QSqlQuery query(m_db);
    StorageError error;
    if (!Sql::exec(query,
                   u"INSERT INTO messages (conversation_id, parent_id, role, content, reasoning, tool_calls, tool_call_id, "
                   "status, error, metadata, created_at, updated_at, completed_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                   {draft.conversationId, draft.parentId, draft.role, draft.content, draft.reasoning,
                    Sql::jsonText(draft.toolCalls), draft.toolCallId, messageStatusName(draft.status), draft.error,
                    Sql::jsonText(draft.metadata), created, updated, completed},
                   &error)) {
        return error;
    }
    return query.lastInsertId().toLongLong();
}

StorageResult<QList<Message>> MessageTable::select(const QString &sql, const QVariantList &values, bool withSiblings)
{
    QList<Message> result;
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        StorageError error;
        if (!Sql::exec(query, sql, values, &error)) {
            return error;
        }
        while (query.next()) {
            result << fromRow(query, withSiblings);
        }
    }
    for (Message &message : result) {
        if (StorageError error = appendChunks(&message); error.isError()) {
            return error;
        }
    }
    return result;
}

StorageError MessageTable::appendChunks(Message *message)
{
    if (isFinalStatus(message->status)) {
        return {};
    }
    return readChunks(message->id, &message->content, &message->reasoning);
}

StorageError MessageTable::readChunks(qint64 id, QString *content, QString *reasoning)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    StorageError error;
    if (!Sql::exec(query, u"SELECT kind, text FROM message_chunks WHERE message_id = ? ORDER BY seq"_s, {id}, &error)) {
        return error;
    }
    while (query.next()) {
        const auto kind = ChunkKind(query.value(0).toInt());
        (kind == ChunkKind::Reasoning ? reasoning : content)->append(query.value(1).toString());
    }
    return {};
}

StorageResult<Message> MessageTable::get(qint64 id)
{
    auto rows = select(u"SELECT "_s + messageColumns + u" FROM messages m WHERE m.id = ?"_s, {id});
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return notFound(id);
    }
    return rows->first();
}

StorageResult<qint64> MessageTable::conversationOf(qint64 id)
{
    QSqlQuery query(m_db);
    StorageError error;
    if (!Sql::exec(query, u"SELECT conversation_id FROM messages WHERE id = ?"_s, {id}, &error)) {
        return error;
    }
    if (!query.next()) {
        return notFound(id);
    }
    return query.value(0).toLongLong();
}

StorageResult<QList<Message>> MessageTable::branch(qint64 conversationId, qint64 startId, int limit)
{
    // Walks up from startId one primary-key lookup per message; the LIMIT stops the recursion.
    const QString sql = u"WITH RECURSIVE branch (id, depth) AS ("
                        "  SELECT ?, 0"
                        "  UNION ALL"
                        "  SELECT p.parent_id, b.depth + 1 FROM branch b JOIN messages p ON p.id = b.id"
                        "    WHERE p.parent_id != 0"
                        "  LIMIT ?) "
                        "SELECT "_s +
        messageColumns + u" FROM branch b JOIN messages m ON m.id = b.id WHERE m.conversation_id = ? ORDER BY b.depth DESC"_s;
    return select(sql, {startId, limit, conversationId});
}

StorageResult<QList<Message>> MessageTable::siblings(qint64 id)
{
    return select(u"SELECT "_s + messageColumns +
                      u" FROM messages o JOIN messages m ON m.conversation_id = o.conversation_id"
                      " AND m.parent_id = o.parent_id WHERE o.id = ? ORDER BY m.id"_s,
                  {id});
}

StorageResult<qint64> MessageTable::newestLeafUnder(qint64 conversationId, qint64 id)
{
    // Children are always newer than their parent, so the newest message of a subtree has no children.
    QSqlQuery query(m_db);
    StorageError error;
    if (!Sql::exec(query,
                   u"WITH RECURSIVE subtree (id) AS ("
                   "  SELECT ? UNION ALL"
                   "  SELECT m.id FROM subtree s JOIN messages m ON m.conversation_id = ? AND m.parent_id = s.id) "
                   "SELECT max(id) FROM subtree"_s,
                   {id, conversationId}, &error)) {
        return error;
    }
    if (!query.next()) {
        return notFound(id);
    }
    return query.value(0).toLongLong();
}

StorageResult<QList<Message>> MessageTable::all(qint64 conversationId)
{
    // Every sibling is in the list: count them here rather than with two subqueries per row.
    auto result = select(u"SELECT "_s + baseColumns + u" FROM messages m WHERE m.conversation_id = ? ORDER BY m.id"_s,
                         {conversationId}, false);
    if (result) {
        QHash<qint64, int> children;
        for (Message &message : *result) {
            message.siblingIndex = children[message.parentId]++;
        }
        for (Message &message : *result) {
            message.siblingCount = children.value(message.parentId);
        }
    }
    return result;
}

StorageResult<qint64> MessageTable::newest(qint64 conversationId)
{
    QSqlQuery query(m_db);
    StorageError error;
    if (!Sql::exec(query, u"SELECT coalesce(max(id), 0) FROM messages WHERE conversation_id = ?"_s, {conversationId}, &error) ||
        !query.next()) {
        return error.isError() ? error : StorageError(StorageError::Code::Internal, u"newest message"_s);
    }
    return query.value(0).toLongLong();
}

StorageError MessageTable::update(qint64 id, const MessageUpdate &update, qint64 nowMs)
{
    QSqlQuery query(m_db);
    StorageError error;
    if (!Sql::exec(query, u"SELECT status, metadata FROM messages WHERE id = ?"_s, {id}, &error)) {
        return error;
    }
    if (!query.next()) {
        return notFound(id);
    }
    const MessageStatus oldStatus = messageStatusFromName(query.value(0).toString()).value_or(MessageStatus::Interrupted);
    QJsonObject metadata = Sql::jsonObject(query.value(1));
    query.finish();
    const MessageStatus newStatus = update.status.value_or(oldStatus);
    const bool finishing = !isFinalStatus(oldStatus) && isFinalStatus(newStatus);

    QStringList assignments;
    QVariantList values;
    const auto set = [&](const QString &assignment, const QVariant &value) {
        assignments << assignment;
        values << value;
    };
    // Replacing a text drops its chunks; finishing folds the remaining chunks into the row.
    bool dropContentChunks = false;
    bool dropReasoningChunks = false;
    QString chunkContent;
    QString chunkReasoning;
    if (finishing && (!update.content || !update.reasoning)) {
        if (error = readChunks(id, &chunkContent, &chunkReasoning); error.isError()) {
            return error;
        }
    }
    if (update.content) {
        set(u"content = ?"_s, *update.content);
        dropContentChunks = true;
    } else if (finishing && !chunkContent.isEmpty()) {
        set(u"content = content || ?"_s, chunkContent);
        dropContentChunks = true;
    }
    if (update.reasoning) {
        set(u"reasoning = ?"_s, *update.reasoning);
        dropReasoningChunks = true;
    } else if (finishing && !chunkReasoning.isEmpty()) {
        set(u"reasoning = reasoning || ?"_s, chunkReasoning);
        dropReasoningChunks = true;
    }
    if (update.toolCalls) {
        set(u"tool_calls = ?"_s, Sql::jsonText(*update.toolCalls));
    }
    if (update.error) {
        set(u"error = ?"_s, *update.error);
    }
    if (update.metadata) {
        for (auto it = update.metadata->begin(); it != update.metadata->end(); ++it) {
            if (it.value().isNull()) {
                metadata.remove(it.key());
            } else {
                metadata.insert(it.key(), it.value());
            }
        }
        set(u"metadata = ?"_s, Sql::jsonText(metadata));
    }
    if (update.status) {
        set(u"status = ?"_s, messageStatusName(newStatus));
        if (!isFinalStatus(newStatus)) {
            set(u"completed_at = ?"_s, QVariant());
        } else if (newStatus != oldStatus) {
            set(u"completed_at = ?"_s, nowMs);
        }
    }
    set(u"updated_at = ?"_s, nowMs);
    values << id;
    if (!Sql::exec(query, u"UPDATE messages SET "_s + assignments.join(u", "_s) + u" WHERE id = ?"_s, values, &error)) {
        return error;
    }
    if (dropContentChunks || dropReasoningChunks || finishing) {
        QString sql = u"DELETE FROM message_chunks WHERE message_id = ?"_s;
        if (!finishing && !(dropContentChunks && dropReasoningChunks)) {
            sql += u" AND kind = "_s + QString::number(int(dropContentChunks ? ChunkKind::Content : ChunkKind::Reasoning));
        }
        if (!Sql::exec(query, sql, {id}, &error)) {
            return error;
        }
    }
    return {};
}

StorageError MessageTable::appendToContent(qint64 id, const QString &text, qint64 nowMs)
{
    QSqlQuery query(m_db);
    StorageError error;
    if (!Sql::exec(query, u"UPDATE messages SET content = content || ?, updated_at = ? WHERE id = ?"_s, {text, nowMs, id},
                   &error)) {
        return error;
    }
    return query.numRowsAffected() == 0 ? notFound(id) : StorageError();
}

StorageResult<int> MessageTable::nextChunkSequence(qint64 id)
{
    QSqlQuery query(m_db);
    StorageError error;
    if (!Sql::exec(query, u"SELECT coalesce(max(seq), 0) + 1 FROM message_chunks WHERE message_id = ?"_s, {id}, &error) ||
        !query.next()) {
        return error.isError() ? error : StorageError(StorageError::Code::Internal, u"chunk sequence"_s);
    }
    return query.value(0).toInt();
}

StorageError MessageTable::insertChunk(qint64 id, int sequence, ChunkKind kind, const QString &text)
{
    QSqlQuery query(m_db);
    StorageError error;
    if (!Sql::exec(query, u"INSERT INTO message_chunks (message_id, seq, kind, text) VALUES (?, ?, ?, ?)"_s,
                   {id, sequence, int(kind), text}, &error)) {
        return error;
    }
    return {};
}

StorageResult<QList<qint64>> MessageTable::unfinished()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    StorageError error;
    if (!Sql::exec(query,
                   u"SELECT id FROM messages WHERE status IN ('pending', 'streaming') "
                   "UNION SELECT DISTINCT message_id FROM message_chunks ORDER BY 1"_s,
                   {}, &error)) {
        return error;
    }
    QList<qint64> ids;
    while (query.next()) {
        ids << query.value(0).toLongLong();
    }
    return ids;
}

MessageStep MessageTable::stepFromRow(const QSqlQuery &query)
{
    MessageStep step;
    step.id = query.value(0).toLongLong();
    step.messageId = query.value(1).toLongLong();
    step.type = query.value(2).toString();
    step.stage = query.value(3).toString();
    step.content = query.value(4).toString();
    step.progress = query.value(5).toDouble();
    step.sequence = query.value(6).toInt();
    step.metadata = Sql::jsonObject(query.value(7));
    step.createdAt = Sql::timeFrom(query.value(8));
    return step;
}

StorageResult<qint64> MessageTable::insertStep(const MessageStep &draft, qint64 nowMs)
{
    QSqlQuery query(m_db);
    StorageError error;
    const QString sequence =
        draft.sequence >= 0 ? u"?"_s : u"(SELECT coalesce(max(sequence), 0) + 1 FROM message_steps WHERE message_id = ?)"_s;
    if (!Sql::exec(query,
                   u"INSERT INTO message_steps (message_id, type, stage, content, progress, sequence, metadata, created_at) "
                   "VALUES (?, ?, ?, ?, ?, "_s +
                       sequence + u", ?, ?)"_s,
                   {draft.messageId, draft.type, draft.stage, draft.content, draft.progress,
                    draft.sequence >= 0 ? QVariant(draft.sequence) : QVariant(draft.messageId), Sql::jsonText(draft.metadata),
                    draft.createdAt.isValid() ? draft.createdAt.toMSecsSinceEpoch() : nowMs},
                   &error)) {
        return error;
    }
    return query.lastInsertId().toLongLong();
}

StorageResult<QList<MessageStep>> MessageTable::steps(qint64 messageId)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    StorageError error;
    if (!Sql::exec(query, u"SELECT "_s + stepColumns + u" FROM message_steps WHERE message_id = ? ORDER BY sequence, id"_s,
                   {messageId}, &error)) {
        return error;
    }
    QList<MessageStep> result;
    while (query.next()) {
        result << stepFromRow(query);
    }
    return result;
}

StorageResult<QHash<qint64, QList<MessageStep>>> MessageTable::stepsOfConversation(qint64 conversationId)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    StorageError error;
    if (!Sql::exec(query,
                   u"SELECT "_s + stepColumns +
                       u" FROM message_steps WHERE message_id IN (SELECT id FROM messages WHERE conversation_id = ?)"
                       " ORDER BY message_id, sequence, id"_s,
                   {conversationId}, &error)) {
        return error;
    }
    QHash<qint64, QList<MessageStep>> result;
    while (query.next()) {
        const MessageStep step = stepFromRow(query);
        result[step.messageId] << step;
    }
    return result;
}
