// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowshortcuts.h"

#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWindowShortcuts : public QObject
{
    Q_OBJECT

    std::unique_ptr<QObject> m_root;
    QQmlEngine m_engine;

    QQuickWindow *window()
    {
        QQmlComponent component(&m_engine);
        component.setData(R"(
            import QtQuick
            Window {
                id: root
                property int searches: 0
                property alias field: field
                width: 400; height: 200; visible: true
                TextEdit { id: field; anchors.fill: parent; focus: true; text: "keep this text" }
                Shortcut { sequence: "Ctrl+K"; onActivated: root.searches++ }
            })",
                          QUrl());
        m_root.reset(component.create());
        auto *w = qobject_cast<QQuickWindow *>(m_root.get());
        if (w) {
            w->requestActivate();
            if (!QTest::qWaitForWindowActive(w) && !QTest::qWaitForWindowExposed(w)) {
                qWarning("the window was not shown");
            }
        }
        return w;
    }

private Q_SLOTS:
    void textFieldSwallowsTheShortcutWithoutIt()
    {
        QQuickWindow *w = window();
        QVERIFY2(w, "no window");
        auto *field = m_root->property("field").value<QQuickItem *>();
        QTRY_VERIFY(field->hasActiveFocus());
        field->setProperty("cursorPosition", 4);
        QTest::keyClick(w, Qt::Key_K, Qt::ControlModifier);
        if (!QKeySequence::keyBindings(QKeySequence::DeleteEndOfLine).contains(QKeySequence(Qt::CTRL | Qt::Key_K))) {
            QSKIP("Ctrl+K edits nothing on this platform");
        }
        // Linux's editing binding: delete to the end of the line, and no shortcut.
        QCOMPARE(m_root->property("searches").toInt(), 0);
        QCOMPARE(field->property("text").toString(), u"keep"_s);
    }

    void windowShortcutWinsWithIt()
    {
        WindowShortcuts shortcuts({QKeySequence(Qt::CTRL | Qt::Key_K)});
        qApp->installEventFilter(&shortcuts);
        QQuickWindow *w = window();
        QVERIFY2(w, "no window");
        auto *field = m_root->property("field").value<QQuickItem *>();
        QTRY_VERIFY(field->hasActiveFocus());
        field->setProperty("cursorPosition", 4);
        QTest::keyClick(w, Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(m_root->property("searches").toInt(), 1);
        QCOMPARE(field->property("text").toString(), u"keep this text"_s);
        // Other keys still edit.
        QTest::keyClick(w, Qt::Key_X);
        QCOMPARE(field->property("text").toString(), u"keepx this text"_s);
        qApp->removeEventFilter(&shortcuts);
    }
};

QTEST_MAIN(TestWindowShortcuts)
#include "tst_windowshortcuts.moc"
