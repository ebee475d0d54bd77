// SPDX-License-Identifier: GPL-3.0-or-later
#include "readfiletool.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QJsonObject at(const QString &path, int offset = 0)
{
    return offset > 0 ? QJsonObject{{u"path"_s, path}, {u"offset"_s, offset}} : QJsonObject{{u"path"_s, path}};
}
} // namespace

class TestReadFileTool : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    QString m_allowed;

    void write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_allowed = m_root.filePath(u"allowed"_s);
        QVERIFY(QDir().mkpath(m_allowed + u"/sub"_s));
        QVERIFY(QDir().mkpath(m_root.filePath(u"secret"_s)));
        write(m_allowed + u"/notes.txt"_s, "hello notes");
        write(m_allowed + u"/big.txt"_s, QByteArray(1000, 'x'));
        write(m_allowed + u"/binary.dat"_s, QByteArray("ab\0cd", 5));
        write(m_root.filePath(u"secret/key.txt"_s), "top secret");
        QVERIFY(QFile::link(m_root.filePath(u"secret"_s), m_allowed + u"/escape"_s));
    }

    void readsAllowedFile()
    {
        const ReadFileTool tool({m_allowed});
        const ToolOutput out = tool.run(at(m_allowed + u"/notes.txt"_s));
        QVERIFY(out.ok);
        QCOMPARE(out.text, u"hello notes"_s);
    }

    void refusesOutside_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("sibling folder") << m_root.filePath(u"secret/key.txt"_s);
        QTest::newRow("dot-dot") << m_allowed + u"/../secret/key.txt"_s;
        QTest::newRow("symlink out") << m_allowed + u"/escape/key.txt"_s;
        QTest::newRow("system file") << u"/etc/hostname"_s;
    }

    void refusesOutside()
    {
        QFETCH(QString, path);
        const ReadFileTool tool({m_allowed});
        const ToolOutput out = tool.run(at(path));
        QVERIFY2(!out.ok, qPrintable(out.text));
        QVERIFY(!out.text.contains(u"top secret"_s));
    }

    void noFoldersMeansNothing()
    {
        const ReadFileTool tool({});
        QVERIFY(!tool.run(at(m_allowed + u"/notes.txt"_s)).ok);
    }

    void errors()
    {
        const ReadFileTool tool({m_allowed}, 100);
        QVERIFY(!tool.run(QJsonObject{}).ok);
        QVERIFY(!tool.run(at(m_allowed + u"/missing.txt"_s)).ok);
        const ToolOutput binary = tool.run(at(m_allowed + u"/binary.dat"_s));
        QVERIFY(!binary.ok);
        QVERIFY(binary.text.contains(u"binary"_s));
    }

    void partialReadsAndFolders()
    {
        const ReadFileTool tool({m_allowed}, 100);
        const ToolOutput first = tool.run(at(m_allowed + u"/big.txt"_s));
        QVERIFY(first.ok);
        QVERIFY(first.text.startsWith(QString(100, u'x')));
        QVERIFY(first.text.contains(u"900 more bytes"_s));
        QVERIFY(first.text.contains(u"offset 100"_s));
        const ToolOutput last = tool.run(at(m_allowed + u"/big.txt"_s, 950));
        QCOMPARE(last.text, QString(50, u'x'));

        const ToolOutput listing = tool.run(at(m_allowed));
        QVERIFY(listing.ok);
        QVERIFY(listing.text.contains(u"notes.txt"_s));
        QVERIFY(listing.text.contains(u"sub"_s));
    }
};

QTEST_GUILESS_MAIN(TestReadFileTool)
#include "tst_readfiletool.moc"
