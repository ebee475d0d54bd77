// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

/**
 * @brief One status event of the agent while it produced a message (MineContext's `thinking[]` entries).
 *
 * `type` is the event type (for example `thinking`, `running`, `done`), `stage` the workflow stage. A
 * negative `sequence` when adding asks the storage to number the step after the message's last one.
 */
struct MessageStep
{
    qint64 id = 0;
    qint64 messageId = 0;
    QString type;
    QString stage;
    QString content;
    double progress = 0.0;
    int sequence = -1;
    QJsonObject metadata;
    QDateTime createdAt;

    bool operator==(const MessageStep &other) const = default;
};
