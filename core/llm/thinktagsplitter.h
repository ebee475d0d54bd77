// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * @brief Separates a leading `<think>…</think>` block from streamed content.
 *
 * Servers that run no reasoning parser (llama.cpp, vLLM, Ollama with some templates) send a
 * reasoning model's thoughts inside `content`, wrapped in `<think>` tags. Only a block at the
 * very start of the content (after optional whitespace) counts; tags may be split across deltas
 * and are never shown. Newlines right after `</think>` are dropped. Anything else passes through
 * untouched, without copying.
 */
class ThinkTagSplitter
{
public:
    /** Splits one delta; @p content and @p reasoning receive what to emit now (often empty). */
    void feed(const QString &text, QString *content, QString *reasoning);
    /** End of the stream: releases text held back while a tag could still be forming. */
    void finish(QString *content, QString *reasoning);
    void reset();
    bool isInsideThink() const
    {
        return m_state == State::Think;
    }

private:
    enum class State { Start, Think, AfterThink, Content };
    void feedThink(const QString &text, QString *content, QString *reasoning);
    void feedAfterThink(QStringView text, QString *content);

    State m_state = State::Start;
    QString m_held;
};
