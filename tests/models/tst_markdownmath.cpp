// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownmath.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestMarkdownMath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inlineMath_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<bool>("inTable");
        QTest::addColumn<QString>("expected");

        QTest::newRow("no math") << u"plain *text*"_s << false << u"plain *text*"_s;
        QTest::newRow("dollars") << u"so $x_1 * y_2$ holds"_s << false << u"so `x_1 * y_2` holds"_s;
        QTest::newRow("parentheses") << u"where \\(a^2 + b^2\\) is"_s << false << u"where `a^2 + b^2` is"_s;
        QTest::newRow("brackets inline") << u"see \\[x\\] here"_s << false << u"see `x` here"_s;
        QTest::newRow("double dollars inline") << u"then $$E=mc^2$$ follows"_s << false << u"then `E=mc^2` follows"_s;
        QTest::newRow("prices stay text") << u"costs $5 and $10 today"_s << false << u"costs $5 and $10 today"_s;
        QTest::newRow("space after opener") << u"a $ b$ c"_s << false << u"a $ b$ c"_s;
        QTest::newRow("escaped dollar") << u"\\$x$ and \\$"_s << false << u"\\$x$ and \\$"_s;
        QTest::newRow("other escapes kept") << u"\\*not emphasis\\*"_s << false << u"\\*not emphasis\\*"_s;
        QTest::newRow("code span untouched") << u"`$x$` and $y$"_s << false << u"`$x$` and `y`"_s;
        QTest::newRow("backtick in formula") << u"$a`b$"_s << false << u"``a`b``"_s;
        QTest::newRow("formula across a line break") << u"- item $a +\n  b$ end"_s << false << u"- item `a + b` end"_s;
        QTest::newRow("no math across paragraphs") << u"$a\n\nb$"_s << false << u"$a\n\nb$"_s;
        QTest::newRow("fenced code in a list untouched")
            << u"- x\n  ```\n  $a$\n  ```\n- $b$"_s << false << u"- x\n  ```\n  $a$\n  ```\n- `b`"_s;
        QTest::newRow("pipes in a table cell") << u"| $|x|$ |"_s << true << u"| `\\|x\\|` |"_s;
        QTest::newRow("pipes outside a table") << u"$|x|$"_s << false << u"`|x|`"_s;
        QTest::newRow("unclosed paren") << u"\\(a"_s << false << u"\\(a"_s;
    }

    void inlineMath()
    {
        QFETCH(QString, markdown);
        QFETCH(bool, inTable);
        QFETCH(QString, expected);
        QCOMPARE(MarkdownMath::inlineMathToCode(markdown, inTable), expected);
    }

    // Many openers without a closer must not each scan to the end of the paragraph again.
    void manyUnclosedDollarsStayLinear()
    {
        QString text;
        for (int i = 0; i < 20000; ++i) {
            text += u"$x "_s;
        }
        QCOMPARE(MarkdownMath::inlineMathToCode(text), text);
    }
};

QTEST_GUILESS_MAIN(TestMarkdownMath)
#include "tst_markdownmath.moc"
