// SPDX-License-Identifier: GPL-3.0-or-later
#include "provideroptions.h"

using namespace Qt::StringLiterals;

QJsonObject ProviderOptions::toJson() const
{
    return QJsonObject{
        {u"preset"_s, presetId}, {u"reasoningOn"_s, reasoningOn}, {u"reasoningOff"_s, reasoningOff}, {u"needsKey"_s, needsKey}};
}

ProviderOptions ProviderOptions::fromJson(const QJsonObject &object)
{
    ProviderOptions options;
    options.presetId = object.value("preset"_L1).toString();
    options.reasoningOn = object.value("reasoningOn"_L1).toObject();
    options.reasoningOff = object.value("reasoningOff"_L1).toObject();
    options.needsKey = object.value("needsKey"_L1).toBool(true);
    return options;
}
