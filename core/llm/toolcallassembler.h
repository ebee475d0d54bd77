// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "toolcall.h"

#include <QList>

/**
 * @brief Assembles streamed tool-call fragments into whole calls ("slots").
 *
 * Fragments are keyed by `index`. Real providers deviate, so: a fragment without `index` goes
 * by its `id`, and without either it continues the last call touched; a new `id` on an index
 * already in use (Ollama labels every call 0, some gateways reuse indexes) opens a new slot; an
 * arguments-only fragment with an unknown index continues the last call (Nebius and Cerebras
 * shift indexes); a fragment naming a function on a call that is already named and has complete
 * JSON arguments starts a new call. Bounded: at most MaxCalls slots and MaxArgumentsBytes of
 * arguments per call.
 */
class ToolCallAssembler
{
public:
    static constexpr int MaxCalls = 128;
    static constexpr qsizetype MaxArgumentsLength = 4 * 1024 * 1024;

    struct Fragment
    {
        int index = -1; ///< -1: the provider sent none
        QString id;
        QString name;
        QString arguments;
    };
    enum class Status { Ok, TooManyCalls, ArgumentsTooLong };

    /** Adds a fragment; returns the slot it went to, or -1 with @p status set on overflow. */
    int add(const Fragment &fragment, Status *status = nullptr);
    const QList<ToolCall> &calls() const
    {
        return m_calls;
    }
    bool isEmpty() const
    {
        return m_calls.isEmpty();
    }
    void reset();

private:
    int latestWithIndex(int index) const;
    bool startsNewCall(int slot, const Fragment &fragment) const;

    QList<ToolCall> m_calls;
    QList<int> m_indexes; // provider index per slot, -1 when none was seen
    int m_last = -1;
};
