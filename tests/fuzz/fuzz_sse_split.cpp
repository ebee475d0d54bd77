// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: SseDecoder must give the same events, errors and state whether a stream arrives
// whole or cut into pieces. Byte 0 configures the run: bits 0-3 the piece size (1-16), bit 4
// pseudo-random cut points instead, bits 5-6 the line limit. The rest is the stream.

#include "ssedecoder.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace {
struct Outcome
{
    QList<SseEvent> events;
    SseDecoder::Error error = SseDecoder::Error::None;
    QString lastEventId;
    qint64 retry = -1;
    qint64 scanned = 0;
};

[[noreturn]] void fail(const char *what)
{
    fprintf(stderr, "invariant broken: %s\n", what);
    abort();
}

Outcome run(QByteArrayView stream, qsizetype maxLine, const QList<qsizetype> &cuts)
{
    SseDecoder decoder(maxLine);
    Outcome outcome;
    decoder.setEventHandler([&](const SseEvent &event) {
        if (event.data.contains(u'\r') || event.type.contains(u'\r') || event.type.contains(u'\n')) {
            fail("line terminator inside a field");
        }
        outcome.events.append(event);
    });
    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        if (!decoder.feed(stream.sliced(from, cut - from))) {
            break;
        }
        from = cut;
        // Bounded memory: one line (or one event's data) plus a kept comment prefix.
        if (decoder.bufferedBytes() > 2 * maxLine + 2048) {
            fail("buffer above its bound");
        }
    }
    decoder.finish();
    outcome.error = decoder.error();
    outcome.lastEventId = decoder.lastEventId();
    outcome.retry = decoder.reconnectionTime();
    outcome.scanned = decoder.bytesScanned();
    return outcome;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) {
        return 0;
    }
    const uint8_t config = data[0];
    const QByteArrayView stream(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    static constexpr qsizetype Limits[] = {SseDecoder::DefaultMaxLineLength, 16, 300, 4096};
    const qsizetype maxLine = Limits[(config >> 5) & 3];

    QList<qsizetype> pieces;
    if (config & 0x10) {
        quint32 state = 2166136261u ^ quint32(size);
        for (qsizetype at = 0; at < stream.size();) {
            state = state * 1103515245u + 12345u;
            at = std::min(stream.size(), at + qsizetype((state >> 16) % 24)); // empty pieces too
            pieces.append(at);
        }
    } else {
        const qsizetype step = (config & 0x0F) + 1;
        for (qsizetype at = step; at < stream.size() + step; at += step) {
            pieces.append(std::min(at, stream.size()));
        }
    }

    const Outcome whole = run(stream, maxLine, {stream.size()});
    const Outcome split = run(stream, maxLine, pieces);
    if (whole.events != split.events) {
        fail("events differ between whole and split input");
    }
    if (whole.error != split.error) {
        fail("errors differ between whole and split input");
    }
    if (whole.error == SseDecoder::Error::None && (whole.retry != split.retry || whole.lastEventId != split.lastEventId)) {
        fail("stream state differs between whole and split input");
    }
    if (split.scanned > 2 * stream.size() + 8 || whole.scanned > 2 * stream.size() + 8) {
        fail("more than two scans per byte");
    }
    return 0;
}
