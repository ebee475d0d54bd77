// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tool.h"

#include <QJsonArray>
#include <QList>
#include <QStringList>

#include <memory>

/**
 * @brief The tools the agent may offer the model, by name.
 */
class ToolRegistry
{
public:
    ToolRegistry();
    ~ToolRegistry();

    /** Adds @p tool; a tool of the same name is replaced. */
    void add(std::shared_ptr<const Tool> tool);
    void remove(const QString &name);
    std::shared_ptr<const Tool> find(const QString &name) const;
    QStringList names() const;
    bool isEmpty() const;
    /** The `tools` array of a chat completion request. */
    QJsonArray definitions() const;

private:
    QList<std::shared_ptr<const Tool>> m_tools;
};
