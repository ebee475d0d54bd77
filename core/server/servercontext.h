// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serversettings.h"
#include "ssestream.h"
#include "turnwaiter.h"

#include <QList>
#include <QObject>
#include <QPointer>

class AppCore;
class ChatTurn;
class ServerRequest;
struct TurnRequest;

/**
 * @brief What the route handlers share: the app's one AppCore, the settings, the runs started
 * through the server (at most `maxConcurrentRuns` at a time) and the responses still open.
 */
class ServerContext : public QObject
{
    Q_OBJECT

public:
    explicit ServerContext(AppCore *core, QObject *parent = nullptr);

    AppCore *core() const;
    const ServerSettings &settings() const;
    void setSettings(const ServerSettings &settings);

    /**
     * Starts @p turnRequest as a ChatService turn. Answers the request itself and returns null
     * when it cannot: 429 (with Retry-After) past the run limit, or the storage error.
     */
    ChatTurn *startTurn(ServerRequest &request, const TurnRequest &turnRequest);
    /** Streams @p turn to the client of @p request; create it right after startTurn(). */
    SseStream *openStream(ServerRequest &request, ChatTurn *turn, SseStream::Formatter formatter);
    /** Answers @p request with @p builder's reply once @p turn has finished. */
    TurnWaiter *answerWhenFinished(ServerRequest &request, ChatTurn *turn, TurnWaiter::Builder builder);

    int activeRuns() const;
    int openResponses() const;
    /** Interrupts every run started through the server; their messages end cancelled. */
    void interruptAll(const QString &reason);

Q_SIGNALS:
    void responsesChanged();

private:
    void prune();

    AppCore *m_core;
    ServerSettings m_settings;
    QList<QPointer<ChatTurn>> m_runs;
    QList<QPointer<QObject>> m_responses;
};
