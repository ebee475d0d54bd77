// SPDX-License-Identifier: GPL-3.0-or-later
#include "llmlog.h"

Q_LOGGING_CATEGORY(lcLlm, "confab.llm", QtInfoMsg)
