// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringView>

/**
 * @brief Builds one compact JSON object with its keys in the order they are added, as FastAPI
 * writes its responses (`,` and `:` separators, raw UTF-8).
 *
 * Nested objects are written with sorted keys (QJsonObject's order); addFloat() keeps a whole
 * number's fraction (`1.0`), as Python writes a float.
 */
class JsonWriter
{
public:
    JsonWriter &add(QStringView key, const QJsonValue &value);
    JsonWriter &addFloat(QStringView key, double value);
    /** Adds @p json, already serialized, as the value of @p key. */
    JsonWriter &addRaw(QStringView key, const QByteArray &json);
    QByteArray toJson() const;

    /** @p value in compact form. */
    static QByteArray compact(const QJsonValue &value);
    static void writeCompact(const QJsonValue &value, QByteArray &out);
    /** A JSON array of already serialized items. */
    static QByteArray array(const QList<QByteArray> &items);

private:
    void key(QStringView key);

    QByteArray m_out;
};
