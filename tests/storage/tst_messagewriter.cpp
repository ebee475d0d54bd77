// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagewriter.h"
#include "storagetestsupport.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using StorageTest::draft;

class TestMessageWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage> m_storage;
    qint64 m_conversation = 0;
    qint64 m_reply = 0;

    QString folder() const
    {
        return m_dir.path() + u"/"_s + QString::fromLatin1(QTest::currentTestFunction());
    }

    std::unique_ptr<MessageWriter> writer()
    {
        auto result = m_storage->openWriter(m_reply);
        return result ? std::move(result).value() : nullptr;
    }

    int chunkRows()
    {
        return StorageTest::scalar(*m_storage, u"SELECT count(*) FROM message_chunks"_s).toInt();
    }

    QString storedContent()
    {
        return StorageTest::scalar(*m_storage, u"SELECT content FROM messages WHERE id = %1"_s.arg(m_reply)).toString();
    }

private Q_SLOTS:
    void init()
    {
        m_storage = StorageTest::open(folder());
        QVERIFY(m_storage);
        m_conversation = m_storage->createConversation()->id;
        const qint64 user = m_storage->addMessage(draft(m_conversation, 0, u"user"_s, u"Tell me a story"_s))->id;
        m_reply = m_storage->addMessage(draft(m_conversation, user, u"assistant"_s, QString(), MessageStatus::Pending))->id;
    }

    void cleanup()
    {
        m_storage.reset();
    }

    void firstTextMarksStreamingAndSavesAtOnce()
    {
        auto w = writer();
        QVERIFY(w);
        QSignalSpy changed(m_storage.get(), &Storage::messageChanged);
        w->appendContent(u"Once");
        QCOMPARE(w->status(), MessageStatus::Streaming);
        QCOMPARE(w->flushCount(), 1);
        QVERIFY(!w->hasUnsavedChanges());
        QCOMPARE(StorageTest::scalar(*m_storage, u"SELECT status FROM messages WHERE id = %1"_s.arg(m_reply)).toString(),
                 u"streaming"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(chunkRows(), 1);
    }

    void batchesBySize()
    {
        auto w = writer();
        w->setFlushInterval(1h);
        w->appendContent(u"a"); // status change: saved at once
        QCOMPARE(w->flushCount(), 1);
        const QString piece(50, u'x');
        int appended = 0;
        while (w->flushCount() == 1) {
            w->appendContent(piece);
            ++appended;
        }
        // 4096 bytes of UTF-8 trigger the batch: the 82nd piece of 50 bytes crosses it.
        QCOMPARE(appended, 82);
        QCOMPARE(w->savedContentSize(), w->content().size());
        QCOMPARE(chunkRows(), 2);
        // Non-ASCII text counts in UTF-8 bytes: 1366 three-byte characters cross 4096 bytes.
        const QString han(1365, QChar(0x4E2D));
        w->appendContent(han);
        QCOMPARE(w->flushCount(), 2);
        w->appendContent(u"中");
        QCOMPARE(w->flushCount(), 3);
    }

    void batchesByTime()
    {
        auto w = writer();
        w->appendContent(u"a");
        w->setFlushInterval(30ms);
        QSignalSpy flushed(w.get(), &MessageWriter::flushed);
        w->appendContent(u"b");
        w->appendContent(u"c");
        QVERIFY(w->hasUnsavedChanges());
        QCOMPARE(w->savedContentSize(), 1);
        QVERIFY(flushed.wait(2000));
        QCOMPARE(flushed.size(), 1);
        QCOMPARE(w->savedContentSize(), 3);
        QCOMPARE(chunkRows(), 2);
        QCOMPARE(m_storage->message(m_reply)->content, u"abc"_s);
    }

    void finishFoldsChunksIntoTheRow()
    {
        QSignalSpy conversationChanged(m_storage.get(), &Storage::conversationChanged);
        auto w = writer();
        w->appendReasoning(u"Let me think. ");
        w->appendContent(u"Once upon ");
        w->flush();
        w->appendReasoning(u"Done.");
        w->appendContent(u"a time.");
        QVERIFY(chunkRows() >= 2);
        QSignalSpy finished(w.get(), &MessageWriter::finished);
        auto message = w->finish(MessageStatus::Completed, {}, QJsonObject{{u"finish_reason"_s, u"stop"_s}});
        QVERIFY(message);
        QCOMPARE(finished.size(), 1);
        QVERIFY(w->isFinished());
        QCOMPARE(message->content, u"Once upon a time."_s);
        QCOMPARE(message->reasoning, u"Let me think. Done."_s);
        QCOMPARE(message->status, MessageStatus::Completed);
        QVERIFY(message->completedAt.isValid());
        QCOMPARE(message->metadata.value(u"finish_reason"_s).toString(), u"stop"_s);
        QCOMPARE(chunkRows(), 0);
        QCOMPARE(storedContent(), u"Once upon a time."_s);
        QCOMPARE(conversationChanged.size(), 1);
        // Finished: no more text, no second finish.
        w->appendContent(u"ignored");
        QCOMPARE(w->content(), u"Once upon a time."_s);
        QCOMPARE(w->finish(MessageStatus::Failed).error().code, StorageError::Code::InvalidArgument);
        QCOMPARE(w->finish(MessageStatus::Streaming).error().code, StorageError::Code::InvalidArgument);
    }

    void readsIncludeUnsavedText()
    {
        auto w = writer();
        w->setFlushInterval(1h);
        w->appendContent(u"saved ");
        w->appendContent(u"unsaved");
        QCOMPARE(w->savedContentSize(), 6);
        QCOMPARE(m_storage->message(m_reply)->content, u"saved unsaved"_s);
        QCOMPARE(m_storage->activeBranch(m_conversation)->last().content, u"saved unsaved"_s);
        QCOMPARE(m_storage->messages(m_conversation)->last().content, u"saved unsaved"_s);
        QCOMPARE(m_storage->writer(m_reply), w.get());
    }

    void oneWriterPerUnfinishedMessage()
    {
        auto w = writer();
        QVERIFY(w);
        QCOMPARE(m_storage->openWriter(m_reply).error().code, StorageError::Code::Busy);
        QCOMPARE(m_storage->openWriter(987654).error().code, StorageError::Code::NotFound);
        w->appendContent(u"x");
        QVERIFY(w->finish(MessageStatus::Completed));
        w.reset();
        QCOMPARE(m_storage->openWriter(m_reply).error().code, StorageError::Code::InvalidArgument);
    }

    void reopeningAStreamingMessageContinuesIt()
    {
        QVERIFY(m_storage->appendMessageContent(m_reply, u"external "));
        auto w = writer();
        QCOMPARE(w->content(), u"external "_s);
        w->appendContent(u"then writer");
        QCOMPARE(w->finish(MessageStatus::Completed)->content, u"external then writer"_s);
    }

    void destroyedWriterFinishesAsInterrupted()
    {
        {
            auto w = writer();
            w->setFlushInterval(1h);
            w->appendContent(u"partial ");
            w->appendContent(u"answer");
        }
        auto message = m_storage->message(m_reply);
        QCOMPARE(message->status, MessageStatus::Interrupted);
        QCOMPARE(message->content, u"partial answer"_s);
        QVERIFY(!m_storage->writer(m_reply));
    }

    void aDamagedDatabaseKeepsTheTextInMemory()
    {
        m_storage.reset();
        const QString path = QDir(folder()).filePath(Storage::databaseFileName());
        const qint64 root = StorageTest::rootPage(path, u"message_chunks"_s);
        QVERIFY(root > 1);
        QVERIFY(!StorageTest::damagePage(path, root).isEmpty());
        auto opened = Storage::open(folder());
        QVERIFY(opened);
        m_storage = std::move(opened).value();
        // The reply left pending was marked interrupted at open: stream a new one.
        auto reply = m_storage->addMessage(draft(m_conversation, 0, u"assistant"_s, QString(), MessageStatus::Pending));
        QVERIFY(reply);
        m_reply = reply->id;
        auto w = writer();
        QVERIFY(w);
        w->setFlushInterval(1h);
        QSignalSpy errors(m_storage.get(), &Storage::errorOccurred);

        w->appendContent(u"Once upon a time"); // the first batch meets the damaged page
        QCOMPARE(w->lastError().code, StorageError::Code::Corrupt);
        w->appendContent(u", there was");
        QTRY_COMPARE(errors.size(), 1);
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(w->flush().error().code, StorageError::Code::Corrupt);
        QCOMPARE(w->finish(MessageStatus::Completed).error().code, StorageError::Code::Corrupt);
        QCOMPARE(w->content(), u"Once upon a time, there was"_s);
        QVERIFY(w->hasUnsavedChanges());
        QVERIFY(!m_storage->message(m_reply));
        QTest::qWait(50); // no retry against the damaged file
        QCOMPARE(w->lastError(), m_storage->damage());
        QCOMPARE(errors.size(), 1);
    }

    void closingTheStorageFinishesOpenWriters()
    {
        auto w = writer();
        w->setFlushInterval(1h);
        w->appendContent(u"kept");
        w->appendContent(u" too");
        m_storage.reset();
        QVERIFY(w->isFinished());
        QCOMPARE(w->flush().error().code, StorageError::Code::Closed);
        w.reset();
        m_storage = StorageTest::open(folder());
        QVERIFY(!m_storage->openReport().uncleanShutdown);
        QCOMPARE(m_storage->message(m_reply)->status, MessageStatus::Interrupted);
        QCOMPARE(m_storage->message(m_reply)->content, u"kept too"_s);
    }

    void aFinishThatFailedIsKeptWhenTheStorageCloses()
    {
        auto w = writer();
        w->appendContent(u"all of it");
        QVERIFY(StorageTest::exec(*m_storage, u"PRAGMA query_only = ON"_s));
        QCOMPARE(w->finish(MessageStatus::Failed, u"HTTP 500"_s).error().code, StorageError::Code::ReadOnly);
        QVERIFY(StorageTest::exec(*m_storage, u"PRAGMA query_only = OFF"_s));
        m_storage.reset(); // before the retry timer fires
        m_storage = StorageTest::open(folder());
        auto message = m_storage->message(m_reply);
        QCOMPARE(message->status, MessageStatus::Failed);
        QCOMPARE(message->error, u"HTTP 500"_s);
        QCOMPARE(message->content, u"all of it"_s);
    }

    void deletingTheConversationDetachesTheWriter()
    {
        auto w = writer();
        w->appendContent(u"x");
        QVERIFY(m_storage->deleteConversation(m_conversation));
        QVERIFY(w->isFinished());
        QCOMPARE(w->lastError().code, StorageError::Code::NotFound);
        w->appendContent(u"y");
        QCOMPARE(w->content(), u"x"_s);
        QVERIFY(!m_storage->writer(m_reply));
    }

    void updateMessageHandsTheStatusToTheWriter()
    {
        auto w = writer();
        w->setFlushInterval(1h);
        w->appendContent(u"Half an ");
        w->appendContent(u"answer");
        MessageUpdate replace;
        replace.content = u"other"_s;
        QCOMPARE(m_storage->updateMessage(m_reply, replace).error().code, StorageError::Code::Busy);
        MessageUpdate cancel;
        cancel.status = MessageStatus::Cancelled;
        cancel.metadata = QJsonObject{{u"by"_s, u"user"_s}};
        auto cancelled = m_storage->updateMessage(m_reply, cancel);
        QVERIFY(cancelled);
        QVERIFY(w->isFinished());
        QCOMPARE(cancelled->status, MessageStatus::Cancelled);
        QCOMPARE(cancelled->content, u"Half an answer"_s);
        QCOMPARE(cancelled->metadata.value(u"by"_s).toString(), u"user"_s);
        QCOMPARE(chunkRows(), 0);
    }

    void appendMessageContentGoesThroughTheWriter()
    {
        auto w = writer();
        w->appendContent(u"a");
        QVERIFY(m_storage->appendMessageContent(m_reply, u"b"));
        QCOMPARE(w->content(), u"ab"_s);
    }

    void readOnlyDatabaseKeepsTheTextInMemory()
    {
        auto w = writer();
        w->setFlushInterval(20ms);
        w->appendContent(u"before ");
        QSignalSpy writerErrors(w.get(), &MessageWriter::errorOccurred);
        QSignalSpy storageErrors(m_storage.get(), &Storage::errorOccurred);
        QVERIFY(StorageTest::exec(*m_storage, u"PRAGMA query_only = ON"_s));
        w->appendContent(u"during");
        QCOMPARE(w->flush().error().code, StorageError::Code::ReadOnly);
        QCOMPARE(w->lastError().code, StorageError::Code::ReadOnly);
        w->appendContent(u" more");
        QTest::qWait(150); // several automatic retries fail
        QCOMPARE(w->content(), u"before during more"_s);
        QCOMPARE(m_storage->message(m_reply)->content, u"before during more"_s);
        QCOMPARE(writerErrors.size(), 1); // once per episode, not per retry
        QCOMPARE(storageErrors.size(), 1);
        QVERIFY(w->hasUnsavedChanges());

        QVERIFY(StorageTest::exec(*m_storage, u"PRAGMA query_only = OFF"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!w->hasUnsavedChanges(), 5000);
        QCOMPARE(w->lastError().code, StorageError::Code::None);
        QVERIFY(w->finish(MessageStatus::Completed));
        QCOMPARE(storedContent(), u"before during more"_s);
    }

    void fullDiskKeepsTheTextAndRetriesTheFinish()
    {
        auto w = writer();
        w->setFlushInterval(20ms);
        w->appendContent(u"start ");
        QSignalSpy errors(w.get(), &MessageWriter::errorOccurred);
        const int pages = StorageTest::scalar(*m_storage, u"PRAGMA page_count"_s).toInt();
        QVERIFY(StorageTest::exec(*m_storage, u"PRAGMA max_page_count = %1"_s.arg(pages)));
        const QString big(60000, u'y');
        w->appendContent(big);
        QCOMPARE(w->lastError().code, StorageError::Code::DiskFull);
        QCOMPARE(errors.size(), 1);
        auto finish = w->finish(MessageStatus::Completed, {}, QJsonObject{{u"usage"_s, 1}});
        QCOMPARE(finish.error().code, StorageError::Code::DiskFull);
        QVERIFY(!w->isFinished());
        QCOMPARE(w->content(), u"start "_s + big);

        QSignalSpy finished(w.get(), &MessageWriter::finished);
        QVERIFY(StorageTest::exec(*m_storage, u"PRAGMA max_page_count = 1073741823"_s));
        QVERIFY(finished.wait(5000)); // the finish is retried on its own
        QVERIFY(w->isFinished());
        auto message = m_storage->message(m_reply);
        QCOMPARE(message->status, MessageStatus::Completed);
        QCOMPARE(message->content, u"start "_s + big);
        QCOMPARE(message->metadata.value(u"usage"_s).toInt(), 1);
        QCOMPARE(chunkRows(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMessageWriter)
#include "tst_messagewriter.moc"
