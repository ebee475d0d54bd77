// SPDX-License-Identifier: GPL-3.0-or-later
#include "chunkdecoder.h"

#include "utf8.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
QByteArrayView trimmed(QByteArrayView data)
{
    auto space = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    };
    while (!data.isEmpty() && space(data.front())) {
        data = data.sliced(1);
    }
    while (!data.isEmpty() && space(data.back())) {
        data.chop(1);
    }
    return data;
}

QString argumentsText(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isObject()) {
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

/** A `content` value: a string, or (Mistral and some proxies) an array of text parts. */
QString contentText(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString();
    }
    QString text;
    if (value.isArray()) {
        for (const QJsonValue &part : value.toArray()) {
            const QJsonObject object = part.toObject();
            if (object.value("type"_L1).toString() == "text"_L1) {
                text += object.value("text"_L1).toString();
            }
        }
    }
    return text;
}
} // namespace

ChunkDecoder::ChunkDecoder() = default;

void ChunkDecoder::setContentHandler(std::function<void(const QString &)> handler)
{
    m_onContent = std::move(handler);
}

void ChunkDecoder::setReasoningHandler(std::function<void(const QString &)> handler)
{
    m_onReasoning = std::move(handler);
}

void ChunkDecoder::setToolCallHandler(std::function<void(int, const ToolCall &)> handler)
{
    m_onToolCall = std::move(handler);
}

void ChunkDecoder::setUsageHandler(std::function<void(const Usage &)> handler)
{
    m_onUsage = std::move(handler);
}

void ChunkDecoder::reset()
{
    m_result = {};
    m_splitter.reset();
    m_toolCalls.reset();
    m_state = State::Streaming;
    m_hasOutput = false;
}

bool ChunkDecoder::parseObject(QByteArrayView data, QJsonObject *object)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromRawData(data.data(), data.size()), &error);
    if (error.error == QJsonParseError::IllegalUTF8String) {
        // Invalid bytes become U+FFFD, as the event-stream format says, and the chunk is kept.
        document = QJsonDocument::fromJson(Utf8::decode(data).toUtf8(), &error);
    }
    if (error.error != QJsonParseError::NoError) {
        fail(LlmError::protocol(tr("A chunk of the stream is not valid JSON (%1)").arg(error.errorString()), data));
        return false;
    }
    if (!document.isObject()) {
        fail(LlmError::protocol(tr("A chunk of the stream is not a JSON object"), data));
        return false;
    }
    *object = document.object();
    return true;
}

ChunkDecoder::State ChunkDecoder::feed(QByteArrayView data, QByteArrayView eventType)
{
    if (m_state != State::Streaming) {
        return m_state;
    }
    const QByteArrayView text = trimmed(data);
    if (eventType == QByteArrayView("error")) {
        return feedErrorField(text);
    }
    if (text.isEmpty() || text.front() == ':') {
        return m_state; // keep-alive sent as data
    }
    if (text == QByteArrayView("[DONE]")) {
        finalize();
        m_state = State::Done;
        return m_state;
    }
    QJsonObject object;
    if (!parseObject(text, &object)) {
        return m_state;
    }
    const QJsonValue error = object.value("error"_L1);
    if (!error.isUndefined() && !error.isNull()) {
        fail(LlmError::fromProviderError(error));
        return m_state;
    }
    if (m_result.model.isEmpty()) {
        m_result.model = object.value("model"_L1).toString();
    }
    const QJsonArray choices = object.value("choices"_L1).toArray();
    if (choices.size() == 1) {
        handleChoice(choices.first().toObject(), false);
    } else {
        for (const QJsonValue &value : choices) {
            const QJsonObject choice = value.toObject();
            const QJsonValue index = choice.value("index"_L1);
            if (index.isUndefined() || index.toInt(-1) == 0) {
                handleChoice(choice, false);
                break;
            }
        }
    }
    if (m_state != State::Streaming) {
        return m_state;
    }
    const QJsonValue usage = object.value("usage"_L1);
    if (usage.isObject()) {
        m_result.usage = parseUsage(usage.toObject());
        if (m_onUsage) {
            m_onUsage(m_result.usage);
        }
    }
    return m_state;
}

ChunkDecoder::State ChunkDecoder::feedErrorField(QByteArrayView value)
{
    if (m_state != State::Streaming) {
        return m_state;
    }
    const QByteArrayView text = trimmed(value);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray(), &parseError);
    LlmError error;
    if (document.isObject()) {
        error = LlmError::fromProviderError(document.object());
    } else {
        error = LlmError(LlmError::Kind::Provider);
        error.providerMessage = Utf8::decode(text.first(std::min<qsizetype>(text.size(), 1000)));
    }
    fail(error);
    return m_state;
}

ChunkDecoder::State ChunkDecoder::feedCompletion(QByteArrayView body)
{
    if (m_state != State::Streaming) {
        return m_state;
    }
    QJsonObject object;
    if (!parseObject(trimmed(body), &object)) {
        return m_state;
    }
    const QJsonValue error = object.value("error"_L1);
    if (!error.isUndefined() && !error.isNull()) {
        fail(LlmError::fromProviderError(error));
        return m_state;
    }
    const QJsonArray choices = object.value("choices"_L1).toArray();
    if (choices.isEmpty()) {
        fail(LlmError::protocol(tr("The response is not a chat completion"), body));
        return m_state;
    }
    m_result.model = object.value("model"_L1).toString();
    handleChoice(choices.first().toObject(), true);
    if (m_state != State::Streaming) {
        return m_state;
    }
    const QJsonValue usage = object.value("usage"_L1);
    if (usage.isObject()) {
        m_result.usage = parseUsage(usage.toObject());
        if (m_onUsage) {
            m_onUsage(m_result.usage);
        }
    }
    finalize();
    m_state = State::Done;
    return m_state;
}

void ChunkDecoder::handleChoice(const QJsonObject &choice, bool wholeMessage)
{
    const QJsonValue deltaValue = choice.value(wholeMessage ? "message"_L1 : "delta"_L1);
    if (deltaValue.isObject()) {
        const QJsonObject delta = deltaValue.toObject();
        const QJsonValue content = delta.value("content"_L1);
        // Most chunks carry only `content`: skip the other lookups then (they cost as much as
        // a third of the JSON parse).
        const bool onlyContent = delta.size() == (content.isUndefined() ? 0 : 1);
        if (!onlyContent) {
            QString reasoning = delta.value("reasoning_content"_L1).toString();
            if (reasoning.isEmpty()) {
                reasoning = delta.value("reasoning"_L1).toString();
            }
            emitReasoning(reasoning);
        }
        if (!content.isNull() && !content.isUndefined()) {
            const QString text = contentText(content);
            if (!text.isEmpty()) {
                if (m_thinkTags) {
                    m_splitter.feed(text, &m_splitContent, &m_splitReasoning);
                    emitReasoning(m_splitReasoning);
                    emitContent(m_splitContent);
                } else {
                    emitContent(text);
                }
            }
        }
        if (!onlyContent) {
            const QString refusal = delta.value("refusal"_L1).toString();
            if (!refusal.isEmpty()) {
                emitContent(refusal);
            }
            const QJsonValue toolCalls = delta.value("tool_calls"_L1);
            if (toolCalls.isArray()) {
                handleToolCalls(toolCalls.toArray());
                if (m_state != State::Streaming) {
                    return;
                }
            }
        }
    }
    const QString finishReason = choice.value("finish_reason"_L1).toString();
    if (!finishReason.isEmpty()) {
        m_result.finishReason = finishReason;
        if (finishReason == "error"_L1) {
            // OpenRouter sends the error object beside the choice; this is the case without one.
            fail(LlmError(LlmError::Kind::Provider));
        }
    }
}

void ChunkDecoder::handleToolCalls(const QJsonArray &calls)
{
    int position = 0;
    for (const QJsonValue &value : calls) {
        const QJsonObject call = value.toObject();
        const QJsonObject function = call.value("function"_L1).toObject();
        ToolCallAssembler::Fragment fragment;
        const QJsonValue index = call.value("index"_L1);
        fragment.index = index.isDouble() ? index.toInt(-1) : -1;
        fragment.id = call.value("id"_L1).toString();
        fragment.name = function.value("name"_L1).toString();
        fragment.arguments = argumentsText(function.value("arguments"_L1));
        if (fragment.index < 0 && fragment.id.isEmpty() && calls.size() > 1) {
            fragment.index = position; // several calls in one array: their order is their index
        }
        ++position;
        ToolCallAssembler::Status status;
        const int slot = m_toolCalls.add(fragment, &status);
        if (slot < 0) {
            fail(LlmError::protocol(status == ToolCallAssembler::Status::TooManyCalls
                                        ? tr("The model requested more than %1 tool calls").arg(ToolCallAssembler::MaxCalls)
                                        : tr("The arguments of a tool call are longer than %1 characters")
                                              .arg(ToolCallAssembler::MaxArgumentsLength)));
            return;
        }
        m_result.toolCalls = m_toolCalls.calls();
        m_hasOutput = true;
        if (m_onToolCall) {
            m_onToolCall(slot, m_toolCalls.calls().at(slot));
        }
    }
}

void ChunkDecoder::emitContent(const QString &text)
{
    if (text.isEmpty()) {
        return;
    }
    m_hasOutput = true;
    m_result.content += text;
    if (m_onContent) {
        m_onContent(text);
    }
}

void ChunkDecoder::emitReasoning(const QString &text)
{
    if (text.isEmpty()) {
        return;
    }
    m_hasOutput = true;
    m_result.reasoning += text;
    if (m_onReasoning) {
        m_onReasoning(text);
    }
}

void ChunkDecoder::finalize()
{
    if (m_thinkTags) {
        m_splitter.finish(&m_splitContent, &m_splitReasoning);
        emitReasoning(m_splitReasoning);
        emitContent(m_splitContent);
    }
    if (!m_result.toolCalls.isEmpty()) {
        m_result.finishReason = u"tool_calls"_s;
    }
}

void ChunkDecoder::finish()
{
    if (m_state == State::Streaming) {
        finalize();
        if (m_result.finishReason.isEmpty() && m_hasOutput) {
            m_result.finishReason = u"stop"_s;
        }
        m_state = State::Done;
    }
}

void ChunkDecoder::fail(const LlmError &error)
{
    if (m_state == State::Failed) {
        return;
    }
    if (m_state == State::Streaming && m_thinkTags) {
        // Keep what the splitter held back: a partial answer is still the user's text.
        m_splitter.finish(&m_splitContent, &m_splitReasoning);
        m_result.reasoning += m_splitReasoning;
        m_result.content += m_splitContent;
    }
    m_result.error = error;
    m_state = State::Failed;
}

Usage ChunkDecoder::parseUsage(const QJsonObject &object)
{
    Usage usage;
    auto number = [](const QJsonValue &value) {
        return value.isDouble() ? value.toInteger(-1) : qint64(-1);
    };
    usage.promptTokens = number(object.value("prompt_tokens"_L1));
    usage.completionTokens = number(object.value("completion_tokens"_L1));
    usage.totalTokens = number(object.value("total_tokens"_L1));
    usage.reasoningTokens = number(object.value("completion_tokens_details"_L1).toObject().value("reasoning_tokens"_L1));
    if (usage.totalTokens < 0 && usage.promptTokens >= 0 && usage.completionTokens >= 0) {
        usage.totalTokens = usage.promptTokens + usage.completionTokens;
    }
    return usage;
}
