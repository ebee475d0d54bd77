// SPDX-License-Identifier: GPL-3.0-or-later
#include "e2edriver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPalette>
#include <QQmlEngine>
#include <QQueue>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QTimer>
#include <QWheelEvent>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QPalette darkPalette()
{
    QPalette palette(QColor(0x35, 0x35, 0x38), QColor(0x2b, 0x2b, 0x2e));
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x21));
    palette.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2b, 0x2e));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x38));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    palette.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    palette.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x38));
    palette.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    return palette;
}

void print(const QString &line)
{
    std::fprintf(stderr, "e2e: %s\n", qPrintable(line));
    std::fflush(stderr);
}

} // namespace

void E2eDriver::startIfRequested(QQmlEngine *engine)
{
    static bool started = false;
    const QString script = qEnvironmentVariable("CONFAB_E2E_SCRIPT");
    if (started || script.isEmpty() || !engine) {
        return;
    }
    started = true;
    auto *driver = new E2eDriver(engine, script);
    QTimer::singleShot(0, driver, &E2eDriver::waitForWindow);
}

E2eDriver::E2eDriver(QQmlEngine *engine, const QString &scriptPath)
    : QObject(engine)
    , m_engine(engine)
    , m_scriptPath(scriptPath)
{
    m_clock.start();
    QJSEngine::setObjectOwnership(this, QJSEngine::CppOwnership);
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("CONFAB_E2E_TIMEOUT", &ok);
    QTimer::singleShot(std::chrono::seconds(ok && seconds > 0 ? seconds : 120), this, [] {
        print(u"timed out"_s);
        std::_Exit(3);
    });
}

QObject *E2eDriver::window() const
{
    return m_window;
}

void E2eDriver::waitForWindow()
{
    const QList<QWindow *> windows = QGuiApplication::topLevelWindows();
    for (QWindow *candidate : windows) {
        if (auto *quick = qobject_cast<QQuickWindow *>(candidate); quick && quick->isVisible()) {
            m_window = quick;
            break;
        }
    }
    if (!m_window) {
        QTimer::singleShot(50, this, &E2eDriver::waitForWindow);
        return;
    }
    QJSEngine::setObjectOwnership(m_window, QJSEngine::CppOwnership);
    m_window->requestActivate();
    // frameSwapped comes from the render thread: several can be queued before the first is handled.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_window, &QQuickWindow::frameSwapped, this, [this, connection] {
        if (!*connection) {
            return;
        }
        disconnect(*connection);
        *connection = {};
        QTimer::singleShot(300, this, &E2eDriver::run);
    });
    m_window->update();
}

void E2eDriver::run()
{
    QFile file(m_scriptPath);
    if (!file.open(QIODevice::ReadOnly)) {
        print(u"cannot read %1"_s.arg(m_scriptPath));
        QCoreApplication::exit(1);
        return;
    }
    const QString body = QString::fromUtf8(file.readAll());
    print(u"running %1"_s.arg(QFileInfo(m_scriptPath).fileName()));
    QJSValue function = m_engine->evaluate(u"(function (driver) {\n"_s + body + u"\n})"_s, m_scriptPath, 0);
    QJSValue result = function.isCallable() ? function.call({m_engine->newQObject(this)}) : function;
    if (result.isError() || m_failed) {
        if (!m_failed) {
            print(u"%1 (line %2)"_s.arg(result.toString(), result.property(u"lineNumber"_s).toString()));
        }
        QCoreApplication::exit(1);
        return;
    }
    print(u"passed"_s);
    QCoreApplication::exit(0);
}

QObject *E2eDriver::find(const QString &name, QObject *under) const
{
    const QList<QObject *> found = search(name, under, 1);
    return found.isEmpty() ? nullptr : found.constFirst();
}

QList<QObject *> E2eDriver::findAll(const QString &name, QObject *under) const
{
    return search(name, under, -1);
}

// Breadth first through QObject children and visual children (a Loader's item, a
// ListView's delegates), so the shallowest match comes first.
QList<QObject *> E2eDriver::search(const QString &name, QObject *under, qsizetype limit) const
{
    QList<QObject *> found;
    QObject *root = under ? under : static_cast<QObject *>(m_window ? m_window->contentItem() : nullptr);
    if (!root) {
        return found;
    }
    QQueue<QObject *> queue;
    QSet<QObject *> seen;
    queue.enqueue(root);
    while (!queue.isEmpty() && found.size() != limit) {
        QObject *object = queue.dequeue();
        if (seen.contains(object)) {
            continue;
        }
        seen.insert(object);
        if (object != root && object->objectName() == name) {
            found.append(object);
        }
        for (QObject *child : object->children()) {
            queue.enqueue(child);
        }
        if (auto *item = qobject_cast<QQuickItem *>(object)) {
            for (QQuickItem *child : item->childItems()) {
                queue.enqueue(child);
            }
        }
    }
    return found;
}

bool E2eDriver::waitFor(const QJSValue &condition, int timeoutMs, const QString &what)
{
    if (m_failed) {
        return false;
    }
    QJSValue test = condition;
    QElapsedTimer clock;
    clock.start();
    while (true) {
        const QJSValue value = test.call();
        if (value.isError()) {
            fail(u"%1: %2"_s.arg(what, value.toString()));
            return false;
        }
        if (value.toBool()) {
            return true;
        }
        if (clock.elapsed() > timeoutMs) {
            fail(u"timed out after %1 ms waiting for: %2"_s.arg(timeoutMs).arg(what));
            return false;
        }
        wait(20);
    }
}

void E2eDriver::wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(std::max(0, ms), &loop, &QEventLoop::quit);
    loop.exec();
}

QQuickItem *E2eDriver::itemOf(QObject *object) const
{
    auto *item = qobject_cast<QQuickItem *>(object);
    return item && item->window() == m_window ? item : nullptr;
}

bool E2eDriver::onScreen(QObject *object) const
{
    QQuickItem *item = itemOf(object);
    if (!item || !item->isVisible()) {
        return false;
    }
    const QPointF scene = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    for (QQuickItem *parent = item; parent; parent = parent->parentItem()) {
        const bool outside = parent == m_window->contentItem() ? !QRectF(QPointF(0, 0), m_window->size()).contains(scene)
                                                               : parent->clip() && !parent->contains(parent->mapFromScene(scene));
        if (outside) {
            return false;
        }
    }
    return true;
}

bool E2eDriver::click(QObject *object)
{
    QQuickItem *item = itemOf(object);
    if (!item || !item->isVisible()) {
        fail(u"cannot click %1: not a visible item of the window"_s.arg(object ? object->objectName() : u"null"_s));
        return false;
    }
    // A user can only click what is on screen.
    if (!onScreen(item)) {
        fail(u"cannot click %1: it is scrolled or clipped out of view"_s.arg(object->objectName()));
        return false;
    }
    const QPointF scene = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    const QPointF global = m_window->mapToGlobal(scene.toPoint());
    QMouseEvent move(QEvent::MouseMove, scene, global, Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QGuiApplication::sendEvent(m_window, &move);
    QMouseEvent press(QEvent::MouseButtonPress, scene, global, Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QGuiApplication::sendEvent(m_window, &press);
    QMouseEvent release(QEvent::MouseButtonRelease, scene, global, Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    QGuiApplication::sendEvent(m_window, &release);
    wait(30);
    return true;
}

bool E2eDriver::wheel(QObject *object, int notches)
{
    QQuickItem *item = itemOf(object);
    if (!item || !item->isVisible()) {
        fail(u"cannot scroll %1: not a visible item of the window"_s.arg(object ? object->objectName() : u"null"_s));
        return false;
    }
    const QPointF scene = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    const QPointF global = m_window->mapToGlobal(scene.toPoint());
    QWheelEvent event(scene, global, QPoint(), QPoint(0, 120 * notches), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    // Flickable derives the scrolling speed from the time between wheel events.
    event.setTimestamp(ulong(m_clock.elapsed()));
    QGuiApplication::sendEvent(m_window, &event);
    return true;
}

void E2eDriver::sendKey(int key, Qt::KeyboardModifiers modifiers, const QString &text)
{
    QKeyEvent press(QEvent::KeyPress, key, modifiers, text);
    QGuiApplication::sendEvent(m_window, &press);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers, text);
    QGuiApplication::sendEvent(m_window, &release);
}

void E2eDriver::typeText(const QString &text)
{
    if (!m_window) {
        return;
    }
    for (const QChar c : text) {
        const ushort code = c.toUpper().unicode();
        const int key = code >= 0x20 && code < 0x7f ? code : 0;
        sendKey(key, Qt::NoModifier, QString(c));
    }
    wait(20);
}

void E2eDriver::key(const QString &keyName, const QString &modifiers)
{
    if (!m_window) {
        return;
    }
    static const QHash<QString, int> keys{
        {u"Return"_s, Qt::Key_Return},       {u"Enter"_s, Qt::Key_Enter}, {u"Escape"_s, Qt::Key_Escape},
        {u"Backspace"_s, Qt::Key_Backspace}, {u"Tab"_s, Qt::Key_Tab},     {u"Up"_s, Qt::Key_Up},
        {u"Down"_s, Qt::Key_Down},           {u"End"_s, Qt::Key_End},     {u"Home"_s, Qt::Key_Home}};
    Qt::KeyboardModifiers mods;
    for (const QString &name : modifiers.toLower().split(u'+', Qt::SkipEmptyParts)) {
        if (name == u"shift") {
            mods |= Qt::ShiftModifier;
        } else if (name == u"ctrl") {
            mods |= Qt::ControlModifier;
        } else if (name == u"alt") {
            mods |= Qt::AltModifier;
        }
    }
    QString text;
    int code = keys.value(keyName, 0);
    if (code == Qt::Key_Return || code == Qt::Key_Enter) {
        text = u"\r"_s;
    } else if (code == 0 && keyName.size() == 1) {
        code = keyName.at(0).toUpper().unicode();
        text = mods & Qt::ControlModifier ? QString() : keyName;
    }
    if (code == 0) {
        fail(u"unknown key %1"_s.arg(keyName));
        return;
    }
    sendKey(code, mods, text);
    wait(20);
}

bool E2eDriver::screenshot(const QString &path)
{
    if (!m_window) {
        return false;
    }
    // Let the last changes reach the screen first.
    wait(150);
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QImage image = m_window->grabWindow();
    if (image.isNull() || !image.save(path)) {
        fail(u"could not save a screenshot to %1"_s.arg(path));
        return false;
    }
    print(u"saved %1"_s.arg(path));
    return true;
}

void E2eDriver::setColorScheme(const QString &scheme)
{
    static const QPalette original = QGuiApplication::palette();
    QGuiApplication::setPalette(scheme == u"dark" ? darkPalette() : original);
    wait(100);
}

QString E2eDriver::env(const QString &name) const
{
    return qEnvironmentVariable(name.toLocal8Bit().constData());
}

void E2eDriver::log(const QString &message) const
{
    print(message);
}

void E2eDriver::check(bool condition, const QString &message)
{
    if (!condition) {
        fail(u"check failed: %1"_s.arg(message));
    }
}

void E2eDriver::fail(const QString &message)
{
    if (m_failed) {
        return;
    }
    m_failed = true;
    print(u"FAILED: %1"_s.arg(message));
    // What the window showed when it failed, for whoever reads the log.
    if (const QString shot = qEnvironmentVariable("CONFAB_E2E_FAILURE_SHOT"); !shot.isEmpty() && m_window) {
        if (m_window->grabWindow().save(shot)) {
            print(u"saved %1"_s.arg(shot));
        }
    }
    m_engine->throwError(message);
}
