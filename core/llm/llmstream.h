// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chunkdecoder.h"
#include "llmdelta.h"
#include "llmresult.h"
#include "llmtimeouts.h"
#include "retrypolicy.h"
#include "ssedecoder.h"

#include <QElapsedTimer>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <QCoroAsyncGenerator>
#include <QCoroTask>

#include <coroutine>

#include <QNetworkAccessManager>
#include <QNetworkReply>

/**
 * @brief One chat completion in flight, returned by LlmClient::stream(). The caller owns it.
 *
 * The request starts at once. Deltas arrive as signals, in order; finished() comes exactly once,
 * also after abort(), an error or a timeout, and result() then holds everything received (the
 * partial text is kept on every kind of failure). Delete the stream with deleteLater() when
 * done, never with `delete` inside a slot connected to its own signals (the stream is still
 * working on the data that caused the signal); deleting it before it finished aborts the request
 * without emitting finished(). Deleting the LlmClient (or its QNetworkAccessManager) finishes
 * running streams with Cancelled.
 *
 * Signals, all on the thread that called LlmClient::stream():
 * - firstByte(): the first byte of a successful response body arrived (no retry after this).
 * - contentDelta(), reasoningDelta(): new text, never empty.
 * - toolCallDelta(slot, soFar): tool call @p slot grew; soFar is the whole call so far.
 * - usageReceived(): the provider's usage chunk.
 * - retrying(): a failed attempt will be repeated after @p delayMs (only before the first byte).
 * - finished().
 *
 * Coroutines (QCoro), for code that prefers to await:
 * @code
 * std::unique_ptr<LlmStream> stream(client.stream(request));
 * QCORO_FOREACH(const LlmDelta &delta, stream->deltas()) {
 *     if (delta.kind == LlmDelta::Kind::Content) { show(delta.text); }
 * }
 * const LlmResult &result = stream->result(); // finished: check result.error
 * // or just:  LlmResult result = co_await stream->waitForFinished();
 * @endcode
 * Keep the stream alive while a coroutine awaits it.
 */
class LlmStream : public QObject
{
    Q_OBJECT

public:
    ~LlmStream() override;

    bool isFinished() const
    {
        return m_finished;
    }
    /** The result so far; final once finished() was emitted. */
    const LlmResult &result() const;
    /** Attempts made so far (1 + retries). */
    int attempts() const
    {
        return m_attempt;
    }

    /**
     * Stops now: closes the connection at once and finishes with a Cancelled error, keeping the
     * text received so far. Safe to call from a slot connected to this stream's signals, and a
     * no-op once finished.
     */
    void abort();

    /** Resolves with result() when the stream has finished (at once if it already has). */
    QCoro::Task<LlmResult> waitForFinished();

    /**
     * Yields every delta, then ends when the stream finishes (check result().error). What
     * arrived before the call comes first, coalesced per kind (reasoning, content, each tool
     * call, usage); from then on each delta as it arrives.
     */
    QCoro::AsyncGenerator<LlmDelta> deltas();

Q_SIGNALS:
    void firstByte();
    void contentDelta(const QString &text);
    void reasoningDelta(const QString &text);
    void toolCallDelta(int slot, const ToolCall &soFar);
    void usageReceived(const Usage &usage);
    void retrying(int attempt, qint64 delayMs, const LlmError &reason);
    void finished();
    /** Emitted after every delta and at the end. */
    void progressed();

private:
    friend class LlmClient;

    struct Setup
    {
        QNetworkRequest request;
        QByteArray body;
        LlmTimeouts timeouts;
        RetryPolicy retry;
        qint64 promptTokenEstimate = -1;
        LlmError immediateError; ///< set when the request cannot be sent at all
    };

    LlmStream(QNetworkAccessManager *nam, Setup setup, QObject *parent = nullptr);

    enum class Phase { Idle, Connecting, WaitingFirstByte, Streaming, Done };
    enum class BodyMode { Unknown, EventStream, Json };

    void startAttempt();
    void onConnected();
    void onReadyRead();
    void onReplyFinished();
    void onPhaseTimeout();
    void processBody(QByteArrayView bytes);
    void handleEvent(QByteArrayView type, QByteArrayView data);
    void afterDecoderStep();
    void failOrRetry(const LlmError &error);
    void finishWith(const LlmError &error);
    void releaseReply(bool abortNow);
    void armPhaseTimer(std::chrono::milliseconds timeout);
    void noteOutput();
    void queueDelta(LlmDelta delta);
    QCoro::AsyncGenerator<LlmDelta> generateDeltas();
    struct ProgressAwaiter;
    void wakeWaiters();

    QPointer<QNetworkAccessManager> m_nam;
    Setup m_setup;
    QPointer<QNetworkReply> m_reply;
    SseDecoder m_sse;
    ChunkDecoder m_decoder;
    LlmResult m_result;
    QTimer m_phaseTimer;
    QTimer m_totalTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_clock; // since the stream started
    QElapsedTimer m_sinceData; // since the last data event
    QByteArray m_body; // a JSON body (non-streaming or error responses)
    QList<LlmDelta> m_deltaQueue;
    QList<std::coroutine_handle<>> m_waiters; // coroutines waiting for progress
    bool m_wakeScheduled = false;
    Phase m_phase = Phase::Idle;
    BodyMode m_mode = BodyMode::Unknown;
    int m_attempt = 0;
    qint64 m_ttft = -1;
    bool m_finished = false;
    bool m_gotFirstByte = false;
    bool m_recordDeltas = false;
};
