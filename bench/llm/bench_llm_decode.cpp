// SPDX-License-Identifier: GPL-3.0-or-later
// Decoding speed of the event-stream framer (SseDecoder) and of framing + chunk decoding
// (SseDecoder + ChunkDecoder) on a generated 35 MB stream of 200,000 chat.completion.chunk
// events, fed in 1-, 16-, 1460- and 4096-byte reads, against a baseline measured in the same
// run: QJsonDocument alone on the pre-split payloads, pulling choices[0].delta.content. Also one
// 8 MiB `data:` line in 1460-byte reads. Times are the thread's CPU time, best of several rounds.
// Run a RelWithDebInfo or Release build:
//
//   build/debian-12/bench/llm/bench_llm_decode [events [read size]]
//
// Targets (issue 3): framing >= 2 GB/s at 4 KiB reads; framing + decoding >= 0.8 x baseline at
// 1460-byte reads; the 8 MiB line in <= 50 ms.

#include "chunkdecoder.h"
#include "ssedecoder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>

using namespace Qt::StringLiterals;

namespace {
QTextStream out(stdout);

struct Stream
{
    QByteArray bytes;
    QList<QByteArray> payloads; // the JSON of each event, for the baseline
    qsizetype contentChars = 0;
};

Stream generate(int events)
{
    static const char *const words[] = {"the",  " model", " streams", " tokens", ",",     " one", " by",
                                        " one", ".",      " Über",    " 你好",   " 🙂", "\\n",  " code",
                                        " `x`", " and",   " more",    " text",   " here", "!"};
    QRandomGenerator random(42);
    Stream stream;
    stream.bytes.reserve(qsizetype(events) * 180);
    for (int i = 0; i < events; ++i) {
        const QByteArray word = words[random.bounded(int(std::size(words)))];
        const QByteArray payload = R"({"id":"chatcmpl-B9MBs8Cjcv","object":"chat.completion.chunk","created":1741569952,)"
                                   R"("model":"gpt-4o-mini","choices":[{"index":0,"delta":{"content":")" +
            word + R"("},"finish_reason":null}]})";
        stream.bytes += "data: " + payload + "\n\n";
        stream.payloads.append(payload);
    }
    stream.bytes += "data: [DONE]\n\n";
    return stream;
}

/**
 * Best of @p rounds, in seconds of this thread's CPU time: on a shared machine wall time also
 * counts the time spent waiting for a core, CPU time does not.
 */
double bestOf(int rounds, const std::function<void()> &work)
{
    double best = 1e9;
    for (int i = 0; i < rounds; ++i) {
        timespec start{};
        timespec end{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start);
        work();
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end);
        best = std::min(best, double(end.tv_sec - start.tv_sec) + double(end.tv_nsec - start.tv_nsec) / 1e9);
    }
    return best;
}

void feedInReads(SseDecoder &decoder, const QByteArray &bytes, qsizetype readSize)
{
    const char *data = bytes.constData();
    for (qsizetype at = 0; at < bytes.size(); at += readSize) {
        decoder.feed(QByteArrayView(data + at, std::min(readSize, bytes.size() - at)));
    }
    decoder.finish();
}

QString mbps(qsizetype bytes, double seconds)
{
    return QString::number(double(bytes) / seconds / 1e6, 'f', 0);
}

QString perSecond(qsizetype count, double seconds)
{
    return QString::number(double(count) / seconds / 1e6, 'f', 2) + u" M"_s;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int events = argc > 1 ? QByteArray(argv[1]).toInt() : 200'000;
    const qsizetype onlyReadSize = argc > 2 ? QByteArray(argv[2]).toLongLong() : 0; // for profiling
    const Stream stream = generate(events);
    const qsizetype size = stream.bytes.size();
    out << "bench_llm_decode: " << events << " chunk events, " << QString::number(double(size) / 1e6, 'f', 1) << " MB ("
        << size / events << " bytes per event)\n\n";

    // Baseline: QJsonDocument alone on the pre-split payloads.
    qsizetype baselineChars = 0;
    auto baselineRun = [&] {
        baselineChars = 0;
        for (const QByteArray &payload : stream.payloads) {
            const QJsonObject object = QJsonDocument::fromJson(payload).object();
            const QJsonArray choices = object.value("choices"_L1).toArray();
            if (!choices.isEmpty()) {
                baselineChars += choices.first().toObject().value("delta"_L1).toObject().value("content"_L1).toString().size();
            }
        }
    };

    // Each round times the baseline, the framer and the decoder back to back; each figure is the
    // best of its rounds.
    out << "read size  framing MB/s  events/s    | framing+decoding MB/s  events/s  | baseline MB/s  | decoding/baseline\n";
    for (const qsizetype readSize : {qsizetype(1), qsizetype(16), qsizetype(1460), qsizetype(4096)}) {
        if (onlyReadSize > 0 && readSize != onlyReadSize) {
            continue;
        }
        const int rounds = readSize == 1 ? 2 : 5;
        double baseline = 1e9;
        double framing = 1e9;
        double decoding = 1e9;
        qsizetype framed = 0;
        qint64 scanned = 0;
        qsizetype decodedChars = 0;
        for (int round = 0; round < rounds; ++round) {
            baseline = std::min(baseline, bestOf(1, baselineRun));
            framing =
                std::min(framing, bestOf(1, [&] {
                             SseDecoder decoder;
                             framed = 0;
                             decoder.setRawEventHandler([&](QByteArrayView, QByteArrayView data) { framed += data.size(); });
                             feedInReads(decoder, stream.bytes, readSize);
                             scanned = decoder.bytesScanned();
                         }));
            decoding = std::min(decoding, bestOf(1, [&] {
                                    SseDecoder decoder;
                                    ChunkDecoder chunks;
                                    decodedChars = 0;
                                    chunks.setContentHandler([&](const QString &text) { decodedChars += text.size(); });
                                    decoder.setRawEventHandler(
                                        [&](QByteArrayView type, QByteArrayView data) { chunks.feed(data, type); });
                                    feedInReads(decoder, stream.bytes, readSize);
                                }));
        }
        if (decodedChars != baselineChars || framed == 0 || scanned > 2 * size) {
            out << "MISMATCH: decoded " << decodedChars << " characters, baseline " << baselineChars << ", scanned " << scanned
                << "\n";
            return 1;
        }
        out << qSetFieldWidth(9) << readSize << qSetFieldWidth(0) << "  " << qSetFieldWidth(11) << mbps(size, framing)
            << qSetFieldWidth(0) << "  " << qSetFieldWidth(10) << perSecond(events, framing) << qSetFieldWidth(0) << "  | "
            << qSetFieldWidth(20) << mbps(size, decoding) << qSetFieldWidth(0) << "  " << qSetFieldWidth(9)
            << perSecond(events, decoding) << qSetFieldWidth(0) << "  | " << qSetFieldWidth(13) << mbps(size, baseline)
            << qSetFieldWidth(0) << "  | " << QString::number(baseline / decoding, 'f', 2) << "x\n";
        out.flush();
    }

    // One 8 MiB data line (an image or a huge tool result) in 1460-byte reads.
    const QByteArray big(8 * 1024 * 1024, 'x');
    const QByteArray line = "data: " + big + "\n\n";
    const QByteArray jsonLine = R"(data: {"choices":[{"index":0,"delta":{"content":")" + big + "\"}}]}\n\n";
    qint64 scanned = 0;
    const double framing8 = bestOf(3, [&] {
        SseDecoder decoder;
        decoder.setRawEventHandler([](QByteArrayView, QByteArrayView) {});
        feedInReads(decoder, line, 1460);
        scanned = decoder.bytesScanned();
    });
    qsizetype chars8 = 0;
    const double decoding8 = bestOf(3, [&] {
        SseDecoder decoder;
        ChunkDecoder chunks;
        chunks.setContentHandler([&](const QString &text) { chars8 = text.size(); });
        decoder.setRawEventHandler([&](QByteArrayView type, QByteArrayView data) { chunks.feed(data, type); });
        feedInReads(decoder, jsonLine, 1460);
    });
    out << "\n8 MiB data line in 1460-byte reads: framing " << QString::number(framing8 * 1000, 'f', 1) << " ms ("
        << QString::number(double(scanned) / double(line.size()), 'f', 2) << " scans per byte), framing + JSON chunk "
        << QString::number(decoding8 * 1000, 'f', 1) << " ms (" << chars8 << " characters)\n";
    out << "targets: framing >= 2000 MB/s at 4096; decoding ratio >= 0.80x at 1460; 8 MiB line <= 50 ms\n";
    return 0;
}
