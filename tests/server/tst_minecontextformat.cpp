// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"
#include "minecontextformat.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestMineContextFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timestampsAsPythonWritesThem()
    {
        const QDateTime local(QDate(2025, 10, 20), QTime(14, 3, 12, 123));
        QCOMPARE(MineContextFormat::timestamp(local), "2025-10-20 14:03:12.123000");
        QCOMPARE(MineContextFormat::timestamp(local.toUTC()), "2025-10-20 14:03:12.123000"); // naive local time
        QCOMPARE(MineContextFormat::timestamp(QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 7))), "2025-01-02 03:04:05.007000");
        QCOMPARE(MineContextFormat::timestamp(QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5))), "2025-01-02 03:04:05");
    }

    void conversation()
    {
        Conversation conversation;
        conversation.id = 7;
        conversation.title = u"Ünïcode \"title\""_s;
        conversation.createdAt = QDateTime(QDate(2025, 10, 20), QTime(14, 3, 12, 500));
        conversation.updatedAt = conversation.createdAt.addSecs(60);
        conversation.metadata = {{u"page_name"_s, u"creation"_s}, {u"document_id"_s, u"12"_s}, {u"user_id"_s, u"u1"_s}};
        QCOMPARE(
            MineContextFormat::conversation(conversation),
            QByteArray(
                "{\"id\":7,\"title\":\"Ünïcode \\\"title\\\"\",\"user_id\":\"u1\",\"created_at\":\"2025-10-20 14:03:12.500000\","
                "\"updated_at\":\"2025-10-20 14:04:12.500000\",\"metadata\":\"{\\\"document_id\\\": \\\"12\\\"}\","
                "\"page_name\":\"creation\",\"status\":\"active\"}"));
        Conversation window; // made by the window: no MineContext metadata
        window.id = 8;
        QCOMPARE(
            MineContextFormat::conversation(window),
            QByteArray("{\"id\":8,\"title\":null,\"user_id\":null,\"created_at\":null,\"updated_at\":null,\"metadata\":\"{}\","
                       "\"page_name\":\"home\",\"status\":\"active\"}"));
    }

    void message()
    {
        const QDateTime created(QDate(2025, 10, 20), QTime(14, 3, 12, 100));
        Message message;
        message.id = 3;
        message.conversationId = 7;
        message.parentId = 2;
        message.role = u"assistant"_s;
        message.content = u"Hi"_s;
        message.reasoning = u"thought"_s;
        message.status = MessageStatus::Interrupted;
        message.metadata = {{u"usage"_s, QJsonObject{{u"completion_tokens"_s, 5}}}};
        message.createdAt = created;
        message.updatedAt = created;
        message.completedAt = created.addMSecs(1500);
        MessageStep step;
        step.id = 9;
        step.messageId = 3;
        step.type = u"done"_s;
        step.stage = u"execution"_s;
        step.content = u"Reply generated"_s;
        step.progress = 1.0;
        step.sequence = 0;
        step.createdAt = created;
        QCOMPARE(
            MineContextFormat::message(message, {step}),
            QByteArray("{\"id\":3,\"conversation_id\":7,\"parent_message_id\":\"2\",\"role\":\"assistant\",\"content\":\"Hi\","
                       "\"status\":\"cancelled\",\"token_count\":5,\"metadata\":\"{\\\"confab_status\\\": \\\"interrupted\\\", "
                       "\\\"reasoning\\\": \\\"thought\\\", \\\"usage\\\": {\\\"completion_tokens\\\": 5}}\",\"latency_ms\":1500,"
                       "\"error_message\":\"\",\"thinking\":[{\"id\":9,\"message_id\":3,\"content\":\"Reply generated\","
                       "\"stage\":\"execution\",\"progress\":1.0,\"sequence\":0,\"metadata\":\"{\\\"type\\\": \\\"done\\\"}\","
                       "\"created_at\":\"2025-10-20 14:03:12.100000\"}],\"completed_at\":\"2025-10-20 14:03:13.600000\","
                       "\"created_at\":\"2025-10-20 14:03:12.100000\",\"updated_at\":\"2025-10-20 14:03:12.100000\"}"));
    }

    void statusNames()
    {
        QCOMPARE(MineContextFormat::statusName(MessageStatus::Streaming), u"streaming"_s);
        QCOMPARE(MineContextFormat::statusName(MessageStatus::Completed), u"completed"_s);
        QCOMPARE(MineContextFormat::statusName(MessageStatus::Failed), u"failed"_s);
        QCOMPARE(MineContextFormat::statusName(MessageStatus::Cancelled), u"cancelled"_s);
        QCOMPARE(MineContextFormat::statusName(MessageStatus::Interrupted), u"cancelled"_s);
        QCOMPARE(MineContextFormat::error(u"Not Found"_s), "{\"detail\":\"Not Found\"}");
    }

    void jsonWriterKeepsOrder()
    {
        QCOMPARE(JsonWriter().add(u"z", 1).add(u"a", u"x\n\"y\u0001"_s).addFloat(u"f", 2.0).add(u"n", QJsonValue::Null).toJson(),
                 "{\"z\":1,\"a\":\"x\\n\\\"y\\u0001\",\"f\":2.0,\"n\":null}");
        QCOMPARE(JsonWriter().toJson(), "{}");
        QCOMPARE(JsonWriter::compact(QJsonObject{{u"b"_s, QJsonArray{1, 2.5, true}}, {u"a"_s, u"é"_s}}),
                 "{\"a\":\"é\",\"b\":[1,2.5,true]}");
    }
};

QTEST_GUILESS_MAIN(TestMineContextFormat)
#include "tst_minecontextformat.moc"
