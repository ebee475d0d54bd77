// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: the OpenAI chunk decoder fed the events of a fuzzed event stream (or, with bit 7
// of byte 0, a whole non-streamed body). Byte 0: bits 0-3 the piece size for the stream, bit 4
// think-tag splitting off. Invariants: no crash or UB; the emitted deltas add up to the result;
// tool calls stay within their bounds; an `error` member or event always fails the stream with
// a typed error; nothing changes once the stream is done or failed.

#include "chunkdecoder.h"
#include "ssedecoder.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
[[noreturn]] void fail(const char *what)
{
    fprintf(stderr, "invariant broken: %s\n", what);
    abort();
}

bool carriesError(QByteArrayView data)
{
    const QJsonDocument document = QJsonDocument::fromJson(data.trimmed().toByteArray());
    if (!document.isObject()) {
        return false;
    }
    const QJsonValue error = document.object().value(QLatin1StringView("error"));
    return !error.isUndefined() && !error.isNull();
}

void checkFailed(const ChunkDecoder &decoder, const char *why)
{
    if (decoder.state() != ChunkDecoder::State::Failed || !decoder.result().error.isError()) {
        fail(why);
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) {
        return 0;
    }
    const uint8_t config = data[0];
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    ChunkDecoder decoder;
    decoder.setThinkTagsEnabled(!(config & 0x10));
    QString content;
    QString reasoning;
    decoder.setContentHandler([&](const QString &text) {
        if (text.isEmpty()) {
            fail("empty content delta");
        }
        content += text;
    });
    decoder.setReasoningHandler([&](const QString &text) {
        if (text.isEmpty()) {
            fail("empty reasoning delta");
        }
        reasoning += text;
    });
    decoder.setToolCallHandler([&](int slot, const ToolCall &call) {
        if (slot < 0 || slot >= ToolCallAssembler::MaxCalls || call.arguments.size() > ToolCallAssembler::MaxArgumentsLength) {
            fail("tool call out of bounds");
        }
    });

    if (config & 0x80) {
        decoder.feedCompletion(input);
        if (decoder.state() == ChunkDecoder::State::Streaming) {
            fail("a whole body left the stream open");
        }
    } else {
        SseDecoder sse;
        sse.setRawEventHandler([&](QByteArrayView type, QByteArrayView payload) {
            const bool streaming = decoder.state() == ChunkDecoder::State::Streaming;
            const qsizetype before = decoder.result().content.size();
            decoder.feed(payload, type);
            if (!streaming) {
                if (decoder.result().content.size() != before) {
                    fail("output after the end of the stream");
                }
                return;
            }
            if (type == QByteArrayView("error")) {
                checkFailed(decoder, "an error event did not fail the stream");
            } else if (carriesError(payload)) {
                checkFailed(decoder, "an error object did not fail the stream");
            }
        });
        sse.setUnknownFieldHandler([&](QByteArrayView name, QByteArrayView value) {
            if (name == QByteArrayView("error")) {
                const bool streaming = decoder.state() == ChunkDecoder::State::Streaming;
                decoder.feedErrorField(value);
                if (streaming) {
                    checkFailed(decoder, "an error field did not fail the stream");
                }
            }
        });
        const qsizetype step = (config & 0x0F) + 1;
        for (qsizetype at = 0; at < input.size(); at += step) {
            sse.feed(input.sliced(at, std::min(step, input.size() - at)));
        }
        sse.finish();
        decoder.finish();
    }

    const LlmResult &result = decoder.result();
    if (decoder.state() == ChunkDecoder::State::Failed) {
        // Text held back by the think splitter is kept in the result without a delta.
        if (!result.content.startsWith(content) || !result.reasoning.startsWith(reasoning) || !result.error.isError()) {
            fail("failed stream lost text or its error");
        }
    } else {
        if (result.content != content || result.reasoning != reasoning) {
            fail("deltas do not add up to the result");
        }
        if (result.error.isError()) {
            fail("error set on a stream that did not fail");
        }
        if (!result.toolCalls.isEmpty() && result.finishReason != QLatin1StringView("tool_calls")) {
            fail("tool calls without finish reason tool_calls");
        }
    }
    if (result.toolCalls.size() > ToolCallAssembler::MaxCalls) {
        fail("too many tool calls");
    }
    return 0;
}
