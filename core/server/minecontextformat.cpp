// SPDX-License-Identifier: GPL-3.0-or-later
#include "minecontextformat.h"

#include "jsonwriter.h"
#include "pythonjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
QJsonValue timeValue(const QDateTime &time)
{
    if (!time.isValid()) {
        return QJsonValue::Null;
    }
    return QString::fromLatin1(MineContextFormat::timestamp(time));
}

/** Metadata as JSON text, written like Python's json.dumps (MineContext stores it that way). */
QString metadataText(const QJsonObject &metadata)
{
    return QString::fromUtf8(PythonJson::toBytes(metadata));
}
} // namespace

QByteArray MineContextFormat::timestamp(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    QByteArray text = local.toString(u"yyyy-MM-dd HH:mm:ss"_s).toLatin1();
    const int ms = local.time().msec();
    if (ms != 0) { // Python leaves the fraction out when it is zero
        text += '.' + QByteArray::number(ms).rightJustified(3, '0') + "000";
    }
    return text;
}

QByteArray MineContextFormat::conversation(const Conversation &conversation)
{
    QJsonObject metadata = conversation.metadata;
    const QJsonValue userId = metadata.take(u"user_id"_s);
    const QJsonValue pageName = metadata.take(u"page_name"_s);
    return JsonWriter()
        .add(u"id", conversation.id)
        .add(u"title", conversation.title.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(conversation.title))
        .add(u"user_id", userId.isString() ? userId : QJsonValue(QJsonValue::Null))
        .add(u"created_at", timeValue(conversation.createdAt))
        .add(u"updated_at", timeValue(conversation.updatedAt))
        .add(u"metadata", metadataText(metadata))
        .add(u"page_name", pageName.isString() ? pageName.toString() : u"home"_s)
        .add(u"status", u"active"_s)
        .toJson();
}

QByteArray MineContextFormat::step(const MessageStep &step)
{
    QJsonObject metadata = step.metadata;
    if (step.type != u"thinking") {
        metadata.insert(u"type"_s, step.type); // MineContext only kept `thinking` events here
    }
    return JsonWriter()
        .add(u"id", step.id)
        .add(u"message_id", step.messageId)
        .add(u"content", step.content)
        .add(u"stage", step.stage.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(step.stage))
        .addFloat(u"progress", step.progress)
        .add(u"sequence", step.sequence)
        .add(u"metadata", metadataText(metadata))
        .add(u"created_at", timeValue(step.createdAt))
        .toJson();
}

QByteArray MineContextFormat::message(const Message &message, const QList<MessageStep> &steps)
{
    QJsonObject metadata = message.metadata;
    if (!message.reasoning.isEmpty()) {
        metadata.insert(u"reasoning"_s, message.reasoning);
    }
    if (message.status == MessageStatus::Interrupted) {
        metadata.insert(u"confab_status"_s, messageStatusName(message.status));
    }
    qint64 tokens = metadata.value(u"usage").toObject().value(u"completion_tokens").toInteger();
    if (tokens == 0) {
        tokens = metadata.value(u"token_count").toInteger();
    }
    qint64 latency = metadata.value(u"latency_ms").toInteger();
    if (latency == 0 && message.completedAt.isValid() && message.createdAt.isValid() && message.role == u"assistant") {
        latency = message.createdAt.msecsTo(message.completedAt);
    }
    QList<QByteArray> thinking;
    for (const MessageStep &step : steps) {
        thinking << MineContextFormat::step(step);
    }
    return JsonWriter()
        .add(u"id", message.id)
        .add(u"conversation_id", message.conversationId)
        .add(u"parent_message_id",
             message.parentId > 0 ? QJsonValue(QString::number(message.parentId)) : QJsonValue(QJsonValue::Null))
        .add(u"role", message.role)
        .add(u"content", message.content)
        .add(u"status", statusName(message.status))
        .add(u"token_count", tokens)
        .add(u"metadata", metadataText(metadata))
        .add(u"latency_ms", latency)
        .add(u"error_message", message.error)
        .addRaw(u"thinking", JsonWriter::array(thinking))
        .add(u"completed_at", timeValue(message.completedAt))
        .add(u"created_at", timeValue(message.createdAt))
        .add(u"updated_at", timeValue(message.updatedAt))
        .toJson();
}

QByteArray MineContextFormat::error(const QString &detail)
{
    return JsonWriter().add(u"detail", detail).toJson();
}

QString MineContextFormat::statusName(MessageStatus status)
{
    return status == MessageStatus::Interrupted ? u"cancelled"_s : messageStatusName(status);
}
