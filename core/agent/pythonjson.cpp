// SPDX-License-Identifier: GPL-3.0-or-later
#include "pythonjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVariant>

#include <charconv>
#include <cmath>

void PythonJson::writeString(QStringView text, QByteArray &out)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            if (u < 0x20) {
                const char escaped[] = {'\\', 'u', '0', '0', hex[u >> 4], hex[u & 0xf]};
                out.append(escaped, sizeof escaped);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

void PythonJson::writeDouble(double value, QByteArray &out)
{
    if (std::isnan(value)) {
        out.append("NaN");
        return;
    }
    if (std::isinf(value)) {
        out.append(value > 0 ? "Infinity" : "-Infinity");
        return;
    }
    // Shortest round-trip digits, then Python's repr layout: positional for 1e-4 <= |x| < 1e16.
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    const std::string_view scientific(buffer, result.ptr - buffer);
    const auto e = scientific.find('e');
    std::string_view mantissa = scientific.substr(0, e);
    int exponent = 0;
    std::from_chars(scientific.data() + e + 1 + (scientific[e + 1] == '+' ? 1 : 0), scientific.data() + scientific.size(),
                    exponent);
    const bool negative = mantissa.front() == '-';
    if (negative) {
        mantissa.remove_prefix(1);
        out.append('-');
    }
    std::string digits;
    for (const char c : mantissa) {
        if (c != '.') {
            digits.push_back(c);
        }
    }
    if (exponent >= -4 && exponent < 16) {
        const int pointAt = exponent + 1; // digits before the decimal point
        if (pointAt <= 0) {
            out.append("0.");
            out.append(QByteArray(-pointAt, '0'));
            out.append(digits.data(), qsizetype(digits.size()));
        } else if (pointAt >= int(digits.size())) {
            out.append(digits.data(), qsizetype(digits.size()));
            out.append(QByteArray(pointAt - int(digits.size()), '0'));
            out.append(".0");
        } else {
            out.append(digits.data(), pointAt);
            out.append('.');
            out.append(digits.data() + pointAt, qsizetype(digits.size()) - pointAt);
        }
        return;
    }
    out.append(digits.front());
    if (digits.size() > 1) {
        out.append('.');
        out.append(digits.data() + 1, qsizetype(digits.size()) - 1);
    }
    out.append('e');
    out.append(exponent < 0 ? '-' : '+');
    const int magnitude = std::abs(exponent);
    if (magnitude < 10) {
        out.append('0');
    }
    out.append(QByteArray::number(magnitude));
}

void PythonJson::write(const QJsonValue &value, QByteArray &out)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        break;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double: {
        // Integers stay integers (QJsonValue keeps them as qint64), as Python's int would.
        const QVariant variant = value.toVariant();
        if (variant.typeId() == QMetaType::LongLong || variant.typeId() == QMetaType::Int) {
            out.append(QByteArray::number(variant.toLongLong()));
        } else {
            writeDouble(value.toDouble(), out);
        }
        break;
    }
    case QJsonValue::String:
        writeString(value.toString(), out);
        break;
    case QJsonValue::Array: {
        out.append('[');
        bool first = true;
        for (const QJsonValue &item : value.toArray()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            write(item, out);
        }
        out.append(']');
        break;
    }
    case QJsonValue::Object: {
        out.append('{');
        const QJsonObject object = value.toObject();
        bool first = true;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            writeString(it.key(), out);
            out.append(": ");
            write(it.value(), out);
        }
        out.append('}');
        break;
    }
    }
}

QByteArray PythonJson::toBytes(const QJsonValue &value)
{
    QByteArray out;
    write(value, out);
    return out;
}
