// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attachment.h"

#include <QString>

#include <functional>
#include <optional>

/**
 * @brief How the agent works, for every run.
 */
struct AgentSettings
{
    enum class Mode {
        Direct, ///< no classification call: the answering call itself may use tools
        Analyze, ///< a classification call first, as MineContext does
    };

    Mode mode = Mode::Direct;
    bool reflection = false; ///< a review call after the answer; off by default
    int maxToolRounds = 5;
    int toolTimeoutMs = 30000;
    qsizetype toolOutputLimit = 16000; ///< characters of one tool result given to the model
    qsizetype historyCharBudget = 48000; ///< earlier turns beyond this are left out, oldest first
    qsizetype attachmentCharLimit = 100000; ///< characters of one attached file given to the model
    /** Resolves a MineContext `document_id` to a file; empty when there is none. */
    std::function<std::optional<Attachment>(const QString &documentId)> documentLookup;
};
