// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlsupport.h"

#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Sql {

StorageError toError(const QSqlError &error, const QString &context, const QString &path)
{
    // Qt's SQLite driver reports the primary result code; mask in case extended codes are ever enabled.
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    StorageError::Code mapped = StorageError::Code::Internal;
    if (numeric) {
        switch (code) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            mapped = StorageError::Code::Busy;
            break;
        case 3: // SQLITE_PERM
        case 8: // SQLITE_READONLY
            mapped = StorageError::Code::ReadOnly;
            break;
        case 10: // SQLITE_IOERR
        case 14: // SQLITE_CANTOPEN
            mapped = StorageError::Code::Io;
            break;
        case 11: // SQLITE_CORRUPT
            mapped = StorageError::Code::Corrupt;
            break;
        case 13: // SQLITE_FULL
            mapped = StorageError::Code::DiskFull;
            break;
        case 26: // SQLITE_NOTADB
            mapped = StorageError::Code::NotADatabase;
            break;
        default:
            break;
        }
    }
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return StorageError(mapped, context + u": "_s + text + u" (SQLite "_s + error.nativeErrorCode() + u')', path);
}

bool exec(QSqlQuery &query, StorageError *error)
{
    if (query.exec()) {
        return true;
    }
    if (error) {
        *error = toError(query.lastError(), query.lastQuery().simplified().left(80));
    }
    return false;
}

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, StorageError *error)
{
    if (!query.prepare(sql)) {
        if (error) {
            *error = toError(query.lastError(), sql.simplified().left(80));
        }
        return false;
    }
    for (const QVariant &value : values) {
        // A null QString would be bound as SQL NULL; text columns are NOT NULL and an empty string is meant.
        if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
            query.addBindValue(u""_s);
        } else {
            query.addBindValue(value);
        }
    }
    return exec(query, error);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull()) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QJsonArray jsonArray(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).array();
}

} // namespace Sql
