// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolcallassembler.h"

#include <QJsonDocument>

void ToolCallAssembler::reset()
{
    m_calls.clear();
    m_indexes.clear();
    m_last = -1;
}

int ToolCallAssembler::latestWithIndex(int index) const
{
    for (int slot = int(m_indexes.size()) - 1; slot >= 0; --slot) {
        if (m_indexes.at(slot) == index) {
            return slot;
        }
    }
    return -1;
}

bool ToolCallAssembler::startsNewCall(int slot, const Fragment &fragment) const
{
    const ToolCall &call = m_calls.at(slot);
    if (fragment.name.isEmpty() || call.name.isEmpty() || call.arguments.isEmpty()) {
        return false;
    }
    return QJsonDocument::fromJson(call.arguments.toUtf8()).isObject();
}

int ToolCallAssembler::add(const Fragment &fragment, Status *status)
{
    int slot = -1;
    if (!fragment.id.isEmpty()) {
        for (int i = int(m_calls.size()) - 1; i >= 0; --i) {
            if (m_calls.at(i).id == fragment.id) {
                slot = i;
                break;
            }
        }
        if (slot < 0 && fragment.index >= 0) {
            const int sameIndex = latestWithIndex(fragment.index);
            if (sameIndex >= 0 && m_calls.at(sameIndex).id.isEmpty()) {
                slot = sameIndex; // the id came after the first fragments
            }
        }
    } else if (fragment.index >= 0) {
        const int sameIndex = latestWithIndex(fragment.index);
        if (sameIndex >= 0) {
            slot = startsNewCall(sameIndex, fragment) ? -1 : sameIndex;
        } else if (fragment.name.isEmpty() && m_last >= 0) {
            slot = m_last; // a shifted index on a continuation fragment
        }
    } else if (m_last >= 0 && !startsNewCall(m_last, fragment)) {
        slot = m_last;
    }

    if (slot < 0) {
        if (m_calls.size() >= MaxCalls) {
            if (status) {
                *status = Status::TooManyCalls;
            }
            return -1;
        }
        m_calls.append(ToolCall{});
        m_indexes.append(fragment.index);
        slot = int(m_calls.size()) - 1;
    }
    ToolCall &call = m_calls[slot];
    if (call.arguments.size() + fragment.arguments.size() > MaxArgumentsLength) {
        if (status) {
            *status = Status::ArgumentsTooLong;
        }
        return -1;
    }
    if (call.id.isEmpty()) {
        call.id = fragment.id;
    }
    if (call.name.isEmpty()) {
        call.name = fragment.name;
    }
    call.arguments += fragment.arguments;
    if (m_indexes.at(slot) < 0) {
        m_indexes[slot] = fragment.index;
    }
    m_last = slot;
    if (status) {
        *status = Status::Ok;
    }
    return slot;
}
