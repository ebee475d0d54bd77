// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tool.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QThreadPool;

/**
 * @brief One call of a tool, with a timeout and a size cap on its output.
 *
 * finished() is emitted exactly once: with the tool's output, with an error output when the
 * arguments are not a JSON object, the tool is unknown, or the timeout expired, or, at once and
 * synchronously, when cancel() is called. A tool still running on a worker thread after a timeout
 * or a cancel finishes there and its result is dropped.
 */
class ToolInvocation : public QObject
{
    Q_OBJECT

public:
    ToolInvocation(std::shared_ptr<const Tool> tool, const QString &callId, const QString &name, const QString &arguments,
                   int timeoutMs, qsizetype outputLimit, QThreadPool *pool, QObject *parent = nullptr);

    void start();
    void cancel();

    bool isFinished() const;
    bool timedOut() const;
    const ToolOutput &output() const;
    qint64 durationMs() const;

    /** Cuts @p text to @p limit characters, saying how much was left out. */
    static QString capped(const QString &text, qsizetype limit);

Q_SIGNALS:
    void finished();

private:
    void complete(ToolOutput output);

    std::shared_ptr<const Tool> m_tool;
    QString m_callId;
    QString m_name;
    QPointer<PendingToolCall> m_pending;
    QString m_arguments;
    int m_timeoutMs;
    int m_remainingMs = 0; ///< of the timeout, while the call waits for the user
    qsizetype m_outputLimit;
    QThreadPool *m_pool;
    QTimer m_timer;
    QElapsedTimer m_clock;
    ToolOutput m_output;
    qint64 m_durationMs = 0;
    bool m_finished = false;
    bool m_timedOut = false;
};
