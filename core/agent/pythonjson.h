// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>

/**
 * @brief JSON text in the exact form of Python's `json.dumps(value, ensure_ascii=False)`.
 *
 * MineContext clients receive events written that way: `", "` and `": "` separators, raw UTF-8,
 * floats as Python's `repr` (`0.0`, `0.5`, `1e-05`), integers without a fraction. Object keys
 * are written in QJsonObject's (sorted) order. QJsonValue keeps a whole double as an integer, so
 * `2.0` inside a QJsonValue comes out as `2`; writeDouble() keeps the fraction.
 */
class PythonJson
{
public:
    static void write(const QJsonValue &value, QByteArray &out);
    static void writeString(QStringView text, QByteArray &out);
    static void writeDouble(double value, QByteArray &out);
    static QByteArray toBytes(const QJsonValue &value);
};
