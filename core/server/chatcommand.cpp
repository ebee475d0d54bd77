// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatcommand.h"

#include "appconfig.h"
#include "appcore.h"
#include "chatservice.h"
#include "chatturn.h"
#include "datalocation.h"
#include "eventreader.h"
#include "signalwatcher.h"

#include <QCoreApplication>

#include <QCoroTask>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
void print(FILE *stream, const QString &text)
{
    std::fputs(text.toUtf8().constData(), stream);
    std::fflush(stream);
}
} // namespace

int ChatCommand::run(const QString &dataDir, const QString &question)
{
    QString error;
    const QString folder = DataLocation::resolve(dataDir);
    if (!DataLocation::ensure(folder, &error)) {
        print(stderr, u"confab chat: "_s + error + u'\n');
        return 1;
    }
    auto opened = AppCore::open(folder);
    if (!opened) {
        print(stderr, u"confab chat: "_s + opened.error().toString() + u'\n');
        return 1;
    }
    const std::unique_ptr<AppCore> core = std::move(*opened);
    if (!core->config()->hasProvider()) {
        print(stderr,
              tr("confab chat: no provider is set up. Set one up in Confab's settings, or set OPENAI_BASE_URL "
                 "(and OPENAI_API_KEY).\n"));
        return 1;
    }
    QCoro::waitFor(core->loadApiKey());

    TurnRequest request;
    request.query = question;
    request.origin = u"cli"_s;
    const auto started = core->chat()->startTurn(request);
    if (!started) {
        print(stderr, u"confab chat: "_s + started.error().toString() + u'\n');
        return 1;
    }
    ChatTurn *turn = *started;
    EventReader *reader = turn->createReader(nullptr);
    bool endsWithNewline = true;
    QObject::connect(reader, &EventReader::readyRead, reader, [reader, &endsWithNewline] {
        while (reader->hasPending()) {
            const StreamEvent event = reader->take();
            if (event.type == StreamEvent::Type::StreamChunk && !event.content.isEmpty()) {
                print(stdout, event.content);
                endsWithNewline = event.content.endsWith(u'\n');
            }
            if (!event.isTerminal()) {
                continue;
            }
            if (!endsWithNewline) {
                print(stdout, u"\n"_s);
                endsWithNewline = true;
            }
            if (event.type == StreamEvent::Type::Interrupted) {
                print(stderr, tr("confab chat: interrupted; the partial answer is kept.\n"));
                QCoreApplication::exit(130);
            } else if (event.stage == StreamEvent::Stage::Failed) {
                const QString reason = event.metadata.value(u"error").toString();
                print(stderr, u"confab chat: "_s + (reason.isEmpty() ? tr("the answer failed.") : reason) + u'\n');
                QCoreApplication::exit(1);
            } else {
                QCoreApplication::exit(0);
            }
            return;
        }
    });
    SignalWatcher watcher;
    const qint64 assistantId = turn->assistantMessageId();
    ChatService *chat = core->chat();
    QObject::connect(&watcher, &SignalWatcher::received, reader,
                     [chat, assistantId] { chat->interrupt(assistantId, tr("Stopped by the user")); });
    const int status = QCoreApplication::exec();
    delete reader;
    return status;
}
