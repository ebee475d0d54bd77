// SPDX-License-Identifier: GPL-3.0-or-later
#include "codehighlighter.h"
#include "messagecontentmodel.h"
#include "samplemarkdown.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QVariantList rowValues(const MessageContentModel &model, int row)
{
    QVariantList values;
    for (int role : model.roleNames().keys()) {
        values.append(model.data(model.index(row), role));
    }
    return values;
}

/** Records which rows each signal touched, and checks them against the finished rows before it. */
class ChangeLog : public QObject
{
public:
    explicit ChangeLog(MessageContentModel *model)
        : m_model(model)
    {
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &from, const QModelIndex &to, const QList<int> &roles) {
                    check(from.row(), u"dataChanged"_s);
                    QCOMPARE_LE(to.row() - from.row(), 0); // one row at a time
                    QVERIFY(!roles.isEmpty());
                    QVERIFY(!roles.contains(BlockTypeRoleGuard));
                    ++dataChanges;
                    rolesChanged += roles.size();
                });
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &, int first, int) {
            check(first, u"rowsRemoved"_s);
            ++removals;
        });
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this](const QModelIndex &, int first, int) {
            QCOMPARE(first, m_model->rowCount()); // only at the end
            ++insertions;
        });
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { ++resets; });
    }

    /** Before each append: the rows that are finished now must never be touched again. */
    void mark()
    {
        m_frozen = 0;
        while (m_frozen < m_model->rowCount() &&
               m_model->data(m_model->index(m_frozen), MessageContentModel::FinishedRole).toBool()) {
            ++m_frozen;
        }
    }

    static constexpr int BlockTypeRoleGuard = MessageContentModel::BlockTypeRole;
    int dataChanges = 0;
    int rolesChanged = 0;
    int insertions = 0;
    int removals = 0;
    int resets = 0;
    int violations = 0;

private:
    void check(int row, const QString &what)
    {
        if (row < m_frozen) {
            ++violations;
            qWarning() << what << "touched finished row" << row << "of" << m_frozen;
        }
    }

    MessageContentModel *m_model;
    int m_frozen = 0;
};

} // namespace

class TestMessageContentModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roles()
    {
        MessageContentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setText(u"# Title\n\nSome $x_1$ text.\n\n```python\nprint(1)\n```\n\n$$\na^2\n$$\n\n> quoted $y$\n\n---"_s);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.rowCount(model.index(0)), 0);
        const auto at = [&model](int row, int role) {
            return model.data(model.index(row), role);
        };
        QCOMPARE(at(0, MessageContentModel::BlockTypeRole).toInt(), int(MessageContentModel::Heading));
        QCOMPARE(at(0, MessageContentModel::LevelRole).toInt(), 1);
        QCOMPARE(at(0, MessageContentModel::ContentRole).toString(), u"# Title"_s);
        QCOMPARE(at(1, MessageContentModel::ContentRole).toString(), u"Some `x_1` text."_s);
        QCOMPARE(at(1, MessageContentModel::SourceRole).toString(), u"Some $x_1$ text."_s);
        QCOMPARE(at(2, MessageContentModel::BlockTypeRole).toInt(), int(MessageContentModel::Code));
        QCOMPARE(at(2, MessageContentModel::ContentRole).toString(), u"print(1)"_s);
        QCOMPARE(at(2, MessageContentModel::LanguageRole).toString(), u"python"_s);
        QCOMPARE(at(2, MessageContentModel::FinishedRole).toBool(), true);
        QCOMPARE(at(3, MessageContentModel::BlockTypeRole).toInt(), int(MessageContentModel::Math));
        QCOMPARE(at(3, MessageContentModel::ContentRole).toString(), u"a^2"_s);
        QCOMPARE(at(4, MessageContentModel::ContentRole).toString(), u"quoted `y`"_s);
        QCOMPARE(at(5, MessageContentModel::BlockTypeRole).toInt(), int(MessageContentModel::ThematicBreak));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Index .* is not valid"_s));
        QVERIFY(!at(6, MessageContentModel::ContentRole).isValid());

        const QHash<int, QByteArray> names = model.roleNames();
        QCOMPARE(names.value(MessageContentModel::BlockTypeRole), "blockType");
        QCOMPARE(names.value(MessageContentModel::HighlightedRole), "highlighted");
        QCOMPARE(names.size(), 7);
    }

    void highlighting()
    {
        MessageContentModel model;
        model.setText(u"```cpp\nint main() { return 0; } // done\n```\n\n```\nplain\n```"_s);
        const QString html = model.data(model.index(0), MessageContentModel::HighlightedRole).toString();
        if (!CodeHighlighter::isAvailable()) {
            QVERIFY(!MessageContentModel::highlightingAvailable());
            QVERIFY(html.isEmpty());
            QCOMPARE(model.highlightCount(), 0);
            return;
        }
        QVERIFY(MessageContentModel::highlightingAvailable());
        QCOMPARE(CodeHighlighter::definitionName(u"cpp"_s), u"C++"_s);
        QCOMPARE(CodeHighlighter::definitionName(u"py"_s), u"Python"_s);
        QVERIFY(CodeHighlighter::definitionName(u"no-such-language"_s).isEmpty());
        QVERIFY2(html.contains(u"<span style=\"color:#"_s), qPrintable(html));
        QVERIFY(html.contains(u"main"_s));
        QVERIFY(html.contains(u"// done"_s));
        // No language: no highlighting, stays plain.
        QVERIFY(model.data(model.index(1), MessageContentModel::HighlightedRole).toString().isEmpty());

        // Once per block: asking again does not highlight again.
        QCOMPARE(model.highlightCount(), 2);
        model.data(model.index(0), MessageContentModel::HighlightedRole);
        model.data(model.index(1), MessageContentModel::HighlightedRole);
        QCOMPARE(model.highlightCount(), 2);

        // The dark theme has other colours, and only the highlighted role changes.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setDarkTheme(true);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int>{MessageContentModel::HighlightedRole});
        const QString dark = model.data(model.index(0), MessageContentModel::HighlightedRole).toString();
        QVERIFY(!dark.isEmpty());
        QVERIFY(dark != html);
        QCOMPARE(model.highlightCount(), 3);
    }

    void streamingCodeIsHighlightedWhenItCloses()
    {
        MessageContentModel model;
        model.setStreaming(true);
        model.append(u"```python\nx = 1\n"_s);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.data(model.index(0), MessageContentModel::FinishedRole).toBool());
        QVERIFY(model.data(model.index(0), MessageContentModel::HighlightedRole).toString().isEmpty());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.append(u"```\n"_s);
        QCOMPARE(changed.size(), 1);
        QList<int> roles = changed.at(0).at(2).value<QList<int>>();
        QVERIFY(roles.contains(MessageContentModel::FinishedRole));
        QCOMPARE(roles.contains(MessageContentModel::HighlightedRole), CodeHighlighter::isAvailable());
        QVERIFY(!roles.contains(MessageContentModel::ContentRole));
        QCOMPARE(model.data(model.index(0), MessageContentModel::HighlightedRole).toString().isEmpty(),
                 !CodeHighlighter::isAvailable());
    }

    void appendSignals()
    {
        MessageContentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStreaming(true);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        model.append(u"Hello"_s);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 0);
        model.append(u" world"_s);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        // The content and its source changed; nothing else.
        QCOMPARE(changed.at(0).at(2).value<QList<int>>(),
                 (QList<int>{MessageContentModel::SourceRole, MessageContentModel::ContentRole}));

        model.append(u".\n\nNext"_s);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.size(), 2);
        QVERIFY(model.data(model.index(0), MessageContentModel::FinishedRole).toBool());
        QVERIFY(!model.data(model.index(1), MessageContentModel::FinishedRole).toBool());

        // Setting a longer text that starts with the current one is an append, not a reset.
        model.setText(model.text() + u" paragraph"_s);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.data(model.index(1), MessageContentModel::ContentRole).toString(), u"Next paragraph"_s);

        // Another text is parsed again.
        model.setText(u"Other"_s);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 1);

        model.setStreaming(false);
        QVERIFY(model.data(model.index(0), MessageContentModel::FinishedRole).toBool());
    }

    void typeChangeReplacesTheLastRow()
    {
        MessageContentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStreaming(true);
        model.append(u"intro\n| a | b |\n"_s);
        QCOMPARE(model.rowCount(), 1);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.append(u"|---|---|\n"_s);
        // The paragraph keeps its row (now without the header line); the table is a new row.
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.data(model.index(0), MessageContentModel::ContentRole).toString(), u"intro"_s);
        QCOMPARE(model.data(model.index(1), MessageContentModel::BlockTypeRole).toInt(), int(MessageContentModel::Table));

        model.setText(QString());
        model.append(u"Title\n"_s);
        QCOMPARE(model.data(model.index(0), MessageContentModel::BlockTypeRole).toInt(), int(MessageContentModel::Paragraph));
        removed.clear();
        model.append(u"===\n"_s);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.data(model.index(0), MessageContentModel::BlockTypeRole).toInt(), int(MessageContentModel::Heading));
    }

    // 20,000 tokens into the model: rows that are finished are never changed or removed, new
    // rows only appear at the end, and the result is the same as parsing the whole text.
    void streamingTouchesOnlyTheTail()
    {
        const QString text = SampleMarkdown::reply(20000);
        MessageContentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStreaming(true);
        ChangeLog log(&model);
        qsizetype pieces = 0;
        for (QStringView piece : SampleMarkdown::pieces(text)) {
            log.mark();
            model.append(piece.toString());
            ++pieces;
        }
        log.mark();
        model.setStreaming(false);
        QCOMPARE(log.violations, 0);
        QCOMPARE(log.resets, 0);
        QVERIFY(log.dataChanges <= pieces + model.rowCount());
        QCOMPARE(model.text(), text);

        MessageContentModel whole;
        whole.setText(text);
        QCOMPARE(model.rowCount(), whole.rowCount());
        for (int row = 0; row < whole.rowCount(); ++row) {
            QCOMPARE(rowValues(model, row), rowValues(whole, row));
        }
        QCOMPARE(model.splitter().linesParsed(), whole.splitter().linesParsed());
    }

    void copy()
    {
        MessageContentModel model;
        const QString text = u"Run:\n\n```sh\nls -l\n```\n\n$$\nx\n$$"_s;
        model.setText(text);
        QVERIFY(model.copyBlock(1));
        QCOMPARE(QGuiApplication::clipboard()->text(), u"ls -l"_s);
        QVERIFY(model.copyBlock(0));
        QCOMPARE(QGuiApplication::clipboard()->text(), u"Run:"_s);
        QVERIFY(model.copyBlock(2));
        QCOMPARE(QGuiApplication::clipboard()->text(), u"x"_s);
        QVERIFY(model.copyMarkdown());
        QCOMPARE(QGuiApplication::clipboard()->text(), text);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"copyBlock: no block"_s));
        QVERIFY(!model.copyBlock(3));
    }
};

QTEST_MAIN(TestMessageContentModel)
#include "tst_messagecontentmodel.moc"
