// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagestatus.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

/**
 * @brief A change to a message: only the fields that are set are written.
 *
 * `metadata` is merged into the stored object: its keys replace the stored ones and a key set to JSON
 * `null` removes it. Moving to a final status sets `completedAt`. While a MessageWriter is open on the
 * message, a final status is handed to the writer (so no streamed text is lost) and replacing the content or
 * reasoning is refused.
 */
struct MessageUpdate
{
    std::optional<QString> content;
    std::optional<QString> reasoning;
    std::optional<QJsonArray> toolCalls;
    std::optional<MessageStatus> status;
    std::optional<QString> error;
    std::optional<QJsonObject> metadata;
};
