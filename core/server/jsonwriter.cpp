// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include "pythonjson.h"

#include <QJsonArray>
#include <QJsonObject>

void JsonWriter::key(QStringView key)
{
    m_out.append(m_out.isEmpty() ? '{' : ',');
    PythonJson::writeString(key, m_out);
    m_out.append(':');
}

JsonWriter &JsonWriter::add(QStringView name, const QJsonValue &value)
{
    key(name);
    writeCompact(value, m_out);
    return *this;
}

JsonWriter &JsonWriter::addFloat(QStringView name, double value)
{
    key(name);
    PythonJson::writeDouble(value, m_out);
    return *this;
}

JsonWriter &JsonWriter::addRaw(QStringView name, const QByteArray &json)
{
    key(name);
    m_out.append(json);
    return *this;
}

QByteArray JsonWriter::toJson() const
{
    return m_out.isEmpty() ? QByteArrayLiteral("{}") : m_out + '}';
}

void JsonWriter::writeCompact(const QJsonValue &value, QByteArray &out)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        return;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        return;
    case QJsonValue::Double:
        if (value.toVariant().typeId() == QMetaType::LongLong) {
            out.append(QByteArray::number(value.toInteger()));
        } else {
            PythonJson::writeDouble(value.toDouble(), out);
        }
        return;
    case QJsonValue::String:
        PythonJson::writeString(value.toString(), out);
        return;
    case QJsonValue::Array: {
        out.append('[');
        bool first = true;
        for (const QJsonValue &item : value.toArray()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            writeCompact(item, out);
        }
        out.append(']');
        return;
    }
    case QJsonValue::Object: {
        out.append('{');
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it != object.begin()) {
                out.append(',');
            }
            PythonJson::writeString(it.key(), out);
            out.append(':');
            writeCompact(it.value(), out);
        }
        out.append('}');
        return;
    }
    }
}

QByteArray JsonWriter::compact(const QJsonValue &value)
{
    QByteArray out;
    writeCompact(value, out);
    return out;
}

QByteArray JsonWriter::array(const QList<QByteArray> &items)
{
    QByteArray out("[");
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0) {
            out.append(',');
        }
        out.append(items.at(i));
    }
    out.append(']');
    return out;
}
