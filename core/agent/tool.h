// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
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
 * @brief A function the model can call through OpenAI function calling.
 *
 * run() is called on a worker thread when runsOnWorkerThread() is true (it must then be
 * thread-safe and must not touch objects of the main thread), otherwise on the main thread.
 * Either way the agent applies a timeout and caps the output's size.
 */
class Tool
{
public:
    virtual ~Tool() = default;
    virtual QString name() const = 0;
    virtual QString description() const = 0;
    /** JSON Schema of the arguments object. */
    virtual QJsonObject parameters() const = 0;
    virtual bool runsOnWorkerThread() const
    {
        return true;
    }
    virtual ToolOutput run(const QJsonObject &arguments) const = 0;

    /** The `tools` entry for a chat completion request. */
    QJsonObject definition() const;
};
