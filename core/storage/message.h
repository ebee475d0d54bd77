// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagestatus.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

/**
 * @brief One message of a conversation: a node of the conversation's tree.
 *
 * Edits and regenerations add a sibling (same `parentId`); `parentId` 0 is a root. `role` is free text
 * (`system`, `user`, `assistant`, `tool`). `metadata` holds usage, timings, model and finish reason.
 * `siblingIndex` / `siblingCount` are computed when read (0-based position among the messages with the same
 * parent, in creation order); they are ignored when writing.
 */
struct Message
{
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 parentId = 0;
    QString role;
    QString content;
    QString reasoning;
    QJsonArray toolCalls;
    QString toolCallId;
    MessageStatus status = MessageStatus::Pending;
    QString error;
    QJsonObject metadata;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime completedAt;
    int siblingIndex = 0;
    int siblingCount = 1;

    bool operator==(const Message &other) const = default;
};
