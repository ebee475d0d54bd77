// SPDX-License-Identifier: GPL-3.0-or-later
// The generic plugin that puts a TextDumper into the app under test.
#include "textdumper.h"

#include <QGenericPlugin>

class TextDumpPlugin : public QGenericPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID QGenericPluginFactoryInterface_iid FILE "textdump.json")

public:
    QObject *create(const QString &key, const QString &specification) override
    {
        return key == QLatin1StringView("confabtextdump") ? new TextDumper(specification) : nullptr;
    }
};

#include "textdumpplugin.moc"
