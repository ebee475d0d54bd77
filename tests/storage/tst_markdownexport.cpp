// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownexport.h"
#include "storagetestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using StorageTest::draft;

class TestMarkdownExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersTheShownBranch()
    {
        Conversation c;
        c.title = u"Sorting"_s;
        c.model = u"gpt-x"_s;
        c.provider = u"openai"_s;
        c.systemPrompt = u"Answer with code."_s;
        c.createdAt = QDateTime::currentDateTimeUtc();
        Message user = draft(1, 0, u"user"_s, u"Sort a list in Python"_s);
        Message answer = draft(1, 1, u"assistant"_s, u"Use ```sorted()```:\n\n```python\nsorted(xs)\n```"_s);
        answer.reasoning = u"Simple question."_s;
        answer.toolCalls = QJsonArray{QJsonObject{{u"name"_s, u"run"_s}, {u"arguments"_s, u"```"_s}}};
        Message tool = draft(1, 2, u"tool"_s, u"output with ```` four ticks"_s);
        tool.toolCallId = u"call_1"_s;
        Message failed = draft(1, 3, u"assistant"_s, u"Partial"_s, MessageStatus::Failed);
        failed.error = u"timeout"_s;

        const QString md = MarkdownExport::renderConversation(c, {user, answer, tool, failed});
        QVERIFY(md.startsWith(u"# Sorting\n\n"_s));
        QVERIFY(md.contains(u"Model: gpt-x"_s));
        QVERIFY(md.contains(u"Provider: openai"_s));
        QVERIFY(md.contains(u"## System prompt\n\nAnswer with code.\n"_s));
        QVERIFY(md.contains(u"## User\n\nSort a list in Python\n"_s));
        QVERIFY(md.contains(u"## Assistant\n\n<details><summary>Reasoning</summary>\n\nSimple question.\n\n</details>"_s));
        QVERIFY(md.contains(u"```python\nsorted(xs)\n```"_s));
        // Fences are longer than any run of backticks inside, so nothing can close them early.
        QVERIFY(md.contains(u"Tool calls:\n\n````json\n"_s));
        QVERIFY(md.contains(u"## Tool result (call_1)\n\n`````\noutput with ```` four ticks\n`````\n"_s));
        QVERIFY(md.contains(u"*(failed: timeout)*"_s));
        QVERIFY(md.indexOf(u"## User"_s) < md.indexOf(u"## Assistant"_s));
    }

    void exportsActiveBranchesOfAllConversations()
    {
        QTemporaryDir dir;
        auto storage = StorageTest::open(dir.path());
        Conversation first;
        first.title = u"First"_s;
        const qint64 a = storage->createConversation(first)->id;
        const qint64 q = storage->addMessage(draft(a, 0, u"user"_s, u"question"_s))->id;
        const qint64 old = storage->addMessage(draft(a, q, u"assistant"_s, u"old answer"_s))->id;
        storage->addMessage(draft(a, q, u"assistant"_s, u"new answer"_s));
        const qint64 b = storage->createConversation()->id;
        storage->addMessage(draft(b, 0, u"user"_s, u"hello"_s, MessageStatus::Interrupted));

        auto one = storage->exportMarkdown({a});
        QVERIFY(one);
        QVERIFY(one->contains(u"new answer"_s));
        QVERIFY(!one->contains(u"old answer"_s));
        storage->setActiveLeaf(a, old);
        QVERIFY(storage->exportMarkdown({a})->contains(u"old answer"_s));

        auto all = storage->exportMarkdown();
        QVERIFY(all->contains(u"# First"_s));
        QVERIFY(all->contains(u"# Untitled conversation"_s));
        QVERIFY(all->contains(u"\n---\n"_s));
        QVERIFY(all->contains(u"*(interrupted)*"_s));

        const QString path = dir.filePath(u"out.md"_s);
        QVERIFY(storage->exportMarkdownFile(path, {b}));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains(u"hello"_s));
        QCOMPARE(storage->exportMarkdown({424242}).error().code, StorageError::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestMarkdownExport)
#include "tst_markdownexport.moc"
