// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

/** Logging of the window's models and controllers (`confab.ui`). */
Q_DECLARE_LOGGING_CATEGORY(lcUi)
