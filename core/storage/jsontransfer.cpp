// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontransfer.h"

#include "conversationtable.h"
#include "messagetable.h"
#include "sqlsupport.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

StorageError invalid(const QString &where, const QString &problem)
{
    StorageError error(StorageError::Code::InvalidImport, where + u": "_s + problem);
    error.message = QCoreApplication::translate("JsonTransfer", "The file cannot be imported (%1: %2). Nothing was imported.")
                        .arg(where, problem);
    return error;
}

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

// Reads typed fields of one JSON object; the first problem is kept in `error` and later reads return defaults.
class Fields
{
public:
    Fields(const QJsonObject &object, const QString &where)
        : m_object(object)
        , m_where(where)
    { }

    QString string(const QString &key, bool required = false)
    {
        const QJsonValue value = take(key, QJsonValue::String, required);
        return value.toString();
    }
    bool boolean(const QString &key)
    {
        return take(key, QJsonValue::Bool, false).toBool();
    }
    double number(const QString &key)
    {
        return take(key, QJsonValue::Double, false).toDouble();
    }
    qint64 integer(const QString &key, bool required = false)
    {
        const double value = take(key, QJsonValue::Double, required).toDouble();
        if (value != std::floor(value) || std::abs(value) > 9007199254740992.0) {
            fail(key, u"expected an integer"_s);
            return 0;
        }
        return qint64(value);
    }
    QJsonObject object(const QString &key)
    {
        return take(key, QJsonValue::Object, false).toObject();
    }
    QJsonArray array(const QString &key, bool required = false)
    {
        return take(key, QJsonValue::Array, required).toArray();
    }
    QDateTime time(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()) {
            return {};
        }
        const QString text = take(key, QJsonValue::String, false).toString();
        const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!error.isError() && !time.isValid()) {
            fail(key, u"not an ISO 8601 time: \"%1\""_s.arg(text.left(40)));
        }
        return time;
    }
    void fail(const QString &key, const QString &problem)
    {
        if (!error.isError()) {
            error = invalid(m_where + u'.' + key, problem);
        }
    }

    StorageError error;

private:
    QJsonValue take(const QString &key, QJsonValue::Type type, bool required)
    {
        const QJsonValue value = m_object.value(key);
        if (error.isError()) {
            return {};
        }
        if (value.isUndefined()) {
            if (required) {
                fail(key, u"missing"_s);
            }
            return {};
        }
        if (value.type() != type) {
            static const QHash<QJsonValue::Type, QString> names = {
                {QJsonValue::String, u"a string"_s},  {QJsonValue::Bool, u"true or false"_s}, {QJsonValue::Double, u"a number"_s},
                {QJsonValue::Object, u"an object"_s}, {QJsonValue::Array, u"an array"_s},
            };
            fail(key, u"expected "_s + names.value(type));
            return {};
        }
        return value;
    }

    QJsonObject m_object;
    QString m_where;
};

} // namespace

QString JsonTransfer::formatName()
{
    return u"confab-conversations"_s;
}

JsonTransfer::JsonTransfer(const QSqlDatabase &db)
    : m_db(db)
{ }

StorageResult<QByteArray> JsonTransfer::exportConversations(const QList<qint64> &requested)
{
    ConversationTable conversations(m_db);
    MessageTable messages(m_db);
    QList<qint64> ids = requested;
    if (ids.isEmpty()) {
        auto all = conversations.allIds();
        if (!all) {
            return all.error();
        }
        ids = *all;
    }
    QJsonArray list;
    for (const qint64 id : std::as_const(ids)) {
        auto conversation = conversations.get(id);
        auto rows = conversation ? messages.all(id) : StorageResult<QList<Message>>(conversation.error());
        auto steps = rows ? messages.stepsOfConversation(id) : StorageResult<QHash<qint64, QList<MessageStep>>>(rows.error());
        if (!steps) {
            return steps.error();
        }
        const Conversation &c = *conversation;
        QJsonArray messageArray;
        for (const Message &m : std::as_const(*rows)) {
            QJsonArray stepArray;
            for (const MessageStep &s : steps->value(m.id)) {
                stepArray.append(QJsonObject{
                    {u"type"_s, s.type},
                    {u"stage"_s, s.stage},
                    {u"content"_s, s.content},
                    {u"progress"_s, s.progress},
                    {u"sequence"_s, s.sequence},
                    {u"metadata"_s, s.metadata},
                    {u"createdAt"_s, timeJson(s.createdAt)},
                });
            }
            messageArray.append(QJsonObject{
                {u"id"_s, m.id},
                {u"parentId"_s, m.parentId},
                {u"role"_s, m.role},
                {u"content"_s, m.content},
                {u"reasoning"_s, m.reasoning},
                {u"toolCalls"_s, m.toolCalls},
                {u"toolCallId"_s, m.toolCallId},
                {u"status"_s, messageStatusName(m.status)},
                {u"error"_s, m.error},
                {u"metadata"_s, m.metadata},
                {u"createdAt"_s, timeJson(m.createdAt)},
                {u"updatedAt"_s, timeJson(m.updatedAt)},
                {u"completedAt"_s, timeJson(m.completedAt)},
                {u"steps"_s, stepArray},
            });
        }
        list.append(QJsonObject{
            {u"id"_s, c.id},
            {u"title"_s, c.title},
            {u"createdAt"_s, timeJson(c.createdAt)},
            {u"updatedAt"_s, timeJson(c.updatedAt)},
            {u"pinned"_s, c.pinned},
            {u"archived"_s, c.archived},
            {u"model"_s, c.model},
            {u"provider"_s, c.provider},
            {u"systemPrompt"_s, c.systemPrompt},
            {u"parameters"_s, c.parameters},
            {u"metadata"_s, c.metadata},
            {u"activeLeafId"_s, c.activeLeafId},
            {u"messages"_s, messageArray},
        });
    }
    const QJsonObject document{
        {u"format"_s, formatName()},
        {u"version"_s, formatVersion},
        {u"exportedAt"_s, timeJson(QDateTime::currentDateTimeUtc())},
        {u"conversations"_s, list},
    };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

StorageError JsonTransfer::parseConversation(const QJsonObject &object, const QString &where, Imported *imported)
{
    Fields fields(object, where);
    Conversation &c = imported->conversation;
    c.title = fields.string(u"title"_s);
    c.createdAt = fields.time(u"createdAt"_s);
    c.updatedAt = fields.time(u"updatedAt"_s);
    c.pinned = fields.boolean(u"pinned"_s);
    c.archived = fields.boolean(u"archived"_s);
    c.model = fields.string(u"model"_s);
    c.provider = fields.string(u"provider"_s);
    c.systemPrompt = fields.string(u"systemPrompt"_s);
    c.parameters = fields.object(u"parameters"_s);
    c.metadata = fields.object(u"metadata"_s);
    c.activeLeafId = fields.integer(u"activeLeafId"_s);
    const QJsonArray messages = fields.array(u"messages"_s, true);
    if (fields.error.isError()) {
        return fields.error;
    }
    QSet<qint64> seen;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QString at = where + u".messages["_s + QString::number(i) + u']';
        if (!messages.at(i).isObject()) {
            return invalid(at, u"expected an object"_s);
        }
        Fields m(messages.at(i).toObject(), at);
        Message message;
        message.id = m.integer(u"id"_s, true);
        message.parentId = m.integer(u"parentId"_s);
        message.role = m.string(u"role"_s, true);
        message.content = m.string(u"content"_s);
        message.reasoning = m.string(u"reasoning"_s);
        message.toolCalls = m.array(u"toolCalls"_s);
        message.toolCallId = m.string(u"toolCallId"_s);
        const QString status = m.string(u"status"_s);
        message.error = m.string(u"error"_s);
        message.metadata = m.object(u"metadata"_s);
        message.createdAt = m.time(u"createdAt"_s);
        message.updatedAt = m.time(u"updatedAt"_s);
        message.completedAt = m.time(u"completedAt"_s);
        const QJsonArray steps = m.array(u"steps"_s);
        if (m.error.isError()) {
            return m.error;
        }
        if (message.role.isEmpty()) {
            return invalid(at + u".role"_s, u"empty"_s);
        }
        if (message.id <= 0 || seen.contains(message.id)) {
            return invalid(at + u".id"_s, u"must be a positive number, unique in its conversation"_s);
        }
        if (message.parentId != 0 && !seen.contains(message.parentId)) {
            return invalid(at + u".parentId"_s, u"%1 is not an earlier message of this conversation"_s.arg(message.parentId));
        }
        const auto parsedStatus = status.isEmpty() ? MessageStatus::Completed : messageStatusFromName(status);
        if (!parsedStatus) {
            return invalid(at + u".status"_s, u"unknown status \"%1\""_s.arg(status.left(40)));
        }
        // Nothing is writing an imported message: one caught mid-stream stays readable as interrupted.
        message.status = isFinalStatus(*parsedStatus) ? *parsedStatus : MessageStatus::Interrupted;
        seen.insert(message.id);

        QList<MessageStep> stepList;
        for (qsizetype j = 0; j < steps.size(); ++j) {
            const QString stepAt = at + u".steps["_s + QString::number(j) + u']';
            if (!steps.at(j).isObject()) {
                return invalid(stepAt, u"expected an object"_s);
            }
            Fields s(steps.at(j).toObject(), stepAt);
            MessageStep step;
            step.type = s.string(u"type"_s);
            step.stage = s.string(u"stage"_s);
            step.content = s.string(u"content"_s);
            step.progress = s.number(u"progress"_s);
            step.sequence = int(std::clamp<qint64>(s.integer(u"sequence"_s), 0, std::numeric_limits<int>::max()));
            step.metadata = s.object(u"metadata"_s);
            step.createdAt = s.time(u"createdAt"_s);
            if (s.error.isError()) {
                return s.error;
            }
            stepList << step;
        }
        imported->messages << message;
        imported->steps << stepList;
    }
    if (c.activeLeafId != 0 && !seen.contains(c.activeLeafId)) {
        return invalid(where + u".activeLeafId"_s, u"%1 is not a message of this conversation"_s.arg(c.activeLeafId));
    }
    return {};
}

StorageResult<QList<JsonTransfer::Imported>> JsonTransfer::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return invalid(u"offset %1"_s.arg(parseError.offset), u"not valid JSON (%1)"_s.arg(parseError.errorString()));
    }
    if (!document.isObject()) {
        return invalid(u"document"_s, u"expected an object"_s);
    }
    const QJsonObject root = document.object();
    Fields fields(root, u"document"_s);
    const QString format = fields.string(u"format"_s, true);
    const qint64 version = fields.integer(u"version"_s, true);
    const QJsonArray conversations = fields.array(u"conversations"_s, true);
    if (fields.error.isError()) {
        return fields.error;
    }
    if (format != formatName()) {
        return invalid(u"document.format"_s, u"\"%1\" is not a Confab export"_s.arg(format.left(40)));
    }
    if (version < 1 || version > formatVersion) {
        return invalid(u"document.version"_s,
                       u"version %1 is not supported (this Confab reads version %2)"_s.arg(version).arg(formatVersion));
    }
    QList<Imported> result;
    for (qsizetype i = 0; i < conversations.size(); ++i) {
        const QString where = u"conversations["_s + QString::number(i) + u']';
        if (!conversations.at(i).isObject()) {
            return invalid(where, u"expected an object"_s);
        }
        Imported imported;
        if (StorageError error = parseConversation(conversations.at(i).toObject(), where, &imported); error.isError()) {
            return error;
        }
        result << imported;
    }
    return result;
}

StorageResult<QList<qint64>> JsonTransfer::importConversations(const QByteArray &json)
{
    auto parsed = parse(json);
    if (!parsed) {
        return parsed.error();
    }
    ConversationTable conversations(m_db);
    MessageTable messages(m_db);
    Transaction transaction(m_db);
    if (StorageError error = transaction.begin(); error.isError()) {
        return error;
    }
    const qint64 now = Sql::nowMs();
    QList<qint64> newIds;
    for (const Imported &imported : std::as_const(*parsed)) {
        Conversation draft = imported.conversation;
        draft.activeLeafId = 0;
        auto conversationId = conversations.insert(draft, now);
        if (!conversationId) {
            return conversationId.error();
        }
        QHash<qint64, qint64> idMap;
        for (qsizetype i = 0; i < imported.messages.size(); ++i) {
            Message message = imported.messages.at(i);
            message.conversationId = *conversationId;
            message.parentId = message.parentId == 0 ? 0 : idMap.value(message.parentId);
            auto messageId = messages.insert(message, now);
            if (!messageId) {
                return messageId.error();
            }
            idMap.insert(imported.messages.at(i).id, *messageId);
            for (MessageStep step : imported.steps.at(i)) {
                step.messageId = *messageId;
                if (auto stepId = messages.insertStep(step, now); !stepId) {
                    return stepId.error();
                }
            }
        }
        qint64 leaf = idMap.value(imported.conversation.activeLeafId);
        if (leaf == 0 && !imported.messages.isEmpty()) {
            leaf = idMap.value(imported.messages.last().id);
        }
        if (StorageError error = conversations.setActiveLeaf(*conversationId, leaf); error.isError()) {
            return error;
        }
        newIds << *conversationId;
    }
    if (StorageError error = transaction.commit(); error.isError()) {
        return error;
    }
    return newIds;
}
