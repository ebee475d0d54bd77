// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationtable.h"

#include "sqlsupport.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

const QString ConversationTable::columns = u"id, title, created_at, updated_at, pinned, archived, model, provider, "
                                           "system_prompt, parameters, metadata, active_leaf_id"_s;

ConversationTable::ConversationTable(const QSqlDatabase &db)
    : m_db(db)
{ }

Conversation ConversationTable::fromRow(const QSqlQuery &query)
{
    Conversation c;
    c.id = query.value(0).toLongLong();
    c.title = query.value(1).toString();
    c.createdAt = Sql::timeFrom(query.value(2));
    c.updatedAt = Sql::timeFrom(query.value(3));
    c.pinned = query.value(4).toBool();
    c.archived = query.value(5).toBool();
    c.model = query.value(6).toString();
    c.provider = query.value(7).toString();
    c.systemPrompt = query.value(8).toString();
    c.parameters = Sql::jsonObject(query.value(9));
    c.metadata = Sql::jsonObject(query.value(10));
    c.activeLeafId = query.value(11).toLongLong();
    return c;
}

StorageResult<qint64> ConversationTable::insert(const Conversation &draft, qint64 nowMs)
{
    const qint64 created = draft.createdAt.isValid() ? draft.createdAt.toMSecsSinceEpoch() : nowMs;
    const qint64 updated = draft.updatedAt.isValid() ? draft.updatedAt.toMSecsSinceEpoch() : created;
    QSqlQuery query(m_db);
    StorageError error;
    if (!Sql::exec(query,
                   u"INSERT INTO conversations (title, created_at, updated_at, pinned, archived, model, provider, "
                   "system_prompt, parameters, metadata, active_leaf_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                   {draft.title, created, updated, int(draft.pinned), int(draft.archived), draft.model, draft.provider,
                    draft.systemPrompt, Sql::jsonText(draft.parameters), Sql::jsonText(draft.metadata), draft.activeLeafId},
                   &error)) {
        return error;
    }
    return query.lastInsertId().toLongLong();
}

StorageResult<Conversation> ConversationTable::get(qint64 id)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    StorageError error;
    if (!Sql::exec(query, u"SELECT "_s + columns + u" FROM conversations WHERE id = ?"_s, {id}, &error)) {
        return error;
    }
    if (!query.next()) {
        return StorageError(StorageError::Code::NotFound, u"conversation %1"_s.arg(id));
    }
    return fromRow(query);
}

StorageError ConversationTable::where(const ConversationQuery &query, QString *sql, QVariantList *values) const
{
    QStringList conditions;
    if (query.archived == ConversationQuery::Archived::Exclude) {
        conditions << u"archived = 0"_s;
    } else if (query.archived == ConversationQuery::Archived::Only) {
        conditions << u"archived = 1"_s;
    }
    for (auto it = query.metadataFilter.begin(); it != query.metadataFilter.end(); ++it) {
        if (it.key().contains(u'"')) {
            return StorageError(StorageError::Code::InvalidArgument, u"metadata key %1"_s.arg(it.key()));
        }
        const QJsonValue value = it.value();
        QVariant bound;
        if (value.isString()) {
            bound = value.toString();
        } else if (value.isBool()) {
            bound = int(value.toBool());
        } else if (value.isDouble()) {
            bound = value.toDouble();
        } else {
            return StorageError(StorageError::Code::InvalidArgument,
                                u"metadata filter %1: only strings, numbers and booleans can be compared"_s.arg(it.key()));
        }
        conditions << u"json_extract(metadata, ?) = ?"_s;
        *values << QVariant(QString(u"$.\""_s + it.key() + u'"')) << bound;
    }
    if (!conditions.isEmpty()) {
        *sql += u" WHERE "_s + conditions.join(u" AND "_s);
    }
    return {};
}

StorageResult<QList<Conversation>> ConversationTable::list(const ConversationQuery &request)
{
    QString sql = u"SELECT "_s + columns + u" FROM conversations"_s;
    QVariantList values;
    if (StorageError error = where(request, &sql, &values); error.isError()) {
        return error;
    }
    sql += request.pinnedFirst ? u" ORDER BY pinned DESC, updated_at DESC, id DESC"_s : u" ORDER BY updated_at DESC, id DESC"_s;
    sql += u" LIMIT ? OFFSET ?"_s;
    values << (request.limit > 0 ? request.limit : -1) << qMax(0, request.offset);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    StorageError error;
    if (!Sql::exec(query, sql, values, &error)) {
        return error;
    }
    QList<Conversation> result;
    while (query.next()) {
        result << fromRow(query);
    }
    return result;
}

StorageResult<qint64> ConversationTable::count(const ConversationQuery &request)
{
    QString sql = u"SELECT count(*) FROM conversations"_s;
    QVariantList values;
    if (StorageError error = where(request, &sql, &values); error.isError()) {
        return error;
    }
    QSqlQuery query(m_db);
    StorageError error;
    if (!Sql::exec(query, sql, values, &error) || !query.next()) {
        return error.isError() ? error : StorageError(StorageError::Code::Internal, u"count"_s);
    }
    return query.value(0).toLongLong();
}

StorageError ConversationTable::update(qint64 id, const ConversationUpdate &update, qint64 nowMs)
{
    QStringList assignments;
    QVariantList values;
    const auto set = [&](const QString &column, const QVariant &value) {
        assignments << column + u" = ?"_s;
        values << value;
    };
    if (update.title) {
        set(u"title"_s, *update.title);
    }
    if (update.model) {
        set(u"model"_s, *update.model);
    }
    if (update.provider) {
        set(u"provider"_s, *update.provider);
    }
    if (update.systemPrompt) {
        set(u"system_prompt"_s, *update.systemPrompt);
    }
    if (update.parameters) {
        set(u"parameters"_s, Sql::jsonText(*update.parameters));
    }
    if (update.metadata) {
        set(u"metadata"_s, Sql::jsonText(*update.metadata));
    }
    const bool activity = !assignments.isEmpty();
    if (update.pinned) {
        set(u"pinned"_s, int(*update.pinned));
    }
    if (update.archived) {
        set(u"archived"_s, int(*update.archived));
    }
    if (activity) {
        set(u"updated_at"_s, nowMs);
    }
    if (assignments.isEmpty()) {
        return get(id).error();
    }
    values << id;
    QSqlQuery query(m_db);
    StorageError error;
    if (!Sql::exec(query, u"UPDATE conversations SET "_s + assignments.join(u", "_s) + u" WHERE id = ?"_s, values, &error)) {
        return error;
    }
    if (query.numRowsAffected() == 0) {
        return StorageError(StorageError::Code::NotFound, u"conversation %1"_s.arg(id));
    }
    return {};
}

StorageError ConversationTable::remove(qint64 id)
{
    QSqlQuery query(m_db);
    StorageError error;
    if (!Sql::exec(query, u"DELETE FROM conversations WHERE id = ?"_s, {id}, &error)) {
        return error;
    }
    if (query.numRowsAffected() == 0) {
        return StorageError(StorageError::Code::NotFound, u"conversation %1"_s.arg(id));
    }
    return {};
}

StorageError ConversationTable::touch(qint64 id, qint64 nowMs, qint64 activeLeafId)
{
    QSqlQuery query(m_db);
    StorageError error;
    const bool ok = activeLeafId >= 0
        ? Sql::exec(query, u"UPDATE conversations SET updated_at = ?, active_leaf_id = ? WHERE id = ?"_s,
                    {nowMs, activeLeafId, id}, &error)
        : Sql::exec(query, u"UPDATE conversations SET updated_at = ? WHERE id = ?"_s, {nowMs, id}, &error);
    return ok ? StorageError() : error;
}

StorageError ConversationTable::setActiveLeaf(qint64 id, qint64 activeLeafId)
{
    QSqlQuery query(m_db);
    StorageError error;
    if (!Sql::exec(query, u"UPDATE conversations SET active_leaf_id = ? WHERE id = ?"_s, {activeLeafId, id}, &error)) {
        return error;
    }
    return {};
}

StorageResult<QList<qint64>> ConversationTable::allIds()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    StorageError error;
    if (!Sql::exec(query, u"SELECT id FROM conversations ORDER BY id"_s, {}, &error)) {
        return error;
    }
    QList<qint64> ids;
    while (query.next()) {
        ids << query.value(0).toLongLong();
    }
    return ids;
}
