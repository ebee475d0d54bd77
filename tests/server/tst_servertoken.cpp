// SPDX-License-Identifier: GPL-3.0-or-later
#include "servertoken.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

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

    void givenFileIsUsed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"token.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("my-own-token-of-some-length\n");
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        ServerToken token(path);
        QVERIFY(token.load());
        QCOMPARE(token.token(), u"my-own-token-of-some-length"_s);
    }

    void untrustedFilesAreRefused()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(u"real-token"_s);
        {
            QFile file(real);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("0123456789abcdef0123456789abcdef\n");
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        }
        const QString link = dir.filePath(u"link-token"_s);
        QVERIFY(QFile::link(real, link));
        ServerToken linked(link);
        QString error;
        QVERIFY(!linked.load(&error));
        QVERIFY2(error.contains(u"symbolic link"_s), qPrintable(error));
        QVERIFY(!linked.rotate(&error)); // nor written through the link
        QVERIFY(linked.token().isEmpty());

        // Readable by others: it may be known, and the user is told how to fix it.
        QFile::setPermissions(real, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        ServerToken open(real);
        QVERIFY(!open.load(&error));
        QVERIFY2(error.contains(u"chmod 600"_s), qPrintable(error));
        QVERIFY(open.token().isEmpty());
        QVERIFY2(open.rotate(&error), qPrintable(error));
        QCOMPARE(QFile::permissions(real) & groupOrOther(), QFile::Permissions());
        QVERIFY(open.token() != u"0123456789abcdef0123456789abcdef"_s);
#ifdef Q_OS_UNIX
        if (::geteuid() != 0) {
            qInfo("not root: another user's token file is not tried");
        } else {
            QVERIFY(::chown(QFile::encodeName(real).constData(), 65534, 65534) == 0);
            ServerToken foreign(real);
            QVERIFY(!foreign.load(&error));
            QVERIFY2(error.contains(u"another user"_s), qPrintable(error));
        }
#endif
    }

    void badFilesAreRefusedWithAReason()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"token.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("short\n");
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
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
