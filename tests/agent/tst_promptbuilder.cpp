// SPDX-License-Identifier: GPL-3.0-or-later
#include "intentnode.h"
#include "promptbuilder.h"
#include "toolinvocation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Role = ChatMessage::Role;

class TestPromptBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsNewestTurnsInOrder()
    {
        QList<ChatMessage> history;
        for (int i = 0; i < 10; ++i) {
            history << ChatMessage::user(u"q%1 "_s.arg(i) + QString(90, u'.'))
                    << ChatMessage::assistant(u"a%1 "_s.arg(i) + QString(90, u'.'));
        }
        const QList<ChatMessage> kept = PromptBuilder::trimmedHistory(history, u"new"_s, 450);
        QCOMPARE(kept.size(), 4);
        QVERIFY(kept.first().content.startsWith(u"q8"_s));
        QVERIFY(kept.last().content.startsWith(u"a9"_s));
    }

    void dropsRepeatedQuestionAndSystemTurns()
    {
        const QList<ChatMessage> history{ChatMessage::system(u"old system"_s), ChatMessage::user(u"hi"_s),
                                         ChatMessage::assistant(u"hello"_s), ChatMessage::user(u" And now? "_s)};
        const QList<ChatMessage> kept = PromptBuilder::trimmedHistory(history, u"And now?"_s, 10000);
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.at(0).role, Role::User);
        QCOMPARE(kept.at(1).content, u"hello"_s);
    }

    void neverStartsWithAnOrphanedToolResult()
    {
        const QList<ChatMessage> history{ChatMessage::assistant(u"calling"_s, {{u"c1"_s, u"t"_s, u"{}"_s}}),
                                         ChatMessage::toolResult(u"c1"_s, u"result"_s), ChatMessage::assistant(u"done"_s)};
        const QList<ChatMessage> kept = PromptBuilder::trimmedHistory(history, u"q"_s, 10000);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().content, u"done"_s);
    }

    void queryTypes_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<QString>("type");
        QTest::newRow("exact") << u"simple_chat"_s << u"simple_chat"_s;
        QTest::newRow("padded, upper case") << u"  QA_ANALYSIS\n"_s << u"qa_analysis"_s;
        QTest::newRow("in a sentence") << u"This is document_edit."_s << u"document_edit"_s;
        QTest::newRow("nonsense falls back") << u"INSUFFICIENT"_s << u"qa_analysis"_s;
        QTest::newRow("empty falls back") << QString() << u"qa_analysis"_s;
    }

    void queryTypes()
    {
        QFETCH(QString, reply);
        QFETCH(QString, type);
        QCOMPARE(IntentNode::parseQueryType(reply), type);
    }

    void capsToolOutput()
    {
        QCOMPARE(ToolInvocation::capped(u"short"_s, 10), u"short"_s);
        const QString capped = ToolInvocation::capped(QString(100, u'a'), 10);
        QVERIFY(capped.startsWith(QString(10, u'a') + u'\n'));
        QVERIFY(capped.contains(u"90 more characters"_s));
        // Never cut a surrogate pair in half.
        const QString emoji = u"aaaa🙂"_s;
        QVERIFY(!ToolInvocation::capped(emoji, 5).at(4).isHighSurrogate());
    }
};

QTEST_GUILESS_MAIN(TestPromptBuilder)
#include "tst_promptbuilder.moc"
