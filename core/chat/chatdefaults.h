// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

/**
 * @brief The model and parameters a conversation uses unless it sets its own.
 *
 * A conversation's `parameters` JSON may override them with `temperature`, `top_p`,
 * `max_tokens`, `tools` (bool), `reasoning` (bool) and `extra_body` (object).
 */
struct ChatDefaults
{
    QString model;
    QString systemPrompt;
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> maxTokens;
    bool toolsEnabled = true;
    /** Request fields that turn the provider's reasoning ("thinking") on and off. */
    QJsonObject reasoningOn;
    QJsonObject reasoningOff;
    bool reasoning = true;
};
