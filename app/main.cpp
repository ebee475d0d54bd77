// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildinfo.h"
#include "chatcommand.h"
#include "commandline.h"
#include "servecommand.h"

#ifdef CONFAB_WINDOW_IN_PROCESS
#include "windowapp.h"
#else
#include "windowlauncher.h"
#endif

#include <QCoreApplication>

// The command line, and the headless commands. The window is another program on Linux (see
// WindowLauncher), so that `confab serve` and `confab chat` never load QtQuick.
int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QString::fromLatin1(BuildInfo::appName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(BuildInfo::version));
    QCoreApplication::setOrganizationName(QString::fromLatin1(BuildInfo::appName));

    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    const CommandLine options = CommandLine::parse(arguments);

    switch (options.mode) {
    case CommandLine::Mode::Help:
        CommandLine::print(stdout, options.text);
        return 0;
    case CommandLine::Mode::Version:
        CommandLine::print(stdout, CommandLine::versionText(options.verbose));
        return 0;
    case CommandLine::Mode::Error:
        CommandLine::print(stderr, options.text + u'\n');
        return 2;
    case CommandLine::Mode::Serve: {
        QCoreApplication app(argc, argv);
        return ServeCommand::run({options.dataDir, options.port, options.bind, options.allowRemote, options.tokenFile});
    }
    case CommandLine::Mode::Chat: {
        QCoreApplication app(argc, argv);
        return ChatCommand::run(options.dataDir, options.text);
    }
    case CommandLine::Mode::Window:
        break;
    }
#ifdef CONFAB_WINDOW_IN_PROCESS
    return WindowApp::run(argc, argv);
#else
    QString error;
    const int code = WindowLauncher::exec(argc, argv, &error);
    CommandLine::print(stderr, error + u'\n');
    return code;
#endif
}
