// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mcpserverconfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

/**
 * @brief Reads MCP servers from a Claude-Desktop-style document:
 * `{"mcpServers": {"<name>": {"command": …, "args": […], "env": {…}, "cwd": …}}}`, or
 * `{"url": …, "headers": {…}}` for a Streamable HTTP server. The VS Code form
 * (`{"servers": {…}}`) is read too.
 *
 * Entries it cannot use are left out and named in problems; names that clash with
 * existing ones get a number (`files-2`). A document that is not such JSON gives error.
 */
class McpImport
{
    Q_DECLARE_TR_FUNCTIONS(McpImport)

public:
    struct Result
    {
        QList<McpServerConfig> servers;
        QStringList problems; ///< one line per entry left out or changed
        QString error; ///< the document as a whole could not be read

        bool ok() const
        {
            return error.isEmpty();
        }
    };

    static Result parse(const QByteArray &json, const QStringList &existingNames = {});
};
