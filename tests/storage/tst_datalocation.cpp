// SPDX-License-Identifier: GPL-3.0-or-later
#include "datalocation.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestDataLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void precedence()
    {
        QTemporaryDir dir;
        qunsetenv("CONFAB_DATA_DIR");
        QCOMPARE(DataLocation::resolve(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        qputenv("CONFAB_DATA_DIR", QFile::encodeName(dir.filePath(u"from-env"_s)));
        QCOMPARE(DataLocation::resolve(), dir.filePath(u"from-env"_s));
        QCOMPARE(DataLocation::resolve(dir.filePath(u"option/../from-option"_s)), dir.filePath(u"from-option"_s));
        qunsetenv("CONFAB_DATA_DIR");
    }

    void ensure()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(DataLocation::ensure(dir.filePath(u"a/b/c"_s), &error));
        QVERIFY(QFileInfo(dir.filePath(u"a/b/c"_s)).isDir());
        QFile file(dir.filePath(u"file"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(!DataLocation::ensure(dir.filePath(u"file/sub"_s), &error));
        QVERIFY(error.contains(dir.filePath(u"file/sub"_s)));
    }

    void ensureMakesAPrivateFolder()
    {
        QTemporaryDir dir;
        const mode_t oldMask = ::umask(022); // the usual mask: without care, folders come out 0755
        QString error;
        const bool made = DataLocation::ensure(dir.filePath(u"parent/data"_s), &error);
        ::umask(oldMask);
        QVERIFY2(made, qPrintable(error));
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(dir.filePath(u"parent/data"_s)).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0700));
        // A folder that was already there is not changed.
        QCOMPARE(::chmod(QFile::encodeName(dir.filePath(u"parent/data"_s)).constData(), 0750), 0);
        QVERIFY(DataLocation::ensure(dir.filePath(u"parent/data"_s), &error));
        QCOMPARE(::stat(QFile::encodeName(dir.filePath(u"parent/data"_s)).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0750));
    }
};

QTEST_GUILESS_MAIN(TestDataLocation)
#include "tst_datalocation.moc"
