// SPDX-License-Identifier: GPL-3.0-or-later
// A child process for the crash tests: it streams into a database until it is killed with SIGKILL.
//
//   storage_stream_helper <data-dir> stream   opens the storage, adds a conversation, a user message and an
//                                             assistant reply, then appends "0;1;2;..." every millisecond
//                                             through a MessageWriter (flush interval 20 ms), printing
//                                             "flushed <message id> <saved size>" after every commit.
//   storage_stream_helper <data-dir> hold     opens the storage, adds 300 messages, checkpoints the WAL,
//                                             prints "ready <database path>" and waits.
#include "messagewriter.h"
#include "storage.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        say(u"usage: storage_stream_helper <data-dir> stream|hold"_s);
        return 2;
    }
    auto opened = Storage::open(args.at(1));
    if (!opened) {
        say(u"error "_s + opened.error().toString());
        return 1;
    }
    std::unique_ptr<Storage> storage = std::move(opened).value();
    auto conversation = storage->createConversation();
    Message user;
    user.conversationId = conversation->id;
    user.role = u"user"_s;
    user.content = u"Count for me."_s;
    user.status = MessageStatus::Completed;
    auto userMessage = storage->addMessage(user);

    if (args.at(2) == u"hold"_s) {
        qint64 parent = userMessage->id;
        for (int i = 0; i < 300; ++i) {
            Message reply = user;
            reply.parentId = parent;
            reply.role = i % 2 ? u"user"_s : u"assistant"_s;
            reply.content = u"Message %1 with some text to fill the pages of the database file."_s.arg(i);
            parent = storage->addMessage(reply)->id;
        }
        QSqlQuery(QSqlDatabase::database(storage->connectionName())).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        say(u"ready "_s + storage->databasePath());
        return app.exec();
    }

    Message assistant = user;
    assistant.parentId = userMessage->id;
    assistant.role = u"assistant"_s;
    assistant.content.clear();
    assistant.status = MessageStatus::Pending;
    const qint64 assistantId = storage->addMessage(assistant)->id;
    auto writer = std::move(storage->openWriter(assistantId)).value();
    writer->setFlushInterval(20ms);
    QObject::connect(writer.get(), &MessageWriter::flushed,
                     [&writer, assistantId] { say(u"flushed %1 %2"_s.arg(assistantId).arg(writer->savedContentSize())); });
    int next = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] { writer->appendContent(QString(QString::number(next++) + u';')); });
    tick.start(1ms);
    return app.exec();
}
