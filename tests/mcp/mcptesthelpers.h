// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mcpclient.h"
#include "mcprequest.h"
#include "mcpserverconfig.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

/** A stdio configuration for confab-mcp-test-server with @p args. */
inline McpServerConfig testServerConfig(const QString &name, const QStringList &args = {}, int timeoutSeconds = 5)
{
    McpServerConfig config;
    config.name = name;
    config.command = QStringLiteral(MCP_TEST_SERVER);
    config.args = args;
    config.askBeforeCall = false;
    config.timeoutSeconds = timeoutSeconds;
    return config;
}

/** Waits up to ten seconds for @p client to leave Starting; true when it is Ready. */
inline bool waitReady(McpClient *client)
{
    QElapsedTimer clock;
    clock.start();
    while (client->state() == McpClient::State::Starting && clock.elapsed() < 10000) {
        QTest::qWait(10);
    }
    return client->state() == McpClient::State::Ready;
}

/** confab-mcp-test-server in HTTP mode, for as long as the object lives. */
class HttpTestServer
{
public:
    explicit HttpTestServer(const QStringList &args = {})
    {
        m_process.setProgram(QStringLiteral(MCP_TEST_SERVER));
        m_process.setArguments(QStringList{u"--http"_s} + args);
        m_process.start();
        if (m_process.waitForStarted(5000) && m_process.waitForReadyRead(5000)) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            if (line.startsWith(u"listening on ")) {
                m_url = QUrl(line.mid(13));
            }
        }
    }
    ~HttpTestServer()
    {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
    QUrl url() const
    {
        return m_url;
    }
    McpServerConfig config(const QString &name, int timeoutSeconds = 5) const
    {
        McpServerConfig config;
        config.name = name;
        config.transport = McpServerConfig::Transport::Http;
        config.url = m_url;
        config.askBeforeCall = false;
        config.timeoutSeconds = timeoutSeconds;
        return config;
    }
    /** Everything the server wrote on stderr so far. */
    QString log()
    {
        m_log += QString::fromUtf8(m_process.readAllStandardError());
        return m_log;
    }
    QProcess &process()
    {
        return m_process;
    }

private:
    QProcess m_process;
    QUrl m_url;
    QString m_log;
};

/** Runs the event loop until @p request finishes (or @p ms pass). */
inline bool waitFor(McpRequest *request, int ms = 10000)
{
    if (!request->isFinished()) {
        QSignalSpy spy(request, &McpRequest::finished);
        spy.wait(ms);
    }
    return request->isFinished();
}
