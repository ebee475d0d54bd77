// SPDX-License-Identifier: GPL-3.0-or-later
// The request head as the connection guard reads it before any body: what it accepts, and the
// status it answers for each kind of malformed head.
#include "requesthead.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRequestHead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wellFormed()
    {
        const RequestHead head = RequestHead::parse("\r\nPOST /v1/chat/completions/?api_key=x HTTP/1.1\r\n"
                                                    "Host: 127.0.0.1:8337\r\n"
                                                    "AUTHORIZATION:   Bearer abc  \r\n"
                                                    "Content-Length: 12\r\n"
                                                    "content-length: 12\r\n\r\n");
        QCOMPARE(head.problem(), 0);
        QCOMPARE(head.method(), "POST");
        QCOMPARE(head.path(), u"/v1/chat/completions"_s);
        QVERIFY(head.query().hasQueryItem(u"api_key"_s));
        QCOMPARE(head.field("host"), "127.0.0.1:8337");
        QCOMPARE(head.field("authorization"), "Bearer abc");
        QCOMPARE(head.field("origin"), QByteArray());
        QCOMPARE(head.contentLength(), 12);
        QCOMPARE(head.size(), 144);
    }

    void noBody()
    {
        const RequestHead head = RequestHead::parse("GET /health HTTP/1.0\r\n\r\n");
        QCOMPARE(head.problem(), 0);
        QCOMPARE(head.contentLength(), 0);
        QCOMPARE(head.path(), u"/health"_s);
    }

    void problems_data()
    {
        QTest::addColumn<QByteArray>("block");
        QTest::addColumn<int>("status");
        QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") << 411;
        QTest::newRow("any transfer coding") << QByteArray("POST / HTTP/1.1\r\ntransfer-encoding: gzip, chunked\r\n\r\n") << 411;
        QTest::newRow("two lengths") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n") << 400;
        QTest::newRow("negative length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::newRow("length with junk") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 12x\r\n\r\n") << 400;
        QTest::newRow("huge length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n") << 400;
        QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\n") << 400;
        QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << 400;
        QTest::newRow("field without colon") << QByteArray("GET / HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n") << 400;
        QTest::newRow("space in a field name") << QByteArray("GET / HTTP/1.1\r\nHo st: x\r\n\r\n") << 400;
        QTest::newRow("only blank lines") << QByteArray("\r\n\r\n") << 400;
        QTest::newRow("not ended") << QByteArray("GET / HTTP/1.1\r\n") << 400;
    }

    void problems()
    {
        QFETCH(QByteArray, block);
        QFETCH(int, status);
        const RequestHead head = RequestHead::parse(block);
        QCOMPARE(head.problem(), status);
        QVERIFY(!head.detail().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRequestHead)
#include "tst_requesthead.moc"
