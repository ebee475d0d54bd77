// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"
#include "storagetestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using StorageTest::draft;

class TestSearchIndex : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString folder(const QString &name = {}) const
    {
        return m_dir.path() + u"/"_s + QString::fromLatin1(QTest::currentTestFunction()) + name;
    }

    static void fill(Storage &storage)
    {
        Conversation physics;
        physics.title = u"Physics"_s;
        const qint64 p = storage.createConversation(physics)->id;
        qint64 parent = storage.addMessage(draft(p, 0, u"user"_s, u"Explain quantum entanglement simply."_s))->id;
        parent = storage
                     .addMessage(draft(p, parent, u"assistant"_s,
                                       u"Quantum entanglement: measure one quantum particle, know its quantum partner."_s))
                     ->id;
        Conversation cooking;
        cooking.title = u"Cooking <b>"_s;
        const qint64 c = storage.createConversation(cooking)->id;
        storage.addMessage(draft(c, 0, u"user"_s, u"A recipe for crème brûlée with <vanilla> & a quantum of sugar"_s));
        storage.addMessage(draft(c, 0, u"user"_s, u"50% off_sale items 你好世界"_s));
    }

    static QList<qint64> messageIds(const QList<SearchHit> &hits)
    {
        QList<qint64> ids;
        for (const SearchHit &hit : hits) {
            ids << hit.messageId;
        }
        return ids;
    }

private Q_SLOTS:
    void queryQuoting()
    {
        QCOMPARE(SearchIndex::ftsQuery(u"hello world"_s), u"\"hello\" \"world\"*"_s);
        QCOMPARE(SearchIndex::ftsQuery(u"  say \"hi!  "_s), u"\"say\" \"\"\"hi!\"*"_s);
        QCOMPARE(SearchIndex::ftsQuery(u"   "_s), QString());
        // Prefixes of up to three characters match too many words: they are whole words.
        QCOMPARE(SearchIndex::ftsQuery(u"abc"_s), u"\"abc\""_s);
        QCOMPARE(SearchIndex::ftsQuery(u"news abc"_s), u"\"news\" \"abc\""_s);
    }

    void rankedWithSnippet()
    {
        auto storage = StorageTest::open(folder());
        QVERIFY(storage->hasFullTextSearch());
        fill(*storage);
        auto hits = storage->search(u"quantum"_s);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 3);
        // Three occurrences in the answer rank above one in the question and one in the recipe.
        const SearchHit &best = hits->first();
        QCOMPARE(best.role, u"assistant"_s);
        QCOMPARE(best.conversationTitle, u"Physics"_s);
        QVERIFY(best.score > hits->last().score);
        for (qsizetype i = 1; i < hits->size(); ++i) {
            QVERIFY(hits->at(i - 1).score >= hits->at(i).score);
        }
        QVERIFY(best.createdAt.isValid());
        QVERIFY(!best.highlights.isEmpty());
        for (const SearchHit::Range &range : best.highlights) {
            QCOMPARE(best.snippet.mid(range.start, range.length).toLower(), u"quantum"_s);
        }
        QVERIFY(!best.snippet.contains(QChar(0xE000)));

        // Every word must occur; the last one may be a prefix; diacritics are folded.
        QCOMPARE(storage->search(u"quantum suga"_s)->size(), 1);
        QCOMPARE(storage->search(u"quantum sug"_s)->size(), 0);
        QCOMPARE(storage->search(u"creme brulee"_s)->size(), 1);
        QCOMPARE(storage->search(u"entangle"_s)->size(), 2);
        QCOMPARE(storage->search(u"entangle quantum zebra"_s)->size(), 0);
        QCOMPARE(storage->search(QString())->size(), 0);

        auto recipe = storage->search(u"vanilla"_s);
        QCOMPARE(recipe->size(), 1);
        QVERIFY(recipe->first().snippetHtml().contains(u"&lt;<b>vanilla</b>&gt;"_s));

        // Paging.
        auto page = storage->search(u"quantum"_s, 2, 1);
        QCOMPARE(page->size(), 2);
        QCOMPARE(page->first().messageId, hits->at(1).messageId);
    }

    void veryCommonWordsListTheNewestFirst()
    {
        auto storage = StorageTest::open(folder());
        const qint64 c = storage->createConversation()->id;
        const qint64 oldest = storage->addMessage(draft(c, 0, u"user"_s, u"zebra one"_s))->id;
        const qint64 best = storage->addMessage(draft(c, 0, u"user"_s, u"zebra zebra zebra two"_s))->id;
        const qint64 newest = storage->addMessage(draft(c, 0, u"user"_s, u"zebra three"_s))->id;
        QCOMPARE(storage->search(u"zebra"_s)->first().messageId, best); // ranked
        SearchIndex index(QSqlDatabase::database(storage->connectionName()), true, 3);
        auto hits = index.search(u"zebra"_s, 10, 0);
        QVERIFY(hits);
        QCOMPARE(messageIds(*hits), (QList<qint64>{newest, best, oldest}));
        QCOMPARE(hits->first().score, 0.0);
        QVERIFY(!hits->first().highlights.isEmpty());
        QCOMPARE(messageIds(*index.search(u"zebra"_s, 1, 1)), QList<qint64>{best});
        QCOMPARE(messageIds(*index.search(u"zebra"_s, 2, 2)), QList<qint64>{oldest});
        QCOMPARE(index.search(u"zebra"_s, 2, 3)->size(), 0);
        SearchIndex wider(QSqlDatabase::database(storage->connectionName()), true, 4);
        QCOMPARE(wider.search(u"zebra"_s, 10, 0)->first().messageId, best);
        QCOMPARE(wider.search(u"zebra"_s, 10, 3)->size(), 0);
        QCOMPARE(wider.search(u"zebra"_s, 1, 2)->size(), 1);
    }

    void operatorsAndQuotesAreLiteral()
    {
        auto storage = StorageTest::open(folder());
        fill(*storage);
        for (const QString &text : {u"NOT"_s, u"AND OR"_s, u"content:quantum"_s, u"\"unbalanced"_s, u"(*)"_s, u"NEAR(a b)"_s,
                                    u"' OR 1=1 --"_s, u"^quantum"_s}) {
            auto hits = storage->search(text);
            QVERIFY2(hits, qPrintable(text + u": "_s + hits.error().toString()));
        }
    }

    void contentChangesAndDeletesAreIndexed()
    {
        auto storage = StorageTest::open(folder());
        const qint64 c = storage->createConversation()->id;
        const qint64 m = storage->addMessage(draft(c, 0, u"assistant"_s, QString(), MessageStatus::Pending))->id;
        storage->appendMessageContent(m, u"zeppelin over the harbour");
        MessageUpdate done;
        done.status = MessageStatus::Completed;
        QVERIFY(storage->updateMessage(m, done));
        QCOMPARE(messageIds(*storage->search(u"zeppelin"_s)), QList<qint64>{m});
        MessageUpdate edit;
        edit.content = u"airship over the harbour"_s;
        QVERIFY(storage->updateMessage(m, edit));
        QCOMPARE(storage->search(u"zeppelin"_s)->size(), 0);
        QCOMPARE(messageIds(*storage->search(u"airship"_s)), QList<qint64>{m});
        QVERIFY(storage->deleteConversation(c));
        QCOMPARE(storage->search(u"airship"_s)->size(), 0);
    }

    void likeFallbackWithoutFullText()
    {
        StorageOptions options;
        options.fullTextSearch = false;
        auto storage = StorageTest::open(folder(), options);
        QVERIFY(!storage->hasFullTextSearch());
        QVERIFY(!storage->openReport().fullTextSearch);
        fill(*storage);
        auto hits = storage->search(u"quantum"_s);
        QCOMPARE(hits->size(), 3);
        for (const SearchHit &hit : *hits) {
            QVERIFY(!hit.highlights.isEmpty());
            const SearchHit::Range first = hit.highlights.first();
            QCOMPARE(hit.snippet.mid(first.start, first.length).toLower(), u"quantum"_s);
        }
        // Newest first without ranking.
        QVERIFY(hits->first().messageId > hits->last().messageId);
        // LIKE wildcards in the text are literal.
        QCOMPARE(storage->search(u"50%"_s)->size(), 1);
        QCOMPARE(storage->search(u"off_sale"_s)->size(), 1);
        QCOMPARE(storage->search(u"off%sale"_s)->size(), 0);
        QCOMPARE(storage->search(u"o_f"_s)->size(), 0);
    }

    void indexIsRebuiltWhenFullTextComesBack()
    {
        StorageOptions without;
        without.fullTextSearch = false;
        auto storage = StorageTest::open(folder(), without);
        fill(*storage);
        storage.reset();
        storage = StorageTest::open(folder());
        QVERIFY(storage->hasFullTextSearch());
        QVERIFY(storage->openReport().searchIndexRebuilt);
        QCOMPARE(storage->search(u"entanglement"_s)->size(), 2);
        storage.reset();
        storage = StorageTest::open(folder());
        QVERIFY(!storage->openReport().searchIndexRebuilt);
    }

    void chineseTextIsFoundBySubstring()
    {
        auto storage = StorageTest::open(folder());
        fill(*storage);
        auto hits = storage->search(u"世界"_s);
        QCOMPARE(hits->size(), 1);
        const SearchHit::Range range = hits->first().highlights.value(0);
        QCOMPARE(hits->first().snippet.mid(range.start, range.length), u"世界"_s);
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
