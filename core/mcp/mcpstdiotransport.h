// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mcpserverconfig.h"
#include "mcptransport.h"

#include <QByteArray>
#include <QProcess>
#include <QTimer>

/**
 * @brief The stdio transport: the server is a child process; newline-delimited JSON-RPC on its
 * stdin and stdout; its stderr goes to the server's log.
 *
 * The command is looked up in PATH (the configured environment's, if it sets one); a leading
 * `~/` in the command or working folder means the home folder. close() closes stdin, then
 * terminates the process after a grace period, then kills it.
 */
class McpStdioTransport : public McpTransport
{
    Q_OBJECT

public:
    McpStdioTransport(const McpServerConfig &config, McpServerLog *log, QObject *parent = nullptr);
    ~McpStdioTransport() override;

    static constexpr int GracePeriodMs = 2000;
    static constexpr qsizetype MaxLineLength = 64 * 1024 * 1024;

    void open() override;
    void send(const QJsonObject &message) override;
    void close() override;
    void closeNow(QDeadlineTimer deadline) override;

    qint64 processId() const;

private:
    void onReadyRead();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void fail(const QString &error);

    McpServerConfig m_config;
    QProcess m_process;
    QByteArray m_buffer;
    qsizetype m_scanned = 0; ///< bytes of m_buffer known to hold no line break
    QTimer m_terminateTimer;
    QTimer m_killTimer;
    bool m_closing = false;
    bool m_done = false;
};
