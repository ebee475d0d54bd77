// SPDX-License-Identifier: GPL-3.0-or-later
#include "llmstream.h"

#include "llmlog.h"
#include "replyerrors.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
constexpr qsizetype MaxJsonBody = 32 * 1024 * 1024;
constexpr qsizetype MaxErrorBody = 1024 * 1024;
constexpr auto ReplyDrainGrace = 5s;

qint64 estimateTokens(qsizetype utf8Bytes)
{
    return (utf8Bytes + 3) / 4;
}
} // namespace

LlmStream::LlmStream(QNetworkAccessManager *nam, Setup setup, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_setup(std::move(setup))
{
    m_clock.start();
    m_phaseTimer.setSingleShot(true);
    m_totalTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer); // never earlier than Retry-After
    connect(&m_phaseTimer, &QTimer::timeout, this, &LlmStream::onPhaseTimeout);
    connect(&m_totalTimer, &QTimer::timeout, this, [this] {
        LlmError error(LlmError::Kind::Timeout);
        error.timeout = LlmError::TimeoutKind::Total;
        error.timeoutMs = m_setup.timeouts.total.count();
        finishWith(error);
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &LlmStream::startAttempt);

    m_sse.setRawEventHandler([this](QByteArrayView type, QByteArrayView data) { handleEvent(type, data); });
    m_sse.setUnknownFieldHandler([this](QByteArrayView name, QByteArrayView value) {
        if (!m_finished && name == QByteArrayView("error")) {
            m_decoder.feedErrorField(value);
            afterDecoderStep();
        }
    });
    m_decoder.setContentHandler([this](const QString &text) {
        noteOutput();
        Q_EMIT contentDelta(text);
        queueDelta(LlmDelta{LlmDelta::Kind::Content, text, -1, {}, {}});
    });
    m_decoder.setReasoningHandler([this](const QString &text) {
        noteOutput();
        Q_EMIT reasoningDelta(text);
        queueDelta(LlmDelta{LlmDelta::Kind::Reasoning, text, -1, {}, {}});
    });
    m_decoder.setToolCallHandler([this](int slot, const ToolCall &call) {
        noteOutput();
        Q_EMIT toolCallDelta(slot, call);
        queueDelta(LlmDelta{LlmDelta::Kind::ToolCall, {}, slot, call, {}});
    });
    m_decoder.setUsageHandler([this](const Usage &usage) {
        Q_EMIT usageReceived(usage);
        queueDelta(LlmDelta{LlmDelta::Kind::Usage, {}, -1, {}, usage});
    });

    if (m_setup.immediateError.isError() || !m_nam) {
        // Report on the next turn of the event loop, so that the caller can connect first.
        const LlmError error = m_setup.immediateError.isError()
            ? m_setup.immediateError
            : LlmError(LlmError::Kind::Network, tr("No network access manager."));
        QMetaObject::invokeMethod(
            this, [this, error] { finishWith(error); }, Qt::QueuedConnection);
        return;
    }
    if (m_setup.timeouts.total.count() > 0) {
        m_totalTimer.start(m_setup.timeouts.total);
    }
    startAttempt();
}

LlmStream::~LlmStream()
{
    m_finished = true;
    releaseReply(true);
}

const LlmResult &LlmStream::result() const
{
    return m_finished ? m_result : m_decoder.result();
}

void LlmStream::startAttempt()
{
    if (m_finished) {
        return;
    }
    if (!m_nam) {
        finishWith(LlmError(LlmError::Kind::Cancelled, tr("The network access manager was deleted.")));
        return;
    }
    ++m_attempt;
    m_sse.reset();
    m_decoder.reset();
    m_body.clear();
    m_mode = BodyMode::Unknown;
    m_gotFirstByte = false;
    m_phase = Phase::Connecting;
    QNetworkReply *reply = m_nam->post(m_setup.request, m_setup.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, &LlmStream::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &LlmStream::onReplyFinished);
    connect(reply, &QNetworkReply::requestSent, this, &LlmStream::onConnected);
    connect(reply, &QNetworkReply::metaDataChanged, this, &LlmStream::onConnected);
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
        if (sent > 0) {
            onConnected();
        }
    });
    connect(reply, &QObject::destroyed, this, [this] {
        m_reply.clear(); // never touch a reply that is being destroyed
        if (!m_finished) {
            finishWith(LlmError(LlmError::Kind::Cancelled, tr("The request was deleted.")));
        }
    });
    armPhaseTimer(m_setup.timeouts.connect);
    qCDebug(lcLlm) << "POST" << m_setup.request.url().toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery) << "attempt"
                   << m_attempt;
}

void LlmStream::armPhaseTimer(std::chrono::milliseconds timeout)
{
    if (timeout.count() > 0) {
        m_phaseTimer.start(timeout);
    } else {
        m_phaseTimer.stop();
    }
}

void LlmStream::onConnected()
{
    if (m_phase == Phase::Connecting) {
        m_phase = Phase::WaitingFirstByte;
        armPhaseTimer(m_setup.timeouts.firstByte);
    }
}

void LlmStream::onPhaseTimeout()
{
    if (m_finished) {
        return;
    }
    LlmError error(LlmError::Kind::Timeout);
    switch (m_phase) {
    case Phase::Connecting:
        error.timeout = LlmError::TimeoutKind::Connect;
        error.timeoutMs = m_setup.timeouts.connect.count();
        break;
    case Phase::WaitingFirstByte:
        error.timeout = LlmError::TimeoutKind::FirstByte;
        error.timeoutMs = m_setup.timeouts.firstByte.count();
        break;
    case Phase::Streaming: {
        // The clock restarts on data events only; re-arm for the remainder when one came.
        const qint64 idle = m_setup.timeouts.idle.count();
        const qint64 elapsed = m_sinceData.elapsed();
        if (elapsed < idle) {
            m_phaseTimer.start(std::chrono::milliseconds(idle - elapsed));
            return;
        }
        error.timeout = LlmError::TimeoutKind::Idle;
        error.timeoutMs = idle;
        break;
    }
    case Phase::Idle:
    case Phase::Done:
        return;
    }
    failOrRetry(error);
}

void LlmStream::onReadyRead()
{
    if (m_finished || !m_reply) {
        return;
    }
    const int status = ReplyErrors::httpStatus(m_reply);
    if (status < 200 || status >= 300) {
        // An error body: keep it (bounded) for the error message; it is parsed at the end.
        const QByteArray bytes = m_reply->readAll();
        m_body.append(bytes.first(std::min(bytes.size(), std::max<qsizetype>(0, MaxErrorBody - m_body.size()))));
        onConnected();
        m_phaseTimer.stop();
        return;
    }
    const QByteArray bytes = m_reply->readAll();
    if (bytes.isEmpty()) {
        return;
    }
    if (!m_gotFirstByte) {
        m_gotFirstByte = true;
        onConnected();
        m_phase = Phase::Streaming;
        m_sinceData.start();
        armPhaseTimer(m_setup.timeouts.idle);
        const QByteArray type = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
        if (type.contains("text/event-stream")) {
            m_mode = BodyMode::EventStream;
        } else if (type.contains("json")) {
            m_mode = BodyMode::Json;
        } else {
            m_mode = bytes.trimmed().startsWith('{') ? BodyMode::Json : BodyMode::EventStream;
        }
        Q_EMIT firstByte();
        if (m_finished) {
            return;
        }
    }
    processBody(bytes);
}

void LlmStream::processBody(QByteArrayView bytes)
{
    if (m_mode == BodyMode::Json) {
        if (m_body.size() + bytes.size() > MaxJsonBody) {
            finishWith(LlmError::protocol(tr("The response is larger than %1 bytes").arg(MaxJsonBody)));
            return;
        }
        m_body.append(bytes.data(), bytes.size());
        return;
    }
    if (!m_sse.feed(bytes) && !m_finished) {
        m_decoder.fail(LlmError::protocol(m_sse.errorString(), m_sse.errorLine()));
        finishWith(m_decoder.result().error);
    }
}

void LlmStream::handleEvent(QByteArrayView type, QByteArrayView data)
{
    if (m_finished) {
        return;
    }
    m_sinceData.restart();
    m_decoder.feed(data, type);
    afterDecoderStep();
}

void LlmStream::afterDecoderStep()
{
    if (m_finished) {
        return;
    }
    switch (m_decoder.state()) {
    case ChunkDecoder::State::Streaming:
        return;
    case ChunkDecoder::State::Done:
        finishWith({});
        return;
    case ChunkDecoder::State::Failed:
        finishWith(m_decoder.result().error);
        return;
    }
}

void LlmStream::onReplyFinished()
{
    if (m_finished || !m_reply) {
        return;
    }
    m_phaseTimer.stop();
    const int status = ReplyErrors::httpStatus(m_reply);
    if (status >= 300 || (status > 0 && status < 200)) {
        m_body.append(m_reply->readAll());
        failOrRetry(ReplyErrors::fromHttp(m_reply, m_body.first(std::min(m_body.size(), MaxErrorBody))));
        return;
    }
    if (m_reply->error() != QNetworkReply::NoError) {
        LlmError error = ReplyErrors::fromTransport(m_reply);
        if (m_decoder.hasOutput()) {
            error.kind = LlmError::Kind::Interrupted;
            finishWith(error);
        } else {
            failOrRetry(error);
        }
        return;
    }
    // A clean end of the body: read what is left, then settle.
    if (m_reply->bytesAvailable() > 0) {
        onReadyRead();
        if (m_finished) {
            return;
        }
    }
    if (m_mode == BodyMode::Json) {
        m_decoder.feedCompletion(m_body);
        afterDecoderStep();
        return;
    }
    // llama-server may end with "data: [DONE]" and no blank line: the standard dispatches
    // nothing, so look at what is left over.
    const bool doneTail = m_sse.pendingLine().trimmed() == "data: [DONE]" || m_sse.pendingLine().trimmed() == "data:[DONE]" ||
        m_sse.pendingData().trimmed() == "[DONE]";
    m_sse.finish();
    // Some servers end a reply with neither [DONE] nor a finish reason: a clean end after output
    // is then the whole reply. Qt reports a body cut short of its Content-Length as an error
    // (above), and a body with neither length nor chunks ends with the connection by definition.
    // A chunked HTTP/1.1 body is the exception: Qt reports a connection lost between two chunks
    // as a normal end, so there only [DONE] or a finish reason proves the reply complete.
    const bool chunked = m_reply->rawHeader("Transfer-Encoding").toLower().contains("chunked");
    if (doneTail || !m_decoder.result().finishReason.isEmpty() || (m_decoder.hasOutput() && !chunked)) {
        m_decoder.finish();
        finishWith({});
        return;
    }
    if (m_decoder.hasOutput()) {
        finishWith(
            LlmError(LlmError::Kind::Interrupted, tr("The stream ended before the provider marked the reply as complete.")));
        return;
    }
    // Nothing came at all: retrying is safe, since nothing was shown.
    LlmError error = LlmError::protocol(tr("The server ended the stream without sending a reply"));
    error.kind = m_gotFirstByte ? LlmError::Kind::Protocol : LlmError::Kind::Network;
    failOrRetry(error);
}

void LlmStream::failOrRetry(const LlmError &error)
{
    if (m_finished) {
        return;
    }
    if (!m_gotFirstByte && !m_decoder.hasOutput()) {
        const int retry = m_attempt; // retries done so far + 1
        const auto delay = m_setup.retry.delayFor(retry, error, QRandomGenerator::global()->generateDouble());
        const bool fitsInTotal = !m_totalTimer.isActive() || m_totalTimer.remainingTime() > delay.count();
        if (delay.count() >= 0 && fitsInTotal) {
            qCInfo(lcLlm) << "retrying after" << error.kindName() << error.httpStatus << "in" << delay.count() << "ms";
            releaseReply(true);
            m_phase = Phase::Idle;
            m_phaseTimer.stop();
            Q_EMIT retrying(retry, delay.count(), error);
            if (!m_finished) {
                m_retryTimer.start(delay);
            }
            return;
        }
    }
    finishWith(error);
}

void LlmStream::abort()
{
    if (!m_finished) {
        finishWith(LlmError(LlmError::Kind::Cancelled));
    }
}

void LlmStream::finishWith(const LlmError &error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_phase = Phase::Done;
    m_phaseTimer.stop();
    m_totalTimer.stop();
    m_retryTimer.stop();
    // A stream that ended with [DONE] may still be closing: let it, so the connection is reused.
    releaseReply(error.isError() || m_decoder.state() != ChunkDecoder::State::Done);

    if (error.isError() && m_decoder.state() == ChunkDecoder::State::Streaming) {
        m_decoder.fail(error);
    }
    m_result = m_decoder.takeResult();
    if (error.isError()) {
        m_result.error = error;
    }
    m_result.timeToFirstTokenMs = m_ttft;
    if (!m_result.usage.isValid() && m_result.hasOutput()) {
        qsizetype bytes = m_result.content.toUtf8().size() + m_result.reasoning.toUtf8().size();
        for (const ToolCall &call : std::as_const(m_result.toolCalls)) {
            bytes += call.name.size() + call.arguments.toUtf8().size();
        }
        m_result.usage.completionTokens = estimateTokens(bytes);
        m_result.usage.promptTokens = m_setup.promptTokenEstimate;
        m_result.usage.totalTokens = m_result.usage.completionTokens + std::max<qint64>(0, m_setup.promptTokenEstimate);
        m_result.usage.estimated = true;
    }
    if (m_result.error.isError()) {
        qCInfo(lcLlm) << "stream ended with" << m_result.error.kindName() << m_result.error.httpStatus
                      << m_result.error.providerCode;
    }
    wakeWaiters();
    Q_EMIT progressed();
    Q_EMIT finished();
}

void LlmStream::releaseReply(bool abortNow)
{
    QNetworkReply *reply = m_reply.data();
    m_reply.clear();
    if (!reply) {
        return;
    }
    disconnect(reply, nullptr, this, nullptr);
    if (abortNow || reply->isFinished()) {
        reply->abort();
        reply->deleteLater();
        return;
    }
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    QTimer::singleShot(ReplyDrainGrace, reply, [reply] { reply->abort(); });
}

void LlmStream::noteOutput()
{
    if (m_ttft < 0) {
        m_ttft = m_clock.elapsed();
    }
}

void LlmStream::queueDelta(LlmDelta delta)
{
    if (m_recordDeltas) {
        m_deltaQueue.append(std::move(delta));
        wakeWaiters();
    }
    Q_EMIT progressed();
}

/**
 * Suspends a coroutine until the stream makes progress. Waiters are resumed from the event
 * loop, never from inside a signal emission, so a consumer may abort or delete the stream; a
 * deleted stream drops the pending wake-up.
 */
struct LlmStream::ProgressAwaiter
{
    LlmStream *stream;
    bool await_ready() const noexcept
    {
        return false;
    }
    void await_suspend(std::coroutine_handle<> handle)
    {
        stream->m_waiters.append(handle);
    }
    void await_resume() const noexcept
    { }
};

void LlmStream::wakeWaiters()
{
    if (m_waiters.isEmpty() || m_wakeScheduled) {
        return;
    }
    m_wakeScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_wakeScheduled = false;
            const QList<std::coroutine_handle<>> waiters = std::exchange(m_waiters, {});
            for (const std::coroutine_handle<> &waiter : waiters) {
                waiter.resume();
            }
        },
        Qt::QueuedConnection);
}

QCoro::Task<LlmResult> LlmStream::waitForFinished()
{
    while (!m_finished) {
        co_await ProgressAwaiter{this};
    }
    co_return m_result;
}

QCoro::AsyncGenerator<LlmDelta> LlmStream::deltas()
{
    if (!m_recordDeltas) {
        m_recordDeltas = true;
        const LlmResult &soFar = result();
        if (!soFar.reasoning.isEmpty()) {
            m_deltaQueue.append(LlmDelta{LlmDelta::Kind::Reasoning, soFar.reasoning, -1, {}, {}});
        }
        if (!soFar.content.isEmpty()) {
            m_deltaQueue.append(LlmDelta{LlmDelta::Kind::Content, soFar.content, -1, {}, {}});
        }
        for (int slot = 0; slot < soFar.toolCalls.size(); ++slot) {
            m_deltaQueue.append(LlmDelta{LlmDelta::Kind::ToolCall, {}, slot, soFar.toolCalls.at(slot), {}});
        }
        if (soFar.usage.isValid() && !soFar.usage.estimated) {
            m_deltaQueue.append(LlmDelta{LlmDelta::Kind::Usage, {}, -1, {}, soFar.usage});
        }
    }
    return generateDeltas();
}

QCoro::AsyncGenerator<LlmDelta> LlmStream::generateDeltas()
{
    while (true) {
        while (!m_deltaQueue.isEmpty()) {
            LlmDelta delta = m_deltaQueue.takeFirst();
            co_yield delta;
        }
        if (m_finished) {
            co_return;
        }
        co_await ProgressAwaiter{this};
    }
}
