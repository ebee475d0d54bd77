// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include <QLocalServer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyDependsOnTheFolder()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        QCOMPARE(SingleInstance::keyFor(a.path()), SingleInstance::keyFor(a.path() + u"/"_s));
        QCOMPARE(SingleInstance::keyFor(a.path()), SingleInstance::keyFor(a.path() + u"/./"_s));
        QVERIFY(SingleInstance::keyFor(a.path()) != SingleInstance::keyFor(b.path()));
        QVERIFY(SingleInstance::keyFor(a.path()).size() < 40); // fits a socket path anywhere
    }

    void secondInstanceActivatesTheFirst()
    {
        QTemporaryDir dir;
        const QString key = SingleInstance::keyFor(dir.path());
        // The first instance runs its event loop in another thread, as a separate process would.
        QThread thread;
        auto *first = new SingleInstance(key);
        first->moveToThread(&thread);
        connect(&thread, &QThread::finished, first, &QObject::deleteLater);
        thread.start();
        bool claimed = false;
        QMetaObject::invokeMethod(
            first, [first, &claimed] { claimed = first->claim(); }, Qt::BlockingQueuedConnection);
        QVERIFY(claimed);
        int activations = 0;
        connect(first, &SingleInstance::activationRequested, this, [&activations] { ++activations; });

        SingleInstance second(key);
        QVERIFY(!second.claim());
        QVERIFY(!second.isPrimary());
        QTRY_COMPARE(activations, 1);
        thread.quit();
        thread.wait();
    }

    void staleSocketIsTakenOver()
    {
        QTemporaryDir dir;
        const QString key = SingleInstance::keyFor(dir.path());
        {
            // A listener that never answers stands for a socket left by a crashed process.
            QLocalServer stale;
            QVERIFY(stale.listen(key));
            SingleInstance instance(key);
            QVERIFY(instance.claim(300));
            QVERIFY(instance.isPrimary());
        }
        SingleInstance again(key);
        QVERIFY(again.claim(300));
        QVERIFY(again.isPrimary());
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
