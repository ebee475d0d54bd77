// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

/**
 * @brief The user's Allow / Deny for tool calls that need it (MCP servers set to "ask before
 * each call"): one per process, owned by AppCore, reached through instance().
 *
 * A tool asks with requestApproval(); approvalRequested() tells the window, which shows the call's
 * name and arguments on its tool card with Allow and Deny buttons and calls resolve(). The tool's
 * callback gets the decision once; approvalResolved() tells every view that the question is gone
 * (also when the call was withdrawn, timed out or the object went away). A question nobody answers
 * within timeoutMs() is denied. Calls are matched by the model's call id; should two pending
 * questions share one, resolve() answers the oldest.
 */
class ToolApprovals : public QObject
{
    Q_OBJECT

public:
    enum class Decision {
        Allowed,
        Denied,
        TimedOut, ///< nobody answered within timeoutMs()
        Withdrawn, ///< the call was cancelled (the run stopped) or the approvals went away
    };
    Q_ENUM(Decision)

    struct Pending
    {
        QString callId;
        QString toolName;
        QString arguments;
    };

    using Callback = std::function<void(Decision)>;

    static constexpr int DefaultTimeoutMs = 10 * 60 * 1000;

    /** The first one constructed becomes instance() until it is destroyed. */
    explicit ToolApprovals(QObject *parent = nullptr);
    ~ToolApprovals() override;

    /** The process-wide object, or nullptr when there is none (then nobody can be asked). */
    static ToolApprovals *instance();

    void setTimeoutMs(int ms);
    int timeoutMs() const;
    /**
     * Whether anyone could answer: something (C++ or QML) is connected to approvalRequested().
     * Without a window (the command line, a headless server) a tool should not ask at all.
     */
    bool hasListeners() const;

    /**
     * Asks the user about a call. @p done runs once with the decision, on the event loop, unless
     * @p context is destroyed first. Returns a ticket for withdraw().
     */
    quint64 requestApproval(const QString &callId, const QString &toolName, const QString &arguments, QObject *context,
                            Callback done);
    /** The call no longer needs an answer (it was cancelled): Withdrawn. */
    void withdraw(quint64 ticket);

    /** The user's answer for @p callId; false when no such question is pending. */
    Q_INVOKABLE bool resolve(const QString &callId, bool allow);
    Q_INVOKABLE bool isPending(const QString &callId) const;
    /** The questions waiting now, oldest first (for a view that opens late). */
    QList<Pending> pending() const;

Q_SIGNALS:
    void approvalRequested(const QString &callId, const QString &toolName, const QString &arguments);
    void approvalResolved(const QString &callId, bool allowed);

private:
    struct Request;
    void decide(quint64 ticket, Decision decision);

    QList<std::shared_ptr<Request>> m_requests;
    quint64 m_nextTicket = 1;
    int m_timeoutMs = DefaultTimeoutMs;
};
