// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

/**
 * @brief A tool as an MCP server lists it (`tools/list`).
 */
struct McpToolInfo
{
    QString name;
    QString title;
    QString description;
    QJsonObject inputSchema;
    QJsonObject annotations; ///< hints such as readOnlyHint, destructiveHint

    /** Reads one entry of `tools/list`; a tool without a name gives an empty name. */
    static McpToolInfo fromJson(const QJsonObject &object)
    {
        McpToolInfo info;
        info.name = object.value(QLatin1String("name")).toString();
        info.title = object.value(QLatin1String("title")).toString();
        if (info.title.isEmpty()) {
            info.title = object.value(QLatin1String("annotations")).toObject().value(QLatin1String("title")).toString();
        }
        info.description = object.value(QLatin1String("description")).toString();
        info.inputSchema = object.value(QLatin1String("inputSchema")).toObject();
        info.annotations = object.value(QLatin1String("annotations")).toObject();
        return info;
    }
};
