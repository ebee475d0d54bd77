// SPDX-License-Identifier: GPL-3.0-or-later
#include "crashloop.h"
#include "benchmeasure.h"

#include "messagewriter.h"
#include "storage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

} // namespace

int CrashLoop::runChild(const QString &dataDir)
{
    auto opened = Storage::open(dataDir);
    if (!opened) {
        say(u"error "_s + opened.error().toString());
        return 1;
    }
    std::unique_ptr<Storage> storage = std::move(opened).value();
    auto existing = storage->conversations();
    const qint64 conversation = existing && !existing->isEmpty() ? existing->first().id : storage->createConversation()->id;
    QRandomGenerator random(quint32(QCoreApplication::applicationPid()));
    std::unique_ptr<MessageWriter> writer;
    int tokens = 0;
    int target = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        if (!writer) {
            const qint64 leaf = storage->conversation(conversation)->activeLeafId;
            Message user;
            user.conversationId = conversation;
            user.parentId = leaf;
            user.role = u"user"_s;
            user.content = u"Go on."_s;
            user.status = MessageStatus::Completed;
            Message reply = user;
            reply.parentId = storage->addMessage(user)->id;
            reply.role = u"assistant"_s;
            reply.content.clear();
            reply.status = MessageStatus::Pending;
            writer = std::move(storage->openWriter(storage->addMessage(reply)->id)).value();
            tokens = 0;
            target = 20 + int(random.bounded(131u));
        }
        const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
        writer->appendContent(QString(u'[' + stamp + u']'));
        say(u"t "_s + stamp); // on screen: what the user has seen
        if (++tokens == target) {
            auto done = writer->finish(MessageStatus::Completed);
            if (done) {
                say(u"committed %1 %2"_s.arg(done->id).arg(done->content.size()));
            }
            writer.reset();
        }
    });
    tick.start(5);
    say(u"ready"_s);
    return QCoreApplication::exec();
}

bool CrashLoop::run(const QString &program, int iterations, quint32 seed)
{
    QTemporaryDir dir;
    QRandomGenerator random(seed);
    const QRegularExpression tokens(u"^(\\[\\d+\\])*$"_s);
    const QRegularExpression lastToken(u"\\[(\\d+)\\]$"_s);
    QHash<qint64, qsizetype> committed;
    int failedOpens = 0;
    int movedAside = 0;
    int checkedOpens = 0;
    int lostCommitted = 0;
    int malformed = 0;
    int interrupted = 0;
    QList<double> lostTail;
    QList<double> openTimes;
    QElapsedTimer total;
    total.start();

    for (int i = 0; i < iterations; ++i) {
        QProcess child;
        child.setProgram(program);
        child.setArguments({u"--crash-child"_s, dir.path()});
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start();
        qint64 lastShown = 0;
        const auto readLines = [&] {
            while (child.canReadLine()) {
                const QStringList parts = QString::fromUtf8(child.readLine()).trimmed().split(u' ');
                if (parts.size() == 3 && parts.at(0) == u"committed"_s) {
                    committed.insert(parts.at(1).toLongLong(), parts.at(2).toLongLong());
                } else if (parts.size() == 2 && parts.at(0) == u"t"_s) {
                    lastShown = parts.at(1).toLongLong();
                }
            }
        };
        bool ready = false;
        while (!ready && child.waitForReadyRead(10000)) {
            while (child.canReadLine()) {
                ready = ready || child.readLine().startsWith("ready");
            }
        }
        if (!ready) {
            std::fprintf(stderr, "crash loop: the child did not start\n");
            return false;
        }
        QElapsedTimer streaming;
        streaming.start();
        const qint64 runFor = 50 + qint64(random.bounded(750u));
        while (streaming.elapsed() < runFor) {
            child.waitForReadyRead(int(qMax<qint64>(1, runFor - streaming.elapsed())));
            readLines();
        }
        ::kill(pid_t(child.processId()), SIGKILL);
        child.waitForFinished(5000);
        readLines();

        QElapsedTimer openTimer;
        openTimer.start();
        auto opened = Storage::open(dir.path());
        openTimes << openTimer.nsecsElapsed() / 1e6;
        if (!opened) {
            ++failedOpens;
            std::fprintf(stderr, "crash loop: reopen failed: %s\n", qPrintable(opened.error().toString()));
            continue;
        }
        std::unique_ptr<Storage> storage = std::move(opened).value();
        if (storage->isCheckingIntegrity()) {
            QEventLoop checking;
            QObject::connect(storage.get(), &Storage::integrityChecked, &checking, &QEventLoop::quit);
            checking.exec();
        }
        const StorageOpenReport &report = storage->openReport();
        if (report.recovered() || storage->damage().isError()) {
            ++movedAside;
            const StorageError reason = report.recovered() ? report.movedAsideReason : storage->damage();
            std::fprintf(stderr, "crash loop: database moved aside: %s\n", qPrintable(reason.toString()));
            continue;
        }
        if (report.uncleanShutdown && report.integrityChecked) {
            ++checkedOpens;
        }
        for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
            auto message = storage->message(it.key());
            if (!message || message->status != MessageStatus::Completed || message->content.size() != it.value()) {
                ++lostCommitted;
            }
        }
        auto conversations = storage->conversations();
        const qint64 leaf = conversations->first().activeLeafId;
        auto last = storage->message(leaf);
        if (last && last->status == MessageStatus::Interrupted) {
            ++interrupted;
            if (!tokens.match(last->content).hasMatch()) {
                ++malformed;
            }
            const auto match = lastToken.match(last->content);
            const qint64 lastSaved = match.hasMatch() ? match.captured(1).toLongLong() : last->createdAt.toMSecsSinceEpoch();
            lostTail << double(qMax<qint64>(0, lastShown - lastSaved));
        } else {
            lostTail << 0.0; // killed between two replies: nothing was streaming
        }
        if ((i + 1) % 20 == 0) {
            std::fprintf(stderr, "\r  crash loop %d/%d", i + 1, iterations);
        }
    }
    std::fprintf(stderr, "\n");

    const double window = double(MessageWriter::defaultFlushInterval.count());
    const double maxLost = BenchMeasure::percentile(lostTail, 1.0);
    // The window is the flush interval; a timer can fire a few milliseconds late on a busy machine.
    const double slack = 25;
    const bool ok = failedOpens == 0 && movedAside == 0 && lostCommitted == 0 && malformed == 0 && maxLost <= window + slack;
    std::printf("\nCrash loop: %d x SIGKILL at a random moment 50-800 ms into streaming (200 tokens/s), %.0f s\n", iterations,
                total.elapsed() / 1000.0);
    std::printf("  reopen failed / moved aside (corrupt)   %d / %d          target 0            %s\n", failedOpens, movedAside,
                failedOpens + movedAside == 0 ? "ok" : "FAIL");
    std::printf("  reopens with quick_check passed         %d of %d\n", checkedOpens, iterations);
    std::printf("  committed replies checked / lost        %lld / %d      target 0 lost       %s\n", qint64(committed.size()),
                lostCommitted, lostCommitted == 0 ? "ok" : "FAIL");
    std::printf("  interrupted replies (malformed text)    %d (%d)\n", interrupted, malformed);
    std::printf("  lost tail p50 / p99 / max               %.0f / %.0f / %.0f ms   target <= %.0f ms flush window (+25 ms timer "
                "slack)   %s\n",
                BenchMeasure::percentile(lostTail, 0.5), BenchMeasure::percentile(lostTail, 0.99), maxLost, window,
                maxLost <= window + slack ? "ok" : "FAIL");
    std::printf("  reopen after kill (quick_check + recovery) p50 / max   %.1f / %.1f ms\n",
                BenchMeasure::percentile(openTimes, 0.5), BenchMeasure::percentile(openTimes, 1.0));
    return ok;
}
