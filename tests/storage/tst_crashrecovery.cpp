// SPDX-License-Identifier: GPL-3.0-or-later
// Crash recovery at Storage::open(): a child streaming into the database is killed with SIGKILL.
#include "storagetestsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private:
    // Starts the helper in @p mode and reads its stdout until @p done returns true for a line.
    static bool runUntil(QProcess &process, const QString &dir, const QString &mode,
                         const std::function<bool(const QString &)> &done)
    {
        process.setProgram(QStringLiteral(STREAM_HELPER));
        process.setArguments({dir, mode});
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start();
        if (!process.waitForStarted(5000)) {
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000) {
            if (!process.canReadLine() && !process.waitForReadyRead(1000)) {
                if (process.state() != QProcess::Running) {
                    return false;
                }
                continue;
            }
            while (process.canReadLine()) {
                if (done(QString::fromUtf8(process.readLine()).trimmed())) {
                    return true;
                }
            }
        }
        return false;
    }

    static void killHard(QProcess &process)
    {
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    }

private Q_SLOTS:
    void sigkillWhileStreamingKeepsFlushedText()
    {
        QTemporaryDir dir;
        QProcess child;
        qint64 messageId = 0;
        qsizetype lastSaved = 0;
        int flushes = 0;
        QString lastLine;
        const bool streamed = runUntil(child, dir.path(), u"stream"_s, [&](const QString &line) {
            lastLine = line;
            const QStringList parts = line.split(u' ');
            if (parts.size() == 3 && parts.at(0) == u"flushed"_s) {
                messageId = parts.at(1).toLongLong();
                lastSaved = parts.at(2).toLongLong();
                ++flushes;
            }
            return flushes >= 8;
        });
        QVERIFY2(streamed, qPrintable(lastLine));
        // Read what the child may have reported between our last read and the kill: still "flushed before".
        killHard(child);
        const QStringList rest = QString::fromUtf8(child.readAll()).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : rest) {
            const QStringList parts = line.split(u' ');
            if (parts.size() == 3 && parts.at(0) == u"flushed"_s) {
                lastSaved = parts.at(2).toLongLong();
            }
        }

        auto storage = StorageTest::open(dir.path());
        QVERIFY(storage);
        const StorageOpenReport &report = storage->openReport();
        QVERIFY(report.uncleanShutdown);
        QVERIFY(report.integrityChecked);
        QVERIFY(!report.recovered());
        QCOMPARE(report.interruptedMessages, 1);
        QVERIFY(!report.userMessage().isEmpty());

        auto message = storage->message(messageId);
        QVERIFY(message);
        QCOMPARE(message->status, MessageStatus::Interrupted);
        QCOMPARE(message->role, u"assistant"_s);
        QVERIFY2(message->content.size() >= lastSaved, qPrintable(u"%1 < %2"_s.arg(message->content.size()).arg(lastSaved)));
        // The text is exactly the stream's prefix: "0;1;2;...;n;" with nothing missing or repeated.
        QString expected;
        for (int i = 0; expected.size() < message->content.size(); ++i) {
            expected += QString::number(i) + u';';
        }
        QCOMPARE(message->content, expected);
        QCOMPARE(StorageTest::scalar(*storage, u"SELECT count(*) FROM message_chunks"_s).toInt(), 0);
        QCOMPARE(StorageTest::scalar(*storage, u"PRAGMA quick_check"_s).toString(), u"ok"_s);
        // The user message committed before the stream is intact.
        auto branch = storage->activeBranch(message->conversationId);
        QVERIFY(branch);
        QCOMPARE(branch->size(), 2);
        QCOMPARE(branch->first().content, u"Count for me."_s);

        // A second open after a clean close is clean and changes nothing.
        storage.reset();
        storage = StorageTest::open(dir.path());
        QVERIFY(storage);
        QVERIFY(!storage->openReport().uncleanShutdown);
        QCOMPARE(storage->openReport().interruptedMessages, 0);
        QCOMPARE(storage->message(messageId)->content, expected);
    }

    void quickCheckAfterUncleanExitMovesCorruptFileAside()
    {
        QTemporaryDir dir;
        QProcess child;
        QString path;
        QVERIFY(runUntil(child, dir.path(), u"hold"_s, [&](const QString &line) {
            if (line.startsWith(u"ready "_s)) {
                path = line.mid(6);
                return true;
            }
            return false;
        }));
        killHard(child);

        // Damage a page in the middle of the file; the header and schema page stay intact.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        QVERIFY(file.size() >= 8 * pageSize);
        file.seek(file.size() / pageSize / 2 * pageSize);
        file.write(QByteArray(int(pageSize), '\x5a'));
        file.close();
        const QByteArray damaged = StorageTest::fileHash(path);

        auto storage = StorageTest::open(dir.path()); // and waits for the check, which runs in the background
        QVERIFY(storage);
        const StorageOpenReport &report = storage->openReport();
        QVERIFY(report.uncleanShutdown);
        const StorageError damage = storage->damage();
        QCOMPARE(damage.code, StorageError::Code::Corrupt);
        QVERIFY2(damage.detail.contains(u"quick_check"_s), qPrintable(damage.detail));
        QCOMPARE(StorageTest::fileHash(damage.path), damaged);
        QVERIFY(!storage->createConversation());
        // The next start has a new database, empty, that works.
        storage.reset();
        storage = StorageTest::open(dir.path());
        QVERIFY(storage);
        QCOMPARE(*storage->conversationCount(), 0);
        QVERIFY(storage->createConversation());
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
