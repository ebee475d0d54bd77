// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

/**
 * @brief What a tool returns to the model: text (often JSON), or an error the model can read.
 */
struct ToolOutput
{
    bool ok = true;
    QString text;

    static ToolOutput success(const QString &text)
    {
        return {true, text};
    }
    static ToolOutput failure(const QString &error)
    {
        return {false, error};
    }
};

/**
 * @brief A call of an asynchronous tool in progress (see Tool::Mode::Async).
 *
 * Emits finished() once. cancel() asks the tool to stop (an MCP server gets
 * `notifications/cancelled`); the agent stops waiting at once either way.
 */
class PendingToolCall : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual void cancel()
    { }

Q_SIGNALS:
    void finished(const ToolOutput &output);
    /**
     * The call waits for the user (an approval, see ToolApprovals) and then no longer: the agent's
     * timeout is paused in between, so a call is never timed out while the user decides.
     */
    void waitingForUser(bool waiting);
};

/**
 * @brief A function the model can call through OpenAI function calling.
 *
 * How it runs depends on mode(): WorkerThread tools get run() on a worker thread (it must then
 * be thread-safe and must not touch objects of the main thread); MainThread tools get run() on
 * the main thread; Async tools get start() on the main thread and answer through the returned
 * PendingToolCall. Either way the agent applies a timeout and caps the output's size.
 */
class Tool
{
public:
    enum class Mode { WorkerThread, MainThread, Async };

    virtual ~Tool() = default;
    virtual QString name() const = 0;
    virtual QString description() const = 0;
    /** JSON Schema of the arguments object. */
    virtual QJsonObject parameters() const = 0;
    virtual Mode mode() const
    {
        return Mode::WorkerThread;
    }
    /** For WorkerThread and MainThread tools. */
    virtual ToolOutput run(const QJsonObject &arguments) const;
    /** For Async tools: a call in progress, owned by @p parent. */
    virtual PendingToolCall *start(const QJsonObject &arguments, const QString &callId, QObject *parent) const;

    /** The `tools` entry for a chat completion request. */
    QJsonObject definition() const;
};

Q_DECLARE_METATYPE(ToolOutput)
