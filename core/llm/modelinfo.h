// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/** @brief One entry of `GET <baseUrl>/models`. */
struct ModelInfo
{
    QString id;
    QString ownedBy;
    qint64 created = 0; ///< Unix time, 0 when not sent

    friend bool operator==(const ModelInfo &, const ModelInfo &) = default;
};
