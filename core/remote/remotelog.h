// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

/** Logging of the remote backend client (`confab.remote`). Never logs tokens. */
Q_DECLARE_LOGGING_CATEGORY(lcRemote)
