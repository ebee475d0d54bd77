// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llmresult.h"
#include "thinktagsplitter.h"
#include "toolcallassembler.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

/**
 * @brief Turns the data of OpenAI-compatible `chat.completion.chunk` events into deltas and
 * accumulates them into an LlmResult. No network: feed it what SseDecoder dispatched.
 *
 * Per event, in this order: empty data and `:`-prefixed data (`data: :ping`) are keep-alives
 * and skipped; `[DONE]` ends the stream; an `event: error` (or llama-server's raw `error:`
 * field, see feedErrorField()) and any top-level `error` member fail the stream with a Provider
 * error; anything that is not a JSON object fails it with a Protocol error naming the line.
 * Then, for choice 0 (choices may be empty: the usage chunk and Azure's prompt-filter chunk; a
 * choice may lack `delta`: Azure's annotation chunks): `content` (a string; `null` and "" emit
 * nothing) through the `<think>` splitter, `reasoning_content` or else `reasoning`, `tool_calls`
 * through ToolCallAssembler, `finish_reason`; then a non-null top-level `usage`.
 *
 * Handlers are called synchronously from feed(); the result is updated before each call.
 */
class ChunkDecoder
{
    Q_DECLARE_TR_FUNCTIONS(ChunkDecoder)

public:
    enum class State { Streaming, Done, Failed };

    ChunkDecoder();

    void setContentHandler(std::function<void(const QString &)> handler);
    void setReasoningHandler(std::function<void(const QString &)> handler);
    void setToolCallHandler(std::function<void(int slot, const ToolCall &soFar)> handler);
    void setUsageHandler(std::function<void(const Usage &)> handler);
    /** Split `<think>` blocks out of content (default on). */
    void setThinkTagsEnabled(bool enabled)
    {
        m_thinkTags = enabled;
    }

    /** One SSE event; @p eventType as SseDecoder's raw handler gives it (empty = message). */
    State feed(QByteArrayView data, QByteArrayView eventType = {});
    /** The value of a non-standard `error:` SSE field (old llama-server builds). */
    State feedErrorField(QByteArrayView value);
    /**
     * A whole non-streaming response body (`chat.completion` with `choices[].message`), or an
     * error body. Emits the content as one delta and ends the stream.
     */
    State feedCompletion(QByteArrayView body);
    /**
     * The stream ended without `[DONE]` (clean end of file): releases held-back text and settles
     * the finish reason (`stop` when output came and the provider named none). Does not set an
     * error: the caller decides whether that is acceptable.
     */
    void finish();
    /** Marks the stream failed with @p error, keeping the partial output. */
    void fail(const LlmError &error);

    State state() const
    {
        return m_state;
    }
    /** Any content, reasoning or tool call delivered so far. */
    bool hasOutput() const
    {
        return m_hasOutput;
    }
    const LlmResult &result() const
    {
        return m_result;
    }
    LlmResult takeResult()
    {
        return std::exchange(m_result, {});
    }
    void reset();

    static Usage parseUsage(const QJsonObject &usage);

private:
    bool parseObject(QByteArrayView data, QJsonObject *object);
    void handleChoice(const QJsonObject &choice, bool wholeMessage);
    void handleToolCalls(const QJsonArray &calls);
    void emitContent(const QString &text);
    void emitReasoning(const QString &text);
    void finalize();

    std::function<void(const QString &)> m_onContent;
    std::function<void(const QString &)> m_onReasoning;
    std::function<void(int, const ToolCall &)> m_onToolCall;
    std::function<void(const Usage &)> m_onUsage;

    LlmResult m_result;
    ThinkTagSplitter m_splitter;
    ToolCallAssembler m_toolCalls;
    QString m_splitContent;
    QString m_splitReasoning;
    State m_state = State::Streaming;
    bool m_thinkTags = true;
    bool m_hasOutput = false;
};
