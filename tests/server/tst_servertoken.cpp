// SPDX-License-Identifier: GPL-3.0-or-later
#include "servertoken.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestServerToken : public QObject
{
    Q_OBJECT

    static QFile::Permissions groupOrOther()
    {
        return QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    }

private Q_SLOTS:
    void createdOnceOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = ServerToken::defaultFilePath(dir.path());
        ServerToken token(path);
        QString error;
        QVERIFY2(token.load(&error), qPrintable(error));
        QCOMPARE(QFile(path).permissions() & groupOrOther(), QFile::Permissions());
        const QString first = token.token();
        QCOMPARE(first.size(), 43);

        ServerToken again(path);
        QVERIFY(again.load());
        QCOMPARE(again.token(), first); // stable across starts
    }

    void rotationReplacesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/token"_s);
        ServerToken token(path);
        QVERIFY(token.load());
        const QString first = token.token();
        QVERIFY(token.rotate());
        QVERIFY(token.token() != first);
        QVERIFY(!token.matches(first.toLatin1()));
        ServerToken reread(path);
        QVERIFY(reread.load());
        QCOMPARE(reread.token(), token.token());
        QCOMPARE(QFile(path).permissions() & groupOrOther(), QFile::Permissions());
    }

    void givenFileIsUsedAndTightened()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"token.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("my-own-token-of-some-length\n");
        file.close();
        file.setPermissions(file.permissions() | QFile::ReadOther);
        ServerToken token(path);
        QVERIFY(token.load());
        QCOMPARE(token.token(), u"my-own-token-of-some-length"_s);
        QCOMPARE(QFile(path).permissions() & groupOrOther(), QFile::Permissions());
    }

    void badFilesAreRefusedWithAReason()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"token.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("short\n");
        file.close();
        ServerToken token(path);
        QString error;
        QVERIFY(!token.load(&error));
        QVERIFY2(error.contains(path) && error.contains(u"16"_s), qPrintable(error));
        QVERIFY(token.token().isEmpty());
        QVERIFY(!token.matches(""));
    }
};

QTEST_GUILESS_MAIN(TestServerToken)
#include "tst_servertoken.moc"
