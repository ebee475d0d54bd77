// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotelog.h"

Q_LOGGING_CATEGORY(lcRemote, "confab.remote", QtInfoMsg)
