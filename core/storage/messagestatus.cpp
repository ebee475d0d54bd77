// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagestatus.h"

#include <array>

namespace {
constexpr std::array statusNames = {
    u"pending", u"streaming", u"completed", u"failed", u"cancelled", u"interrupted",
};
}

QString messageStatusName(MessageStatus status)
{
    const auto index = static_cast<std::size_t>(status);
    return index < statusNames.size() ? QStringView(statusNames[index]).toString() : QString();
}

std::optional<MessageStatus> messageStatusFromName(QStringView name)
{
    for (std::size_t i = 0; i < statusNames.size(); ++i) {
        if (name == QStringView(statusNames[i])) {
            return static_cast<MessageStatus>(i);
        }
    }
    return std::nullopt;
}

bool isFinalStatus(MessageStatus status)
{
    return status != MessageStatus::Pending && status != MessageStatus::Streaming;
}
