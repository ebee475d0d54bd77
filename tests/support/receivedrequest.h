// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>

/** @brief One HTTP request as ScriptedProvider received it. Header names are lower case. */
struct ReceivedRequest
{
    QByteArray method;
    QByteArray path; ///< without the query
    QByteArray query;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        return headers.value(name.toLower());
    }
    /** The body as a JSON object (empty when it is not one). */
    QJsonObject json() const;
};
