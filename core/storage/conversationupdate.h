// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

/**
 * @brief A change to a conversation: only the fields that are set are written.
 *
 * `parameters` and `metadata` replace the stored objects. A change of title or settings counts as activity
 * (it moves `updatedAt`); pinning and archiving do not.
 */
struct ConversationUpdate
{
    std::optional<QString> title;
    std::optional<QString> model;
    std::optional<QString> provider;
    std::optional<QString> systemPrompt;
    std::optional<QJsonObject> parameters;
    std::optional<QJsonObject> metadata;
    std::optional<bool> pinned;
    std::optional<bool> archived;
};
