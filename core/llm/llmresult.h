// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llmerror.h"
#include "toolcall.h"
#include "usage.h"

#include <QList>
#include <QString>

/**
 * @brief Everything one completion produced, also when it ended early.
 *
 * On Cancelled, Interrupted, Timeout, Provider or Protocol errors the text received so far is
 * kept in @c content / @c reasoning / @c toolCalls. @c finishReason is `tool_calls` whenever a
 * tool call was streamed, whatever the provider said. @c timeToFirstTokenMs is measured from the
 * start of the request to the first content, reasoning or tool-call delta (-1 if none came).
 */
struct LlmResult
{
    QString content;
    QString reasoning;
    QList<ToolCall> toolCalls;
    QString finishReason;
    Usage usage;
    LlmError error;
    QString model;
    qint64 timeToFirstTokenMs = -1;

    bool ok() const
    {
        return !error.isError();
    }
    /** True when any content, reasoning or tool call arrived. */
    bool hasOutput() const
    {
        return !content.isEmpty() || !reasoning.isEmpty() || !toolCalls.isEmpty();
    }
};
Q_DECLARE_METATYPE(LlmResult)
