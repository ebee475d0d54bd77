// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class HttpRouter;
class ServerContext;
class ServerRequest;

/**
 * @brief MineContext's message routes under `/api/agent/chat`: create (`/message/{parent}/create`),
 * stream placeholder (`/message/stream/{parent}/create`), update, append, finished, and the list
 * of a conversation's messages with their `thinking` steps.
 *
 * The path id of the create routes is the parent; one that is not a message of the same
 * conversation makes the new message a root. A message that a chat turn is writing cannot be
 * changed through these routes (409): interrupt it first.
 */
class MessageRoutes
{
public:
    explicit MessageRoutes(ServerContext *context);
    void addTo(HttpRouter &router);

    void create(ServerRequest &request, bool placeholder);
    void update(ServerRequest &request);
    void append(ServerRequest &request);
    void finished(ServerRequest &request);
    void list(ServerRequest &request);

private:
    /** The id of an existing message not being written by a turn; answers 404 / 409 otherwise. */
    std::optional<qint64> editableMessage(ServerRequest &request);

    ServerContext *m_context;
};
