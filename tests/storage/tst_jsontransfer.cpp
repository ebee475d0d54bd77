// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontransfer.h"
#include "messagewriter.h"
#include "storagetestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using StorageTest::draft;

class TestJsonTransfer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage> m_storage;

    // Ids differ after an import: replace them by positions so two exports can be compared.
    static QJsonObject normalized(const QByteArray &json)
    {
        QJsonObject document = QJsonDocument::fromJson(json).object();
        document.remove(u"exportedAt"_s);
        QJsonArray conversations;
        for (const QJsonValue &value : document.value(u"conversations"_s).toArray()) {
            QJsonObject conversation = value.toObject();
            QHash<qint64, int> position;
            QJsonArray messages;
            for (const QJsonValue &m : conversation.value(u"messages"_s).toArray()) {
                QJsonObject message = m.toObject();
                position.insert(message.value(u"id"_s).toInteger(), int(messages.size()) + 1);
                message[u"id"_s] = position.value(message.value(u"id"_s).toInteger());
                message[u"parentId"_s] = position.value(message.value(u"parentId"_s).toInteger());
                messages.append(message);
            }
            conversation[u"messages"_s] = messages;
            conversation.remove(u"id"_s);
            conversation[u"activeLeafId"_s] = position.value(conversation.value(u"activeLeafId"_s).toInteger());
            conversations.append(conversation);
        }
        document[u"conversations"_s] = conversations;
        return document;
    }

    QList<qint64> buildRichHistory()
    {
        Conversation input;
        input.title = u"Ünïcödé 你好 \U0001F600"_s;
        input.pinned = true;
        input.model = u"m"_s;
        input.provider = u"p"_s;
        input.systemPrompt = u"sys\nprompt"_s;
        input.parameters = QJsonObject{{u"temperature"_s, 0.3}, {u"stop"_s, QJsonArray{u"\n\n"_s}}};
        input.metadata = QJsonObject{{u"document_id"_s, u"12"_s}, {u"nested"_s, QJsonObject{{u"a"_s, 1}}}};
        const qint64 c = m_storage->createConversation(input)->id;
        const qint64 u1 = m_storage->addMessage(draft(c, 0, u"user"_s, u"question \"quoted\""_s))->id;
        Message answer = draft(c, u1, u"assistant"_s, u"answer"_s);
        answer.reasoning = u"thinking…"_s;
        answer.toolCalls = QJsonArray{QJsonObject{{u"id"_s, u"call_9"_s}, {u"type"_s, u"function"_s}}};
        answer.metadata = QJsonObject{{u"usage"_s, QJsonObject{{u"total_tokens"_s, 42}}}, {u"latency_ms"_s, 1234}};
        const qint64 a1 = m_storage->addMessage(answer)->id;
        Message tool = draft(c, a1, u"tool"_s, u"{\"ok\":true}"_s);
        tool.toolCallId = u"call_9"_s;
        m_storage->addMessage(tool);
        Message failed = draft(c, u1, u"assistant"_s, u"partial"_s, MessageStatus::Failed);
        failed.error = u"HTTP 500"_s;
        const qint64 a2 = m_storage->addMessage(failed)->id;
        m_storage->addStep(MessageStep{0, a1, u"thinking"_s, u"planning"_s, u"Plan"_s, 0.5, -1, {{u"k"_s, u"v"_s}}, {}});
        m_storage->addStep(MessageStep{0, a1, u"running"_s, u"executing"_s, u"Run"_s, 1.0, -1, {}, {}});
        m_storage->setActiveLeaf(c, a2);

        Conversation archived;
        archived.title = u"archived"_s;
        archived.archived = true;
        const qint64 d = m_storage->createConversation(archived)->id;
        m_storage->addMessage(draft(d, 0, u"user"_s, u"old"_s, MessageStatus::Cancelled));
        return {c, d};
    }

    static QByteArray withChange(const std::function<void(QJsonObject &)> &change)
    {
        QFile file(QStringLiteral(CONFAB_TEST_DATA_DIR "/storage/export-v1.json"));
        file.open(QIODevice::ReadOnly);
        QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
        change(document);
        return QJsonDocument(document).toJson();
    }

    // Edits conversations[i].messages[j] of the fixture.
    static QByteArray withMessage(int i, int j, const std::function<void(QJsonObject &)> &change)
    {
        return withChange([&](QJsonObject &document) {
            QJsonArray conversations = document[u"conversations"_s].toArray();
            QJsonObject conversation = conversations[i].toObject();
            QJsonArray messages = conversation[u"messages"_s].toArray();
            QJsonObject message = messages[j].toObject();
            change(message);
            messages[j] = message;
            conversation[u"messages"_s] = messages;
            conversations[i] = conversation;
            document[u"conversations"_s] = conversations;
        });
    }

private Q_SLOTS:
    void init()
    {
        m_storage = StorageTest::open(m_dir.path() + u"/"_s + QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY(m_storage);
    }

    void cleanup()
    {
        m_storage.reset();
    }

    void roundTripIsLossless()
    {
        const QList<qint64> ids = buildRichHistory();
        auto first = m_storage->exportJson(ids);
        QVERIFY(first);
        QSignalSpy added(m_storage.get(), &Storage::conversationAdded);
        auto imported = m_storage->importJson(*first);
        QVERIFY2(imported, qPrintable(imported.error().toString()));
        QCOMPARE(imported->size(), 2);
        QCOMPARE(added.size(), 2);
        auto second = m_storage->exportJson(*imported);
        QCOMPARE(normalized(*second), normalized(*first));

        // The copies are real conversations: same fields, branches, steps.
        const Conversation original = *m_storage->conversation(ids.first());
        Conversation copy = *m_storage->conversation(imported->first());
        QCOMPARE(copy.title, original.title);
        QCOMPARE(copy.createdAt, original.createdAt);
        QCOMPARE(copy.updatedAt, original.updatedAt);
        QCOMPARE(copy.parameters, original.parameters);
        QCOMPARE(m_storage->activeBranch(copy.id)->last().error, u"HTTP 500"_s);
        QCOMPARE(m_storage->activeBranch(copy.id)->last().siblingCount, 2);
        const qint64 copiedAnswer = m_storage->messages(copy.id)->at(1).id;
        QCOMPARE(m_storage->steps(copiedAnswer)->size(), 2);

        // Everything at once: four conversations now.
        auto all = m_storage->exportJson();
        QCOMPARE(QJsonDocument::fromJson(*all).object().value(u"conversations"_s).toArray().size(), 4);
    }

    void fixtureImports()
    {
        auto ids = m_storage->importJsonFile(QStringLiteral(CONFAB_TEST_DATA_DIR "/storage/export-v1.json"));
        QVERIFY2(ids, qPrintable(ids.error().toString()));
        QCOMPARE(ids->size(), 2);
        const Conversation trip = *m_storage->conversation(ids->first());
        QCOMPARE(trip.title, u"Trip to Lisbon"_s);
        QVERIFY(trip.pinned);
        QCOMPARE(trip.createdAt, QDateTime::fromString(u"2025-02-28T09:00:00.000Z"_s, Qt::ISODateWithMs));
        auto branch = m_storage->activeBranch(trip.id);
        QCOMPARE(branch->size(), 2);
        QCOMPARE(branch->last().content, u"Jerónimos, Sintra, the trams."_s);
        QCOMPARE(branch->last().status, MessageStatus::Interrupted);
        QCOMPARE(branch->last().siblingIndex, 1);
        auto siblings = m_storage->siblings(branch->last().id);
        QCOMPARE(siblings->first().reasoning, u"Classic picks."_s);
        QCOMPARE(m_storage->steps(siblings->first().id)->first().stage, u"intent_analysis"_s);
        QCOMPARE(m_storage->messages(ids->last())->size(), 0);
    }

    void streamingMessagesImportAsInterrupted()
    {
        auto ids = m_storage->importJson(withMessage(0, 2, [](QJsonObject &m) { m[u"status"_s] = u"streaming"_s; }));
        QVERIFY(ids);
        QCOMPARE(m_storage->activeBranch(ids->first())->last().status, MessageStatus::Interrupted);
    }

    void malformedImportsAreRefusedWhole_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");

        QTest::newRow("not json") << QByteArray("{\"format\": ") << u"offset"_s;
        QTest::newRow("array root") << QByteArray("[]") << u"document"_s;
        QTest::newRow("other format") << withChange([](QJsonObject &d) { d[u"format"_s] = u"chatbox"_s; })
                                      << u"document.format"_s;
        QTest::newRow("newer version") << withChange([](QJsonObject &d) { d[u"version"_s] = 2; }) << u"document.version"_s;
        QTest::newRow("no conversations") << withChange([](QJsonObject &d) { d.remove(u"conversations"_s); })
                                          << u"document.conversations"_s;
        QTest::newRow("conversation not object")
            << withChange([](QJsonObject &d) { d[u"conversations"_s] = QJsonArray{1}; }) << u"conversations[0]"_s;
        QTest::newRow("title not string") << withChange([](QJsonObject &d) {
            QJsonArray list = d[u"conversations"_s].toArray();
            QJsonObject c = list[1].toObject();
            c[u"title"_s] = 5;
            list[1] = c;
            d[u"conversations"_s] = list;
        }) << u"conversations[1].title"_s;
        QTest::newRow("missing role") << withMessage(0, 1, [](QJsonObject &m) { m.remove(u"role"_s); })
                                      << u"conversations[0].messages[1].role"_s;
        QTest::newRow("unknown status") << withMessage(0, 1, [](QJsonObject &m) { m[u"status"_s] = u"done"_s; })
                                        << u"conversations[0].messages[1].status"_s;
        QTest::newRow("parent later") << withMessage(0, 0, [](QJsonObject &m) { m[u"parentId"_s] = 13; })
                                      << u"conversations[0].messages[0].parentId"_s;
        QTest::newRow("duplicate id") << withMessage(0, 2, [](QJsonObject &m) { m[u"id"_s] = 11; })
                                      << u"conversations[0].messages[2].id"_s;
        QTest::newRow("fractional id") << withMessage(0, 0, [](QJsonObject &m) { m[u"id"_s] = 1.5; })
                                       << u"conversations[0].messages[0].id"_s;
        QTest::newRow("bad time") << withMessage(0, 0, [](QJsonObject &m) { m[u"createdAt"_s] = u"yesterday"_s; })
                                  << u"conversations[0].messages[0].createdAt"_s;
        QTest::newRow("tool calls not array") << withMessage(0, 1, [](QJsonObject &m) { m[u"toolCalls"_s] = u"[]"_s; })
                                              << u"conversations[0].messages[1].toolCalls"_s;
        QTest::newRow("metadata as text") << withMessage(0, 1, [](QJsonObject &m) { m[u"metadata"_s] = u"{}"_s; })
                                          << u"conversations[0].messages[1].metadata"_s;
        QTest::newRow("step not object") << withMessage(0, 1, [](QJsonObject &m) { m[u"steps"_s] = QJsonArray{u"x"_s}; })
                                         << u"conversations[0].messages[1].steps[0]"_s;
        QTest::newRow("active leaf unknown") << withChange([](QJsonObject &d) {
            QJsonArray list = d[u"conversations"_s].toArray();
            QJsonObject c = list[0].toObject();
            c[u"activeLeafId"_s] = 99;
            list[0] = c;
            d[u"conversations"_s] = list;
        }) << u"conversations[0].activeLeafId"_s;
    }

    void malformedImportsAreRefusedWhole()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        m_storage->createConversation();
        const ConversationQuery everything{0, 0, ConversationQuery::Archived::Include, true, {}};
        const qint64 conversations = *m_storage->conversationCount(everything);
        const int messages = StorageTest::scalar(*m_storage, u"SELECT count(*) FROM messages"_s).toInt();
        QSignalSpy errors(m_storage.get(), &Storage::errorOccurred);
        auto result = m_storage->importJson(json);
        QVERIFY(!result);
        QCOMPARE(result.error().code, StorageError::Code::InvalidImport);
        QVERIFY2(result.error().detail.startsWith(where), qPrintable(result.error().detail));
        QVERIFY(result.error().message.contains(where));
        QCOMPARE(*m_storage->conversationCount(everything), conversations);
        QCOMPARE(StorageTest::scalar(*m_storage, u"SELECT count(*) FROM messages"_s).toInt(), messages);
        QCOMPARE(errors.size(), 0);
    }

    void anImportThatFailsHalfwayLeavesNothing()
    {
        const QList<qint64> ids = buildRichHistory();
        const qint64 big = m_storage->createConversation()->id;
        for (int i = 0; i < 20; ++i) {
            m_storage->addMessage(draft(big, 0, u"user"_s, QString(5000, QChar(u'a' + i))));
        }
        auto json = m_storage->exportJson();
        const qint64 before = *m_storage->conversationCount({0, 0, ConversationQuery::Archived::Include, true, {}});
        const int pages = StorageTest::scalar(*m_storage, u"PRAGMA page_count"_s).toInt();
        QVERIFY(StorageTest::exec(*m_storage, u"PRAGMA max_page_count = %1"_s.arg(pages + 8)));
        QSignalSpy errors(m_storage.get(), &Storage::errorOccurred);
        auto result = m_storage->importJson(*json);
        QCOMPARE(result.error().code, StorageError::Code::DiskFull);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(*m_storage->conversationCount({0, 0, ConversationQuery::Archived::Include, true, {}}), before);
        QCOMPARE(StorageTest::scalar(*m_storage, u"SELECT count(*) FROM messages"_s).toInt(), 25);
    }

    void filesAreWrittenAndRead()
    {
        const QList<qint64> ids = buildRichHistory();
        const QString path = m_dir.filePath(u"export.json"_s);
        QVERIFY(m_storage->exportJsonFile(path, {ids.first()}));
        auto imported = m_storage->importJsonFile(path);
        QVERIFY(imported);
        QCOMPARE(imported->size(), 1);
        QCOMPARE(m_storage->importJsonFile(m_dir.filePath(u"missing.json"_s)).error().code, StorageError::Code::NotFound);
        QCOMPARE(m_storage->exportJson({987654}).error().code, StorageError::Code::NotFound);
        QCOMPARE(m_storage->exportJsonFile(m_dir.filePath(u"no/such/folder/x.json"_s)).error().code, StorageError::Code::Io);
    }

    void exportIncludesStreamedChunks()
    {
        const qint64 c = m_storage->createConversation()->id;
        const qint64 m = m_storage->addMessage(draft(c, 0, u"assistant"_s, QString(), MessageStatus::Pending))->id;
        QVERIFY(m_storage->appendMessageContent(m, u"saved chunk"));
        auto json = m_storage->exportJson({c});
        const QJsonObject message = QJsonDocument::fromJson(*json)[u"conversations"_s][0][u"messages"_s][0].toObject();
        QCOMPARE(message.value(u"content"_s).toString(), u"saved chunk"_s);
        QCOMPARE(message.value(u"status"_s).toString(), u"streaming"_s);

        // Text an open writer holds is saved before the export.
        auto writer = std::move(m_storage->openWriter(m_storage->messages(c)->first().id)).value();
        writer->setFlushInterval(std::chrono::hours(1));
        writer->appendContent(u" and more");
        QVERIFY(writer->hasUnsavedChanges());
        json = m_storage->exportJson({c});
        QVERIFY(!writer->hasUnsavedChanges());
        QCOMPARE(QJsonDocument::fromJson(*json)[u"conversations"_s][0][u"messages"_s][0][u"content"_s].toString(),
                 u"saved chunk and more"_s);
    }
};

QTEST_GUILESS_MAIN(TestJsonTransfer)
#include "tst_jsontransfer.moc"
