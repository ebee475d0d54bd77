// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodyfields.h"

#include <cmath>

using namespace Qt::StringLiterals;

BodyFields::BodyFields(const QJsonObject &object, const QString &prefix)
    : m_object(object)
    , m_prefix(prefix)
{ }

QString BodyFields::fullName(const QString &name) const
{
    return m_prefix.isEmpty() ? name : m_prefix + u'.' + name;
}

void BodyFields::fail(const QString &name, const QString &problem)
{
    if (m_error.isEmpty()) {
        m_error = u"Field '%1' %2."_s.arg(fullName(name), problem);
    }
}

bool BodyFields::ok() const
{
    return m_error.isEmpty();
}

QString BodyFields::error() const
{
    return m_error;
}

std::optional<qint64> BodyFields::integer(const QJsonValue &value) const
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::floor(number) == number && std::abs(number) < 9.0e15) {
            return qint64(number);
        }
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        if (ok) {
            return number;
        }
    }
    return std::nullopt;
}

QString BodyFields::requiredString(const QString &name)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull()) {
        fail(name, u"is required"_s);
        return {};
    }
    if (!value.isString()) {
        fail(name, u"must be a string"_s);
        return {};
    }
    return value.toString();
}

std::optional<QString> BodyFields::optionalString(const QString &name)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull()) {
        return std::nullopt;
    }
    if (!value.isString()) {
        fail(name, u"must be a string"_s);
        return std::nullopt;
    }
    return value.toString();
}

qint64 BodyFields::requiredInteger(const QString &name)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull()) {
        fail(name, u"is required"_s);
        return 0;
    }
    const auto number = integer(value);
    if (!number) {
        fail(name, u"must be an integer"_s);
        return 0;
    }
    return *number;
}

std::optional<qint64> BodyFields::optionalInteger(const QString &name)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull()) {
        return std::nullopt;
    }
    const auto number = integer(value);
    if (!number) {
        fail(name, u"must be an integer"_s);
    }
    return number;
}

std::optional<double> BodyFields::optionalDouble(const QString &name)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull()) {
        return std::nullopt;
    }
    if (!value.isDouble()) {
        fail(name, u"must be a number"_s);
        return std::nullopt;
    }
    return value.toDouble();
}

bool BodyFields::optionalBool(const QString &name, bool fallback)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull()) {
        return fallback;
    }
    if (!value.isBool()) {
        fail(name, u"must be true or false"_s);
        return fallback;
    }
    return value.toBool();
}

QJsonObject BodyFields::optionalObject(const QString &name)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull()) {
        return {};
    }
    if (!value.isObject()) {
        fail(name, u"must be an object"_s);
        return {};
    }
    return value.toObject();
}

std::optional<QJsonArray> BodyFields::optionalArray(const QString &name)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull()) {
        return std::nullopt;
    }
    if (!value.isArray()) {
        fail(name, u"must be a list"_s);
        return std::nullopt;
    }
    return value.toArray();
}

QJsonArray BodyFields::requiredArray(const QString &name)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull()) {
        fail(name, u"is required"_s);
        return {};
    }
    if (!value.isArray()) {
        fail(name, u"must be a list"_s);
        return {};
    }
    return value.toArray();
}

std::optional<QString> BodyFields::optionalId(const QString &name)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull()) {
        return std::nullopt;
    }
    if (value.isString()) {
        return value.toString();
    }
    if (const auto number = integer(value)) {
        return QString::number(*number);
    }
    fail(name, u"must be a string or an integer"_s);
    return std::nullopt;
}
