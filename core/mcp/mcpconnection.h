// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mcpclient.h"
#include "mcpserverconfig.h"
#include "mcptoolinfo.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>

class McpServerLog;

/**
 * @brief One configured MCP server while Confab runs: its settings, its client session (started
 * when enabled), its log (kept across restarts) and its state in plain words for the settings page.
 */
class McpConnection : public QObject
{
    Q_OBJECT

public:
    enum class Status { Disabled, Starting, Ready, Failed, Stopped };
    Q_ENUM(Status)

    explicit McpConnection(const McpServerConfig &config, QObject *parent = nullptr);
    ~McpConnection() override;

    const McpServerConfig &config() const;
    /** New settings; the server restarts when the way to reach it changed. */
    void setConfig(const McpServerConfig &config);

    Status status() const;
    /** "Running, 4 tools", "Could not start: …" and the like. */
    QString statusText() const;
    /** Why it failed, empty otherwise. */
    QString error() const;
    McpClient *client() const;
    McpServerLog *log() const;
    QList<McpToolInfo> tools() const;
    /** How many lines of stdout were not MCP so far. */
    int noiseCount() const;

    /** Starts the server if it is enabled and not running. */
    void start();
    void restart();
    /** A clean shutdown in the background. */
    void stop();
    /** Begins a shutdown of every connection at once; then stopNow() each (application exit). */
    void beginStop();
    void stopNow(QDeadlineTimer deadline);

Q_SIGNALS:
    void statusChanged();
    void toolsChanged();
    /** Something the user should hear about (the server failed). */
    void problem(const QString &message);

private:
    void makeClient();
    void dropClient();

    McpServerConfig m_config;
    McpServerLog *m_log;
    McpClient *m_client = nullptr;
    int m_noise = 0;
};
