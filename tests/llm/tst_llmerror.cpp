// SPDX-License-Identifier: GPL-3.0-or-later
#include "llmerror.h"
#include "retrypolicy.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = LlmError::Kind;

class TestLlmError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void httpStatuses_data();
    void httpStatuses();
    void retryAfter();
    void everyKindHasAMessage();
    void retryable();
    void retryPolicy();
    void providerErrorShapes();
};

void TestLlmError::httpStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("retryable");
    QTest::newRow("400") << 400 << QByteArray(R"({"error":{"message":"m","type":"invalid_request_error"}})") << Kind::Http
                         << u"invalid_request_error"_s << false;
    QTest::newRow("401") << 401
                         << QByteArray(R"({"error":{"message":"m","type":"invalid_request_error","code":"invalid_api_key"}})")
                         << Kind::Authentication << u"invalid_api_key"_s << false;
    QTest::newRow("402") << 402 << QByteArray(R"({"error":{"code":402,"message":"no credits"}})") << Kind::PaymentRequired
                         << u"402"_s << false;
    QTest::newRow("403") << 403 << QByteArray("{}") << Kind::Authentication << QString() << false;
    QTest::newRow("404") << 404 << QByteArray(R"({"error":"model not found"})") << Kind::NotFound << QString() << false;
    QTest::newRow("408") << 408 << QByteArray(R"({"error":{"code":408,"message":"timeout"}})") << Kind::Timeout << u"408"_s
                         << true;
    QTest::newRow("413") << 413 << QByteArray() << Kind::RequestTooLarge << QString() << false;
    QTest::newRow("429 rate") << 429
                              << QByteArray(R"({"error":{"message":"slow down","type":"requests","code":"rate_limit_exceeded"}})")
                              << Kind::RateLimited << u"rate_limit_exceeded"_s << true;
    QTest::newRow("429 quota") << 429 << QByteArray(R"({"error":{"message":"quota","type":"insufficient_quota","code":null}})")
                               << Kind::QuotaExceeded << u"insufficient_quota"_s << false;
    QTest::newRow("500") << 500 << QByteArray("oops") << Kind::ServerError << QString() << true;
    QTest::newRow("502") << 502 << QByteArray(R"({"error":{"code":502,"message":"model down"}})") << Kind::ServerError << u"502"_s
                         << true;
    QTest::newRow("503") << 503 << QByteArray() << Kind::ServerError << QString() << true;
    QTest::newRow("501") << 501 << QByteArray() << Kind::ServerError << QString() << false;
    QTest::newRow("400 context") << 400 << QByteArray(R"({"error":{"message":"too long","code":"context_length_exceeded"}})")
                                 << Kind::RequestTooLarge << u"context_length_exceeded"_s << false;
    QTest::newRow("418") << 418 << QByteArray("teapot") << Kind::Http << QString() << false;
}

void TestLlmError::httpStatuses()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(QString, code);
    QFETCH(bool, retryable);
    const LlmError error = LlmError::fromHttpResponse(status, body);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.providerCode, code);
    QCOMPARE(error.isRetryable(), retryable);
    QVERIFY(!error.message().isEmpty());
}

void TestLlmError::retryAfter()
{
    QCOMPARE(LlmError::parseRetryAfter("20"), 20000);
    QCOMPARE(LlmError::parseRetryAfter(" 1.5 "), 1500);
    QCOMPARE(LlmError::parseRetryAfter(""), -1);
    QCOMPARE(LlmError::parseRetryAfter("soon"), -1);
    QCOMPARE(LlmError::parseRetryAfter("-3"), -1);
    const QDateTime inAMinute = QDateTime::currentDateTimeUtc().addSecs(60);
    const QByteArray httpDate = QLocale::c().toString(inAMinute, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
    const qint64 ms = LlmError::parseRetryAfter(httpDate);
    QVERIFY2(ms > 55000 && ms <= 60000, qPrintable(QString::number(ms)));
    QCOMPARE(LlmError::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT"), 0); // in the past

    const LlmError limited = LlmError::fromHttpResponse(429, "{}", 3000);
    QCOMPARE(limited.retryAfterMs, 3000);
    QVERIFY(limited.message().contains(u"3 seconds"_s));
}

void TestLlmError::everyKindHasAMessage()
{
    const QMetaEnum kinds = QMetaEnum::fromType<Kind>();
    for (int i = 0; i < kinds.keyCount(); ++i) {
        LlmError error(Kind(kinds.value(i)));
        error.timeout = LlmError::TimeoutKind::Idle;
        error.timeoutMs = 120000;
        QCOMPARE(error.message().isEmpty(), error.kind == Kind::None);
        QCOMPARE(error.kindName(), QString::fromLatin1(kinds.key(i)));
    }
    LlmError withWords(Kind::Provider);
    withWords.providerMessage = u"Compute error."_s;
    QVERIFY(withWords.message().contains(u"Compute error."_s));
    LlmError idle(Kind::Timeout);
    idle.timeout = LlmError::TimeoutKind::Idle;
    idle.timeoutMs = 90000;
    QVERIFY(idle.message().contains(u"90"_s));
}

void TestLlmError::retryable()
{
    LlmError timeout(Kind::Timeout);
    for (const auto &[which, expected] :
         {std::pair{LlmError::TimeoutKind::Connect, true}, std::pair{LlmError::TimeoutKind::FirstByte, true},
          std::pair{LlmError::TimeoutKind::Idle, false}, std::pair{LlmError::TimeoutKind::Total, false}}) {
        timeout.timeout = which;
        QCOMPARE(timeout.isRetryable(), expected);
    }
    QVERIFY(LlmError(Kind::Network).isRetryable());
    for (const Kind kind : {Kind::None, Kind::Cancelled, Kind::Interrupted, Kind::HostNotFound, Kind::ConnectionRefused,
                            Kind::Tls, Kind::Authentication, Kind::PaymentRequired, Kind::NotFound, Kind::QuotaExceeded,
                            Kind::RequestTooLarge, Kind::Protocol}) {
        QVERIFY2(!LlmError(kind).isRetryable(), qPrintable(LlmError(kind).kindName()));
    }
}

void TestLlmError::retryPolicy()
{
    RetryPolicy policy;
    policy.maxRetries = 3;
    policy.initialDelay = std::chrono::milliseconds(100);
    policy.multiplier = 2;
    policy.maxDelay = std::chrono::milliseconds(300);
    policy.jitter = 0.25;
    const LlmError server = LlmError::fromHttpResponse(503, {});
    QCOMPARE(policy.delayFor(1, server, 0.5).count(), 100);
    QCOMPARE(policy.delayFor(2, server, 0.5).count(), 200);
    QCOMPARE(policy.delayFor(3, server, 0.5).count(), 300); // capped
    QCOMPARE(policy.delayFor(1, server, 0.0).count(), 75);
    QCOMPARE(policy.delayFor(1, server, 0.999).count(), 124);
    QVERIFY(policy.delayFor(4, server, 0.5).count() < 0); // exhausted
    QVERIFY(policy.delayFor(1, LlmError::fromHttpResponse(401, {}), 0.5).count() < 0);
    QVERIFY(policy.delayFor(1, LlmError::fromHttpResponse(429, R"({"error":{"type":"insufficient_quota"}})", 10), 0.5).count() <
            0);
    // Retry-After wins, never shortened; too long means "report, do not wait".
    QVERIFY(policy.delayFor(1, LlmError::fromHttpResponse(429, {}, 5000), 0.0).count() == 5000);
    QVERIFY(policy.delayFor(1, LlmError::fromHttpResponse(429, {}, 5000), 0.99).count() >= 5000);
    QVERIFY(policy.delayFor(1, LlmError::fromHttpResponse(429, {}, 120000), 0.5).count() < 0);
}

void TestLlmError::providerErrorShapes()
{
    const LlmError openAi =
        LlmError::fromProviderError(QJsonObject{{u"message"_s, u"The server had an error"_s}, {u"type"_s, u"server_error"_s}});
    QCOMPARE(openAi.kind, Kind::Provider);
    QCOMPARE(openAi.providerMessage, u"The server had an error"_s);
    QVERIFY(openAi.isRetryable());
    const LlmError text = LlmError::fromProviderError(u"plain words"_s);
    QCOMPARE(text.providerMessage, u"plain words"_s);
    const LlmError empty = LlmError::fromProviderError(QJsonObject{{u"weird"_s, true}});
    QVERIFY(!empty.detail.isEmpty()); // the unknown shape is kept for the technical detail
    const LlmError protocol = LlmError::protocol(u"bad chunk"_s, QByteArray(1000, 'j'));
    QCOMPARE(protocol.kind, Kind::Protocol);
    QVERIFY(protocol.detail.size() < 400);
    QVERIFY(protocol.detail.endsWith(u"…"_s));
}

QTEST_APPLESS_MAIN(TestLlmError)
#include "tst_llmerror.moc"
