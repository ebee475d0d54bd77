// SPDX-License-Identifier: GPL-3.0-or-later
#include "localeformat.h"

#include "languagemanager.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

LocaleFormat::LocaleFormat(QObject *parent)
    : QObject(parent)
    , m_now(QDateTime::currentDateTime())
{
    m_timer.setInterval(std::chrono::minutes(1));
    connect(&m_timer, &QTimer::timeout, this, &LocaleFormat::tick);
    m_timer.start();
    if (auto *languages = LanguageManager::instance()) {
        connect(languages, &LanguageManager::languageChanged, this, &LocaleFormat::tick);
    }
}

QDateTime LocaleFormat::now() const
{
    return m_now;
}

void LocaleFormat::tick()
{
    m_now = QDateTime::currentDateTime();
    Q_EMIT nowChanged();
}

QString LocaleFormat::number(double value, int decimals) const
{
    return QLocale().toString(value, 'f', decimals < 0 ? QLocale::FloatingPointShortest : decimals);
}

QString LocaleFormat::dataSize(qint64 bytes) const
{
    return QLocale().formattedDataSize(bytes);
}

QString LocaleFormat::dateTime(const QDateTime &when) const
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString LocaleFormat::date(const QDateTime &when) const
{
    return when.isValid() ? QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

QString LocaleFormat::time(const QDateTime &when) const
{
    return when.isValid() ? QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat) : QString();
}

QString LocaleFormat::relativeTime(const QDateTime &when, const QDateTime &now) const
{
    return formatRelativeTime(when, now, QLocale());
}

QString LocaleFormat::formatRelativeTime(const QDateTime &when, const QDateTime &now, const QLocale &locale)
{
    if (!when.isValid() || !now.isValid()) {
        return {};
    }
    const qint64 seconds = when.secsTo(now);
    if (seconds < -60) {
        // In the future (another machine's clock): say when, not how long ago.
        return locale.toString(when.toLocalTime(), QLocale::ShortFormat);
    }
    // Counts are computed before the translate() calls: lupdate 6.4 hangs on a division inside
    // the arguments of translate().
    const int minutes = int(seconds / 60);
    const int hours = int(seconds / 3600);
    const int days = int(when.toLocalTime().date().daysTo(now.toLocalTime().date()));
    if (minutes < 1) {
        return QCoreApplication::translate("LocaleFormat", "just now");
    }
    if (minutes < 60) {
        return QCoreApplication::translate("LocaleFormat", "%n minute(s) ago", nullptr, minutes);
    }
    if (days == 0) {
        return QCoreApplication::translate("LocaleFormat", "%n hour(s) ago", nullptr, hours);
    }
    if (days == 1) {
        return QCoreApplication::translate("LocaleFormat", "yesterday");
    }
    if (days < 7) {
        return QCoreApplication::translate("LocaleFormat", "%n day(s) ago", nullptr, days);
    }
    return locale.toString(when.toLocalTime().date(), QLocale::ShortFormat);
}
