// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolcallassembler.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Fragment = ToolCallAssembler::Fragment;

class TestToolCallAssembler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void byIndex();
    void idArrivesLate();
    void sameIdContinues();
    void allZeroIndexWithIds();
    void noIndexNoIdContinuesLastCall();
    void newNameAfterCompleteArgumentsStartsACall();
    void repeatedNameDuringArgumentsDoesNot();
    void bounds();
};

void TestToolCallAssembler::byIndex()
{
    ToolCallAssembler assembler;
    QCOMPARE(assembler.add(Fragment{0, u"a"_s, u"f"_s, {}}), 0);
    QCOMPARE(assembler.add(Fragment{1, u"b"_s, u"g"_s, u"{"_s}), 1);
    QCOMPARE(assembler.add(Fragment{0, {}, {}, u"{\"x\":1}"_s}), 0);
    QCOMPARE(assembler.add(Fragment{1, {}, {}, u"}"_s}), 1);
    QCOMPARE(assembler.calls(), (QList<ToolCall>{{u"a"_s, u"f"_s, u"{\"x\":1}"_s}, {u"b"_s, u"g"_s, u"{}"_s}}));
}

void TestToolCallAssembler::idArrivesLate()
{
    ToolCallAssembler assembler;
    QCOMPARE(assembler.add(Fragment{0, {}, u"f"_s, u"{"_s}), 0);
    QCOMPARE(assembler.add(Fragment{0, u"late"_s, {}, u"}"_s}), 0);
    QCOMPARE(assembler.calls(), (QList<ToolCall>{{u"late"_s, u"f"_s, u"{}"_s}}));
}

void TestToolCallAssembler::sameIdContinues()
{
    ToolCallAssembler assembler;
    QCOMPARE(assembler.add(Fragment{-1, u"x"_s, u"f"_s, u"{\"a\""_s}), 0);
    QCOMPARE(assembler.add(Fragment{-1, u"x"_s, {}, u":2}"_s}), 0);
    QCOMPARE(assembler.calls().size(), 1);
    QCOMPARE(assembler.calls().first().arguments, u"{\"a\":2}"_s);
}

void TestToolCallAssembler::allZeroIndexWithIds()
{
    ToolCallAssembler assembler;
    QCOMPARE(assembler.add(Fragment{0, u"one"_s, u"f"_s, u"{}"_s}), 0);
    QCOMPARE(assembler.add(Fragment{0, u"two"_s, u"g"_s, u"{}"_s}), 1);
    QCOMPARE(assembler.add(Fragment{0, {}, {}, u" "_s}), 1); // the latest call with that index
    QCOMPARE(assembler.calls().at(1).arguments, u"{} "_s);
}

void TestToolCallAssembler::noIndexNoIdContinuesLastCall()
{
    ToolCallAssembler assembler;
    QCOMPARE(assembler.add(Fragment{-1, {}, u"f"_s, u"{\"q\":"_s}), 0);
    QCOMPARE(assembler.add(Fragment{-1, {}, {}, u"1}"_s}), 0);
    QCOMPARE(assembler.calls().first().arguments, u"{\"q\":1}"_s);
}

void TestToolCallAssembler::newNameAfterCompleteArgumentsStartsACall()
{
    ToolCallAssembler assembler;
    QCOMPARE(assembler.add(Fragment{0, {}, u"f"_s, u"{\"a\":1}"_s}), 0);
    QCOMPARE(assembler.add(Fragment{0, {}, u"g"_s, u"{\"b\":2}"_s}), 1);
    QCOMPARE(assembler.calls().at(1).name, u"g"_s);
}

void TestToolCallAssembler::repeatedNameDuringArgumentsDoesNot()
{
    ToolCallAssembler assembler;
    QCOMPARE(assembler.add(Fragment{0, {}, u"f"_s, u"{\"a\""_s}), 0);
    QCOMPARE(assembler.add(Fragment{0, {}, u"f"_s, u":1}"_s}), 0);
    QCOMPARE(assembler.calls().size(), 1);
    QCOMPARE(assembler.calls().first().arguments, u"{\"a\":1}"_s);
}

void TestToolCallAssembler::bounds()
{
    ToolCallAssembler assembler;
    for (int i = 0; i < ToolCallAssembler::MaxCalls; ++i) {
        QCOMPARE(assembler.add(Fragment{i, u"id%1"_s.arg(i), u"f"_s, {}}), i);
    }
    ToolCallAssembler::Status status = ToolCallAssembler::Status::Ok;
    QCOMPARE(assembler.add(Fragment{ToolCallAssembler::MaxCalls, u"over"_s, u"f"_s, {}}, &status), -1);
    QCOMPARE(status, ToolCallAssembler::Status::TooManyCalls);
    QCOMPARE(assembler.add(Fragment{0, {}, {}, QString(ToolCallAssembler::MaxArgumentsLength + 1, u'x')}, &status), -1);
    QCOMPARE(status, ToolCallAssembler::Status::ArgumentsTooLong);
    QVERIFY(assembler.calls().first().arguments.isEmpty()); // the oversize fragment was not taken
}

QTEST_APPLESS_MAIN(TestToolCallAssembler)
#include "tst_toolcallassembler.moc"
