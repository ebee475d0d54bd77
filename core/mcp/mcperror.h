// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

/**
 * @brief Why an MCP request did not succeed, in plain words (message) and by kind.
 */
struct McpError
{
    enum class Kind {
        None,
        Rpc, ///< the server answered with a JSON-RPC error (code, message, data)
        Timeout, ///< no answer in time; the server was told to cancel
        Transport, ///< the process or the HTTP exchange failed (not started, crashed, network error)
        Protocol, ///< the answer was not what MCP says
        Cancelled, ///< cancelled by Confab (the user stopped the run, the server was removed)
    };

    Kind kind = Kind::None;
    int code = 0; ///< the JSON-RPC error code for Rpc
    QString message;
    QJsonValue data;

    bool isError() const
    {
        return kind != Kind::None;
    }
};
