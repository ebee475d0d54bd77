// SPDX-License-Identifier: GPL-3.0-or-later
#include "currentdatetimetool.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

QString CurrentDateTimeTool::name() const
{
    return u"current_datetime"_s;
}

QString CurrentDateTimeTool::description() const
{
    return u"Returns the user's current local date and time, weekday and time zone."_s;
}

QJsonObject CurrentDateTimeTool::parameters() const
{
    return {{u"type"_s, u"object"_s}, {u"properties"_s, QJsonObject{}}};
}

ToolOutput CurrentDateTimeTool::run(const QJsonObject &) const
{
    const QDateTime now = QDateTime::currentDateTime();
    const QJsonObject result{
        {u"datetime"_s, now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate)},
        {u"weekday"_s, QLocale::c().dayName(now.date().dayOfWeek())},
        {u"timezone"_s, QString::fromUtf8(QTimeZone::systemTimeZoneId())},
        {u"unix_time"_s, now.toSecsSinceEpoch()},
    };
    return ToolOutput::success(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
}
