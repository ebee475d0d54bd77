// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagestatus.h"
#include "storageerror.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestMessageStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesArePinned()
    {
        // Stored in databases and sent on the wire: these pairs must never change.
        const QList<std::pair<MessageStatus, QString>> pinned = {
            {MessageStatus::Pending, u"pending"_s},     {MessageStatus::Streaming, u"streaming"_s},
            {MessageStatus::Completed, u"completed"_s}, {MessageStatus::Failed, u"failed"_s},
            {MessageStatus::Cancelled, u"cancelled"_s}, {MessageStatus::Interrupted, u"interrupted"_s},
        };
        for (const auto &[status, name] : pinned) {
            QCOMPARE(messageStatusName(status), name);
            QCOMPARE(messageStatusFromName(name), status);
        }
        QCOMPARE(int(MessageStatus::Interrupted), 5);
        QVERIFY(!messageStatusFromName(u"Completed").has_value());
        QVERIFY(!messageStatusFromName(u"done").has_value());
        QVERIFY(!messageStatusFromName(u"").has_value());
    }

    void finalStatuses()
    {
        QVERIFY(!isFinalStatus(MessageStatus::Pending));
        QVERIFY(!isFinalStatus(MessageStatus::Streaming));
        QVERIFY(isFinalStatus(MessageStatus::Completed));
        QVERIFY(isFinalStatus(MessageStatus::Failed));
        QVERIFY(isFinalStatus(MessageStatus::Cancelled));
        QVERIFY(isFinalStatus(MessageStatus::Interrupted));
    }

    void errorCodeNames()
    {
        QCOMPARE(StorageError::codeName(StorageError::Code::DiskFull), u"disk_full"_s);
        QCOMPARE(StorageError::codeName(StorageError::Code::ReadOnly), u"read_only"_s);
        const StorageError error(StorageError::Code::Corrupt, u"detail"_s, u"/x"_s);
        QVERIFY(error.isError());
        QVERIFY(!error.message.isEmpty());
        QVERIFY(error.toString().contains(u"corrupt"_s));
        QVERIFY(error.toString().contains(u"/x"_s));
        QVERIFY(!StorageError().isError());
    }
};

QTEST_GUILESS_MAIN(TestMessageStatus)
#include "tst_messagestatus.moc"
