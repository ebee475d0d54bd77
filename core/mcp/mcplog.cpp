// SPDX-License-Identifier: GPL-3.0-or-later
#include "mcplog.h"

Q_LOGGING_CATEGORY(lcMcp, "confab.mcp", QtInfoMsg)
