// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sseevent.h"

#include <QByteArrayView>
#include <QList>

/**
 * @brief A deliberately plain event-stream parser that follows WHATWG HTML §9.2.6 step by step
 * on the whole decoded text (slow, no limits, no incremental state). Tests and the
 * differential fuzzer compare SseDecoder with it.
 */
namespace SseReference {
struct Outcome
{
    QList<SseEvent> events;
    QString lastEventId;
    qint64 retry = -1;
};
/** Parses a complete stream (the end of @p stream is the end of the file). */
Outcome parse(QByteArrayView stream);
} // namespace SseReference
