// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTest>
#include <QtGlobal>

namespace TestEnvironment {

/** Whether the CI environment variable is set (CI=1): there every test must run. */
inline bool isCi()
{
    return !qEnvironmentVariableIsEmpty("CI");
}

} // namespace TestEnvironment

/**
 * Skips the current test because this machine cannot run it (a tool, a library or a platform
 * feature is missing); under CI it fails instead, since there a skip would hide that the test
 * never ran. For what the environment lacks only, never for a result of the code under test.
 */
#define CONFAB_SKIP_OR_FAIL_IN_CI(message)                                                                                       \
    do {                                                                                                                         \
        if (TestEnvironment::isCi()) {                                                                                           \
            QFAIL(message);                                                                                                      \
        }                                                                                                                        \
        QSKIP(message);                                                                                                          \
    } while (false)
