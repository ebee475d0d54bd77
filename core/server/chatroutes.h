// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "turnrequest.h"

#include <optional>

class ChatTurn;
class HttpRouter;
class ServerContext;
class ServerRequest;
struct HttpReply;

/**
 * @brief MineContext's agent routes: `POST /api/agent/chat/stream` (SSE), `POST /api/agent/chat`
 * (one answer, ChatResponse) and `POST /api/agent/chat/messages/{id}/interrupt`.
 *
 * The body is MineContext's ChatRequest: `query`, `context{chat_history, selected_content,
 * document_id}`, `session_id`, `user_id`, `conversation_id`. With a conversation the turn is
 * stored (and shows live in the window); without one nothing is stored. A trailing user message
 * in `chat_history` equal to `query` (MineContext's frontend sends it twice) is dropped.
 */
class ChatRoutes
{
public:
    explicit ChatRoutes(ServerContext *context);
    void addTo(HttpRouter &router);

    void stream(ServerRequest &request);
    void chat(ServerRequest &request);
    void interrupt(ServerRequest &request);

    static HttpReply chatResponse(ChatTurn *turn, const QString &query);

private:
    std::optional<TurnRequest> turnRequest(ServerRequest &request);

    ServerContext *m_context;
};
