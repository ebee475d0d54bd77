// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolregistry.h"

ToolRegistry::ToolRegistry() = default;
ToolRegistry::~ToolRegistry() = default;

void ToolRegistry::add(std::shared_ptr<const Tool> tool)
{
    remove(tool->name());
    m_tools.append(std::move(tool));
}

void ToolRegistry::remove(const QString &name)
{
    m_tools.removeIf([&name](const auto &tool) { return tool->name() == name; });
}

std::shared_ptr<const Tool> ToolRegistry::find(const QString &name) const
{
    for (const auto &tool : m_tools) {
        if (tool->name() == name) {
            return tool;
        }
    }
    return {};
}

QStringList ToolRegistry::names() const
{
    QStringList names;
    for (const auto &tool : m_tools) {
        names << tool->name();
    }
    return names;
}

bool ToolRegistry::isEmpty() const
{
    return m_tools.isEmpty();
}

QJsonArray ToolRegistry::definitions() const
{
    QJsonArray array;
    for (const auto &tool : m_tools) {
        array.append(tool->definition());
    }
    return array;
}
