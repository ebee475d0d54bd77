// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the tst_*.qml files of this folder with the Confab and Confab.Models modules, which are
// static libraries here as in the app.
#include <QQmlEngine>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(ConfabPlugin)
Q_IMPORT_QML_PLUGIN(Confab_ModelsPlugin)

using namespace Qt::StringLiterals;

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/"_s);
    }
};

QUICK_TEST_MAIN_WITH_SETUP(confab_qml, Setup)
#include "tst_qml.moc"
