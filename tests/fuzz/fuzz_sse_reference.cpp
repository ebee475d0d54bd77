// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer, differential: SseDecoder against SseReference, a slow parser that follows WHATWG
// HTML §9.2.6 line by line. Catches what the split invariant cannot (both of its runs share
// the same logic). Byte 0 is ignored (the seeds share fuzz_sse_split's format).

#include "ssedecoder.h"
#include "ssereference.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) {
        return 0;
    }
    const QByteArrayView stream(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    SseDecoder decoder;
    QList<SseEvent> events;
    decoder.setEventHandler([&](const SseEvent &event) { events.append(event); });
    decoder.feed(stream);
    decoder.finish();
    const SseReference::Outcome reference = SseReference::parse(stream);
    if (decoder.error() != SseDecoder::Error::None) {
        return 0; // the reference has no limits; inputs are far below the default anyway
    }
    if (events != reference.events) {
        fprintf(stderr, "events differ: decoder %d, reference %d\n", int(events.size()), int(reference.events.size()));
        for (qsizetype i = 0; i < std::min(events.size(), reference.events.size()); ++i) {
            if (!(events.at(i) == reference.events.at(i))) {
                fprintf(stderr, "first difference at event %d\n", int(i));
                break;
            }
        }
        abort();
    }
    if (decoder.reconnectionTime() != reference.retry || decoder.lastEventId() != reference.lastEventId) {
        fprintf(stderr, "retry or last event ID differ\n");
        abort();
    }
    return 0;
}
