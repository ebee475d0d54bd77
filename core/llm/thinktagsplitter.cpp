// SPDX-License-Identifier: GPL-3.0-or-later
#include "thinktagsplitter.h"

using namespace Qt::StringLiterals;

namespace {
constexpr QStringView OpenTag = u"<think>";
constexpr QStringView CloseTag = u"</think>";
constexpr qsizetype MaxLeadingWhitespace = 256;
} // namespace

void ThinkTagSplitter::reset()
{
    m_state = State::Start;
    m_held.clear();
}

void ThinkTagSplitter::feed(const QString &text, QString *content, QString *reasoning)
{
    content->clear();
    reasoning->clear();
    switch (m_state) {
    case State::Content:
        *content = text;
        return;
    case State::Think:
        feedThink(text, content, reasoning);
        return;
    case State::AfterThink:
        feedAfterThink(text, content);
        return;
    case State::Start:
        break;
    }
    m_held += text;
    qsizetype i = 0;
    while (i < m_held.size() && m_held.at(i).isSpace()) {
        ++i;
    }
    const QStringView rest = QStringView(m_held).sliced(i);
    if (rest.startsWith(OpenTag)) {
        const QString after = rest.sliced(OpenTag.size()).toString();
        m_held.clear();
        m_state = State::Think;
        feedThink(after, content, reasoning);
        return;
    }
    if ((rest.isEmpty() && m_held.size() <= MaxLeadingWhitespace) || (!rest.isEmpty() && OpenTag.startsWith(rest))) {
        return; // could still become "<think>"
    }
    m_state = State::Content;
    *content = std::exchange(m_held, {});
}

void ThinkTagSplitter::feedThink(const QString &text, QString *content, QString *reasoning)
{
    const QString buffer = m_held.isEmpty() ? text : m_held + text;
    m_held.clear();
    const qsizetype close = buffer.indexOf(CloseTag);
    if (close >= 0) {
        *reasoning = buffer.left(close);
        m_state = State::AfterThink;
        feedAfterThink(QStringView(buffer).sliced(close + CloseTag.size()), content);
        return;
    }
    // Hold back a tail that may be the start of "</think>".
    qsizetype keep = std::min(buffer.size(), CloseTag.size() - 1);
    while (keep > 0 && !QStringView(buffer).endsWith(CloseTag.first(keep))) {
        --keep;
    }
    *reasoning = buffer.left(buffer.size() - keep);
    m_held = buffer.right(keep);
}

void ThinkTagSplitter::feedAfterThink(QStringView text, QString *content)
{
    qsizetype i = 0;
    while (i < text.size() && (text.at(i) == u'\n' || text.at(i) == u'\r')) {
        ++i;
    }
    if (i < text.size()) {
        m_state = State::Content;
        *content = text.sliced(i).toString();
    }
}

void ThinkTagSplitter::finish(QString *content, QString *reasoning)
{
    content->clear();
    reasoning->clear();
    if (m_state == State::Start) {
        *content = std::exchange(m_held, {});
    } else if (m_state == State::Think) {
        *reasoning = std::exchange(m_held, {});
    }
}
