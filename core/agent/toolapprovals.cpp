// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolapprovals.h"

#include "agentlog.h"

#include <QLoggingCategory>
#include <QMetaMethod>

namespace {
QPointer<ToolApprovals> s_instance;
}

struct ToolApprovals::Request
{
    quint64 ticket = 0;
    Pending question;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback done;
    std::unique_ptr<QTimer> timer;
};

ToolApprovals::ToolApprovals(QObject *parent)
    : QObject(parent)
{
    if (!s_instance) {
        s_instance = this;
    }
}

ToolApprovals::~ToolApprovals()
{
    // Nobody will answer any more: every waiting call hears so now.
    while (!m_requests.isEmpty()) {
        decide(m_requests.constFirst()->ticket, Decision::Withdrawn);
    }
}

ToolApprovals *ToolApprovals::instance()
{
    return s_instance;
}

void ToolApprovals::setTimeoutMs(int ms)
{
    m_timeoutMs = ms;
}

int ToolApprovals::timeoutMs() const
{
    return m_timeoutMs;
}

bool ToolApprovals::hasListeners() const
{
    return isSignalConnected(QMetaMethod::fromSignal(&ToolApprovals::approvalRequested));
}

quint64 ToolApprovals::requestApproval(const QString &callId, const QString &toolName, const QString &arguments, QObject *context,
                                       Callback done)
{
    auto request = std::make_shared<Request>();
    request->ticket = m_nextTicket++;
    request->question = {callId, toolName, arguments};
    request->context = context;
    request->hasContext = context != nullptr;
    request->done = std::move(done);
    request->timer = std::make_unique<QTimer>();
    request->timer->setSingleShot(true);
    const quint64 ticket = request->ticket;
    connect(request->timer.get(), &QTimer::timeout, this, [this, ticket] { decide(ticket, Decision::TimedOut); });
    if (m_timeoutMs > 0) {
        request->timer->start(m_timeoutMs);
    }
    m_requests << request;
    Q_EMIT approvalRequested(callId, toolName, arguments);
    return ticket;
}

void ToolApprovals::withdraw(quint64 ticket)
{
    decide(ticket, Decision::Withdrawn);
}

bool ToolApprovals::resolve(const QString &callId, bool allow)
{
    for (const auto &request : std::as_const(m_requests)) {
        if (request->question.callId == callId) {
            decide(request->ticket, allow ? Decision::Allowed : Decision::Denied);
            return true;
        }
    }
    return false;
}

bool ToolApprovals::isPending(const QString &callId) const
{
    return std::any_of(m_requests.cbegin(), m_requests.cend(),
                       [&callId](const auto &request) { return request->question.callId == callId; });
}

QList<ToolApprovals::Pending> ToolApprovals::pending() const
{
    QList<Pending> questions;
    for (const auto &request : m_requests) {
        questions << request->question;
    }
    return questions;
}

void ToolApprovals::decide(quint64 ticket, Decision decision)
{
    const auto it =
        std::find_if(m_requests.begin(), m_requests.end(), [ticket](const auto &request) { return request->ticket == ticket; });
    if (it == m_requests.end()) {
        return;
    }
    const std::shared_ptr<Request> request = *it;
    m_requests.erase(it);
    request->timer->stop();
    qCDebug(lcAgent) << "tool call" << request->question.callId << "approval:" << decision;
    Q_EMIT approvalResolved(request->question.callId, decision == Decision::Allowed);
    if (!request->done || (request->hasContext && !request->context)) {
        return;
    }
    // The answer arrives on the event loop, so a callback may start or cancel work freely.
    QObject *receiver = request->hasContext ? request->context.data() : this;
    QMetaObject::invokeMethod(
        receiver,
        [request, decision] {
            if (!request->hasContext || request->context) {
                request->done(decision);
            }
        },
        Qt::QueuedConnection);
}
