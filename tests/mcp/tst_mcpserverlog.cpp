// SPDX-License-Identifier: GPL-3.0-or-later
#include "mcpserverlog.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMcpServerLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesSplitAnywhere()
    {
        McpServerLog log;
        QSignalSpy changed(&log, &McpServerLog::changed);
        log.appendOutput("first li");
        QCOMPARE(log.lineCount(), 0);
        QVERIFY(changed.isEmpty());
        log.appendOutput("ne\r\nsecond\nthi");
        QCOMPARE(log.lineCount(), 2);
        log.appendOutput("rd \xc3");
        log.appendOutput("\xa9\n");
        QCOMPARE(log.lastLines(2), (QStringList{u"second"_s, u"third é"_s}));
        log.appendOutput("unfinished");
        log.flushOutput();
        QCOMPARE(log.lastLines(1), QStringList{u"unfinished"_s});
        QCOMPARE(changed.size(), 3); // one per call that completed a line
    }

    void notesAreMarked()
    {
        McpServerLog log;
        log.note(u"Started."_s);
        QVERIFY(log.text().startsWith(u"[confab "_s));
        QVERIFY(log.text().endsWith(u"] Started.\n"_s));
    }

    void bounded()
    {
        McpServerLog log;
        log.setMaxChars(10000);
        for (int i = 0; i < 2000; ++i) {
            log.appendOutput(u"line %1 of a chatty server\n"_s.arg(i).toUtf8());
        }
        QVERIFY(log.text().size() < 11000);
        QVERIFY(log.droppedLines() > 1000);
        QVERIFY(log.text().startsWith(u"[%1 earlier line"_s.arg(log.droppedLines())));
        QCOMPARE(log.lastLines(1), QStringList{u"line 1999 of a chatty server"_s});
        // One huge line is cut, and so is a line that never ends.
        log.appendOutput(QByteArray(QByteArray(100000, 'x') + '\n'));
        QVERIFY(log.lastLines(1).constFirst().size() < McpServerLog::MaxLineLength + 100);
        log.appendOutput(QByteArray(100000, 'y'));
        QVERIFY(log.text().size() < 11000 + McpServerLog::MaxLineLength);
        log.clear();
        QCOMPARE(log.text(), QString());
    }
};

QTEST_GUILESS_MAIN(TestMcpServerLog)
#include "tst_mcpserverlog.moc"
