// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tool.h"

/**
 * @brief `current_datetime`: the local date, time, weekday and time zone.
 */
class CurrentDateTimeTool : public Tool
{
public:
    QString name() const override;
    QString description() const override;
    QJsonObject parameters() const override;
    ToolOutput run(const QJsonObject &arguments) const override;
};
