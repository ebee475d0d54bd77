// SPDX-License-Identifier: GPL-3.0-or-later
#include "pythonjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPythonJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void doubles_data()
    {
        // Expected strings are what CPython 3's repr() prints for the same float.
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("zero") << 0.0 << QByteArray("0.0");
        QTest::newRow("half") << 0.5 << QByteArray("0.5");
        QTest::newRow("one") << 1.0 << QByteArray("1.0");
        QTest::newRow("third") << 1.0 / 3 << QByteArray("0.3333333333333333");
        QTest::newRow("tenth plus fifth") << 0.1 + 0.2 << QByteArray("0.30000000000000004");
        QTest::newRow("small") << 0.0001 << QByteArray("0.0001");
        QTest::newRow("smaller") << 0.00001 << QByteArray("1e-05");
        QTest::newRow("tiny") << 1.5e-7 << QByteArray("1.5e-07");
        QTest::newRow("large") << 123456789.0 << QByteArray("123456789.0");
        QTest::newRow("just under 1e16") << 9999999999999998.0 << QByteArray("9999999999999998.0");
        QTest::newRow("1e16") << 1e16 << QByteArray("1e+16");
        QTest::newRow("1.25e22") << 1.25e22 << QByteArray("1.25e+22");
        QTest::newRow("negative") << -2.75 << QByteArray("-2.75");
        QTest::newRow("tokens per second") << 48.123 << QByteArray("48.123");
        QTest::newRow("1e100") << 1e100 << QByteArray("1e+100");
    }

    void doubles()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, expected);
        QByteArray out;
        PythonJson::writeDouble(value, out);
        QCOMPARE(out, expected);
    }

    void strings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << u"hello"_s << QByteArray(R"("hello")");
        QTest::newRow("quotes and backslash") << u"a\"b\\c"_s << QByteArray("\"a\\\"b\\\\c\"");
        QTest::newRow("controls") << u"\n\r\t\b\f"_s << QByteArray("\"\\n\\r\\t\\b\\f\"");
        QTest::newRow("other control") << QString(QChar(0x01)) << QByteArray("\"\\u0001\"");
        QTest::newRow("raw utf-8") << u"你好 …"_s << QByteArray("\"\xe4\xbd\xa0\xe5\xa5\xbd \xe2\x80\xa6\"");
        QTest::newRow("emoji") << u"🙂"_s << QByteArray("\"\xf0\x9f\x99\x82\"");
        QTest::newRow("delete stays raw") << QString(QChar(0x7f)) << QByteArray("\"\x7f\"");
    }

    void strings()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        QByteArray out;
        PythonJson::writeString(text, out);
        QCOMPARE(out, expected);
    }

    void containers()
    {
        const QJsonObject object{{u"index"_s, 3},
                                 {u"plan"_s, QJsonObject{{u"steps"_s, QJsonArray{1, 2.5, u"x"_s, QJsonValue(), true}}}},
                                 {u"empty"_s, QJsonObject{}}};
        QCOMPARE(PythonJson::toBytes(object),
                 QByteArray(R"({"empty": {}, "index": 3, "plan": {"steps": [1, 2.5, "x", null, true]}})"));
        QCOMPARE(PythonJson::toBytes(QJsonArray{}), QByteArray("[]"));
        QCOMPARE(PythonJson::toBytes(QJsonValue(qint64(1) << 53)), QByteArray("9007199254740992"));
        QCOMPARE(PythonJson::toBytes(QJsonValue(-7)), QByteArray("-7"));
        QCOMPARE(PythonJson::toBytes(QJsonValue(2.5)), QByteArray("2.5"));
    }
};

QTEST_GUILESS_MAIN(TestPythonJson)
#include "tst_pythonjson.moc"
