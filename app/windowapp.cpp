// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowapp.h"

#include "appconfig.h"
#include "appcore.h"
#include "backend.h"
#include "buildinfo.h"
#include "commandline.h"
#include "datalocation.h"
#include "languagemanager.h"
#include "localserver.h"
#include "singleinstance.h"
#include "windowshortcuts.h"

#include <QGuiApplication>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(ConfabPlugin)
Q_IMPORT_QML_PLUGIN(Confab_ModelsPlugin)

using namespace Qt::StringLiterals;

namespace {

// Saves the window shortly after its first frame, then quits: for tests and documentation.
void takeScreenshotWhenShown(QQuickWindow *window, const QString &path)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(window, &QQuickWindow::frameSwapped, window, [window, path, connection] {
        QObject::disconnect(*connection);
        QTimer::singleShot(500, window, [window, path] {
            const QImage image = window->grabWindow();
            const bool saved = !image.isNull() && image.save(path);
            if (!saved) {
                CommandLine::print(stderr, QCoreApplication::translate("main", "Could not save a screenshot to %1\n").arg(path));
            }
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
}

// Tests drive the real window with a QML file (CONFAB_TEST_DRIVER): it gets the window and
// runs its steps, then quits. Not for users; it loads nothing when the variable is unset.
void loadTestDriver(QQmlApplicationEngine &engine, QQuickWindow *window)
{
    const QString path = qEnvironmentVariable("CONFAB_TEST_DRIVER");
    if (path.isEmpty()) {
        return;
    }
    auto *component = new QQmlComponent(&engine, QUrl::fromLocalFile(path), window);
    QObject *driver = component->createWithInitialProperties({{u"window"_s, QVariant::fromValue<QObject *>(window)}});
    if (!driver) {
        CommandLine::print(stderr, component->errorString());
        QCoreApplication::exit(3);
        return;
    }
    if (auto *item = qobject_cast<QQuickItem *>(driver)) {
        item->setParentItem(window->contentItem());
    }
    driver->setParent(window);
}

int runWindow(QGuiApplication &app, const CommandLine &options, SingleInstance *instance)
{
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE")) {
        QQuickStyle::setStyle(u"Fusion"_s);
    }
    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/"_s);
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(u"qrc:/Confab/Main.qml"_s));
    if (engine.rootObjects().isEmpty()) {
        return 1;
    }
    // Search (Ctrl+K) and a new chat (Ctrl+N) must work from the message box too, where Linux would
    // delete to the line's end and macOS move to the next line.
    WindowShortcuts shortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::Key_N)});
    app.installEventFilter(&shortcuts);
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (window) {
        // A second launch asked for this window: bring it to the front.
        QObject::connect(instance, &SingleInstance::activationRequested, window, [window] {
            if (window->visibility() == QWindow::Minimized || window->visibility() == QWindow::Hidden) {
                window->showNormal();
            }
            window->raise();
            window->requestActivate();
        });
        if (!options.screenshotPath.isEmpty()) {
            takeScreenshotWhenShown(window, options.screenshotPath);
        }
        loadTestDriver(engine, window);
    }
    return app.exec();
}

} // namespace

int WindowApp::run(int argc, char *argv[])
{
    QGuiApplication::setApplicationName(QString::fromLatin1(BuildInfo::appName));
    QGuiApplication::setApplicationDisplayName(QString::fromLatin1(BuildInfo::appDisplayName));
    QGuiApplication::setApplicationVersion(QString::fromLatin1(BuildInfo::version));
    QGuiApplication::setOrganizationName(QString::fromLatin1(BuildInfo::appName));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(BuildInfo::appId));
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    const CommandLine options = CommandLine::parse(arguments);
    if (options.mode != CommandLine::Mode::Window) {
        CommandLine::print(stderr, u"confab-window only opens the window; run confab for the other commands.\n"_s);
        return 2;
    }

    QGuiApplication app(argc, argv);
    // The system's language, or CONFAB_LANGUAGE; the settings page can switch it live.
    LanguageManager languages(&app);
    QIcon windowIcon;
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        windowIcon.addFile(u":/icons/%1x%1/apps/%2.png"_s.arg(size).arg(QString::fromLatin1(BuildInfo::appId)));
    }
    QGuiApplication::setWindowIcon(windowIcon);
    QString error;
    const QString dataDir = DataLocation::resolve(options.dataDir);
    if (!DataLocation::ensure(dataDir, &error)) {
        CommandLine::print(stderr, error + u'\n');
        return 1;
    }
    // One window per data folder: a second launch shows the first one's window and ends.
    SingleInstance instance(SingleInstance::keyFor(dataDir));
    if (options.screenshotPath.isEmpty() && !instance.claim()) {
        CommandLine::print(
            stdout,
            QCoreApplication::translate(
                "main", "Confab is already running with this data folder; its window was brought to the front.\n"));
        return 0;
    }
    auto core = AppCore::open(dataDir);
    if (!core) {
        CommandLine::print(stderr, core.error().toString() + u'\n');
        return 1;
    }
    Backend::setCore(core->get());
    if (!languages.setByEnvironment()) {
        const QString saved = (*core)->config()->value(u"ui/language"_s).toString();
        if (!saved.isEmpty()) {
            languages.setLanguage(saved);
        }
    }
    (*core)->loadApiKey();
    // The local server, when the settings turn it on (now or later from the settings page).
    LocalServer server(core->get());
    server.followConfig();
    Backend::setServer(&server);
    if ((*core)->config()->remoteBackendEnabled()) {
        (*core)->loadRemoteToken();
    }
    return runWindow(app, options, &instance);
}
