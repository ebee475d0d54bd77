// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

/**
 * @brief One MCP server as the user configured it: how to reach it and how its tools are used.
 *
 * A stdio server is a child process (command, arguments, environment added to Confab's, working
 * folder); an HTTP server is a Streamable HTTP endpoint (URL and extra headers such as
 * `Authorization`). Stored as JSON under the `mcp/servers` setting.
 */
struct McpServerConfig
{
    Q_DECLARE_TR_FUNCTIONS(McpServerConfig)

public:
    enum class Transport { Stdio, Http };

    QString name; ///< unique; the prefix of its tools' names
    Transport transport = Transport::Stdio;
    QString command;
    QStringList args;
    QMap<QString, QString> env;
    QString workingDir;
    QUrl url;
    QMap<QString, QString> headers;
    bool enabled = true;
    bool askBeforeCall = true; ///< every tool call waits for the user's Allow / Deny
    int timeoutSeconds = 60; ///< for each request to the server, tool calls included

    /** Why this cannot be used, in plain words; empty when it can. */
    QString validationError() const;
    /** `command arg1 arg2` or the URL, for showing. */
    QString summary() const;

    QJsonObject toJson() const;
    /** Reads what toJson() wrote; missing fields keep their defaults. */
    static McpServerConfig fromJson(const QJsonObject &object);
    static QJsonArray listToJson(const QList<McpServerConfig> &servers);
    static QList<McpServerConfig> listFromJson(const QJsonArray &array);

    friend bool operator==(const McpServerConfig &, const McpServerConfig &) = default;
};
