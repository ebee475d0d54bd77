// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

/**
 * @brief Numbers, sizes, dates and relative times in the user's language, for the views.
 *
 * Everything goes through the default QLocale, which LanguageManager sets. A binding passes
 * #now so that it is evaluated again every minute and when the language changes:
 *
 *     text: LocaleFormat.relativeTime(model.updatedAt, LocaleFormat.now)
 *
 * C++ models call the static functions (they take the locale and the current time, so that a
 * test can fix both).
 */
class LocaleFormat : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// The current time, advanced every minute and when the language changes.
    Q_PROPERTY(QDateTime now READ now NOTIFY nowChanged)

public:
    explicit LocaleFormat(QObject *parent = nullptr);

    QDateTime now() const;

    /** 1234567.5 as "1,234,567.5" (en) or "1.234.567,5" (de); @p decimals < 0: as many as needed. */
    Q_INVOKABLE QString number(double value, int decimals = -1) const;
    /** 3500000 bytes as "3.3 MB" (en) or "3,3 MB" (de). */
    Q_INVOKABLE QString dataSize(qint64 bytes) const;
    /** Date and time in the locale's short format. */
    Q_INVOKABLE QString dateTime(const QDateTime &when) const;
    /** The date alone, in the locale's short format. */
    Q_INVOKABLE QString date(const QDateTime &when) const;
    /** The time alone, in the locale's short format. */
    Q_INVOKABLE QString time(const QDateTime &when) const;
    /** "just now", "5 minutes ago", "yesterday", "3 days ago", then the date. */
    Q_INVOKABLE QString relativeTime(const QDateTime &when, const QDateTime &now) const;

    /** The rules of relativeTime(), for any locale and current time. */
    static QString formatRelativeTime(const QDateTime &when, const QDateTime &now, const QLocale &locale);

Q_SIGNALS:
    void nowChanged();

private:
    void tick();

    QDateTime m_now;
    QTimer m_timer;
};
