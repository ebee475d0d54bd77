// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagetestsupport.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using StorageTest::draft;

class TestStorage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage> m_storage;

    Conversation conversationAt(const QString &title, int minutesAgo)
    {
        Conversation c;
        c.title = title;
        c.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
        return *m_storage->createConversation(c);
    }

    static QStringList titles(const StorageResult<QList<Conversation>> &list)
    {
        QStringList result;
        for (const Conversation &c : list.value()) {
            result << c.title;
        }
        return result;
    }

    static QStringList contents(const QList<Message> &messages)
    {
        QStringList result;
        for (const Message &m : messages) {
            result << m.content;
        }
        return result;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_storage = StorageTest::open(m_dir.path() + u"/"_s + QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY(m_storage);
    }

    void cleanup()
    {
        m_storage.reset();
    }

    void openCreatesAFreshDatabase()
    {
        QVERIFY(QFileInfo::exists(m_storage->databasePath()));
        QCOMPARE(QFileInfo(m_storage->databasePath()).fileName(), Storage::databaseFileName());
        const StorageOpenReport &report = m_storage->openReport();
        QVERIFY(!report.uncleanShutdown);
        QVERIFY(!report.recovered());
        QVERIFY(report.userMessage().isEmpty());
        QVERIFY(m_storage->hasFullTextSearch());
        QCOMPARE(StorageTest::scalar(*m_storage, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(StorageTest::scalar(*m_storage, u"PRAGMA synchronous"_s).toInt(), 1); // NORMAL
        QCOMPARE(StorageTest::scalar(*m_storage, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QCOMPARE(StorageTest::scalar(*m_storage, u"PRAGMA busy_timeout"_s).toInt(), 5000);
        QCOMPARE(StorageTest::scalar(*m_storage, u"PRAGMA user_version"_s).toInt(), 1);
    }

    void databaseFilesAreReadableByTheOwnerOnly()
    {
        m_storage.reset();
        const QString dir = m_dir.filePath(u"private/data"_s);
        const QString path = QDir(dir).filePath(Storage::databaseFileName());
        const QStringList files = {path, path + u"-wal"_s, path + u"-shm"_s, path + u".lock"_s};
        const mode_t oldMask = ::umask(022); // the usual mask: without care, files come out 0644
        m_storage = StorageTest::open(dir);
        QVERIFY(m_storage);
        QVERIFY(m_storage->createConversation());
        QCOMPARE(StorageTest::fileMode(dir), 0700);
        for (const QString &file : files) {
            QVERIFY2(StorageTest::fileMode(file) == 0600,
                     qPrintable(u"%1: %2"_s.arg(file).arg(StorageTest::fileMode(file), 0, 8)));
        }

        // Files an older Confab left readable by everyone are made private at the next open.
        m_storage.reset();
        for (const QString &file : QStringList{path, path + u"-wal"_s}) {
            QFile created(file);
            QVERIFY(created.open(QIODevice::Append));
            QVERIFY(created.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        }
        m_storage = StorageTest::open(dir);
        ::umask(oldMask);
        QVERIFY(m_storage);
        QVERIFY(m_storage->createConversation());
        for (const QString &file : files) {
            QVERIFY2(StorageTest::fileMode(file) == 0600,
                     qPrintable(u"%1: %2"_s.arg(file).arg(StorageTest::fileMode(file), 0, 8)));
        }
    }

    void theIntegrityCheckRunsInTheBackground()
    {
        m_storage.reset();
        auto opened = Storage::open(m_dir.filePath(u"checked"_s));
        QVERIFY(opened);
        std::unique_ptr<Storage> storage = std::move(opened).value();
        QVERIFY(storage->isCheckingIntegrity()); // open() did not wait for it
        QVERIFY(!storage->openReport().integrityChecked);
        QVERIFY(storage->createConversation()); // nor does anything else
        QSignalSpy checked(storage.get(), &Storage::integrityChecked);
        QVERIFY(checked.wait());
        QCOMPARE(checked.first().first().toBool(), true);
        QVERIFY(!storage->isCheckingIntegrity());
        QVERIFY(storage->openReport().integrityChecked);
        QVERIFY(!storage->damage().isError());
        QCOMPARE(*storage->conversationCount(), 1);
    }

    void secondOpenOfTheSameFolderIsRefused()
    {
        const QString dir = m_storage->dataDir();
        auto second = Storage::open(dir);
        QVERIFY(!second);
        QCOMPARE(second.error().code, StorageError::Code::InUse);
        m_storage.reset();
        auto third = Storage::open(dir);
        QVERIFY(third);
        QVERIFY(!third.value()->openReport().uncleanShutdown);
    }

    void dataFolderThatCannotBeCreated()
    {
        QFile blocker(m_dir.filePath(u"a-file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto result = Storage::open(blocker.fileName() + u"/data"_s);
        QVERIFY(!result);
        QCOMPARE(result.error().code, StorageError::Code::DataFolder);
        QVERIFY(!result.error().message.isEmpty());
    }

    void conversationCrudAndSignals()
    {
        QSignalSpy added(m_storage.get(), &Storage::conversationAdded);
        QSignalSpy changed(m_storage.get(), &Storage::conversationChanged);
        QSignalSpy removed(m_storage.get(), &Storage::conversationRemoved);

        Conversation input;
        input.title = u"Plans"_s;
        input.model = u"gpt-x"_s;
        input.provider = u"openai"_s;
        input.systemPrompt = u"Be brief."_s;
        input.parameters = QJsonObject{{u"temperature"_s, 0.2}};
        input.metadata = QJsonObject{{u"page_name"_s, u"home"_s}, {u"document_id"_s, u"12"_s}};
        auto created = m_storage->createConversation(input);
        QVERIFY(created);
        QVERIFY(created->id > 0);
        QVERIFY(created->createdAt.isValid());
        QCOMPARE(created->updatedAt, created->createdAt);
        QCOMPARE(created->title, input.title);
        QCOMPARE(created->parameters, input.parameters);
        QCOMPARE(created->metadata, input.metadata);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().first().toLongLong(), created->id);
        QCOMPARE(*m_storage->conversation(created->id), *created);

        auto renamed = m_storage->renameConversation(created->id, u"Holiday plans"_s);
        QVERIFY(renamed);
        QCOMPARE(renamed->title, u"Holiday plans"_s);
        QVERIFY(renamed->updatedAt >= created->updatedAt);
        QVERIFY(m_storage->setPinned(created->id, true)->pinned);
        QVERIFY(m_storage->setArchived(created->id, true)->archived);
        ConversationUpdate settings;
        settings.model = u"other"_s;
        settings.systemPrompt = QString();
        settings.metadata = QJsonObject{{u"user_id"_s, u"u1"_s}};
        auto updated = m_storage->updateConversation(created->id, settings);
        QCOMPARE(updated->model, u"other"_s);
        QCOMPARE(updated->systemPrompt, QString());
        QCOMPARE(updated->provider, u"openai"_s);
        QCOMPARE(updated->metadata, (QJsonObject{{u"user_id"_s, u"u1"_s}}));
        QCOMPARE(changed.size(), 4);

        const qint64 id = created->id;
        auto user = m_storage->addMessage(draft(id, 0, u"user"_s, u"hello"_s));
        QVERIFY(m_storage->addStep(MessageStep{0, user->id, u"thinking"_s, u"planning"_s, u"…"_s, 0.5, -1, {}, {}}));
        QVERIFY(m_storage->deleteConversation(id));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(m_storage->conversation(id).error().code, StorageError::Code::NotFound);
        QCOMPARE(m_storage->message(user->id).error().code, StorageError::Code::NotFound);
        QCOMPARE(StorageTest::scalar(*m_storage, u"SELECT count(*) FROM messages"_s).toInt(), 0);
        QCOMPARE(StorageTest::scalar(*m_storage, u"SELECT count(*) FROM message_steps"_s).toInt(), 0);
        QCOMPARE(m_storage->deleteConversation(id).error().code, StorageError::Code::NotFound);
        QCOMPARE(m_storage->renameConversation(id, u"x"_s).error().code, StorageError::Code::NotFound);
    }

    void listOrderPagingAndFilters()
    {
        const Conversation a = conversationAt(u"a"_s, 30);
        const Conversation b = conversationAt(u"b"_s, 20);
        const Conversation c = conversationAt(u"c"_s, 10);
        QCOMPARE(titles(m_storage->conversations()), (QStringList{u"c"_s, u"b"_s, u"a"_s}));

        QVERIFY(m_storage->addMessage(draft(a.id, 0, u"user"_s, u"activity"_s)));
        QCOMPARE(titles(m_storage->conversations()), (QStringList{u"a"_s, u"c"_s, u"b"_s}));
        // Pinning and archiving are not activity.
        QVERIFY(m_storage->setPinned(b.id, true));
        QCOMPARE(titles(m_storage->conversations()), (QStringList{u"b"_s, u"a"_s, u"c"_s}));
        QVERIFY(m_storage->setArchived(a.id, true));
        QCOMPARE(titles(m_storage->conversations()), (QStringList{u"b"_s, u"c"_s}));

        ConversationQuery query;
        query.archived = ConversationQuery::Archived::Include;
        QCOMPARE(titles(m_storage->conversations(query)), (QStringList{u"b"_s, u"a"_s, u"c"_s}));
        QCOMPARE(*m_storage->conversationCount(query), 3);
        query.pinnedFirst = false;
        QCOMPARE(titles(m_storage->conversations(query)), (QStringList{u"a"_s, u"c"_s, u"b"_s}));
        query.limit = 2;
        query.offset = 1;
        QCOMPARE(titles(m_storage->conversations(query)), (QStringList{u"c"_s, u"b"_s}));
        QCOMPARE(*m_storage->conversationCount(query), 3);
        query = {};
        query.archived = ConversationQuery::Archived::Only;
        QCOMPARE(titles(m_storage->conversations(query)), (QStringList{u"a"_s}));
        QCOMPARE(*m_storage->conversationCount(), 2);

        ConversationUpdate tag;
        tag.metadata = QJsonObject{{u"page_name"_s, u"creation"_s}, {u"level"_s, 3}, {u"shared"_s, true}};
        QVERIFY(m_storage->updateConversation(c.id, tag));
        query = {};
        query.metadataFilter = QJsonObject{{u"page_name"_s, u"creation"_s}};
        QCOMPARE(titles(m_storage->conversations(query)), (QStringList{u"c"_s}));
        query.metadataFilter = QJsonObject{{u"level"_s, 3}, {u"shared"_s, true}};
        QCOMPARE(titles(m_storage->conversations(query)), (QStringList{u"c"_s}));
        query.metadataFilter = QJsonObject{{u"page_name"_s, u"home"_s}};
        QCOMPARE(titles(m_storage->conversations(query)), QStringList());
        query.metadataFilter = QJsonObject{{u"page_name"_s, QJsonArray{1}}};
        QCOMPARE(m_storage->conversations(query).error().code, StorageError::Code::InvalidArgument);
        // Hostile text is data, never SQL.
        query.metadataFilter = QJsonObject{{u"x') OR 1=1 --"_s, u"' OR '1'='1"_s}};
        QCOMPARE(titles(m_storage->conversations(query)), QStringList());
    }

    void messagesAndActiveLeaf()
    {
        QSignalSpy added(m_storage.get(), &Storage::messageAdded);
        QSignalSpy changed(m_storage.get(), &Storage::messageChanged);
        const Conversation c = *m_storage->createConversation();
        Message user = draft(c.id, 0, u"user"_s, u"What is 2+2?"_s);
        user.metadata = QJsonObject{{u"source"_s, u"keyboard"_s}};
        auto u1 = m_storage->addMessage(user);
        QVERIFY(u1);
        QCOMPARE(u1->status, MessageStatus::Completed);
        QVERIFY(u1->completedAt.isValid());
        QCOMPARE(u1->metadata, user.metadata);
        QCOMPARE(m_storage->conversation(c.id)->activeLeafId, u1->id);

        Message reply = draft(c.id, u1->id, u"assistant"_s, QString(), MessageStatus::Pending);
        reply.toolCalls = QJsonArray{QJsonObject{{u"id"_s, u"call_1"_s}, {u"name"_s, u"calc"_s}}};
        auto a1 = m_storage->addMessage(reply);
        QVERIFY(a1);
        QCOMPARE(a1->status, MessageStatus::Pending);
        QVERIFY(!a1->completedAt.isValid());
        QCOMPARE(a1->toolCalls, reply.toolCalls);
        QCOMPARE(added.size(), 2);
        QCOMPARE(added.last().at(0).toLongLong(), c.id);
        QCOMPARE(added.last().at(1).toLongLong(), a1->id);

        MessageUpdate update;
        update.content = u"4"_s;
        update.status = MessageStatus::Completed;
        update.metadata = QJsonObject{{u"usage"_s, QJsonObject{{u"total_tokens"_s, 12}}}, {u"finish_reason"_s, u"stop"_s}};
        auto done = m_storage->updateMessage(a1->id, update);
        QVERIFY(done);
        QCOMPARE(done->content, u"4"_s);
        QCOMPARE(done->status, MessageStatus::Completed);
        QVERIFY(done->completedAt.isValid());
        QCOMPARE(changed.size(), 1);
        MessageUpdate merge;
        merge.metadata = QJsonObject{{u"finish_reason"_s, QJsonValue::Null}, {u"model"_s, u"m"_s}};
        QCOMPARE(m_storage->updateMessage(a1->id, merge)->metadata,
                 (QJsonObject{{u"usage"_s, QJsonObject{{u"total_tokens"_s, 12}}}, {u"model"_s, u"m"_s}}));

        Message tool = draft(c.id, a1->id, u"tool"_s, u"{\"result\": 4}"_s);
        tool.toolCallId = u"call_1"_s;
        QCOMPARE(m_storage->addMessage(tool)->toolCallId, u"call_1"_s);

        QCOMPARE(m_storage->addMessage(draft(c.id, 0, QString(), u"x"_s)).error().code, StorageError::Code::InvalidArgument);
        QCOMPARE(m_storage->addMessage(draft(c.id + 100, 0, u"user"_s, u"x"_s)).error().code, StorageError::Code::NotFound);
        const Conversation other = *m_storage->createConversation();
        QCOMPARE(m_storage->addMessage(draft(other.id, u1->id, u"user"_s, u"x"_s)).error().code,
                 StorageError::Code::InvalidArgument);
        QCOMPARE(m_storage->message(999999).error().code, StorageError::Code::NotFound);
        QCOMPARE(m_storage->updateMessage(999999, update).error().code, StorageError::Code::NotFound);

        auto all = m_storage->messages(c.id);
        QCOMPARE(contents(*all), (QStringList{u"What is 2+2?"_s, u"4"_s, u"{\"result\": 4}"_s}));
        QCOMPARE(m_storage->messages(999999).error().code, StorageError::Code::NotFound);
    }

    void appendContentToPendingAndFinishedMessages()
    {
        const Conversation c = *m_storage->createConversation();
        auto a = m_storage->addMessage(draft(c.id, 0, u"assistant"_s, QString(), MessageStatus::Pending));
        QVERIFY(m_storage->appendMessageContent(a->id, u"Hel"));
        QVERIFY(m_storage->appendMessageContent(a->id, u"lo"));
        QCOMPARE(m_storage->message(a->id)->status, MessageStatus::Streaming);
        QCOMPARE(m_storage->message(a->id)->content, u"Hello"_s);
        QCOMPARE(StorageTest::scalar(*m_storage, u"SELECT count(*) FROM message_chunks"_s).toInt(), 2);
        MessageUpdate finish;
        finish.status = MessageStatus::Completed;
        QCOMPARE(m_storage->updateMessage(a->id, finish)->content, u"Hello"_s);
        QCOMPARE(StorageTest::scalar(*m_storage, u"SELECT count(*) FROM message_chunks"_s).toInt(), 0);
        QCOMPARE(StorageTest::scalar(*m_storage, u"SELECT content FROM messages"_s).toString(), u"Hello"_s);
        QVERIFY(m_storage->appendMessageContent(a->id, u", world"));
        QCOMPARE(m_storage->message(a->id)->content, u"Hello, world"_s);
        QCOMPARE(m_storage->appendMessageContent(424242, u"x").error().code, StorageError::Code::NotFound);
    }

    void branchesAndSiblings()
    {
        const Conversation c = *m_storage->createConversation();
        const qint64 u1 = m_storage->addMessage(draft(c.id, 0, u"user"_s, u"u1"_s))->id;
        const qint64 a1 = m_storage->addMessage(draft(c.id, u1, u"assistant"_s, u"a1"_s))->id;
        const qint64 u2 = m_storage->addMessage(draft(c.id, a1, u"user"_s, u"u2"_s))->id;
        const qint64 a2 = m_storage->addMessage(draft(c.id, u2, u"assistant"_s, u"a2"_s))->id;
        // Regenerate the last answer: a sibling, which becomes the shown branch.
        const qint64 a2b = m_storage->addMessage(draft(c.id, u2, u"assistant"_s, u"a2b"_s))->id;
        auto branch = m_storage->activeBranch(c.id);
        QCOMPARE(contents(*branch), (QStringList{u"u1"_s, u"a1"_s, u"u2"_s, u"a2b"_s}));
        QCOMPARE(branch->last().siblingIndex, 1);
        QCOMPARE(branch->last().siblingCount, 2);
        QCOMPARE(branch->first().siblingCount, 1);
        QCOMPARE(branch->first().parentId, 0);
        QCOMPARE(contents(*m_storage->siblings(a2)), (QStringList{u"a2"_s, u"a2b"_s}));
        QCOMPARE(m_storage->siblings(a2)->first().siblingIndex, 0);

        QSignalSpy changed(m_storage.get(), &Storage::conversationChanged);
        QCOMPARE(*m_storage->setActiveLeaf(c.id, a2), a2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(contents(*m_storage->activeBranch(c.id)), (QStringList{u"u1"_s, u"a1"_s, u"u2"_s, u"a2"_s}));

        // Edit the first question: a new root with its own answer.
        const qint64 u1b = m_storage->addMessage(draft(c.id, 0, u"user"_s, u"u1b"_s))->id;
        const qint64 a1b = m_storage->addMessage(draft(c.id, u1b, u"assistant"_s, u"a1b"_s))->id;
        branch = m_storage->activeBranch(c.id);
        QCOMPARE(contents(*branch), (QStringList{u"u1b"_s, u"a1b"_s}));
        QCOMPARE(branch->first().siblingIndex, 1);
        QCOMPARE(branch->first().siblingCount, 2);
        QCOMPARE(contents(*m_storage->siblings(u1b)), (QStringList{u"u1"_s, u"u1b"_s}));

        // Switching back to the first root selects its newest leaf (a2b, the newest message under it).
        QCOMPARE(*m_storage->setActiveLeaf(c.id, u1), a2b);
        QCOMPARE(contents(*m_storage->activeBranch(c.id)), (QStringList{u"u1"_s, u"a1"_s, u"u2"_s, u"a2b"_s}));
        QCOMPARE(*m_storage->setActiveLeaf(c.id, u1b), a1b);
        // All messages, every branch, in creation order.
        auto all = m_storage->messages(c.id);
        QCOMPARE(contents(*all), (QStringList{u"u1"_s, u"a1"_s, u"u2"_s, u"a2"_s, u"a2b"_s, u"u1b"_s, u"a1b"_s}));
        const QList<int> index = {0, 0, 0, 0, 1, 1, 0};
        const QList<int> count = {2, 1, 1, 2, 2, 2, 1};
        for (qsizetype i = 0; i < all->size(); ++i) {
            QCOMPARE(all->at(i).siblingIndex, index.at(i));
            QCOMPARE(all->at(i).siblingCount, count.at(i));
        }

        const Conversation other = *m_storage->createConversation();
        QCOMPARE(m_storage->setActiveLeaf(other.id, a1).error().code, StorageError::Code::InvalidArgument);
        QCOMPARE(m_storage->activeBranch(other.id, a1).error().code, StorageError::Code::InvalidArgument);
        QCOMPARE(m_storage->activeBranch(other.id)->size(), 0);
        QCOMPARE(m_storage->siblings(999999).error().code, StorageError::Code::NotFound);
    }

    void activeBranchPagesFromTheNewest()
    {
        const Conversation c = *m_storage->createConversation();
        qint64 parent = 0;
        for (int i = 1; i <= 120; ++i) {
            parent = m_storage->addMessage(draft(c.id, parent, i % 2 ? u"user"_s : u"assistant"_s, QString::number(i)))->id;
        }
        auto page = m_storage->activeBranch(c.id, 0, 50);
        QCOMPARE(page->size(), 50);
        QCOMPARE(page->first().content, u"71"_s);
        QCOMPARE(page->last().content, u"120"_s);
        page = m_storage->activeBranch(c.id, page->first().id, 50);
        QCOMPARE(page->size(), 50);
        QCOMPARE(page->first().content, u"21"_s);
        QCOMPARE(page->last().content, u"70"_s);
        page = m_storage->activeBranch(c.id, page->first().id, 50);
        QCOMPARE(page->size(), 20);
        QCOMPARE(page->first().content, u"1"_s);
        QCOMPARE(page->first().parentId, 0);
        QCOMPARE(m_storage->activeBranch(c.id, page->first().id, 50)->size(), 0);
        QCOMPARE(m_storage->activeBranch(c.id, 0, 0)->size(), 120);
    }

    void steps()
    {
        QSignalSpy added(m_storage.get(), &Storage::stepAdded);
        const Conversation c = *m_storage->createConversation();
        const qint64 a = m_storage->addMessage(draft(c.id, 0, u"assistant"_s, u"x"_s))->id;
        const qint64 b = m_storage->addMessage(draft(c.id, a, u"assistant"_s, u"y"_s))->id;
        MessageStep step;
        step.messageId = a;
        step.type = u"thinking"_s;
        step.stage = u"intent_analysis"_s;
        step.content = u"Reading the question"_s;
        step.progress = 0.25;
        step.metadata = QJsonObject{{u"plan"_s, QJsonArray{u"search"_s}}};
        auto first = m_storage->addStep(step);
        QVERIFY(first);
        QCOMPARE(first->sequence, 1);
        QVERIFY(first->createdAt.isValid());
        QCOMPARE(first->metadata, step.metadata);
        step.content = u"Searching"_s;
        QCOMPARE(m_storage->addStep(step)->sequence, 2);
        step.sequence = 10;
        step.messageId = b;
        QCOMPARE(m_storage->addStep(step)->sequence, 10);
        QCOMPARE(added.size(), 3);
        QCOMPARE(added.first().at(1).toLongLong(), a);

        auto list = m_storage->steps(a);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).content, u"Reading the question"_s);
        QCOMPARE(list->at(1).content, u"Searching"_s);
        auto byMessage = m_storage->conversationSteps(c.id);
        QCOMPARE(byMessage->value(a).size(), 2);
        QCOMPARE(byMessage->value(b).size(), 1);
        step.messageId = 999999;
        QCOMPARE(m_storage->addStep(step).error().code, StorageError::Code::NotFound);
        QCOMPARE(m_storage->steps(999999).error().code, StorageError::Code::NotFound);
    }

    void readOnlyAndFullDatabaseAreReported()
    {
        const Conversation c = *m_storage->createConversation();
        QSignalSpy errors(m_storage.get(), &Storage::errorOccurred);

        QVERIFY(StorageTest::exec(*m_storage, u"PRAGMA query_only = ON"_s));
        auto refused = m_storage->addMessage(draft(c.id, 0, u"user"_s, u"hello"_s));
        QCOMPARE(refused.error().code, StorageError::Code::ReadOnly);
        QVERIFY(!refused.error().message.isEmpty());
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().value<StorageError>().code, StorageError::Code::ReadOnly);
        QCOMPARE(m_storage->renameConversation(c.id, u"x"_s).error().code, StorageError::Code::ReadOnly);
        QCOMPARE(m_storage->conversation(c.id)->title, QString()); // reads still work
        QVERIFY(StorageTest::exec(*m_storage, u"PRAGMA query_only = OFF"_s));

        const int pages = StorageTest::scalar(*m_storage, u"PRAGMA page_count"_s).toInt();
        QVERIFY(StorageTest::exec(*m_storage, u"PRAGMA max_page_count = %1"_s.arg(pages)));
        auto full = m_storage->addMessage(draft(c.id, 0, u"user"_s, QString(100000, u'x')));
        QCOMPARE(full.error().code, StorageError::Code::DiskFull);
        QCOMPARE(errors.last().first().value<StorageError>().code, StorageError::Code::DiskFull);
        // Nothing half-written: the failed message is not there and the conversation is unchanged.
        QCOMPARE(m_storage->messages(c.id)->size(), 0);
        QCOMPARE(m_storage->conversation(c.id)->activeLeafId, 0);
        QVERIFY(StorageTest::exec(*m_storage, u"PRAGMA max_page_count = 1073741823"_s));
        QVERIFY(m_storage->addMessage(draft(c.id, 0, u"user"_s, QString(100000, u'x'))));
        // Not-found errors are answers, not failures of the database.
        const auto before = errors.size();
        QVERIFY(!m_storage->conversation(123456));
        QCOMPARE(errors.size(), before);
    }

    void hostileTextIsStoredVerbatim()
    {
        const QString evil = u"'); DROP TABLE messages; -- \" \\ %_ \u0000 \U0001F600 你好"_s;
        Conversation input;
        input.title = evil;
        const Conversation c = *m_storage->createConversation(input);
        QCOMPARE(m_storage->conversation(c.id)->title, evil);
        const qint64 id = m_storage->addMessage(draft(c.id, 0, evil, evil))->id;
        QCOMPARE(m_storage->message(id)->content, evil);
        QCOMPARE(m_storage->message(id)->role, evil);
        QCOMPARE(*m_storage->conversationCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
