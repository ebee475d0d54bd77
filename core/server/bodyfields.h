// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

/**
 * @brief Reads the fields of a JSON request body, remembering the first one that is missing or of
 * the wrong type, so that the answer (400) can name it.
 *
 * Optional fields may be absent or JSON `null`. `"5"` is accepted where an integer is expected
 * (MineContext clients send ids either way); anything else of the wrong type is an error.
 */
class BodyFields
{
public:
    explicit BodyFields(const QJsonObject &object, const QString &prefix = {});

    QString requiredString(const QString &name);
    std::optional<QString> optionalString(const QString &name);
    qint64 requiredInteger(const QString &name);
    std::optional<qint64> optionalInteger(const QString &name);
    std::optional<double> optionalDouble(const QString &name);
    bool optionalBool(const QString &name, bool fallback);
    QJsonObject optionalObject(const QString &name);
    std::optional<QJsonArray> optionalArray(const QString &name);
    QJsonArray requiredArray(const QString &name);
    /** A string or an integer, as text (MineContext's `document_id`). */
    std::optional<QString> optionalId(const QString &name);

    bool ok() const;
    /** The first problem, naming the field, e.g. "Field 'query' is required." */
    QString error() const;
    /** Records a problem found by the caller. */
    void fail(const QString &name, const QString &problem);

private:
    QString fullName(const QString &name) const;
    std::optional<qint64> integer(const QJsonValue &value) const;

    QJsonObject m_object;
    QString m_prefix;
    QString m_error;
};
