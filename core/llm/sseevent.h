// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * @brief One dispatched server-sent event (WHATWG HTML §9.2.6).
 *
 * @c type is `message` when the stream named none; @c id is the last event ID in effect when the
 * event was dispatched (it persists across events); @c retry is the reconnection time in
 * milliseconds last set by a `retry:` field, or -1 when the stream never set one.
 */
struct SseEvent
{
    QString type;
    QString data;
    QString id;
    qint64 retry = -1;

    friend bool operator==(const SseEvent &, const SseEvent &) = default;
};
