// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowlauncher.h"

#include <QByteArray>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <unistd.h>

using namespace Qt::StringLiterals;

QString WindowLauncher::windowProgram()
{
    // /proc/self/exe: no QCoreApplication exists yet, and argv[0] may be a bare name from PATH.
    const QDir here = QFileInfo(QFileInfo(u"/proc/self/exe"_s).symLinkTarget()).absoluteDir();
    for (const QString &candidate :
         {here.filePath(u"confab-window"_s),
          QDir::cleanPath(here.filePath(QStringLiteral(CONFAB_WINDOW_RELATIVE_DIR "/confab-window")))}) {
        if (QFileInfo(candidate).isExecutable()) {
            return candidate;
        }
    }
    return {};
}

int WindowLauncher::exec(int, char *argv[], QString *error)
{
    const QString program = windowProgram();
    if (program.isEmpty()) {
        *error = u"confab: the window program (confab-window) is not installed next to confab or in %1."_s.arg(
            QStringLiteral(CONFAB_WINDOW_RELATIVE_DIR));
        return 1;
    }
    const QByteArray path = QFile::encodeName(program);
    argv[0] = const_cast<char *>(path.constData());
    ::execv(path.constData(), argv);
    *error = u"confab: cannot start %1: %2"_s.arg(program, QString::fromLocal8Bit(std::strerror(errno)));
    return 1;
}
