// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "toolcall.h"
#include "usage.h"

#include <QString>

/** @brief One piece of a streamed reply, as LlmStream::deltas() yields it. */
struct LlmDelta
{
    enum class Kind { Content, Reasoning, ToolCall, Usage };
    Kind kind = Kind::Content;
    QString text; ///< Content and Reasoning
    int slot = -1; ///< ToolCall: which call (0-based, in order of appearance)
    ToolCall toolCall; ///< ToolCall: the call as assembled so far
    Usage usage; ///< Usage
};
