// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QJSValue>
#include <QObject>
#include <QPointer>

class QQmlEngine;
class QQuickItem;
class QQuickWindow;

/**
 * @brief Test-only: runs an end-to-end script in the real window (the chat window's automation hook).
 *
 * Nothing happens unless the environment variable `CONFAB_E2E_SCRIPT` names a JavaScript file. Then,
 * once the window has drawn its first frame, the file's code runs as the body of a function with one
 * argument, `driver` (this object), and the process exits with 0 when it returns, 1 when it throws or
 * calls `driver.fail()` (saving the window to `CONFAB_E2E_FAILURE_SHOT` if set), 3 when it runs longer
 * than `CONFAB_E2E_TIMEOUT` seconds (default 120). Input
 * goes through the window's normal event delivery (mouse presses and key events sent to the window),
 * so the script uses the app as a user would:
 *
 *     const input = driver.find("composerInput");
 *     driver.click(input);
 *     driver.typeText("Hello");
 *     driver.key("Return");
 *     driver.waitFor(() => driver.find("chatController").streaming, 5000, "a reply streams");
 *     driver.screenshot(driver.env("SHOTS") + "/chat.png");
 *
 * Waits run the event loop, so the window keeps drawing and the reply keeps streaming meanwhile.
 * tests/e2e/tst_chatwindow.cpp is the user. The chat page starts it (ChatController), so it needs no
 * code in main().
 */
class E2eDriver : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QObject *window READ window CONSTANT)

public:
    /** Starts the script named by CONFAB_E2E_SCRIPT, once per process; does nothing without it. */
    static void startIfRequested(QQmlEngine *engine);

    QObject *window() const;

    /** The first object named @p name under @p under (default: the window), breadth first; null if none. */
    Q_INVOKABLE QObject *find(const QString &name, QObject *under = nullptr) const;
    /** Every object named @p name under @p under. */
    Q_INVOKABLE QList<QObject *> findAll(const QString &name, QObject *under = nullptr) const;
    /** Runs the event loop until @p condition (a function) returns true; fails the script after @p timeoutMs. */
    Q_INVOKABLE bool waitFor(const QJSValue &condition, int timeoutMs = 10000, const QString &what = {});
    /** Runs the event loop for @p ms milliseconds. */
    Q_INVOKABLE void wait(int ms);
    /** Whether the centre of @p item is on screen: inside the window and every clipping parent. */
    Q_INVOKABLE bool onScreen(QObject *item) const;
    /** Presses and releases the left button at the centre of @p item (it must be on screen). */
    Q_INVOKABLE bool click(QObject *item);
    /** Turns the mouse wheel over the centre of @p item by @p notches (positive: up, away from the user). */
    Q_INVOKABLE bool wheel(QObject *item, int notches);
    /** Types @p text into the item that has the keyboard focus. */
    Q_INVOKABLE void typeText(const QString &text);
    /** Presses @p keyName (`Return`, `Escape`, `Backspace`, `Tab`, `Up`, `Down`, or one character) with @p modifiers (`shift`,
     * `ctrl`, `alt`, joined by `+`). */
    Q_INVOKABLE void key(const QString &keyName, const QString &modifiers = {});
    /** Saves the window's picture to @p path. */
    Q_INVOKABLE bool screenshot(const QString &path);
    /** Switches the application palette to `light` or `dark`, as a platform theme change would. */
    Q_INVOKABLE void setColorScheme(const QString &scheme);
    Q_INVOKABLE QString env(const QString &name) const;
    Q_INVOKABLE void log(const QString &message) const;
    /** Fails the script with @p message unless @p condition holds. */
    Q_INVOKABLE void check(bool condition, const QString &message);
    /** Fails the script: it stops at once and the process exits with 1. */
    Q_INVOKABLE void fail(const QString &message);

private:
    QList<QObject *> search(const QString &name, QObject *under, qsizetype limit) const;
    E2eDriver(QQmlEngine *engine, const QString &scriptPath);
    void waitForWindow();
    void run();
    QQuickItem *itemOf(QObject *object) const;
    void sendKey(int key, Qt::KeyboardModifiers modifiers, const QString &text);

    QQmlEngine *m_engine;
    QString m_scriptPath;
    QPointer<QQuickWindow> m_window;
    bool m_failed = false;
    QElapsedTimer m_clock;
};
