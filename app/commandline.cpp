// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "buildinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Confab: a native chat client for OpenAI-compatible language models."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, QCoreApplication::translate("CommandLine", "Show this help and exit."));
    const QCommandLineOption version({u"v"_s, u"version"_s},
                                     QCoreApplication::translate("CommandLine", "Show the version and exit."));
    const QCommandLineOption verbose(
        u"verbose"_s, QCoreApplication::translate("CommandLine", "With --version: also list Qt, QCoro and optional features."));
    const QCommandLineOption dataDir(u"data-dir"_s,
                                     QCoreApplication::translate("CommandLine", "Keep the database and settings in <dir>."),
                                     QCoreApplication::translate("CommandLine", "dir"));
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        QCoreApplication::translate("CommandLine", "Save a picture of the window to <file> once it is shown, then quit."),
        QCoreApplication::translate("CommandLine", "file"));
    const QCommandLineOption port(u"port"_s,
                                  QCoreApplication::translate("CommandLine", "serve: the TCP port to listen on (default 8337)."),
                                  QCoreApplication::translate("CommandLine", "port"));
    const QCommandLineOption bind(
        u"bind"_s, QCoreApplication::translate("CommandLine", "serve: the address to listen on (default 127.0.0.1)."),
        QCoreApplication::translate("CommandLine", "address"));
    const QCommandLineOption tokenFile(u"token-file"_s,
                                       QCoreApplication::translate("CommandLine", "serve: read the access token from <file>."),
                                       QCoreApplication::translate("CommandLine", "file"));
    const QCommandLineOption allowRemote(
        u"allow-remote"_s,
        QCoreApplication::translate("CommandLine", "serve: allow listening on an address other computers can reach."));
    parser.addOptions({help, version, verbose, dataDir, screenshot, port, bind, allowRemote, tokenFile});
    parser.addPositionalArgument(
        u"command"_s,
        QCoreApplication::translate("CommandLine",
                                    "serve: run the local server without a window; chat <question>: print one answer."),
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
    result.allowRemote = parser.isSet(allowRemote);
    result.tokenFile = parser.value(tokenFile);
    if (parser.isSet(port)) {
        bool ok = false;
        const uint value = parser.value(port).toUInt(&ok);
        if (!ok || value == 0 || value > 65535) {
            result.mode = Mode::Error;
            result.text = QCoreApplication::translate("CommandLine", "Invalid port: %1").arg(parser.value(port));
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
            result.text =
                QCoreApplication::translate("CommandLine", "chat needs a question, for example: confab chat \"What is SSE?\"");
        }
    } else {
        result.mode = Mode::Error;
        result.text = QCoreApplication::translate("CommandLine", "Unknown command: %1 (try --help)").arg(command);
    }
    if (result.mode != Mode::Serve &&
        (parser.isSet(port) || parser.isSet(bind) || parser.isSet(allowRemote) || parser.isSet(tokenFile))) {
        result.mode = Mode::Error;
        result.text = QCoreApplication::translate(
            "CommandLine", "--port, --bind, --allow-remote and --token-file only apply to 'confab serve'.");
    }
    return result;
}

QString CommandLine::versionText(bool verbose)
{
    const QString name = QString::fromLatin1(BuildInfo::appName);
    const QString version = QString::fromLatin1(BuildInfo::version);
    if (!verbose) {
        return u"%1 %2\n"_s.arg(name, version);
    }
    const QString highlighting = BuildInfo::syntaxHighlighting
        ? u"enabled (KF6SyntaxHighlighting %1)"_s.arg(QString::fromLatin1(BuildInfo::syntaxHighlightingVersion))
        : u"not available: code blocks are plain monospace"_s;
    return u"%1 %2\nQt %3 (built with %4)\nQCoro %5\nQtKeychain %6\nSyntax highlighting: %7\n"_s.arg(
        name, version, QString::fromLatin1(qVersion()), QString::fromLatin1(BuildInfo::qtVersion),
        QString::fromLatin1(BuildInfo::qcoroVersion), QString::fromLatin1(BuildInfo::keychainVersion), highlighting);
}

void CommandLine::print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}
