// SPDX-License-Identifier: GPL-3.0-or-later
// McpSettingsPage in a real window on a real AppCore: a running and a failing server, the switches,
// the edit, import and log dialogs; screenshots go to the build tree's screenshots/.
#include "appcore.h"
#include "backend.h"
#include "contextagent.h"
#include "mcpconnection.h"
#include "mcpmanager.h"
#include "mcptesthelpers.h"

#include <QDir>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(ConfabPlugin)
Q_IMPORT_QML_PLUGIN(Confab_ModelsPlugin)

namespace {

QList<QQuickItem *> findItems(QQuickItem *root, const QString &name)
{
    QList<QQuickItem *> found;
    const QList<QQuickItem *> children = root->childItems();
    for (QQuickItem *child : children) {
        if (child->objectName() == name) {
            found.append(child);
        }
        found += findItems(child, name);
    }
    return found;
}

QObject *findObject(QObject *root, const QString &name)
{
    return root->findChild<QObject *>(name);
}

bool saveShot(QQuickWindow *window, const QString &name)
{
    const QImage image = window->grabWindow();
    const QString dir = QStringLiteral(CONFAB_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    return !image.isNull() && image.save(dir + u'/' + name);
}

} // namespace

class TestMcpSettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DISPLAY"), "this test needs an X server (run it through ctest)");
        QQuickStyle::setStyle(u"Fusion"_s);
    }

    void page()
    {
        QTemporaryDir data;
        auto opened = AppCore::open(data.path());
        QVERIFY(opened);
        std::unique_ptr<AppCore> core = std::move(*opened);
        Backend::setCore(core.get());
        auto *manager = core->findChild<McpManager *>();
        QVERIFY(manager);
        QCOMPARE(manager->addServer(testServerConfig(u"notes"_s)), QString());
        QCOMPARE(manager->addServer(testServerConfig(u"broken"_s, {u"--fail-start"_s})), QString());
        QTRY_COMPARE(manager->connection(u"notes"_s)->status(), McpConnection::Status::Ready);
        QTRY_COMPARE(manager->connection(u"broken"_s)->status(), McpConnection::Status::Failed);

        QQmlEngine engine;
        engine.addImportPath(u"qrc:/"_s);
        QQmlComponent component(&engine);
        component.setData(R"qml(
            import QtQuick
            import QtQuick.Controls
            import Confab
            ApplicationWindow {
                property alias page: page
                width: 900
                height: 640
                color: Theme.palette.window
                McpSettingsPage {
                    id: page
                    anchors.fill: parent
                }
            }
        )qml",
                          QUrl(u"qrc:/tst_mcpsettingspage.qml"_s));
        std::unique_ptr<QObject> root(component.create());
        QVERIFY2(root, qPrintable(component.errorString()));
        auto *window = qobject_cast<QQuickWindow *>(root.get());
        auto *page = root->property("page").value<QQuickItem *>();
        QVERIFY(window && page);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));

        QTRY_COMPARE(findItems(page, u"serverCard"_s).size(), 2);
        const QList<QQuickItem *> statuses = findItems(page, u"statusLabel"_s);
        QTRY_VERIFY(statuses.at(0)->property("text").toString().startsWith(u"Running, 16 tool"_s));
        QVERIFY(statuses.at(1)->property("text").toString().contains(u"exited with code 3"_s));
        QTest::qWait(100);
        QVERIFY(saveShot(window, u"mcp-settings.png"_s));

        // The switch turns the server off: its tools leave the agent.
        QQuickItem *enabledSwitch = findItems(findItems(page, u"serverCard"_s).at(0), u"enabledSwitch"_s).value(0);
        QVERIFY(enabledSwitch);
        QVERIFY(enabledSwitch->property("checked").toBool());
        const QPointF centre = enabledSwitch->mapToScene(QPointF(enabledSwitch->width() / 2, enabledSwitch->height() / 2));
        QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
        QTRY_COMPARE(manager->connection(u"notes"_s)->status(), McpConnection::Status::Disabled);
        QVERIFY(!core->agent()->tools().names().contains(u"notes__echo"_s));
        QTRY_COMPARE(statuses.at(0)->property("text").toString(), u"Off"_s);

        // The dialogs open with their content.
        QObject *serverDialog = findObject(page, u"serverDialog"_s);
        QVERIFY(serverDialog);
        QMetaObject::invokeMethod(serverDialog, "openFor", Q_ARG(QVariant, 0));
        QTRY_VERIFY(serverDialog->property("opened").toBool());
        QTest::qWait(100);
        QVERIFY(saveShot(window, u"mcp-settings-edit.png"_s));
        QMetaObject::invokeMethod(serverDialog, "close");
        QTRY_VERIFY(!serverDialog->property("visible").toBool());

        QObject *logDialog = findObject(page, u"logDialog"_s);
        QMetaObject::invokeMethod(logDialog, "openFor", Q_ARG(QVariant, 1), Q_ARG(QVariant, u"broken"_s));
        QTRY_VERIFY(logDialog->property("opened").toBool());
        QObject *logArea = findObject(logDialog, u"logArea"_s);
        QVERIFY(logArea);
        QVERIFY(logArea->property("text").toString().contains(u"cannot open the database"_s));
        QTest::qWait(100);
        QVERIFY(saveShot(window, u"mcp-settings-log.png"_s));
        QMetaObject::invokeMethod(logDialog, "close");

        QObject *importDialog = findObject(page, u"importDialog"_s);
        QMetaObject::invokeMethod(importDialog, "open");
        QTRY_VERIFY(importDialog->property("opened").toBool());
        QVariant result;
        const QVariantMap report{{u"added"_s, 1}, {u"problems"_s, QStringList{u"x: left out."_s}}, {u"error"_s, QString()}};
        QMetaObject::invokeMethod(importDialog, "show", Q_RETURN_ARG(QVariant, result), Q_ARG(QVariant, report));
        QVERIFY(!result.toBool());
        QVERIFY(findObject(importDialog, u"report"_s)->property("text").toString().contains(u"x: left out."_s));

        root.reset();
        Backend::setCore(nullptr);
    }
};

QTEST_MAIN(TestMcpSettingsPage)
#include "tst_mcpsettingspage.moc"
