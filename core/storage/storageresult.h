// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageerror.h"

#include <optional>
#include <utility>

/**
 * @brief The value of a storage call, or the StorageError that prevented it.
 *
 * `if (auto result = storage.conversation(id)) use(*result); else show(result.error());`
 */
template<typename T>
class StorageResult
{
public:
    StorageResult(T value)
        : m_value(std::move(value))
    { }
    StorageResult(StorageError error)
        : m_error(std::move(error))
    {
        Q_ASSERT(m_error.isError());
    }

    bool ok() const
    {
        return m_value.has_value();
    }
    explicit operator bool() const
    {
        return ok();
    }
    const StorageError &error() const
    {
        return m_error;
    }

    const T &value() const &
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    T &value() &
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    T &&value() &&
    {
        Q_ASSERT(ok());
        return std::move(*m_value);
    }
    T valueOr(T fallback) const &
    {
        return m_value ? *m_value : std::move(fallback);
    }
    const T &operator*() const &
    {
        return value();
    }
    T &operator*() &
    {
        return value();
    }
    T &&operator*() &&
    {
        return std::move(*this).value();
    }
    const T *operator->() const
    {
        return &value();
    }
    T *operator->()
    {
        return &value();
    }

private:
    std::optional<T> m_value;
    StorageError m_error;
};

/** @brief Success, or the StorageError of a call that returns nothing. */
template<>
class StorageResult<void>
{
public:
    StorageResult() = default;
    StorageResult(StorageError error)
        : m_error(std::move(error))
    { }

    bool ok() const
    {
        return !m_error.isError();
    }
    explicit operator bool() const
    {
        return ok();
    }
    const StorageError &error() const
    {
        return m_error;
    }

private:
    StorageError m_error;
};
