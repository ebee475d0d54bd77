// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowshortcuts.h"

#include <QKeyEvent>

WindowShortcuts::WindowShortcuts(const QList<QKeySequence> &sequences, QObject *parent)
    : QObject(parent)
    , m_sequences(sequences)
{ }

bool WindowShortcuts::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        for (const QKeySequence &sequence : std::as_const(m_sequences)) {
            if (sequence.matches(pressed) == QKeySequence::ExactMatch) {
                // Left unaccepted, the override lets the shortcut map trigger the window's Shortcut.
                event->ignore();
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}
