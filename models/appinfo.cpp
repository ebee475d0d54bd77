// SPDX-License-Identifier: GPL-3.0-or-later
#include "appinfo.h"

#include "buildinfo.h"

#include <QCoreApplication>

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
