// SPDX-License-Identifier: GPL-3.0-or-later
#include "mcptoolname.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMcpToolName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exposed_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"files"_s << u"read_file"_s << u"files__read_file"_s;
        QTest::newRow("hyphen") << u"everything"_s << u"get-sum"_s << u"everything__get-sum"_s;
        QTest::newRow("dots and spaces") << u"My Server"_s << u"fs.read"_s << u"My_Server__fs_read"_s;
        QTest::newRow("unicode") << u"日记"_s << u"ok"_s << u"____ok"_s;
    }

    void exposed()
    {
        QFETCH(QString, server);
        QFETCH(QString, tool);
        QFETCH(QString, expected);
        QCOMPARE(McpToolName::exposed(server, tool), expected);
        QVERIFY(McpToolName::isValid(expected));
    }

    void longNamesAreCutApart()
    {
        const QString server = u"a-server-with-a-rather-long-name"_s;
        const QString one = McpToolName::exposed(server, u"an_extremely_long_tool_name_that_goes_on_and_on_1"_s);
        const QString two = McpToolName::exposed(server, u"an_extremely_long_tool_name_that_goes_on_and_on_2"_s);
        QCOMPARE(one.size(), 64);
        QVERIFY(one != two);
        QVERIFY(QRegularExpression(u"^[a-zA-Z0-9_-]{1,64}$"_s).match(one).hasMatch());
        QVERIFY(one.startsWith(u"a-server-with-a-rather-long-name__an_extremely"_s));
    }

    void unique()
    {
        QCOMPARE(McpToolName::unique(u"s__a"_s, {u"s__b"_s}), u"s__a"_s);
        const QString second = McpToolName::unique(u"s__a"_s, {u"s__a"_s});
        QVERIFY(second.startsWith(u"s__a_"_s));
        QVERIFY(McpToolName::isValid(second));
        const QString third = McpToolName::unique(u"s__a"_s, {u"s__a"_s, second});
        QVERIFY(third != second);
    }
};

QTEST_GUILESS_MAIN(TestMcpToolName)
#include "tst_mcptoolname.moc"
