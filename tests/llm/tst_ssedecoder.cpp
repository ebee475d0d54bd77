// SPDX-License-Identifier: GPL-3.0-or-later
#include "ssedecoder.h"
#include "ssereference.h"
#include "utf8.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using Chunks = QList<QByteArray>;

SseEvent ev(const QString &data, const QString &id = {}, const QString &type = u"message"_s, qint64 retry = -1)
{
    return SseEvent{type, data, id, retry};
}

struct Run
{
    QList<SseEvent> events;
    SseDecoder::Error error = SseDecoder::Error::None;
    qint64 retry = -1;
    qint64 scanned = 0;
};

Run decode(const Chunks &chunks, qsizetype maxLine = SseDecoder::DefaultMaxLineLength)
{
    SseDecoder decoder(maxLine);
    Run run;
    decoder.setEventHandler([&run](const SseEvent &event) { run.events.append(event); });
    for (const QByteArray &chunk : chunks) {
        if (!decoder.feed(chunk)) {
            break;
        }
    }
    decoder.finish();
    run.error = decoder.error();
    run.retry = decoder.reconnectionTime();
    run.scanned = decoder.bytesScanned();
    return run;
}

Chunks split(const QByteArray &whole, qsizetype step)
{
    Chunks chunks;
    for (qsizetype at = 0; at < whole.size(); at += step) {
        chunks.append(whole.mid(at, step));
    }
    return chunks;
}

Chunks splitRandomly(const QByteArray &whole, quint32 seed)
{
    QRandomGenerator random(seed);
    Chunks chunks;
    for (qsizetype at = 0; at < whole.size();) {
        const qsizetype size = random.bounded(0, 9); // empty reads too
        chunks.append(whole.mid(at, size));
        at += size;
    }
    return chunks;
}

QString describe(const QList<SseEvent> &events)
{
    QStringList parts;
    for (const SseEvent &event : events) {
        QString data = event.data;
        data.replace(u'\n', u"\\n"_s).replace(QChar(u'\0'), u"\\0"_s);
        parts.append(u"[%1|%2|%3|%4]"_s.arg(event.type, data, event.id).arg(event.retry));
    }
    return parts.join(u' ');
}

const QByteArray Bom = QByteArrayLiteral("\xEF\xBB\xBF");

/** A literal with its embedded NULs. */
template<qsizetype N>
QByteArray bytes(const char (&literal)[N])
{
    return QByteArray(literal, N - 1);
}
} // namespace

class TestSseDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void whatwgCases_data();
    void whatwgCases();
    void longLineIsLinear();
    void crOnlyStreamScansLinearly();
    void eventTypeAndHandlers();
    void rawHandlerGivesBytes();
    void takeEventsWithoutHandler();
    void lineTooLongIsTypedError();
    void eventTooLargeIsTypedError();
    void longCommentIsNotAnError();
    void finishDiscardsAndRestarts();
    void randomStreamsMatchReference();
    void utf8MaximalSubparts_data();
    void utf8MaximalSubparts();
};

void TestSseDecoder::whatwgCases_data()
{
    QTest::addColumn<Chunks>("chunks");
    QTest::addColumn<QList<SseEvent>>("expected");
    QTest::addColumn<qint64>("retry");

    const QByteArray x2k(2048, 'x');
    QTest::newRow("01 data") << Chunks{"data: a\n\n"} << QList<SseEvent>{ev(u"a"_s)} << qint64(-1);
    QTest::newRow("02 lone CR") << Chunks{"data:a\r\rdata:b\r\r"} << QList<SseEvent>{ev(u"a"_s), ev(u"b"_s)} << qint64(-1);
    QTest::newRow("03 CR at chunk end") << Chunks{"data: A\r\n", "data: B\r", "\n", "data: C\r\n", "\n"}
                                        << QList<SseEvent>{ev(u"A\nB\nC"_s)} << qint64(-1);
    QTest::newRow("04 CR CR LF") << Chunks{"data: one\r", "\r", "\n"} << QList<SseEvent>{ev(u"one"_s)} << qint64(-1);
    QTest::newRow("05 newline fest") << Chunks{"data:test\r\ndata\ndata:test\r\n\r\n"} << QList<SseEvent>{ev(u"test\n\ntest"_s)}
                                     << qint64(-1);
    QTest::newRow("06 field data") << Chunks{"data:\n\ndata\ndata\n\ndata:test\n\n"}
                                   << QList<SseEvent>{ev(u""_s), ev(u"\n"_s), ev(u"test"_s)} << qint64(-1);
    QTest::newRow("07 one space only") << Chunks{"data:\ttest\rdata: \ndata:test\n\n"} << QList<SseEvent>{ev(u"\ttest\n\ntest"_s)}
                                       << qint64(-1);
    QTest::newRow("08 two spaces") << Chunks{"data:  x\n\n"} << QList<SseEvent>{ev(u" x"_s)} << qint64(-1);
    QTest::newRow("09 case-sensitive") << Chunks{"Data: x\n\n"} << QList<SseEvent>{} << qint64(-1);
    QTest::newRow("10 field parsing")
        << Chunks{bytes("data:\0\ndata:  2\rData:1\ndata\0:2\ndata:1\r\0data:4\nda-ta:3\rdata_5\ndata:3\rdata:\r\n "
                        "data:32\ndata:4\n\n")}
        << QList<SseEvent>{ev(QString(QChar(u'\0')) + u"\n 2\n1\n3\n\n4"_s)} << qint64(-1);
    QTest::newRow("11 unknown fields")
        << Chunks{"data:test\n data\ndata\nfoobar:xxx\njustsometext\n:thisisacommentyay\ndata:test\n\n"}
        << QList<SseEvent>{ev(u"test\n\ntest"_s)} << qint64(-1);
    QTest::newRow("12 comment fest") << Chunks{bytes("data:1\r:\0\n:\r\ndata:2\n:") + x2k + "\rdata:3\n:data:fail\r:" + x2k +
                                               "\ndata:4\n\n"}
                                     << QList<SseEvent>{ev(u"1\n2\n3\n4"_s)} << qint64(-1);
    QTest::newRow("13 comment only") << Chunks{": OPENROUTER PROCESSING\n\n"} << QList<SseEvent>{} << qint64(-1);
    QTest::newRow("14 event without data") << Chunks{"event: add\n\n"} << QList<SseEvent>{} << qint64(-1);
    QTest::newRow("15 empty event type") << Chunks{"event: \ndata: d\n\n"} << QList<SseEvent>{ev(u"d"_s)} << qint64(-1);
    QTest::newRow("16 BOM") << Chunks{Bom + "data: a\n\n"} << QList<SseEvent>{ev(u"a"_s)} << qint64(-1);
    QTest::newRow("17 two BOMs") << Chunks{Bom + Bom + "data:1\n\ndata:2\n\n"} << QList<SseEvent>{ev(u"2"_s)} << qint64(-1);
    QTest::newRow("18 split BOM") << Chunks{"", "\xEF\xBB",
                                            "\xBF"
                                            "data: a\n\n"}
                                  << QList<SseEvent>{ev(u"a"_s)} << qint64(-1);
    QTest::newRow("19 id persists") << Chunks{"id: 1\ndata: a\n\ndata: b\n\n"}
                                    << QList<SseEvent>{ev(u"a"_s, u"1"_s), ev(u"b"_s, u"1"_s)} << qint64(-1);
    QTest::newRow("20 id with NUL") << Chunks{bytes("id: 123\nid: bad\0id\ndata: hello\n\n")}
                                    << QList<SseEvent>{ev(u"hello"_s, u"123"_s)} << qint64(-1);
    QTest::newRow("21 retry") << Chunks{"retry: 3000\nretry: 1000x\ndata:x\n\n"}
                              << QList<SseEvent>{ev(u"x"_s, {}, u"message"_s, 3000)} << qint64(3000);
    QTest::newRow("22a no blank line") << Chunks{"data: a"} << QList<SseEvent>{} << qint64(-1);
    QTest::newRow("22b no blank line") << Chunks{"data: a\n"} << QList<SseEvent>{} << qint64(-1);
    QTest::newRow("23 NUL is data") << Chunks{bytes("data:\0\n\n")} << QList<SseEvent>{ev(QString(QChar(u'\0')))} << qint64(-1);
    QTest::newRow("24 split character") << Chunks{"data: \xE4\xBD", "\xA0\n\n"} << QList<SseEvent>{ev(u"你"_s)} << qint64(-1);
    QTest::newRow("25 invalid byte") << Chunks{"data: \xFF\n\n"} << QList<SseEvent>{ev(QString(QChar::ReplacementCharacter))}
                                     << qint64(-1);
    QTest::newRow("26 always UTF-8") << Chunks{"data: ok\xE2\x80\xA6\n\n"} << QList<SseEvent>{ev(u"ok…"_s)} << qint64(-1);
    // 27 (an 8 MiB line) is longLineIsLinear().
    QTest::newRow("28 [DONE] at EOF") << Chunks{"data: [DONE]"} << QList<SseEvent>{} << qint64(-1);

    // More boundaries.
    QTest::newRow("BOM later is data") << Chunks{"data: " + Bom + "x\n\n"} << QList<SseEvent>{ev(u"\uFEFFx"_s)} << qint64(-1);
    QTest::newRow("BOM prefix only") << Chunks{"\xEF\xBB", "data: a\n\n"} << QList<SseEvent>{} << qint64(-1);
    QTest::newRow("CR CR across chunks") << Chunks{"data: a\r", "\rdata: b\r", "\n\r\n"}
                                         << QList<SseEvent>{ev(u"a"_s), ev(u"b"_s)} << qint64(-1);
    QTest::newRow("empty id clears") << Chunks{"id: 7\ndata: a\n\nid\ndata: b\n\n"}
                                     << QList<SseEvent>{ev(u"a"_s, u"7"_s), ev(u"b"_s)} << qint64(-1);
    QTest::newRow("id without data") << Chunks{"id: 5\n\ndata: b\n\n"} << QList<SseEvent>{ev(u"b"_s, u"5"_s)} << qint64(-1);
    QTest::newRow("event type resets") << Chunks{"event: a\ndata: 1\n\ndata: 2\n\n"}
                                       << QList<SseEvent>{ev(u"1"_s, {}, u"a"_s), ev(u"2"_s)} << qint64(-1);
    QTest::newRow("empty retry ignored") << Chunks{"retry\nretry:\ndata: x\n\n"} << QList<SseEvent>{ev(u"x"_s)} << qint64(-1);
    QTest::newRow("4-byte character split 3 ways")
        << Chunks{"data: \xF0", "\x9F\x99", "\x82\n\n"} << QList<SseEvent>{ev(u"🙂"_s)} << qint64(-1);
}

void TestSseDecoder::whatwgCases()
{
    QFETCH(Chunks, chunks);
    QFETCH(QList<SseEvent>, expected);
    QFETCH(qint64, retry);
    const QByteArray whole = chunks.join();

    const Run asGiven = decode(chunks);
    QVERIFY2(asGiven.events == expected, qPrintable(describe(asGiven.events) + u" != "_s + describe(expected)));
    QCOMPARE(asGiven.retry, retry);
    QCOMPARE(asGiven.error, SseDecoder::Error::None);

    const Run asWhole = decode({whole});
    QVERIFY2(asWhole.events == expected, qPrintable(u"whole: "_s + describe(asWhole.events)));
    const Run byteByByte = decode(split(whole, 1));
    QVERIFY2(byteByByte.events == expected, qPrintable(u"bytes: "_s + describe(byteByByte.events)));
    QCOMPARE(byteByByte.retry, retry);
    for (quint32 seed = 1; seed <= 20; ++seed) {
        const Run random = decode(splitRandomly(whole, seed));
        QVERIFY2(random.events == expected, qPrintable(u"seed %1: "_s.arg(seed) + describe(random.events)));
    }

    const SseReference::Outcome reference = SseReference::parse(whole);
    QVERIFY2(reference.events == expected, qPrintable(u"reference: "_s + describe(reference.events)));
    QCOMPARE(reference.retry, retry);
}

void TestSseDecoder::longLineIsLinear()
{
    // WHATWG case 27: one 8 MiB data line in 1460-byte reads.
    const qsizetype size = 8 * 1024 * 1024;
    const QByteArray whole = "data: " + QByteArray(size, 'y') + "\n\n";
    const Run run = decode(split(whole, 1460));
    QCOMPARE(run.events.size(), 1);
    QCOMPARE(run.events.first().data.size(), size);
    QVERIFY2(run.scanned <= 2 * whole.size(), qPrintable(QString::number(run.scanned)));
}

void TestSseDecoder::crOnlyStreamScansLinearly()
{
    QByteArray whole;
    for (int i = 0; i < 2000; ++i) {
        whole += "data:" + QByteArray::number(i) + "\r\r";
    }
    for (const qsizetype step : {qsizetype(1), qsizetype(7), qsizetype(4096), whole.size()}) {
        const Run run = decode(split(whole, step));
        QCOMPARE(run.events.size(), 2000);
        QCOMPARE(run.events.last().data, u"1999"_s);
        QVERIFY2(run.scanned <= 2 * whole.size(), qPrintable(u"step %1 scanned %2"_s.arg(step).arg(run.scanned)));
    }
}

void TestSseDecoder::eventTypeAndHandlers()
{
    SseDecoder decoder;
    QList<SseEvent> events;
    QList<QPair<QByteArray, QByteArray>> fields;
    QList<QByteArray> comments;
    decoder.setEventHandler([&](const SseEvent &event) { events.append(event); });
    decoder.setUnknownFieldHandler([&](QByteArrayView name, QByteArrayView value) {
        fields.append({name.toByteArray(), value.toByteArray()});
    });
    decoder.setCommentHandler([&](QByteArrayView comment) { comments.append(comment.toByteArray()); });
    QVERIFY(decoder.feed("event: error\ndata: {\"code\":400}\n\n: keep-alive\nerror: {\"message\":\"too long\"}\n\n"));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().type, u"error"_s);
    QCOMPARE(events.first().data, u"{\"code\":400}"_s);
    QCOMPARE(fields.size(), 1);
    QCOMPARE(fields.first().first, QByteArray("error"));
    QCOMPARE(fields.first().second, QByteArray("{\"message\":\"too long\"}"));
    QCOMPARE(comments, QList<QByteArray>{" keep-alive"});
}

void TestSseDecoder::rawHandlerGivesBytes()
{
    SseDecoder decoder;
    QList<QByteArray> data;
    QList<QByteArray> types;
    decoder.setRawEventHandler([&](QByteArrayView type, QByteArrayView bytes) {
        types.append(type.toByteArray());
        data.append(bytes.toByteArray());
    });
    for (const char c : QByteArray("data: \xE4\xBD\xA0\ndata: \xFF\n\nevent: x\ndata: 2\r\n\r\n")) {
        QVERIFY(decoder.feed(QByteArrayView(&c, 1)));
    }
    QCOMPARE(data, (QList<QByteArray>{"\xE4\xBD\xA0\n\xFF", "2"}));
    QCOMPARE(types, (QList<QByteArray>{"", "x"}));
}

void TestSseDecoder::takeEventsWithoutHandler()
{
    SseDecoder decoder;
    QVERIFY(decoder.feed("data: 1\n\ndata: 2\n\ndata: 3"));
    QCOMPARE(decoder.takeEvents(), (QList<SseEvent>{ev(u"1"_s), ev(u"2"_s)}));
    QVERIFY(decoder.takeEvents().isEmpty());
    QCOMPARE(decoder.pendingLine(), QByteArray("data: 3"));
    QVERIFY(decoder.feed("\n"));
    QCOMPARE(decoder.pendingData(), QByteArray("3\n"));
}

void TestSseDecoder::lineTooLongIsTypedError()
{
    const QByteArray whole = "data: ok\n\ndata: " + QByteArray(200, 'z') + "\n\ndata: never\n\n";
    for (const qsizetype step : {qsizetype(1), qsizetype(3), qsizetype(64), whole.size()}) {
        const Run run = decode(split(whole, step), 100);
        QCOMPARE(run.error, SseDecoder::Error::LineTooLong);
        QCOMPARE(run.events, QList<SseEvent>{ev(u"ok"_s)});
    }
    SseDecoder decoder(100);
    QVERIFY(!decoder.feed(whole));
    QVERIFY(decoder.errorLine().startsWith("data: zzz"));
    QVERIFY(decoder.errorLine().size() <= 256);
    QVERIFY(decoder.errorString().contains(u"100"_s));
    QVERIFY(!decoder.feed("data: more\n\n")); // stays failed
    QVERIFY(decoder.bufferedBytes() == 0);
}

void TestSseDecoder::eventTooLargeIsTypedError()
{
    QByteArray whole;
    for (int i = 0; i < 20; ++i) {
        whole += "data: 0123456789\n";
    }
    whole += "\n";
    const Run run = decode(split(whole, 5), 100);
    QCOMPARE(run.error, SseDecoder::Error::EventTooLarge);
    QVERIFY(run.events.isEmpty());
}

void TestSseDecoder::longCommentIsNotAnError()
{
    const QByteArray whole = ":" + QByteArray(5000, 'c') + "\ndata: after\n\n";
    for (const qsizetype step : {qsizetype(1), qsizetype(100), whole.size()}) {
        SseDecoder decoder(100);
        QList<QByteArray> comments;
        decoder.setCommentHandler([&](QByteArrayView comment) { comments.append(comment.toByteArray()); });
        for (const QByteArray &chunk : split(whole, step)) {
            QVERIFY(decoder.feed(chunk));
        }
        QVERIFY(decoder.bufferedBytes() <= 1100);
        QCOMPARE(decoder.takeEvents(), QList<SseEvent>{ev(u"after"_s)});
        QCOMPARE(comments.size(), 1);
        QCOMPARE(comments.first(), QByteArray(1024, 'c'));
    }
}

void TestSseDecoder::finishDiscardsAndRestarts()
{
    SseDecoder decoder;
    QVERIFY(decoder.feed("id: 9\nretry: 10\ndata: lost\n"));
    decoder.finish();
    QVERIFY(decoder.takeEvents().isEmpty());
    QVERIFY(decoder.feed(QByteArray(Bom + "data: next\n\n"))); // a new stream may start with a BOM again
    QCOMPARE(decoder.takeEvents(), QList<SseEvent>{ev(u"next"_s, u"9"_s, u"message"_s, 10)});
    decoder.reset();
    QCOMPARE(decoder.reconnectionTime(), -1);
    QCOMPARE(decoder.lastEventId(), QString());
}

void TestSseDecoder::randomStreamsMatchReference()
{
    // Streams from an alphabet dense in the interesting bytes, against the spec-literal parser.
    static const QByteArray pieces[] = {"data", "data:",        "event:",   "id:",  "retry:", ":",
                                        " ",    "\r",           "\n",       "\r\n", "\n\n",   "x",
                                        "12",   "\xEF\xBB\xBF", "\xE4\xBD", "\xA0", "\xFF",   QByteArray(1, '\0')};
    QRandomGenerator random(20240601);
    for (int round = 0; round < 3000; ++round) {
        QByteArray whole;
        const int count = random.bounded(1, 40);
        for (int i = 0; i < count; ++i) {
            whole += pieces[random.bounded(int(std::size(pieces)))];
        }
        const SseReference::Outcome reference = SseReference::parse(whole);
        const Run whole1 = decode({whole});
        const Run splitRun = decode(splitRandomly(whole, quint32(round)));
        QVERIFY2(whole1.events == reference.events,
                 qPrintable(QString::fromLatin1(whole.toPercentEncoding()) + u": "_s + describe(whole1.events) + u" vs "_s +
                            describe(reference.events)));
        QVERIFY2(splitRun.events == reference.events, qPrintable(QString::fromLatin1(whole.toPercentEncoding())));
        QCOMPARE(splitRun.retry, reference.retry);
    }
}

void TestSseDecoder::utf8MaximalSubparts_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const QString r(QChar::ReplacementCharacter);
    QTest::newRow("valid") << QByteArray("a\xC3\xA9\xE4\xBD\xA0\xF0\x9F\x99\x82") << u"aé你🙂"_s;
    QTest::newRow("BOM kept") << QByteArray("\xEF\xBB\xBFx") << u"\uFEFFx"_s;
    QTest::newRow("truncated 3-byte") << QByteArray("\xE4\xBD") << r;
    QTest::newRow("truncated 4-byte then ASCII") << QByteArray("\xF0\x9F\x98z") << r + u"z"_s;
    QTest::newRow("lone continuation") << QByteArray("\x80\x80") << r + r;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << r + r + r;
    QTest::newRow("overlong") << QByteArray("\xC0\xAF") << r + r;
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << r + r + r + r;
    QTest::newRow("literal U+FFFD") << QByteArray("\xEF\xBF\xBD") << r;
    QTest::newRow("noncharacter") << QByteArray("\xEF\xBF\xBE") << u"\uFFFE"_s;
}

void TestSseDecoder::utf8MaximalSubparts()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(Utf8::decodeExact(bytes), expected);
    QCOMPARE(Utf8::decode(bytes), expected);
}

QTEST_APPLESS_MAIN(TestSseDecoder)
#include "tst_ssedecoder.moc"
