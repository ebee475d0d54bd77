// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

/**
 * @brief The lifecycle of a message: pending → streaming → completed | failed | cancelled | interrupted.
 *
 * The values are pinned: they never change meaning. The database and the wire use the names returned by
 * messageStatusName() (`pending`, `streaming`, `completed`, `failed`, `cancelled`, `interrupted`), never the
 * integers.
 */
enum class MessageStatus {
    Pending = 0,
    Streaming = 1,
    Completed = 2,
    Failed = 3,
    Cancelled = 4,
    Interrupted = 5,
};

/** The stable lower-case name of @p status, as stored and sent on the wire. */
QString messageStatusName(MessageStatus status);

/** The status named @p name (exact, lower-case), or nothing for an unknown name. */
std::optional<MessageStatus> messageStatusFromName(QStringView name);

/** True for completed, failed, cancelled and interrupted: no more text will be written. */
bool isFinalStatus(MessageStatus status);
