// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownsplitter.h"
#include "samplemarkdown.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString typeName(const MarkdownBlock &block)
{
    switch (block.type) {
    case MarkdownBlock::Type::Paragraph:
        return u"p"_s;
    case MarkdownBlock::Type::Heading:
        return u"h%1"_s.arg(block.level);
    case MarkdownBlock::Type::List:
        return u"list"_s;
    case MarkdownBlock::Type::Quote:
        return u"quote"_s;
    case MarkdownBlock::Type::Table:
        return u"table"_s;
    case MarkdownBlock::Type::Code:
        return block.language.isEmpty() ? u"code"_s : u"code/"_s + block.language;
    case MarkdownBlock::Type::Math:
        return u"math"_s;
    case MarkdownBlock::Type::ThematicBreak:
        return u"hr"_s;
    }
    return u"?"_s;
}

/** "type:content" per block, which is what the table below spells out. */
QStringList describe(const QList<MarkdownBlock> &blocks)
{
    QStringList result;
    for (const MarkdownBlock &block : blocks) {
        result.append(typeName(block) + u':' + block.content);
    }
    return result;
}

QList<MarkdownBlock> whole(const QString &text)
{
    MarkdownSplitter splitter;
    splitter.setText(text);
    return splitter.blocks();
}

QList<MarkdownBlock> piecewise(QStringView text, qsizetype size)
{
    MarkdownSplitter splitter;
    for (qsizetype i = 0; i < text.size(); i += size) {
        splitter.append(text.mid(i, size));
        splitter.tail(); // as a view would: the replay must not disturb the state
    }
    splitter.finish();
    return splitter.blocks();
}

} // namespace

class TestMarkdownSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blocks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("blank lines only") << u"\n\n  \n"_s << QStringList();
        QTest::newRow("paragraphs") << u"a\nb\n\nc"_s << QStringList{u"p:a\nb"_s, u"p:c"_s};
        QTest::newRow("crlf") << u"a\r\nb\r\n\r\nc\r\n"_s << QStringList{u"p:a\nb"_s, u"p:c"_s};
        QTest::newRow("atx heading") << u"# Title\ntext"_s << QStringList{u"h1:Title"_s, u"p:text"_s};
        QTest::newRow("atx closing hashes") << u"## Title ##"_s << QStringList{u"h2:Title"_s};
        QTest::newRow("hash without space") << u"#hashtag"_s << QStringList{u"p:#hashtag"_s};
        QTest::newRow("setext h1") << u"Title\n===\n\nx"_s << QStringList{u"h1:Title"_s, u"p:x"_s};
        QTest::newRow("setext h2") << u"Title\n---"_s << QStringList{u"h2:Title"_s};
        QTest::newRow("thematic breaks") << u"a\n\n---\n\n* * *\n___"_s << QStringList{u"p:a"_s, u"hr:"_s, u"hr:"_s, u"hr:"_s};
        QTest::newRow("break interrupts paragraph") << u"a\n***\nb"_s << QStringList{u"p:a"_s, u"hr:"_s, u"p:b"_s};
        QTest::newRow("spaced dashes are a break, not a list") << u"- - -"_s << QStringList{u"hr:"_s};
        QTest::newRow("fence with blank lines") << u"```python\ndef f():\n\n    return 1\n```\nafter"_s
                                                << QStringList{u"code/python:def f():\n\n    return 1"_s, u"p:after"_s};
        QTest::newRow("longer fence holds a shorter one")
            << u"````md\n```py\nx\n```\n````\nend"_s << QStringList{u"code/md:```py\nx\n```"_s, u"p:end"_s};
        QTest::newRow("tilde fence holds backticks") << u"~~~\n```\n~~~"_s << QStringList{u"code:```"_s};
        QTest::newRow("closing fence must be as long")
            << u"````\n```\nstill code\n````"_s << QStringList{u"code:```\nstill code"_s};
        QTest::newRow("indented fence strips its indent")
            << u"  ```\n  a\n    b\n c\n  ```"_s << QStringList{u"code:a\n  b\nc"_s};
        QTest::newRow("info string") << u"```{.rust title=\"x\"}\nfn main() {}\n```"_s
                                     << QStringList{u"code/rust:fn main() {}"_s};
        QTest::newRow("unclosed fence runs to the end")
            << u"```js\nlet a\n\n# not a heading"_s << QStringList{u"code/js:let a\n\n# not a heading"_s};
        QTest::newRow("empty fence") << u"```\n```"_s << QStringList{u"code:"_s};
        QTest::newRow("fence interrupts paragraph") << u"Here:\n```\nx\n```"_s << QStringList{u"p:Here:"_s, u"code:x"_s};
        QTest::newRow("list with blank lines")
            << u"- a\n\n- b\n\n  continued\n\nafter"_s << QStringList{u"list:- a\n\n- b\n\n  continued"_s, u"p:after"_s};
        QTest::newRow("ordered list holding a fence with a blank line")
            << u"1. step\n   ```sh\n   ls\n\n   pwd\n   ```\n2. next\n\ntext"_s
            << QStringList{u"list:1. step\n   ```sh\n   ls\n\n   pwd\n   ```\n2. next"_s, u"p:text"_s};
        QTest::newRow("fence on the item line")
            << u"- ```\n  # code\n\n  ```\n- b"_s << QStringList{u"list:- ```\n  # code\n\n  ```\n- b"_s};
        QTest::newRow("under-indented line ends item and fence")
            << u"- a\n  ```\n  x\ny"_s << QStringList{u"list:- a\n  ```\n  x"_s, u"p:y"_s};
        QTest::newRow("nested list") << u"- a\n  - b\n    - c\n- d"_s << QStringList{u"list:- a\n  - b\n    - c\n- d"_s};
        QTest::newRow("lazy continuation") << u"- a\nlazy\n\nx"_s << QStringList{u"list:- a\nlazy"_s, u"p:x"_s};
        QTest::newRow("no laziness after a blank line") << u"- a\n\nb"_s << QStringList{u"list:- a"_s, u"p:b"_s};
        QTest::newRow("heading ends list") << u"- a\n# H"_s << QStringList{u"list:- a"_s, u"h1:H"_s};
        QTest::newRow("ordered list not at 1 cannot interrupt a paragraph")
            << u"The year\n1986. was good"_s << QStringList{u"p:The year\n1986. was good"_s};
        QTest::newRow("list at 1 interrupts a paragraph")
            << u"Steps:\n1. one\n2. two"_s << QStringList{u"p:Steps:"_s, u"list:1. one\n2. two"_s};
        QTest::newRow("empty item cannot interrupt a paragraph") << u"a\n-\nb"_s << QStringList{u"h2:a"_s, u"p:b"_s};
        QTest::newRow("quote with lazy line") << u"> a\n> b\nlazy\n\np"_s << QStringList{u"quote:a\nb\nlazy"_s, u"p:p"_s};
        QTest::newRow("quote holding a fence")
            << u"> ```\n> x\n>\n> ```\nnot lazy"_s << QStringList{u"quote:```\nx\n\n```"_s, u"p:not lazy"_s};
        QTest::newRow("quote ends at blank line") << u"> a\n\n> b"_s << QStringList{u"quote:a"_s, u"quote:b"_s};
        QTest::newRow("table") << u"| a | b |\n|---|:-:|\n| 1 | 2 |\n\nx"_s
                               << QStringList{u"table:| a | b |\n|---|:-:|\n| 1 | 2 |"_s, u"p:x"_s};
        QTest::newRow("table after paragraph lines")
            << u"intro\nmore\n| a | b |\n| - | - |\n| 1 | 2 |"_s
            << QStringList{u"p:intro\nmore"_s, u"table:| a | b |\n| - | - |\n| 1 | 2 |"_s};
        QTest::newRow("table without outer pipes") << u"a | b\n--|--\n1 | 2"_s << QStringList{u"table:a | b\n--|--\n1 | 2"_s};
        QTest::newRow("delimiter row with other cell count") << u"| a | b |\n| - |"_s << QStringList{u"p:| a | b |\n| - |"_s};
        QTest::newRow("table ends at a block start")
            << u"| a |\n| - |\n| 1 |\n# H"_s << QStringList{u"table:| a |\n| - |\n| 1 |"_s, u"h1:H"_s};
        QTest::newRow("display math $$") << u"$$\nE = mc^2\n$$"_s << QStringList{u"math:E = mc^2"_s};
        QTest::newRow("display math one line") << u"$$x^2$$"_s << QStringList{u"math:x^2"_s};
        QTest::newRow("display math brackets") << u"\\[\na + b\n\\]"_s << QStringList{u"math:a + b"_s};
        QTest::newRow("display math interrupts paragraph")
            << u"text\n$$\nx\n$$\nmore"_s << QStringList{u"p:text"_s, u"math:x"_s, u"p:more"_s};
        QTest::newRow("unclosed math ends at blank line") << u"$$\nx\n\ny"_s << QStringList{u"math:x"_s, u"p:y"_s};
        QTest::newRow("inline $$ with text is a paragraph") << u"$$x$$ is y"_s << QStringList{u"p:$$x$$ is y"_s};
        QTest::newRow("indented code") << u"    code\n\n    more\n\ntext"_s << QStringList{u"code:code\n\nmore"_s, u"p:text"_s};
        QTest::newRow("indented line continues a paragraph") << u"a\n    b"_s << QStringList{u"p:a\n    b"_s};
    }

    void blocks()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const QList<MarkdownBlock> blocks = whole(text);
        QCOMPARE(describe(blocks), expected);
        for (const MarkdownBlock &block : blocks) {
            QVERIFY(block.closed);
        }
    }

    void piecewiseEqualsWhole_data()
    {
        blocks_data();
    }

    void piecewiseEqualsWhole()
    {
        QFETCH(QString, text);
        const QList<MarkdownBlock> expected = whole(text);
        for (qsizetype size : {1, 2, 3, 5, 8}) {
            QCOMPARE(describe(piecewise(text, size)), describe(expected));
            QCOMPARE(piecewise(text, size), expected); // sources, languages, levels too
        }
    }

    void sampleReplyPiecewiseEqualsWhole()
    {
        const QString text = SampleMarkdown::reply(3000);
        const QList<MarkdownBlock> expected = whole(text);
        QVERIFY(expected.size() > 50);
        MarkdownSplitter splitter;
        for (QStringView piece : SampleMarkdown::pieces(text)) {
            splitter.append(piece);
        }
        splitter.finish();
        QCOMPARE(splitter.blocks(), expected);
    }

    void tailShowsTheOpenBlock()
    {
        MarkdownSplitter splitter;
        splitter.append(u"Intro line\n\n```python\nprint(1)\nprint"_s);
        QCOMPARE(describe(splitter.finishedBlocks()), QStringList{u"p:Intro line"_s});
        QCOMPARE(describe(splitter.tail()), QStringList{u"code/python:print(1)\nprint"_s});
        QVERIFY(!splitter.tail().constFirst().closed);

        // A possible closing fence is held back until its line ends.
        splitter.append(u"(2)\n``"_s);
        QCOMPARE(describe(splitter.tail()), QStringList{u"code/python:print(1)\nprint(2)"_s});
        splitter.append(u"`\nAfter"_s);
        QCOMPARE(describe(splitter.finishedBlocks()).size(), 2);
        QCOMPARE(describe(splitter.tail()), QStringList{u"p:After"_s});
    }

    void tailReplaysTheLastLine()
    {
        MarkdownSplitter splitter;
        splitter.append(u"Some text\n# Head"_s);
        // The heading's line is not complete: it shows, but nothing is finished yet.
        QCOMPARE(describe(splitter.finishedBlocks()), QStringList());
        QCOMPARE(describe(splitter.tail()), (QStringList{u"p:Some text"_s, u"h1:Head"_s}));
        for (const MarkdownBlock &block : splitter.tail()) {
            QVERIFY(!block.closed);
        }
        // Markers alone are held back: `---` could still become a break or a setext underline.
        splitter.append(u"ing\npara\n--"_s);
        QCOMPARE(describe(splitter.tail()), QStringList{u"p:para"_s});
        splitter.append(u"-\n"_s);
        QCOMPARE(describe(splitter.finishedBlocks()), (QStringList{u"p:Some text"_s, u"h1:Heading"_s, u"h2:para"_s}));
        QVERIFY(splitter.tail().isEmpty());
    }

    void appendAfterFinishIsRefused()
    {
        MarkdownSplitter splitter;
        QVERIFY(splitter.append(u"a"_s));
        splitter.finish();
        QVERIFY(!splitter.append(u"b"_s));
        QCOMPARE(describe(splitter.blocks()), QStringList{u"p:a"_s});
        splitter.clear();
        QVERIFY(splitter.append(u"b"_s));
    }

    // Streaming 20,000 tokens: every line is classified once, finished blocks never change, and
    // the work per piece is bounded by the piece and the open block, not by the message.
    void streamingDoesNotReparseFinishedBlocks()
    {
        const QString text = SampleMarkdown::reply(20000);
        const QList<QStringView> pieces = SampleMarkdown::pieces(text);
        QVERIFY(pieces.size() > 20000);
        const QList<MarkdownBlock> expected = whole(text);

        qsizetype longestBlock = 0;
        for (const MarkdownBlock &block : expected) {
            longestBlock = std::max(longestBlock, block.source.size());
        }
        QVERIFY(text.size() > 100 * longestBlock);

        MarkdownSplitter splitter;
        QList<MarkdownBlock> seen; // each finished block as it was when first reported
        qint64 worst = 0;
        for (QStringView piece : pieces) {
            const qint64 before = splitter.charsScanned();
            splitter.append(piece);
            splitter.tail();
            worst = std::max(worst, splitter.charsScanned() - before);
            const QList<MarkdownBlock> &finished = splitter.finishedBlocks();
            QVERIFY(finished.size() >= seen.size());
            for (qsizetype i = seen.size(); i < finished.size(); ++i) {
                seen.append(finished.at(i));
            }
        }
        splitter.finish();
        QCOMPARE(splitter.linesParsed(), text.count(u'\n') + (text.endsWith(u'\n') ? 0 : 1));
        QCOMPARE(splitter.blocks(), expected);
        QCOMPARE(seen, expected.mid(0, seen.size()));
        // A piece costs at most itself, the open block (source and content) and its last line.
        QVERIFY2(worst <= 3 * longestBlock + 8, qPrintable(u"worst piece scanned %1 characters"_s.arg(worst)));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownSplitter)
#include "tst_markdownsplitter.moc"
