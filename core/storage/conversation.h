// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

/**
 * @brief One conversation as stored: its title, flags, model settings and free-form metadata.
 *
 * `updatedAt` is the time of the last activity (a message added or finished, a rename, a settings change);
 * lists are ordered by it. `metadata` is free-form JSON for other layers (for example MineContext's
 * `page_name`, `document_id`, `user_id`). `activeLeafId` is the last message of the branch shown (0 when the
 * conversation has no messages).
 */
struct Conversation
{
    qint64 id = 0;
    QString title;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool pinned = false;
    bool archived = false;
    QString model;
    QString provider;
    QString systemPrompt;
    QJsonObject parameters;
    QJsonObject metadata;
    qint64 activeLeafId = 0;

    bool operator==(const Conversation &other) const = default;
};
