// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolebinding.h"

#include <QStandardItemModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int TextRole = Qt::UserRole;
constexpr int OtherRole = Qt::UserRole + 1;

/** An object with a `text` property, like a TextEdit or a QML alias. */
class Target : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString text MEMBER text NOTIFY textChanged)

public:
    QString text;

Q_SIGNALS:
    void textChanged();
};
} // namespace

class TestRoleBinding : public QObject
{
    Q_OBJECT

    static std::unique_ptr<QStandardItemModel> model()
    {
        auto model = std::make_unique<QStandardItemModel>();
        model->setItemRoleNames({{TextRole, "content"}, {OtherRole, "other"}});
        for (int row = 0; row < 3; ++row) {
            auto *item = new QStandardItem;
            item->setData(u"row %1"_s.arg(row), TextRole);
            item->setData(row, OtherRole);
            model->appendRow(item);
        }
        return model;
    }

private Q_SLOTS:
    void writesTheRowsRole()
    {
        auto source = model();
        Target target;
        RoleBinding binding;
        binding.classBegin();
        binding.setModel(source.get());
        binding.setRow(1);
        binding.setRole(u"content"_s);
        binding.setTarget(&target);
        QCOMPARE(binding.writes(), 0); // nothing before the component is complete
        binding.componentComplete();
        QCOMPARE(target.text, u"row 1"_s);
        const int writes = binding.writes();

        // Its own row and role: written; another row or another role: not.
        source->item(1)->setData(u"changed"_s, TextRole);
        QCOMPARE(target.text, u"changed"_s);
        QCOMPARE(binding.writes(), writes + 1);
        source->item(0)->setData(u"elsewhere"_s, TextRole);
        source->item(1)->setData(42, OtherRole);
        QCOMPARE(binding.writes(), writes + 1);
        QCOMPARE(target.text, u"changed"_s);

        // Another row (the delegate's index moved).
        binding.setRow(2);
        QCOMPARE(target.text, u"row 2"_s);
        binding.setRow(7);
        QCOMPARE(target.text, u"row 2"_s);
    }

    void cutsToTheTail()
    {
        auto source = model();
        Target target;
        RoleBinding binding;
        binding.setModel(source.get());
        binding.setRole(u"content"_s);
        binding.setTarget(&target);
        binding.setRow(0);
        source->item(0)->setData(QString(QString(100, u'x') + u"END"_s), TextRole);
        binding.setTail(10);
        QCOMPARE(target.text, u"…xxxxxxxEND"_s);
        binding.setTail(0);
        QCOMPARE(target.text.size(), 103);
    }

    void unknownRoleOrNoTargetWritesNothing()
    {
        auto source = model();
        Target target;
        RoleBinding binding;
        binding.setModel(source.get());
        binding.setRow(0);
        binding.setRole(u"missing"_s);
        binding.setTarget(&target);
        QCOMPARE(binding.writes(), 0);
        QVERIFY(target.text.isEmpty());
        binding.setTarget(nullptr);
        binding.setRole(u"content"_s);
        QCOMPARE(binding.writes(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRoleBinding)
#include "tst_rolebinding.moc"
