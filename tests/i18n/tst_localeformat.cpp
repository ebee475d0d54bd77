// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers, sizes and relative times in each language, with the real translations.
#include "languagemanager.h"
#include "localeformat.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLocaleFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("CONFAB_LANGUAGE");
    }

    void relativeTime_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<qint64>("secondsAgo");
        QTest::addColumn<QString>("expected");

        QTest::newRow("en seconds") << u"en"_s << qint64(40) << u"just now"_s;
        QTest::newRow("en 1 minute") << u"en"_s << qint64(61) << u"1 minute ago"_s;
        QTest::newRow("en 5 minutes") << u"en"_s << qint64(5 * 60 + 59) << u"5 minutes ago"_s;
        QTest::newRow("en 1 hour") << u"en"_s << qint64(3600) << u"1 hour ago"_s;
        QTest::newRow("en 2 hours") << u"en"_s << qint64(2 * 3600) << u"2 hours ago"_s;
        QTest::newRow("en yesterday") << u"en"_s << qint64(20 * 3600) << u"yesterday"_s;
        QTest::newRow("en 3 days") << u"en"_s << qint64(3 * 86400) << u"3 days ago"_s;
        QTest::newRow("de 1 minute") << u"de"_s << qint64(60) << u"vor 1 Minute"_s;
        QTest::newRow("de 5 minutes") << u"de"_s << qint64(300) << u"vor 5 Minuten"_s;
        QTest::newRow("de 2 hours") << u"de"_s << qint64(7200) << u"vor 2 Stunden"_s;
        QTest::newRow("de yesterday") << u"de"_s << qint64(20 * 3600) << u"gestern"_s;
        QTest::newRow("de 6 days") << u"de"_s << qint64(6 * 86400) << u"vor 6 Tagen"_s;
        QTest::newRow("fr 1 minute") << u"fr"_s << qint64(60) << u"il y a 1 minute"_s;
        QTest::newRow("fr 3 hours") << u"fr"_s << qint64(3 * 3600) << u"il y a 3 heures"_s;
        QTest::newRow("es 2 days") << u"es"_s << qint64(2 * 86400) << u"hace 2 días"_s;
        QTest::newRow("zh_CN just now") << u"zh_CN"_s << qint64(0) << u"刚刚"_s;
        QTest::newRow("zh_CN 1 minute") << u"zh_CN"_s << qint64(60) << u"1 分钟前"_s;
        QTest::newRow("zh_CN 5 minutes") << u"zh_CN"_s << qint64(300) << u"5 分钟前"_s;
        QTest::newRow("zh_CN yesterday") << u"zh_CN"_s << qint64(20 * 3600) << u"昨天"_s;
        QTest::newRow("ja 4 days") << u"ja"_s << qint64(4 * 86400) << u"4 日前"_s;
    }

    void relativeTime()
    {
        QFETCH(QString, language);
        QFETCH(qint64, secondsAgo);
        QFETCH(QString, expected);
        LanguageManager languages(nullptr);
        languages.setLanguage(language);
        // A fixed afternoon, away from daylight-saving changes.
        const QDateTime now(QDate(2026, 6, 10), QTime(15, 0));
        QCOMPARE(LocaleFormat().relativeTime(now.addSecs(-secondsAgo), now), expected);
    }

    // Beyond a week, or in the future, the date (and time) in the chosen locale's short format.
    void olderAndFutureTimesShowTheDate()
    {
        LanguageManager languages(nullptr);
        languages.setLanguage(u"de"_s);
        const QDateTime now(QDate(2026, 6, 10), QTime(15, 0));
        const QLocale german(u"de"_s);
        LocaleFormat format;
        QCOMPARE(format.relativeTime(now.addDays(-10), now), german.toString(QDate(2026, 5, 31), QLocale::ShortFormat));
        QVERIFY(format.relativeTime(now.addDays(-10), now).contains(u"31.05."_s));
        QCOMPARE(format.relativeTime(now.addSecs(3 * 3600), now), german.toString(now.addSecs(3 * 3600), QLocale::ShortFormat));
        QCOMPARE(format.relativeTime(QDateTime(), now), QString());
        languages.setLanguage(u"en_US"_s);
        QCOMPARE(format.relativeTime(now.addDays(-10), now), u"5/31/26"_s);
    }

    void numbersSizesDatesAndTimes()
    {
        LanguageManager languages(nullptr);
        LocaleFormat format;
        languages.setLanguage(u"de"_s);
        QCOMPARE(format.number(1234567.5), u"1.234.567,5"_s);
        QCOMPARE(format.number(2.0 / 3.0, 2), u"0,67"_s);
        QVERIFY2(format.dataSize(3500000).startsWith(u"3,34 "_s), qPrintable(format.dataSize(3500000)));
        languages.setLanguage(u"en"_s);
        QCOMPARE(format.number(1234567.5), u"1,234,567.5"_s);
        QVERIFY2(format.dataSize(3500000).startsWith(u"3.34 "_s), qPrintable(format.dataSize(3500000)));
        languages.setLanguage(u"fr"_s);
        const QLocale french(u"fr"_s);
        const QDateTime when(QDate(2026, 6, 10), QTime(15, 0));
        QCOMPARE(format.number(1234567.5), french.toString(1234567.5, 'f', QLocale::FloatingPointShortest));
        QVERIFY(format.number(1234567.5).endsWith(u"567,5"_s));
        QCOMPARE(format.date(when), u"10/06/2026"_s);
        QCOMPARE(format.time(when), u"15:00"_s);
        QCOMPARE(format.dateTime(when), french.toString(when, QLocale::ShortFormat));
    }

    // Bindings that pass `now` are evaluated again when the language changes.
    void languageChangeRefreshesNow()
    {
        LanguageManager languages(nullptr);
        LocaleFormat format;
        QSignalSpy changed(&format, &LocaleFormat::nowChanged);
        languages.setLanguage(u"ja"_s);
        QCOMPARE(changed.size(), 1);
        QVERIFY(format.now().isValid());
    }
};

QTEST_GUILESS_MAIN(TestLocaleFormat)
#include "tst_localeformat.moc"
