// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historyhit.h"
#include "tool.h"

/**
 * @brief `search_history`: full-text search over the user's past conversations.
 *
 * The search itself is a function given by the owner of the storage; it runs on the main thread.
 */
class SearchHistoryTool : public Tool
{
public:
    explicit SearchHistoryTool(HistorySearch search);

    QString name() const override;
    QString description() const override;
    QJsonObject parameters() const override;
    Mode mode() const override;
    ToolOutput run(const QJsonObject &arguments) const override;

private:
    HistorySearch m_search;
};
