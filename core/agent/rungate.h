// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

/**
 * @brief What a suspended workflow step waits on: woken when the awaited work finishes, or at
 * once when the run is interrupted, so that no step outlives an interruption.
 */
class RunGate : public QObject
{
    Q_OBJECT

Q_SIGNALS:
    void wake();
};
