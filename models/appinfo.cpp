// SPDX-License-Identifier: GPL-3.0-or-later
#include "appinfo.h"

#include "buildinfo.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

AppInfo::AppInfo(QObject *parent)
    : QObject(parent)
{ }

QString AppInfo::name() const
{
    return QString::fromLatin1(BuildInfo::appDisplayName);
}

QString AppInfo::version() const
{
    return QString::fromLatin1(BuildInfo::version);
}

QString AppInfo::qtVersion() const
{
    return QString::fromLatin1(qVersion());
}

bool AppInfo::syntaxHighlighting() const
{
    return BuildInfo::syntaxHighlighting;
}

QString AppInfo::verboseVersion()
{
    const QString highlighting = BuildInfo::syntaxHighlighting
        ? u"enabled (KF6SyntaxHighlighting %1)"_s.arg(QString::fromLatin1(BuildInfo::syntaxHighlightingVersion))
        : u"not available: code blocks are plain monospace"_s;
    return u"%1 %2\nQt %3 (built with %4)\nQCoro %5\nQtKeychain %6\nSyntax highlighting: %7\n"_s.arg(
        QString::fromLatin1(BuildInfo::appName), QString::fromLatin1(BuildInfo::version), QString::fromLatin1(qVersion()),
        QString::fromLatin1(BuildInfo::qtVersion), QString::fromLatin1(BuildInfo::qcoroVersion),
        QString::fromLatin1(BuildInfo::keychainVersion), highlighting);
}
