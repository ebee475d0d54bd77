// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

/**
 * @brief Keeps the window's own shortcuts working while a text field has the focus.
 *
 * A focused text field claims some key combinations for editing before any shortcut sees them:
 * on Linux Ctrl+K deletes to the end of the line, so the search shortcut would never fire from
 * the message box. Installed on the application, this stops the text field's claim
 * (QEvent::ShortcutOverride) for the listed sequences only, so that they reach the window's
 * Shortcut items; every other key behaves as usual.
 */
class WindowShortcuts : public QObject
{
    Q_OBJECT

public:
    explicit WindowShortcuts(const QList<QKeySequence> &sequences, QObject *parent = nullptr);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<QKeySequence> m_sequences;
};
