// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaObject>
#include <QObject>

#include <coroutine>
#include <utility>

/**
 * @brief Coroutines waiting for "something changed" on an object, resumed from the event loop.
 *
 * `co_await wakeup.next()` suspends until the owner calls notify(); all waiters are resumed
 * together, once, on the next turn of the event loop, however many times notify() was called.
 * If the owner is destroyed first, the waiters are never resumed. (QCoro 0.8's qCoro(signal)
 * is not used for this: it crashes when the signal fires twice before the coroutine resumes.)
 */
class Wakeup
{
public:
    explicit Wakeup(QObject *owner)
        : m_owner(owner)
    { }

    struct Awaiter
    {
        Wakeup *wakeup;
        bool await_ready() const noexcept
        {
            return false;
        }
        void await_suspend(std::coroutine_handle<> handle)
        {
            wakeup->m_waiters.append(handle);
        }
        void await_resume() const noexcept
        { }
    };

    Awaiter next()
    {
        return Awaiter{this};
    }

    void notify()
    {
        if (m_scheduled || m_waiters.isEmpty()) {
            return;
        }
        m_scheduled = true;
        QMetaObject::invokeMethod(
            m_owner,
            [this] {
                m_scheduled = false;
                const QList<std::coroutine_handle<>> waiters = std::exchange(m_waiters, {});
                for (std::coroutine_handle<> handle : waiters) {
                    handle.resume();
                }
            },
            Qt::QueuedConnection);
    }

private:
    QObject *m_owner;
    QList<std::coroutine_handle<>> m_waiters;
    bool m_scheduled = false;
};
