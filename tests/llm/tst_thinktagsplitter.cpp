// SPDX-License-Identifier: GPL-3.0-or-later
#include "thinktagsplitter.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Split
{
    QString content;
    QString reasoning;
};

Split run(const QStringList &pieces)
{
    ThinkTagSplitter splitter;
    Split out;
    QString content;
    QString reasoning;
    for (const QString &piece : pieces) {
        splitter.feed(piece, &content, &reasoning);
        out.content += content;
        out.reasoning += reasoning;
    }
    splitter.finish(&content, &reasoning);
    out.content += content;
    out.reasoning += reasoning;
    return out;
}
} // namespace

class TestThinkTagSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cases_data();
    void cases();
    void everySplitGivesTheSameResult();
    void contentPassesThroughWithoutCopy();
};

void TestThinkTagSplitter::cases_data()
{
    QTest::addColumn<QStringList>("pieces");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("reasoning");
    QTest::newRow("plain") << QStringList{u"Hello"_s, u" there"_s} << u"Hello there"_s << QString();
    QTest::newRow("think block") << QStringList{u"<think>hmm</think>\n\nYes."_s} << u"Yes."_s << u"hmm"_s;
    QTest::newRow("split tags") << QStringList{u"<th"_s, u"ink>a"_s, u"b</thi"_s, u"nk>"_s, u"\n"_s, u"c"_s} << u"c"_s << u"ab"_s;
    QTest::newRow("leading whitespace") << QStringList{u"\n  "_s, u"<think>x</think>y"_s} << u"y"_s << u"x"_s;
    QTest::newRow("tag later is content") << QStringList{u"Use <think> tags"_s} << u"Use <think> tags"_s << QString();
    QTest::newRow("almost a tag") << QStringList{u"<thin"_s, u"g>"_s} << u"<thing>"_s << QString();
    QTest::newRow("unclosed at end") << QStringList{u"<think>still thinking </th"_s} << QString() << u"still thinking </th"_s;
    QTest::newRow("lone prefix at end") << QStringList{u"<thi"_s} << u"<thi"_s << QString();
    QTest::newRow("only whitespace") << QStringList{u"\n"_s, u" "_s} << u"\n "_s << QString();
    QTest::newRow("closing tag inside content after")
        << QStringList{u"<think>a</think>b</think>c"_s} << u"b</think>c"_s << u"a"_s;
    QTest::newRow("less-than in reasoning") << QStringList{u"<think>1 < 2 <"_s, u"/x></think>ok"_s} << u"ok"_s << u"1 < 2 </x>"_s;
}

void TestThinkTagSplitter::cases()
{
    QFETCH(QStringList, pieces);
    QFETCH(QString, content);
    QFETCH(QString, reasoning);
    const Split out = run(pieces);
    QCOMPARE(out.content, content);
    QCOMPARE(out.reasoning, reasoning);
}

void TestThinkTagSplitter::everySplitGivesTheSameResult()
{
    const QString text = u"  <think>Let me see: a</b> and </thin.</think>\n\nThe answer <think> is 42."_s;
    const Split whole = run({text});
    QCOMPARE(whole.reasoning, u"Let me see: a</b> and </thin."_s);
    QCOMPARE(whole.content, u"The answer <think> is 42."_s);
    for (qsizetype step = 1; step < 12; ++step) {
        QStringList pieces;
        for (qsizetype at = 0; at < text.size(); at += step) {
            pieces.append(text.mid(at, step));
        }
        const Split split = run(pieces);
        QCOMPARE(split.content, whole.content);
        QCOMPARE(split.reasoning, whole.reasoning);
    }
}

void TestThinkTagSplitter::contentPassesThroughWithoutCopy()
{
    ThinkTagSplitter splitter;
    QString content;
    QString reasoning;
    splitter.feed(u"Plain start"_s, &content, &reasoning);
    const QString next = u"next piece"_s;
    splitter.feed(next, &content, &reasoning);
    QCOMPARE(content.constData(), next.constData()); // shared, not copied
    QVERIFY(!splitter.isInsideThink());
}

QTEST_APPLESS_MAIN(TestThinkTagSplitter)
#include "tst_thinktagsplitter.moc"
