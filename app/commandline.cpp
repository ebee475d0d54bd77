// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}
} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Confab: a native chat client for OpenAI-compatible language models."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, tr("Show the version and exit."));
    const QCommandLineOption verbose(u"verbose"_s, tr("With --version: also list Qt, QCoro and optional features."));
    const QCommandLineOption dataDir(u"data-dir"_s, tr("Keep the database and settings in <dir>."), tr("dir"));
    const QCommandLineOption screenshot(u"screenshot"_s,
                                        tr("Save a picture of the window to <file> once it is shown, then quit."), tr("file"));
    const QCommandLineOption port(u"port"_s, tr("serve: the TCP port to listen on (default 8337)."), tr("port"));
    const QCommandLineOption bind(u"bind"_s, tr("serve: the address to listen on (default 127.0.0.1)."), tr("address"));
    const QCommandLineOption tokenFile(u"token-file"_s, tr("serve: read the access token from <file>."), tr("file"));
    parser.addOptions({help, version, verbose, dataDir, screenshot, port, bind, tokenFile});
    parser.addPositionalArgument(u"command"_s,
                                 tr("serve: run the local server without a window; chat <question>: print one answer."),
                                 u"[serve | chat <question>]"_s);

    if (!parser.parse(arguments)) {
        result.mode = Mode::Error;
        result.text = parser.errorText();
        return result;
    }
    result.verbose = parser.isSet(verbose);
    result.dataDir = parser.value(dataDir);
    result.screenshotPath = parser.value(screenshot);
    result.bind = parser.value(bind);
    result.tokenFile = parser.value(tokenFile);
    if (parser.isSet(port)) {
        bool ok = false;
        const uint value = parser.value(port).toUInt(&ok);
        if (!ok || value == 0 || value > 65535) {
            result.mode = Mode::Error;
            result.text = tr("Invalid port: %1").arg(parser.value(port));
            return result;
        }
        result.port = quint16(value);
    }

    if (parser.isSet(help)) {
        result.mode = Mode::Help;
        result.text = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.mode = Mode::Version;
        return result;
    }

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (command.isEmpty()) {
        result.mode = Mode::Window;
    } else if (command == u"serve") {
        result.mode = Mode::Serve;
    } else if (command == u"chat") {
        result.mode = Mode::Chat;
        result.text = positional.mid(1).join(u' ');
        if (result.text.trimmed().isEmpty()) {
            result.mode = Mode::Error;
            result.text = tr("chat needs a question, for example: confab chat \"What is SSE?\"");
        }
    } else {
        result.mode = Mode::Error;
        result.text = tr("Unknown command: %1 (try --help)").arg(command);
    }
    if (result.mode != Mode::Serve && (parser.isSet(port) || parser.isSet(bind) || parser.isSet(tokenFile))) {
        result.mode = Mode::Error;
        result.text = tr("--port, --bind and --token-file only apply to 'confab serve'.");
    }
    return result;
}
