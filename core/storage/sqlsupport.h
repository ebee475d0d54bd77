// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageerror.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

/**
 * @brief Small helpers shared by the storage's tables: bound queries, error mapping, times and JSON columns.
 *
 * Times are stored as milliseconds since the epoch (UTC); JSON as compact text.
 */
namespace Sql {

/** Maps an SQLite error (by its result code) to a typed StorageError; @p context says what was being done. */
StorageError toError(const QSqlError &error, const QString &context, const QString &path = {});

/** Prepares @p sql, binds @p values in order and executes. On failure sets @p error and returns false. */
bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, StorageError *error);

/** Executes an already prepared and bound query. On failure sets @p error and returns false. */
bool exec(QSqlQuery &query, StorageError *error);

qint64 nowMs();
QVariant timeValue(const QDateTime &time); ///< NULL for an invalid time
QDateTime timeFrom(const QVariant &value); ///< invalid for NULL
QString jsonText(const QJsonObject &object);
QString jsonText(const QJsonArray &array);
QJsonObject jsonObject(const QVariant &text);
QJsonArray jsonArray(const QVariant &text);

} // namespace Sql
