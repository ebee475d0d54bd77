// SPDX-License-Identifier: GPL-3.0-or-later
// Storage benchmark (issue 4 item 8): a generated history of 10,000 conversations and 1,000,000 messages,
// the reads a UI does on it, 20,000 streamed chunks appended to one message, and a crash loop.
#include "crashloop.h"
#include "historygenerator.h"
#include "messagewriter.h"
#include "storage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr double readTargetMs = 50;
constexpr double chunksPerSecondTarget = 100000;
constexpr double flushRatioTarget = 1.5;

bool allOk = true;

double median(QList<double> values)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

// Times @p work once (the first run) and then @p repeats more times; prints both against the read target.
void read(const char *label, int repeats, const std::function<void()> &work)
{
    const double first = timeMs(work);
    QList<double> runs;
    for (int i = 0; i < repeats; ++i) {
        runs << timeMs(work);
    }
    const double worst = qMax(first, median(runs));
    const bool ok = worst < readTargetMs;
    allOk = allOk && ok;
    std::printf("  %-44s first %8.2f ms   median %8.2f ms   target < %.0f ms   %s\n", label, first, median(runs), readTargetMs,
                ok ? "ok" : "FAIL");
}

void info(const char *label, double ms, const QString &note = {})
{
    std::printf("  %-44s       %8.2f ms   %s\n", label, ms, qPrintable(note));
}

std::unique_ptr<Storage> openOrDie(const QString &dir)
{
    auto opened = Storage::open(dir);
    if (!opened) {
        qFatal("cannot open %s: %s", qPrintable(dir), qPrintable(opened.error().toString()));
    }
    return std::move(opened).value();
}

QVariant scalar(Storage &storage, const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(storage.connectionName(), false));
    return query.exec(sql) && query.next() ? query.value(0) : QVariant();
}

// Appends @p chunks chunks of about @p chunkSize characters through a MessageWriter; returns the flush times.
void appendBench(Storage &storage, int chunks, int chunkSize)
{
    const qint64 conversation = storage.createConversation()->id;
    Message user;
    user.conversationId = conversation;
    user.role = u"user"_s;
    user.content = u"Write a very long answer."_s;
    user.status = MessageStatus::Completed;
    Message reply = user;
    reply.parentId = storage.addMessage(user)->id;
    reply.role = u"assistant"_s;
    reply.content.clear();
    reply.status = MessageStatus::Pending;
    const qint64 replyId = storage.addMessage(reply)->id;
    auto writer = std::move(storage.openWriter(replyId)).value();

    QStringList pieces;
    for (int i = 0; i < 64; ++i) {
        pieces << QString(chunkSize - 1, QChar(u'a' + i % 26)) + u' ';
    }
    QList<double> flushes; // size-triggered batches, in order
    QElapsedTimer total;
    total.start();
    QElapsedTimer one;
    for (int i = 0; i < chunks; ++i) {
        const int before = writer->flushCount();
        one.start();
        writer->appendContent(pieces.at(i % pieces.size()));
        const double ns = double(one.nsecsElapsed());
        if (writer->flushCount() != before && before > 0) {
            flushes << ns / 1e6;
        }
    }
    const double appendMs = total.nsecsElapsed() / 1e6;
    double finishMs = 0;
    const qsizetype size = writer->content().size();
    finishMs = timeMs([&] { writer->finish(MessageStatus::Completed); });
    const int transactions = writer->flushCount();
    writer.reset();

    const double perSecond = chunks / (appendMs / 1000.0);
    const qsizetype n = qMin<qsizetype>(10, flushes.size() / 2);
    const double firstFlush = median(flushes.mid(0, n));
    const double lastFlush = median(flushes.mid(flushes.size() - n));
    const double ratio = lastFlush / firstFlush;

    // Baseline in the same run: the O(n) way, one row whose TEXT grows by the same batches.
    QSqlDatabase db = QSqlDatabase::database(storage.connectionName(), false);
    QSqlQuery query(db);
    query.exec(u"CREATE TABLE bench_grow (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"_s);
    query.exec(u"INSERT INTO bench_grow (id, body) VALUES (1, '')"_s);
    QSqlQuery grow(db);
    grow.prepare(u"UPDATE bench_grow SET body = body || ? WHERE id = 1"_s);
    const QString batch = QString(4096, u'b');
    QList<double> rewrites;
    for (qsizetype written = 0; written < size; written += batch.size()) {
        rewrites << timeMs([&] {
            query.exec(u"BEGIN IMMEDIATE"_s);
            grow.addBindValue(batch);
            grow.exec();
            query.exec(u"COMMIT"_s);
        });
    }
    query.exec(u"DROP TABLE bench_grow"_s);
    storage.deleteConversation(conversation); // leave a kept history as generated
    const qsizetype m = qMin<qsizetype>(10, rewrites.size() / 2);
    const double rewriteRatio = median(rewrites.mid(rewrites.size() - m)) / median(rewrites.mid(0, m));

    const bool rateOk = perSecond >= chunksPerSecondTarget;
    const bool ratioOk = ratio <= flushRatioTarget;
    allOk = allOk && rateOk && ratioOk;
    std::printf("\nAppend %d streamed chunks of %d characters to one message (%.1f MB), default batching:\n", chunks, chunkSize,
                size / 1e6);
    std::printf("  total %.1f ms = %.0f chunks/s in %d transactions      target >= %.0f chunks/s   %s\n", appendMs, perSecond,
                transactions, chunksPerSecondTarget, rateOk ? "ok" : "FAIL");
    std::printf("  batch cost first %.3f ms, last %.3f ms (median of %lld each): last/first %.2fx   target <= %.1fx   %s\n",
                firstFlush, lastFlush, qint64(n), ratio, flushRatioTarget, ratioOk ? "ok" : "FAIL");
    std::printf("  baseline, same batches rewriting one growing TEXT: first %.3f ms, last %.3f ms: %.2fx\n",
                median(rewrites.mid(0, m)), median(rewrites.mid(rewrites.size() - m)), rewriteRatio);
    std::printf("  finish (fold %.1f MB into the row, FULL sync)    %.2f ms\n", size / 1e6, finishMs);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() == 3 && app.arguments().at(1) == u"--crash-child"_s) {
        return CrashLoop::runChild(app.arguments().at(2));
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Storage benchmark: reads on a generated history, streamed appends, crash loop."_s);
    parser.addHelpOption();
    const QCommandLineOption dirOption(u"dir"_s, u"Keep the generated database in <dir> and reuse it next time."_s, u"dir"_s);
    const QCommandLineOption conversationsOption(u"conversations"_s, u"Conversations to generate."_s, u"n"_s, u"10000"_s);
    const QCommandLineOption messagesOption(u"messages"_s, u"Messages to generate."_s, u"n"_s, u"1000000"_s);
    const QCommandLineOption longOption(u"long"_s, u"Length of the long conversation."_s, u"n"_s, u"5000"_s);
    const QCommandLineOption chunksOption(u"chunks"_s, u"Streamed chunks to append."_s, u"n"_s, u"20000"_s);
    const QCommandLineOption chunkSizeOption(u"chunk-size"_s, u"Characters per chunk."_s, u"n"_s, u"50"_s);
    const QCommandLineOption crashOption(u"crash-loop"_s, u"SIGKILL iterations (0: skip)."_s, u"n"_s, u"200"_s);
    const QCommandLineOption onlyCrashOption(u"only-crash-loop"_s, u"Run only the crash loop."_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Random seed."_s, u"n"_s, u"1"_s);
    parser.addOptions({dirOption, conversationsOption, messagesOption, longOption, chunksOption, chunkSizeOption, crashOption,
                       onlyCrashOption, seedOption});
    parser.process(app);
    const quint32 seed = parser.value(seedOption).toUInt();

    if (!parser.isSet(onlyCrashOption)) {
        QTemporaryDir temporary;
        const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
        const int conversations = parser.value(conversationsOption).toInt();
        const qint64 messages = parser.value(messagesOption).toLongLong();
        const int longLength = parser.value(longOption).toInt();

        auto storage = openOrDie(dir);
        std::printf("Storage benchmark: SQLite %s, Qt %s\n",
                    qPrintable(scalar(*storage, u"SELECT sqlite_version()"_s).toString()), qVersion());
        const qint64 existing = scalar(*storage, u"SELECT count(*) FROM messages"_s).toLongLong();
        qint64 longId = 0;
        qint64 shortId = 0;
        if (existing == 0) {
            std::fprintf(stderr, "Generating %d conversations and %lld messages in %s\n", conversations, messages,
                         qPrintable(dir));
            HistoryGenerator generator(seed);
            HistoryGenerator::Result result;
            const double ms = timeMs([&] { result = generator.generate(*storage, conversations, messages, longLength); });
            std::printf("  generated %lld messages in %.1f s (%.0f messages/s, FTS index included)\n", result.messages, ms / 1000,
                        result.messages / (ms / 1000));
        } else {
            std::printf("  reusing the history in %s\n", qPrintable(dir));
        }
        longId =
            scalar(*storage, u"SELECT conversation_id FROM messages GROUP BY conversation_id ORDER BY count(*) DESC LIMIT 1"_s)
                .toLongLong();
        shortId = scalar(*storage, u"SELECT min(id) FROM conversations WHERE id != %1"_s.arg(longId)).toLongLong();
        const qint64 totalMessages = scalar(*storage, u"SELECT count(*) FROM messages"_s).toLongLong();
        const qint64 totalConversations = scalar(*storage, u"SELECT count(*) FROM conversations"_s).toLongLong();
        const qint64 longCount =
            scalar(*storage, u"SELECT count(*) FROM messages WHERE conversation_id = %1"_s.arg(longId)).toLongLong();
        const qint64 shortCount =
            scalar(*storage, u"SELECT count(*) FROM messages WHERE conversation_id = %1"_s.arg(shortId)).toLongLong();
        storage.reset();
        std::printf("History: %lld conversations, %lld messages, database %.0f MB\n", totalConversations, totalMessages,
                    QFileInfo(dir + u'/' + Storage::databaseFileName()).size() / 1e6);

        std::printf("\nReads (first run, then the median of 20 more):\n");
        read("open (clean, includes schema and recovery)", 5, [&] {
            storage = openOrDie(dir);
            storage.reset();
        });
        storage = openOrDie(dir);
        read("conversation list, first page (50)", 20, [&] { storage->conversations(); });
        read("conversation count", 20, [&] { storage->conversationCount(); });
        qsizetype hits = 0;
        read("search a rare word (FTS5, ranked, snippets)", 20,
             [&] { hits = storage->search(HistoryGenerator::rareWord())->size(); });
        std::printf("    (%lld hits)\n", qint64(hits));
        read(qPrintable(u"open a %1-message conversation, first page"_s.arg(longCount)), 20,
             [&] { storage->activeBranch(longId, 0, 50); });
        const qint64 firstOfPage = storage->activeBranch(longId, 0, 50)->first().id;
        read("  ... its second page", 20, [&] { storage->activeBranch(longId, firstOfPage, 50); });
        const double shortPage = median({timeMs([&] { storage->activeBranch(shortId, 0, 50); }),
                                         timeMs([&] { storage->activeBranch(shortId, 0, 50); }),
                                         timeMs([&] { storage->activeBranch(shortId, 0, 50); })});
        const double longPage =
            median({timeMs([&] { storage->activeBranch(longId, 0, 50); }), timeMs([&] { storage->activeBranch(longId, 0, 50); }),
                    timeMs([&] { storage->activeBranch(longId, 0, 50); })});
        info(qPrintable(u"baseline: a %1-message conversation, first page"_s.arg(shortCount)), shortPage,
             u"long/short %1x"_s.arg(longPage / shortPage, 0, 'f', 2));
        read(qPrintable(u"all %1 messages of the long one (list route)"_s.arg(longCount)), 5, [&] { storage->messages(longId); });
        const qint64 common =
            scalar(*storage, u"SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'the'"_s).toLongLong();
        read(qPrintable(u"search a common word 'the' (in %1 messages)"_s.arg(common)), 20, [&] { storage->search(u"the"_s); });
        // The prefixes of the most frequent long word: what typing it costs at each keystroke.
        scalar(*storage,
               u"CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocabulary USING fts5vocab(main, messages_fts, 'row')"_s);
        const QString word =
            scalar(*storage, u"SELECT term FROM temp.bench_vocabulary WHERE length(term) >= 6 ORDER BY doc DESC LIMIT 1"_s)
                .toString();
        for (const QString &prefix : {word.left(4), word.left(5), word.left(6)}) {
            const qint64 matching =
                scalar(*storage, u"SELECT count(*) FROM messages_fts WHERE messages_fts MATCH '%1*'"_s.arg(prefix)).toLongLong();
            read(qPrintable(u"search as you type '%1' (in %2 messages)"_s.arg(prefix).arg(matching)), 20,
                 [&] { storage->search(prefix); });
        }
        const double rare = median({timeMs([&] { storage->search(HistoryGenerator::rareWord()); }),
                                    timeMs([&] { storage->search(HistoryGenerator::rareWord()); }),
                                    timeMs([&] { storage->search(HistoryGenerator::rareWord()); })});
        const double like = timeMs([&] {
            scalar(*storage, u"SELECT count(*) FROM messages WHERE content LIKE '%%1%'"_s.arg(HistoryGenerator::rareWord()));
        });
        info("baseline: the rare word by LIKE (no index)", like, u"FTS5 is %1x faster"_s.arg(like / rare, 0, 'f', 0));

        appendBench(*storage, parser.value(chunksOption).toInt(), parser.value(chunkSizeOption).toInt());
        storage.reset();
    }

    const int iterations = parser.value(crashOption).toInt();
    if (iterations > 0) {
        allOk = CrashLoop::run(app.applicationFilePath(), iterations, seed) && allOk;
    }
    std::printf("\n%s\n", allOk ? "All targets met." : "Some targets were MISSED.");
    return allOk ? 0 : 1;
}
