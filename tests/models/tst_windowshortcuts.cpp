// SPDX-License-Identifier: GPL-3.0-or-later
// WindowShortcuts under the X server that xvfb-run gives this test, with the X11 key bindings:
// a focused text field claims its editing keys (Ctrl+A selects all) before the window's
// Shortcut items see them, and WindowShortcuts takes back exactly the sequences it lists.
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

    /** A window whose text field has the focus, with the cursor after "keep". */
    QQuickWindow *window()
    {
        QQmlComponent component(&m_engine);
        component.setData(R"(
            import QtQuick
            Window {
                id: root
                property int selectAlls: 0
                property int searches: 0
                property alias field: field
                width: 400; height: 200; visible: true
                TextEdit { id: field; anchors.fill: parent; focus: true; text: "keep this text" }
                Shortcut { sequence: "Ctrl+A"; onActivated: root.selectAlls++ }
                Shortcut { sequence: "Ctrl+K"; onActivated: root.searches++ }
            })",
                          QUrl());
        m_root.reset(component.create());
        auto *w = qobject_cast<QQuickWindow *>(m_root.get());
        if (!w) {
            qWarning().noquote() << component.errorString();
            return nullptr;
        }
        w->requestActivate();
        if (!QTest::qWaitForWindowActive(w)) {
            qWarning("the window did not become active");
            return nullptr;
        }
        QQuickItem *edit = field();
        if (!QTest::qWaitFor([edit] { return edit->hasActiveFocus(); })) {
            qWarning("the text field did not get the focus");
            return nullptr;
        }
        edit->setProperty("cursorPosition", 4);
        return w;
    }

    QQuickItem *field() const
    {
        return m_root->property("field").value<QQuickItem *>();
    }

private Q_SLOTS:
    void cleanup()
    {
        m_root.reset();
    }

    // What WindowShortcuts is for: without it the field keeps Ctrl+A for itself.
    void fieldClaimsItsEditingKeysWithoutIt()
    {
        QQuickWindow *w = window();
        QVERIFY2(w, "no window with a focused field");
        QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(m_root->property("selectAlls").toInt(), 0);
        QCOMPARE(field()->property("selectedText").toString(), u"keep this text"_s);
    }

    void windowShortcutWinsWithIt()
    {
        WindowShortcuts shortcuts({QKeySequence(Qt::CTRL | Qt::Key_A)});
        qApp->installEventFilter(&shortcuts);
        QQuickWindow *w = window();
        QVERIFY2(w, "no window with a focused field");
        QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(m_root->property("selectAlls").toInt(), 1);
        QCOMPARE(field()->property("selectedText").toString(), QString());
        QCOMPARE(field()->property("text").toString(), u"keep this text"_s);
        // Other keys still edit.
        QTest::keyClick(w, Qt::Key_X);
        QCOMPARE(field()->property("text").toString(), u"keepx this text"_s);
        qApp->removeEventFilter(&shortcuts);
    }

    // The window's own sequences, installed as the app does: search (Ctrl+K, which X11 binds to
    // "delete to the end of the line") fires from the field and leaves its text alone.
    void searchFromTheField()
    {
        WindowShortcuts shortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::Key_N)});
        qApp->installEventFilter(&shortcuts);
        QQuickWindow *w = window();
        QVERIFY2(w, "no window with a focused field");
        QTest::keyClick(w, Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(m_root->property("searches").toInt(), 1);
        QCOMPARE(field()->property("text").toString(), u"keep this text"_s);
        // Not listed: still the field's.
        QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(m_root->property("selectAlls").toInt(), 0);
        QCOMPARE(field()->property("selectedText").toString(), u"keep this text"_s);
        qApp->removeEventFilter(&shortcuts);
    }
};

QTEST_MAIN(TestWindowShortcuts)
#include "tst_windowshortcuts.moc"
