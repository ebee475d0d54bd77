// SPDX-License-Identifier: GPL-3.0-or-later
#include "tool.h"

using namespace Qt::StringLiterals;

QJsonObject Tool::definition() const
{
    return {
        {u"type"_s, u"function"_s},
        {u"function"_s, QJsonObject{{u"name"_s, name()}, {u"description"_s, description()}, {u"parameters"_s, parameters()}}}};
}
