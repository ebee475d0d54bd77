// SPDX-License-Identifier: GPL-3.0-or-later
#include "servecommand.h"

#include "appconfig.h"
#include "appcore.h"
#include "datalocation.h"
#include "localserver.h"
#include "signalwatcher.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
void printError(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}
} // namespace

int ServeCommand::run(const Options &options)
{
    QString error;
    const QString dataDir = DataLocation::resolve(options.dataDir);
    if (!DataLocation::ensure(dataDir, &error)) {
        printError(u"confab serve: "_s + error + u'\n');
        return 1;
    }
    auto opened = AppCore::open(dataDir);
    if (!opened) {
        printError(u"confab serve: "_s + opened.error().toString() + u'\n');
        return 1;
    }
    const std::unique_ptr<AppCore> core = std::move(*opened);
    core->loadApiKey();

    LocalServer server(core.get());
    ServerSettings settings = ServerSettings::load(*core->config());
    if (options.port != 0) {
        settings.port = options.port;
    }
    if (!options.bind.isEmpty()) {
        settings.bind = options.bind.split(u',', Qt::SkipEmptyParts);
        for (QString &address : settings.bind) {
            address = address.trimmed();
        }
    }
    settings.allowRemote = settings.allowRemote || options.allowRemote;
    if (!settings.allowRemote && !settings.addresses().isEmpty() && !settings.isLoopbackOnly()) {
        printError(tr("confab serve: %1 can be reached from other computers; add --allow-remote to listen on it.\n")
                       .arg(settings.bind.join(u", ")));
        return 1;
    }
    server.setSettings(settings);
    if (!options.tokenFile.isEmpty()) {
        server.setTokenFile(options.tokenFile);
    }
    QObject::connect(&server, &LocalServer::requestLogged, &server, [](const QString &line) { printError(line + u'\n'); });
    if (!server.start(&error)) {
        printError(u"confab serve: "_s + error + u'\n');
        return 1;
    }
    for (const QString &warning : server.warnings()) {
        printError(tr("Warning: %1\n").arg(warning));
    }
    if (!core->config()->hasProvider()) {
        printError(tr("Warning: no provider is set up, so every chat will fail. Set one up in Confab's settings, or set "
                      "OPENAI_BASE_URL (and OPENAI_API_KEY).\n"));
    }
    printError(
        tr("Confab is serving on %1; the access token is in %2. Stop with Ctrl+C.\n").arg(server.baseUrl(), server.tokenFile()));

    SignalWatcher watcher;
    bool stopping = false;
    QObject::connect(&watcher, &SignalWatcher::received, &server, [&server, &stopping] {
        if (stopping) {
            QCoreApplication::exit(0); // a second Ctrl+C: do not wait
            return;
        }
        stopping = true;
        printError(tr("Stopping: running answers are kept as cancelled.\n"));
        server.stop(tr("The server stopped"));
        // The interrupted turns' last events still reach their clients, then the process ends.
        const auto quitWhenIdle = [&server] {
            if (server.openResponses() == 0) {
                QCoreApplication::exit(0);
            }
        };
        QObject::connect(&server, &LocalServer::openResponsesChanged, &server, quitWhenIdle, Qt::QueuedConnection);
        QTimer::singleShot(0, &server, quitWhenIdle);
        QTimer::singleShot(3000, &server, [] { QCoreApplication::exit(0); });
    });
    return QCoreApplication::exec();
}
