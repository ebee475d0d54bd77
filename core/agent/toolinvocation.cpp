// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolinvocation.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

ToolInvocation::ToolInvocation(std::shared_ptr<const Tool> tool, const QString &callId, const QString &name,
                               const QString &arguments, int timeoutMs, qsizetype outputLimit, QThreadPool *pool, QObject *parent)
    : QObject(parent)
    , m_tool(std::move(tool))
    , m_callId(callId)
    , m_name(name)
    , m_arguments(arguments)
    , m_timeoutMs(timeoutMs)
    , m_outputLimit(outputLimit)
    , m_pool(pool)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        complete(
            ToolOutput::failure(QCoreApplication::translate("ToolInvocation", "The tool %1 did not answer within %2 seconds.")
                                    .arg(m_name)
                                    .arg(m_timeoutMs / 1000.0)));
    });
}

void ToolInvocation::start()
{
    m_clock.start();
    if (!m_tool) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                complete(ToolOutput::failure(
                    QCoreApplication::translate("ToolInvocation", "There is no tool named \"%1\".").arg(m_name)));
            },
            Qt::QueuedConnection);
        return;
    }
    QJsonObject arguments;
    if (!m_arguments.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(m_arguments.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            const QString message =
                QCoreApplication::translate("ToolInvocation", "The arguments of %1 are not a JSON object: %2")
                    .arg(m_name, error.error != QJsonParseError::NoError ? error.errorString() : m_arguments.left(200));
            QMetaObject::invokeMethod(
                this, [this, message] { complete(ToolOutput::failure(message)); }, Qt::QueuedConnection);
            return;
        }
        arguments = document.object();
    }
    m_timer.start(m_timeoutMs);
    if (m_tool->mode() == Tool::Mode::Async) {
        m_pending = m_tool->start(arguments, m_callId, this);
        connect(m_pending, &PendingToolCall::finished, this, [this](const ToolOutput &output) {
            std::exchange(m_pending, nullptr)->deleteLater();
            complete(output);
        });
        connect(m_pending, &PendingToolCall::waitingForUser, this, [this](bool waiting) {
            if (m_finished) {
                return;
            }
            if (waiting && m_timer.isActive()) {
                m_remainingMs = m_timer.remainingTime();
                m_timer.stop();
            } else if (!waiting && !m_timer.isActive()) {
                m_timer.start(qMax(1, m_remainingMs));
            }
        });
        return;
    }
    if (m_tool->mode() == Tool::Mode::MainThread) {
        QMetaObject::invokeMethod(
            this, [this, arguments] { complete(m_tool->run(arguments)); }, Qt::QueuedConnection);
        return;
    }
    auto *watcher = new QFutureWatcher<ToolOutput>(this);
    connect(watcher, &QFutureWatcher<ToolOutput>::finished, this, [this, watcher] {
        watcher->deleteLater();
        complete(watcher->result());
    });
    // The tool is shared with the task, so a call that outlives its invocation stays valid.
    watcher->setFuture(QtConcurrent::run(m_pool, [tool = m_tool, arguments] { return tool->run(arguments); }));
}

void ToolInvocation::cancel()
{
    complete(ToolOutput::failure(QCoreApplication::translate("ToolInvocation", "The call was cancelled.")));
}

bool ToolInvocation::isFinished() const
{
    return m_finished;
}

bool ToolInvocation::timedOut() const
{
    return m_timedOut;
}

const ToolOutput &ToolInvocation::output() const
{
    return m_output;
}

qint64 ToolInvocation::durationMs() const
{
    return m_durationMs;
}

QString ToolInvocation::capped(const QString &text, qsizetype limit)
{
    if (text.size() <= limit) {
        return text;
    }
    qsizetype cut = limit;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate()) {
        --cut;
    }
    return text.left(cut) +
        QCoreApplication::translate("ToolInvocation", "\n[output truncated: %1 more characters]").arg(text.size() - cut);
}

void ToolInvocation::complete(ToolOutput output)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_timer.stop();
    if (m_pending) {
        // Timed out or cancelled: tell the tool; a result that still comes is ignored.
        disconnect(m_pending, nullptr, this, nullptr);
        m_pending->cancel();
        m_pending->deleteLater();
    }
    m_durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    output.text = capped(output.text, m_outputLimit);
    m_output = std::move(output);
    Q_EMIT finished();
}
