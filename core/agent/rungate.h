// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wakeup.h"

#include <QObject>

/**
 * @brief What a suspended workflow step waits on: woken when the awaited work finishes, or at
 * once when the run is interrupted, so that no step outlives an interruption.
 *
 * Connect whatever signals should wake it to wake(); a step then does
 * `while (!done && !state.interrupted) co_await state.gate.next();`.
 */
class RunGate : public QObject
{
    Q_OBJECT

public:
    RunGate()
        : m_wakeup(this)
    {
        connect(this, &RunGate::wake, this, [this] { m_wakeup.notify(); });
    }

    Wakeup::Awaiter next()
    {
        return m_wakeup.next();
    }

Q_SIGNALS:
    void wake();

private:
    Wakeup m_wakeup;
};
