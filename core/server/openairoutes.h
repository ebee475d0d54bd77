// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class HttpRouter;
class ServerContext;
class ServerRequest;

/**
 * @brief The OpenAI-compatible routes: `GET /v1/models` and `POST /v1/chat/completions` (streamed
 * and not), answered by Confab's agent with its tools.
 *
 * The last user message is the question, the messages before it the history; nothing is stored
 * (an OpenAI client keeps its own history). The turn runs with the configured model; `model`
 * in the request is echoed in the answer's chunks only when it is one of the listed models.
 */
class OpenAiRoutes
{
public:
    explicit OpenAiRoutes(ServerContext *context);
    void addTo(HttpRouter &router);

    void models(ServerRequest &request);
    void completions(ServerRequest &request);

    /** The configured default model of each provider and of the chat defaults, without repeats. */
    QStringList modelIds() const;

private:
    ServerContext *m_context;
};
