// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercontext.h"

#include "appcore.h"
#include "chatservice.h"
#include "chatturn.h"
#include "httpadapter.h"
#include "serverrequest.h"

using namespace Qt::StringLiterals;

ServerContext::ServerContext(AppCore *core, QObject *parent)
    : QObject(parent)
    , m_core(core)
{ }

AppCore *ServerContext::core() const
{
    return m_core;
}

const ServerSettings &ServerContext::settings() const
{
    return m_settings;
}

void ServerContext::setSettings(const ServerSettings &settings)
{
    m_settings = settings;
}

void ServerContext::prune()
{
    m_runs.removeIf([](const QPointer<ChatTurn> &turn) { return !turn || turn->isFinished(); });
    m_responses.removeIf([](const QPointer<QObject> &response) { return !response; });
}

int ServerContext::activeRuns() const
{
    return int(
        std::count_if(m_runs.begin(), m_runs.end(), [](const QPointer<ChatTurn> &turn) { return turn && !turn->isFinished(); }));
}

int ServerContext::openResponses() const
{
    return int(std::count_if(m_responses.begin(), m_responses.end(),
                             [](const QPointer<QObject> &response) { return !response.isNull(); }));
}

ChatTurn *ServerContext::startTurn(ServerRequest &request, const TurnRequest &turnRequest)
{
    prune();
    if (activeRuns() >= m_settings.maxConcurrentRuns) {
        request.fail(429, u"Too many runs at once (at most %1); try again shortly."_s.arg(m_settings.maxConcurrentRuns),
                     {{"Retry-After", "1"}});
        return nullptr;
    }
    const auto started = m_core->chat()->startTurn(turnRequest);
    if (!started) {
        request.failStorage(started.error());
        return nullptr;
    }
    m_runs.append(*started);
    return *started;
}

SseStream *ServerContext::openStream(ServerRequest &request, ChatTurn *turn, SseStream::Formatter formatter)
{
    SseStream::Options options;
    options.keepAlive = m_settings.keepAliveInterval;
    options.highWater = m_settings.streamHighWater;
    auto logger = request.takeLogger();
    auto *stream = new SseStream(request.takeResponder(), turn, m_core->chat(), std::move(formatter), options, this);
    m_responses.append(stream);
    connect(stream, &SseStream::closed, this, [this, stream, logger](bool clientGone) {
        if (logger) {
            logger(200,
                   clientGone ? u"stream, client disconnected after %1 events"_s.arg(stream->eventCount())
                              : u"stream, %1 events"_s.arg(stream->eventCount()));
        }
        Q_EMIT responsesChanged();
    });
    stream->start(SseStream::eventStreamHeaders() + request.corsHeaders());
    Q_EMIT responsesChanged();
    return stream;
}

TurnWaiter *ServerContext::answerWhenFinished(ServerRequest &request, ChatTurn *turn, TurnWaiter::Builder builder)
{
    auto logger = request.takeLogger();
    const HttpHeaders cors = request.corsHeaders();
    auto *waiter = new TurnWaiter(request.takeResponder(), turn, m_core->chat(), std::move(builder), cors, this);
    m_responses.append(waiter);
    connect(waiter, &TurnWaiter::closed, this, [this, logger](int status, bool clientGone) {
        if (logger) {
            logger(status, clientGone ? u"client disconnected"_s : QString());
        }
        Q_EMIT responsesChanged();
    });
    Q_EMIT responsesChanged();
    return waiter;
}

void ServerContext::interruptAll(const QString &reason)
{
    prune();
    const auto runs = m_runs;
    for (const auto &turn : runs) {
        if (turn && !turn->isFinished()) {
            if (turn->assistantMessageId() > 0) {
                m_core->chat()->interrupt(turn->assistantMessageId(), reason);
            } else {
                turn->interrupt(reason);
            }
        }
    }
}
