// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

/**
 * Runs a real event loop until @p done returns true or @p timeoutMs pass; returns done().
 *
 * Use it instead of QTest::qWaitFor / QTRY_* with ScriptedProvider: those sleep 10 ms between
 * rounds of event processing, so a response cut into 1,300 small writes takes 13 seconds.
 */
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 5000);
