// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agentrun.h"

/**
 * @brief How a finished run ended: the answer, its usage, and what went wrong if anything.
 */
struct AgentResult
{
    AgentRun::Status status = AgentRun::Status::NotStarted;
    QString runId;
    QString sessionId;
    QString content;
    QString reasoning;
    QString finishReason;
    QString queryType;
    Usage usage;
    QList<ToolRecord> toolRecords;
    QString failure;
    LlmError error;

    bool ok() const
    {
        return status == AgentRun::Status::Completed;
    }
};
