// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class HttpRouter;
class ServerContext;
class ServerRequest;

/**
 * @brief MineContext's conversation routes under `/api/agent/chat/conversations`: create, list
 * (limit, offset, page_name, user_id, status), get, rename (`PATCH …/{id}/update`) and delete
 * (`DELETE …/{id}/update`).
 *
 * `page_name`, `document_id` and `user_id` live in the conversation's metadata. Deleting removes
 * the conversation and its messages for good (interrupting a turn still running in it); every
 * stored conversation is `active`, so `status=deleted` lists nothing.
 */
class ConversationRoutes
{
public:
    explicit ConversationRoutes(ServerContext *context);
    void addTo(HttpRouter &router);

    void create(ServerRequest &request);
    void list(ServerRequest &request);
    void get(ServerRequest &request);
    void rename(ServerRequest &request);
    void remove(ServerRequest &request);

private:
    ServerContext *m_context;
};
