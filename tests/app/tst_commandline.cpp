// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("mode");
        using M = CommandLine::Mode;
        QTest::newRow("window") << QStringList{u"confab"_s} << int(M::Window);
        QTest::newRow("version") << QStringList{u"confab"_s, u"--version"_s} << int(M::Version);
        QTest::newRow("help") << QStringList{u"confab"_s, u"--help"_s} << int(M::Help);
        QTest::newRow("serve") << QStringList{u"confab"_s, u"serve"_s, u"--port"_s, u"9000"_s} << int(M::Serve);
        QTest::newRow("chat") << QStringList{u"confab"_s, u"chat"_s, u"hello"_s, u"there"_s} << int(M::Chat);
        QTest::newRow("chat without question") << QStringList{u"confab"_s, u"chat"_s} << int(M::Error);
        QTest::newRow("unknown command") << QStringList{u"confab"_s, u"frobnicate"_s} << int(M::Error);
        QTest::newRow("unknown option") << QStringList{u"confab"_s, u"--frobnicate"_s} << int(M::Error);
        QTest::newRow("bad port") << QStringList{u"confab"_s, u"serve"_s, u"--port"_s, u"70000"_s} << int(M::Error);
        QTest::newRow("port without serve") << QStringList{u"confab"_s, u"--port"_s, u"9000"_s} << int(M::Error);
    }

    void modes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, mode);
        const CommandLine result = CommandLine::parse(arguments);
        QCOMPARE(int(result.mode), mode);
        if (result.mode == CommandLine::Mode::Error) {
            QVERIFY2(!result.text.isEmpty(), "an error must say what is wrong");
        }
    }

    void values()
    {
        const CommandLine serve = CommandLine::parse(
            {u"confab"_s, u"--data-dir"_s, u"/tmp/x"_s, u"serve"_s, u"--port"_s, u"9001"_s, u"--bind"_s, u"::1"_s});
        QCOMPARE(serve.dataDir, u"/tmp/x"_s);
        QCOMPARE(serve.port, quint16(9001));
        QCOMPARE(serve.bind, u"::1"_s);

        const CommandLine chat = CommandLine::parse({u"confab"_s, u"chat"_s, u"What"_s, u"is SSE?"_s});
        QCOMPARE(chat.text, u"What is SSE?"_s);

        const CommandLine verbose = CommandLine::parse({u"confab"_s, u"--version"_s, u"--verbose"_s});
        QVERIFY(verbose.verbose);
        QVERIFY(CommandLine::parse({u"confab"_s, u"--help"_s}).text.contains(u"--data-dir"_s));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
