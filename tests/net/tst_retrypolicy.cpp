// RetryPolicy: backoff bounds and the parsing of Retry-After and X-RateLimit-Reset (scenario 24).
#include "api/ApiError.h"
#include "api/RetryPolicy.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace simuwave;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(std::optional<std::chrono::seconds>)

class TestRetryPolicy : public QObject
{
    Q_OBJECT

    const QDateTime m_now = QDateTime(QDate(2026, 3, 4), QTime(10, 0, 0), QTimeZone::utc());

private Q_SLOTS:
    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("expected"); // -1 = unusable, the backoff applies
        QTest::newRow("delta") << QByteArray("120") << 120;
        QTest::newRow("delta with spaces") << QByteArray("  7 ") << 7;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("imf-fixdate") << QByteArray("Wed, 04 Mar 2026 10:00:30 GMT") << 30;
        QTest::newRow("rfc 850") << QByteArray("Wednesday, 04-Mar-26 10:01:00 GMT") << 60;
        QTest::newRow("asctime") << QByteArray("Wed Mar  4 10:00:45 2026") << 45;
        QTest::newRow("date in the past") << QByteArray("Tue, 03 Mar 2026 10:00:00 GMT") << 0;
        QTest::newRow("date far ahead") << QByteArray("Fri, 01 Jan 2100 00:00:00 GMT") << 600;
        QTest::newRow("negative") << QByteArray("-5") << -1;
        QTest::newRow("plus sign") << QByteArray("+5") << -1;
        QTest::newRow("decimal") << QByteArray("1.5") << -1;
        QTest::newRow("1e9") << QByteArray("1e9") << -1;
        QTest::newRow("10^9") << QByteArray("1000000000") << 600;
        QTest::newRow("overflowing digits") << QByteArray("184467440737095516160000") << 600;
        QTest::newRow("garbage") << QByteArray("soon, maybe") << -1;
        QTest::newRow("empty") << QByteArray("") << -1;
        QTest::newRow("date with wrong zone") << QByteArray("Wed, 04 Mar 2026 10:00:30 CET") << -1;
    }
    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, expected);
        const auto parsed = RetryPolicy::parseRetryAfter(value, m_now, 600s);
        if (expected < 0) {
            QVERIFY2(!parsed, qPrintable(QString::number(parsed ? parsed->count() : 0)));
        } else {
            QVERIFY(parsed);
            QCOMPARE(parsed->count(), expected);
        }
    }

    void rateLimitReset_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("expected");
        const qint64 epoch = m_now.toSecsSinceEpoch();
        QTest::newRow("epoch in 42 s") << QByteArray::number(epoch + 42) << 42;
        QTest::newRow("epoch in the past") << QByteArray::number(epoch - 42) << 0;
        QTest::newRow("epoch far ahead") << QByteArray::number(epoch + 86400) << 300;
        QTest::newRow("delta seconds") << QByteArray("15") << 15;
        QTest::newRow("garbage") << QByteArray("tomorrow") << -1;
        QTest::newRow("negative") << QByteArray("-1") << -1;
    }
    void rateLimitReset()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, expected);
        const auto parsed = RetryPolicy::parseRateLimitReset(value, m_now, 300s);
        if (expected < 0) {
            QVERIFY(!parsed);
        } else {
            QVERIFY(parsed);
            QCOMPARE(parsed->count(), expected);
        }
    }

    void backoffIsCappedFullJitter()
    {
        RetryPolicy p;
        p.baseDelay = 100ms;
        p.maxDelay = 1000ms;
        QRandomGenerator rng(42);
        for (int attempt = 2; attempt <= 12; ++attempt) {
            const qint64 ceiling = std::min<qint64>(1000, 100LL << (attempt - 2));
            qint64 largest = 0;
            for (int i = 0; i < 400; ++i) {
                const qint64 d = p.backoffDelay(attempt, &rng).count();
                QVERIFY(d >= 0 && d <= ceiling);
                largest = std::max(largest, d);
            }
            // Full jitter spreads over the whole range, not a fixed delay.
            QVERIFY2(largest > ceiling / 2, qPrintable(QString::number(attempt)));
        }
    }

    void serverDelayWinsOverBackoff()
    {
        RetryPolicy p;
        p.maxServerDelay = 60s;
        ApiError e;
        e.kind = ApiError::Kind::RateLimited;
        e.retryAfter = 20s;
        QCOMPARE(p.delayFor(e, 2), 20000ms);
        e.retryAfter = 600s;
        QCOMPARE(p.delayFor(e, 2), 60000ms);
        e.retryAfter.reset();
        QVERIFY(p.delayFor(e, 2) <= p.baseDelay);
    }

    void transientKinds_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("transient");
        using K = ApiError::Kind;
        QTest::newRow("network") << int(K::Network) << 0 << QString() << true;
        QTest::newRow("timeout") << int(K::Timeout) << 0 << QString() << true;
        QTest::newRow("500") << int(K::Server) << 500 << QString() << true;
        QTest::newRow("503") << int(K::Server) << 503 << QString() << true;
        QTest::newRow("501") << int(K::Server) << 501 << QString() << false;
        QTest::newRow("429") << int(K::RateLimited) << 429 << QString() << true;
        QTest::newRow("409 key in use")
            << int(K::Conflict) << 409 << QStringLiteral("idempotency_key_in_use") << true;
        QTest::newRow("409 duplicate") << int(K::Conflict) << 409 << QStringLiteral("duplicate") << false;
        QTest::newRow("422") << int(K::Validation) << 422 << QString() << false;
        QTest::newRow("401") << int(K::Unauthorized) << 401 << QString() << false;
        QTest::newRow("tls") << int(K::Tls) << 0 << QString() << false;
        QTest::newRow("contract") << int(K::Contract) << 200 << QString() << false;
    }
    void transientKinds()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(bool, transient);
        ApiError e;
        e.kind = ApiError::Kind(kind);
        e.httpStatus = status;
        e.code = code;
        QCOMPARE(e.isTransient(), transient);
    }

    void kindForStatus()
    {
        using K = ApiError::Kind;
        QCOMPARE(ApiError::kindForStatus(200), K::None);
        QCOMPARE(ApiError::kindForStatus(401), K::Unauthorized);
        QCOMPARE(ApiError::kindForStatus(403), K::Forbidden);
        QCOMPARE(ApiError::kindForStatus(404), K::NotFound);
        QCOMPARE(ApiError::kindForStatus(409), K::Conflict);
        QCOMPARE(ApiError::kindForStatus(412), K::PreconditionFailed);
        QCOMPARE(ApiError::kindForStatus(422), K::Validation);
        QCOMPARE(ApiError::kindForStatus(429), K::RateLimited);
        QCOMPARE(ApiError::kindForStatus(400), K::Client);
        QCOMPARE(ApiError::kindForStatus(502), K::Server);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
