// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tool.h"

#include <QCoreApplication>
#include <QJsonObject>

/**
 * @brief Turns the result of `tools/call` into the text the model reads.
 *
 * Text content is kept as is; images and audio become a note saying what was returned (the tool
 * message is text); embedded text resources are given with their URI, binary ones as a note;
 * resource links as a line with name and URI. Structured content is used when there is no
 * content. `isError: true` makes it a tool error. The agent caps the size.
 */
class McpToolResult
{
    Q_DECLARE_TR_FUNCTIONS(McpToolResult)

public:
    static ToolOutput toToolOutput(const QJsonObject &result);
};
