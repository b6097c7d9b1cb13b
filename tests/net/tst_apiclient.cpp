// The API client against a scripted local server: the faults of reliability-scenarios.md 1-25 that
// the sandbox cannot produce on demand (stalls, resets, broken bodies, odd headers, redirects).
#include "ScriptedHttpServer.h"

#include "api/ApiClient.h"
#include "api/CommandJob.h"
#include "api/GetPageJob.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTest>

#include <memory>

using namespace simuwave;
using namespace std::chrono_literals;

namespace {

const QString kToken = QStringLiteral("tok_live_abcdef123456");

QByteArray pageBody(int count, bool hasMore, const QByteArray &cursor = "c2")
{
    QJsonArray data;
    for (int i = 0; i < count; ++i)
        data.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("tnt_%1").arg(i)}});
    QJsonObject page{{QStringLiteral("data"), data}, {QStringLiteral("has_more"), hasMore}};
    page.insert(QStringLiteral("next_cursor"),
                hasMore ? QJsonValue(QString::fromLatin1(cursor)) : QJsonValue());
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

QByteArray ok(const QByteArray &body, QList<std::pair<QByteArray, QByteArray>> headers = {})
{
    headers.append(std::pair<QByteArray, QByteArray>("X-Request-Id", "req_ok"));
    return httpResponse(200, body, headers);
}

struct Outcome
{
    bool done = false;
    bool success = false;
    ApiError error;
    QList<int> waits;
};

Outcome run(ApiJob *job, int timeoutMs = 15000)
{
    Outcome outcome;
    job->setAutoDelete(false);
    QObject::connect(job, &ApiJob::finished, job, [&] {
        outcome.done = true;
        outcome.success = true;
    });
    QObject::connect(job, &ApiJob::failed, job, [&](const ApiError &e) {
        outcome.done = true;
        outcome.error = e;
    });
    QObject::connect(job, &ApiJob::waiting, job, [&](int seconds, int) { outcome.waits.append(seconds); });
    job->start();
    if (!QTest::qWaitFor([&] { return outcome.done; }, timeoutMs))
        qWarning("job did not finish within %d ms", timeoutMs);
    return outcome;
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<ApiClient> m_client;

    RetryPolicy fastPolicy(int attempts = 3)
    {
        RetryPolicy p;
        p.maxAttempts = attempts;
        p.baseDelay = 20ms;
        p.maxDelay = 100ms;
        p.maxServerDelay = 5s;
        return p;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_server->listen());
        m_client = std::make_unique<ApiClient>();
        QVERIFY(m_client->setBaseUrl(m_server->baseUrl()));
        m_client->setBearerToken(kToken);
        m_client->setTransferTimeout(400ms);
        m_client->setRetryPolicy(fastPolicy());
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void pageDecodedWithHeaders()
    {
        m_server->enqueue(ScriptedReply::send(ok(pageBody(3, true, "abc+/="), {{"ETag", "\"v1\""}})));
        GetPageJob job(m_client.get(), QStringLiteral("tenants"));
        job.setLimit(3);
        job.setCursor(QStringLiteral("prev+/="));
        const Outcome o = run(&job);
        QVERIFY2(o.success, qPrintable(o.error.displayText()));
        QCOMPARE(job.page().data.size(), 3);
        QVERIFY(job.page().hasMore);
        QCOMPARE(job.page().nextCursor, QStringLiteral("abc+/="));
        QCOMPARE(job.requestId(), QStringLiteral("req_ok"));
        QCOMPARE(job.etag(), QByteArray("\"v1\""));
        QCOMPARE(m_server->requests().size(), 1);
        const RecordedRequest &r = m_server->requests().first();
        QCOMPARE(r.header("authorization"), "Bearer " + kToken.toUtf8());
        QVERIFY(r.header("user-agent").startsWith("SimuWavePartnerConsole/"));
        QVERIFY(r.target.startsWith("/v1/tenants?"));
        // An opaque cursor with + / = must reach the server intact.
        QVERIFY2(r.target.contains("cursor=prev%2B%2F%3D"), r.target.constData());
    }

    void notModifiedWithIfNoneMatch()
    {
        m_server->enqueue(ScriptedReply::send(httpResponse(304, {}, {{"ETag", "\"v1\""}})));
        GetPageJob job(m_client.get(), QStringLiteral("tenants"));
        job.setIfNoneMatch("\"v1\"");
        const Outcome o = run(&job);
        QVERIFY(o.success);
        QVERIFY(job.notModified());
        QCOMPARE(m_server->requests().first().header("if-none-match"), QByteArray("\"v1\""));
    }

    // Scenario 2: the body stops halfway; the transfer timeout fires and the page is discarded.
    void stalledBodyTimesOut()
    {
        const QByteArray full = ok(pageBody(50, false));
        m_server->enqueue(ScriptedReply::stall(full.left(full.size() / 2)));
        GetPageJob job(m_client.get(), QStringLiteral("tenants"));
        job.setRetryPolicy(RetryPolicy::noRetry());
        const Outcome o = run(&job);
        QVERIFY(o.done);
        QVERIFY(!o.success);
        QCOMPARE(o.error.kind, ApiError::Kind::Timeout);
        QVERIFY(job.page().data.isEmpty());
    }

    // A stall is transient: the next attempt gets the page.
    void stalledThenRetried()
    {
        m_server->enqueue(ScriptedReply::stall());
        m_server->enqueue(ScriptedReply::send(ok(pageBody(2, false))));
        GetPageJob job(m_client.get(), QStringLiteral("tenants"));
        const Outcome o = run(&job);
        QVERIFY2(o.success, qPrintable(o.error.displayText()));
        QCOMPARE(job.attempts(), 2);
        QCOMPARE(job.page().data.size(), 2);
    }

    // Scenario 3: a reset in the middle of a body is retried with backoff.
    void connectionResetRetried()
    {
        const QByteArray full = ok(pageBody(50, false));
        m_server->enqueue(ScriptedReply::reset(full.left(full.size() / 2)));
        m_server->enqueue(ScriptedReply::send(full));
        GetPageJob job(m_client.get(), QStringLiteral("tenants"));
        const Outcome o = run(&job);
        QVERIFY2(o.success, qPrintable(o.error.displayText()));
        QCOMPARE(job.attempts(), 2);
        QCOMPARE(job.page().data.size(), 50);
        QCOMPARE(o.waits.size(), 1);
    }

    void connectionResetUntilAttemptsRunOut()
    {
        m_server->setFallback([](const RecordedRequest &) { return ScriptedReply::reset(); });
        GetPageJob job(m_client.get(), QStringLiteral("tenants"));
        const Outcome o = run(&job);
        QVERIFY(o.done && !o.success);
        QCOMPARE(o.error.kind, ApiError::Kind::Network);
        QCOMPARE(job.attempts(), 3);
        // Qt itself may resend once on a connection closed before any answer byte.
        QVERIFY(m_server->requests().size() >= 3);
    }

    // Scenario 1: nothing listens.
    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QVERIFY(m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port))));
        CommandJob job(m_client.get(), "POST", QStringLiteral("tenants"));
        job.setJsonBody({{QStringLiteral("name"), QStringLiteral("x")}});
        const Outcome o = run(&job);
        QVERIFY(o.done && !o.success);
        QCOMPARE(o.error.kind, ApiError::Kind::Network);
        // Nothing reached a server, so even a POST without Idempotency-Key is tried again.
        QCOMPARE(job.attempts(), 3);
    }

    // Scenario 7: no retry before Retry-After; the wait is announced.
    void retryAfterSecondsHonoured()
    {
        m_server->enqueue(ScriptedReply::send(httpResponse(
            503, R"({"error":{"message":"busy"}})", {{"Retry-After", "2"}, {"X-Request-Id", "req_503"}})));
        m_server->enqueue(ScriptedReply::send(ok(pageBody(1, false))));
        QSignalSpy clientWaits(m_client.get(), &ApiClient::waiting);
        GetPageJob job(m_client.get(), QStringLiteral("tenants"));
        const Outcome o = run(&job);
        QVERIFY2(o.success, qPrintable(o.error.displayText()));
        QCOMPARE(m_server->requests().size(), 2);
        const qint64 gap = m_server->requests().at(1).atMs - m_server->requests().at(0).atMs;
        QVERIFY2(gap >= 1950, qPrintable(QString::number(gap)));
        QCOMPARE(o.waits, QList<int>{2});
        QCOMPARE(clientWaits.count(), 1);
        QCOMPARE(clientWaits.first().first().toInt(), 2);
    }

    // Scenario 7 with a long wait: the policy's clamp (short here) bounds it.
    void retryAfterClampedByPolicy()
    {
        RetryPolicy p = fastPolicy();
        p.maxServerDelay = 1s;
        m_client->setRetryPolicy(p);
        m_server->enqueue(ScriptedReply::send(httpResponse(503, "{}", {{"Retry-After", "120"}})));
        m_server->enqueue(ScriptedReply::send(ok(pageBody(1, false))));
        GetPageJob job(m_client.get(), QStringLiteral("tenants"));
        const Outcome o = run(&job);
        QVERIFY(o.success);
        QCOMPARE(o.waits, QList<int>{1});
        const qint64 gap = m_server->requests().at(1).atMs - m_server->requests().at(0).atMs;
        QVERIFY2(gap >= 950, qPrintable(QString::number(gap)));
    }

    // Scenario 24.
    void retryAfterForms_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("expectedWait"); // seconds announced; -1 = the fallback backoff (< 1 s here)
        QTest::newRow("http-date in 2 s") << QByteArray("DATE+2") << 2;
        QTest::newRow("http-date in the past") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << 0;
        QTest::newRow("negative") << QByteArray("-5") << -1;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
        QTest::newRow("1e9 text") << QByteArray("1e9") << -1;
        QTest::newRow("10^9 seconds") << QByteArray("1000000000") << 1;
        QTest::newRow("huge digits") << QByteArray("99999999999999999999999") << 1;
    }
    void retryAfterForms()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, expectedWait);
        RetryPolicy p = fastPolicy();
        p.maxServerDelay = expectedWait == 2 ? 5s : 1s;
        m_client->setRetryPolicy(p);
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (retryAfter == "DATE+2") {
            // Relative to the server's own Date header, so the local clock does not matter.
            const QDateTime serverNow = QDateTime::currentDateTimeUtc().addDays(-3);
            const QLocale c = QLocale::c();
            const auto fmt = [&](const QDateTime &t) {
                return c.toString(t, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
            };
            headers.append(std::pair<QByteArray, QByteArray>("Date", fmt(serverNow)));
            retryAfter = fmt(serverNow.addSecs(2));
        }
        headers.append(std::pair<QByteArray, QByteArray>("Retry-After", retryAfter));
        m_server->enqueue(ScriptedReply::send(httpResponse(429, "{}", headers)));
        m_server->enqueue(ScriptedReply::send(ok(pageBody(1, false))));
        GetPageJob job(m_client.get(), QStringLiteral("tenants"));
        const Outcome o = run(&job);
        QVERIFY2(o.success, qPrintable(o.error.displayText()));
        QCOMPARE(o.waits.size(), 1);
        if (expectedWait < 0)
            QVERIFY2(o.waits.first() <= 1, qPrintable(QString::number(o.waits.first())));
        else
            QCOMPARE(o.waits.first(), expectedWait);
    }

    // Scenario 25: X-RateLimit-Remaining: 0 holds the next request until the reset time.
    void rateLimitRemainingZeroPauses()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray date =
            QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
        const QByteArray reset = QByteArray::number(now.toSecsSinceEpoch() + 2);
        m_server->enqueue(ScriptedReply::send(ok(pageBody(1, false), {{"Date", date},
                                                                      {"X-RateLimit-Limit", "100"},
                                                                      {"X-RateLimit-Remaining", "0"},
                                                                      {"X-RateLimit-Reset", reset}})));
        m_server->enqueue(ScriptedReply::send(ok(pageBody(1, false), {{"X-RateLimit-Remaining", "99"}})));
        GetPageJob first(m_client.get(), QStringLiteral("tenants"));
        QVERIFY(run(&first).success);
        QVERIFY(m_client->rateLimitPause() > 1000ms);
        GetPageJob second(m_client.get(), QStringLiteral("tenants"));
        const Outcome o = run(&second);
        QVERIFY(o.success);
        QCOMPARE(o.waits.size(), 1);
        QVERIFY(o.waits.first() >= 1);
        const qint64 gap = m_server->requests().at(1).atMs - m_server->requests().at(0).atMs;
        QVERIFY2(gap >= 1000, qPrintable(QString::number(gap)));
        QCOMPARE(m_client->rateLimitPause(), 0ms);
    }

    // Scenarios 6 and 8: an HTML 502 is a server error (retried, then reported with the request id).
    void badGatewayHtmlIsServerError()
    {
        m_server->setFallback([](const RecordedRequest &) {
            return ScriptedReply::send(httpResponse(502, "<html><body><h1>502 Bad Gateway</h1></body></html>",
                                                    {{"X-Request-Id", "req_502"}}, "text/html"));
        });
        GetPageJob job(m_client.get(), QStringLiteral("tenants"));
        const Outcome o = run(&job);
        QVERIFY(o.done && !o.success);
        QCOMPARE(o.error.kind, ApiError::Kind::Server);
        QCOMPARE(o.error.httpStatus, 502);
        QCOMPARE(o.error.requestId, QStringLiteral("req_502"));
        QVERIFY(o.error.displayText().contains(QLatin1String("req_502")));
        QCOMPARE(m_server->requests().size(), 3);
    }

    // Scenarios 12, 14, 15, 17: a body that breaks the contract is rejected at once, never retried.
    void contractViolations_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        const QByteArray good = pageBody(5, true);
        QTest::newRow("truncated json") << good.left(good.size() - 7) << QStringLiteral("not valid JSON");
        QTest::newRow("html page") << QByteArray("<html>maintenance</html>") << QStringLiteral("HTML");
        QTest::newRow("data not an array")
            << QByteArray(R"({"data":{"id":"tnt_1"},"has_more":false})") << QStringLiteral("not an array");
        QTest::newRow("has_more missing")
            << QByteArray(R"({"data":[{"id":"tnt_1"}],"next_cursor":null})") << QStringLiteral("has_more");
        QTest::newRow("has_more true, data empty")
            << QByteArray(R"({"data":[],"has_more":true,"next_cursor":"c"})") << QStringLiteral("empty");
        QTest::newRow("array at top")
            << QByteArray(R"([{"id":"tnt_1"}])") << QStringLiteral("not a JSON object");
        QByteArray deep = QByteArray(100, '[') + QByteArray(100, ']');
        deep = R"({"data":[{"x":)" + deep + R"(}],"has_more":false})";
        QTest::newRow("deep nesting") << deep << QStringLiteral("nested deeper");
    }
    void contractViolations()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        m_server->setFallback([body](const RecordedRequest &) { return ScriptedReply::send(ok(body)); });
        GetPageJob job(m_client.get(), QStringLiteral("tenants"));
        const Outcome o = run(&job);
        QVERIFY(o.done && !o.success);
        QCOMPARE(o.error.kind, ApiError::Kind::Contract);
        QVERIFY2(o.error.message.contains(reason), qPrintable(o.error.message));
        QCOMPARE(o.error.requestId, QStringLiteral("req_ok"));
        QCOMPARE(m_server->requests().size(), 1);
        QVERIFY(job.page().data.isEmpty());
    }

    // Scenario 17: the size cap, announced by Content-Length or not.
    void oversizedBodyRejected_data()
    {
        QTest::addColumn<bool>("withLength");
        QTest::newRow("content-length") << true;
        QTest::newRow("close-delimited") << false;
    }
    void oversizedBodyRejected()
    {
        QFETCH(bool, withLength);
        JsonLimits limits;
        limits.maxBodyBytes = 16 * 1024;
        m_client->setLimits(limits);
        const QByteArray body = pageBody(2000, false);
        QVERIFY(body.size() > limits.maxBodyBytes);
        const QByteArray raw = withLength ? ok(body)
                                          : "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                            "Connection: close\r\n\r\n" +
                                                body;
        m_server->setFallback([raw](const RecordedRequest &) { return ScriptedReply::send(raw); });
        GetPageJob job(m_client.get(), QStringLiteral("tenants"));
        const Outcome o = run(&job);
        QVERIFY(o.done && !o.success);
        QCOMPARE(o.error.kind, ApiError::Kind::Contract);
        QVERIFY2(o.error.message.contains(QLatin1String("larger")), qPrintable(o.error.message));
        QVERIFY(job.body().size() <= limits.maxBodyBytes);
        QCOMPARE(m_server->requests().size(), 1);
    }

    // Scenario 5: a redirect elsewhere fails visibly and the other host never sees the token.
    void redirectToOtherHostKeepsAuthorization()
    {
        ScriptedHttpServer other;
        QVERIFY(other.listen(QHostAddress(QStringLiteral("127.0.0.2"))));
        other.setFallback(
            [](const RecordedRequest &) { return ScriptedReply::send(ok(pageBody(1, false))); });
        const QByteArray location = other.baseUrl().toString().toLatin1() + "/tenants";
        m_server->enqueue(ScriptedReply::send(httpResponse(302, {}, {{"Location", location}}, {})));
        GetPageJob job(m_client.get(), QStringLiteral("tenants"));
        const Outcome o = run(&job);
        QVERIFY(o.done && !o.success);
        QCOMPARE(o.error.kind, ApiError::Kind::Insecure);
        QTest::qWait(100);
        for (const RecordedRequest &r : other.requests())
            QVERIFY(r.header("authorization").isEmpty());
        QCOMPARE(other.requests().size(), 0);
    }

    // A redirect on the same origin is followed, with the credential.
    void sameOriginRedirectFollowed()
    {
        const QByteArray location = m_server->baseUrl().toString().toLatin1() + "/tenants?moved=1";
        m_server->enqueue(ScriptedReply::send(httpResponse(307, {}, {{"Location", location}}, {})));
        m_server->enqueue(ScriptedReply::send(ok(pageBody(1, false))));
        GetPageJob job(m_client.get(), QStringLiteral("tenants"));
        const Outcome o = run(&job);
        QVERIFY2(o.success, qPrintable(o.error.displayText()));
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->requests().at(1).header("authorization"), "Bearer " + kToken.toUtf8());
    }

    // Plain http only to loopback.
    void urlPolicy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://api.simuwave.com/v1" << true;
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080/v1" << true;
        QTest::newRow("http 127.9.8.7") << "http://127.9.8.7/v1" << true;
        QTest::newRow("http ::1") << "http://[::1]:9000/v1" << true;
        QTest::newRow("http localhost") << "http://localhost:9000/v1" << true;
        QTest::newRow("http remote") << "http://api.simuwave.com/v1" << false;
        QTest::newRow("http private lan") << "http://192.168.1.10/v1" << false;
        QTest::newRow("http lookalike") << "http://127.0.0.1.evil.example/v1" << false;
        QTest::newRow("http localhost suffix") << "http://localhost.evil.example/v1" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1/v1" << false;
        QTest::newRow("no host") << "https:///v1" << false;
    }
    void urlPolicy()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        ApiClient client;
        QString why;
        QCOMPARE(client.setBaseUrl(QUrl(url), &why), allowed);
        QCOMPARE(why.isEmpty(), allowed);
        QCOMPARE(ApiClient::checkUrl(QUrl(url)).isError(), !allowed);
        if (!allowed)
            QCOMPARE(client.baseUrl(), QUrl(QStringLiteral("https://api.simuwave.com/v1")));
    }

    // Scenario 4: TLS errors fail closed.
    void tlsErrorFailsClosed()
    {
        QFile certFile(QStringLiteral(SIMUWAVE_SOURCE_DIR "/tests/net/data/selfsigned-cert.pem"));
        QFile keyFile(QStringLiteral(SIMUWAVE_SOURCE_DIR "/tests/net/data/selfsigned-key.pem"));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(certFile.readAll()));
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        QSslServer tls;
        tls.setSslConfiguration(config);
        QVERIFY(tls.listen(QHostAddress::LocalHost));
        QVERIFY(m_client->setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1/v1").arg(tls.serverPort()))));
        GetPageJob job(m_client.get(), QStringLiteral("tenants"));
        const Outcome o = run(&job);
        QVERIFY(o.done && !o.success);
        QCOMPARE(o.error.kind, ApiError::Kind::Tls);
        QVERIFY2(o.error.message.contains(QLatin1String("127.0.0.1")), qPrintable(o.error.message));
        QCOMPARE(job.attempts(), 1); // a certificate does not get better by asking again
    }

    // Scenario 9: 422 fields parsed, no retry.
    void validationFieldsParsed()
    {
        const QByteArray body = R"({"error":{"type":"invalid_request_error","code":"validation_failed",
            "message":"Some fields are invalid","fields":{"billing_email":"Enter a valid email address.",
            "sip_prefix":"Use 3 to 6 digits."},"request_id":"req_body"}})";
        m_server->enqueue(ScriptedReply::send(httpResponse(422, body, {{"X-Request-Id", "req_422"}})));
        CommandJob job(m_client.get(), "POST", QStringLiteral("tenants"));
        job.setIdempotencyKey("key-422");
        job.setJsonBody({{QStringLiteral("billing_email"), QStringLiteral("nope")}});
        const Outcome o = run(&job);
        QVERIFY(o.done && !o.success);
        QCOMPARE(o.error.kind, ApiError::Kind::Validation);
        QCOMPARE(o.error.httpStatus, 422);
        QCOMPARE(o.error.code, QStringLiteral("validation_failed"));
        QCOMPARE(o.error.requestId, QStringLiteral("req_422"));
        QCOMPARE(o.error.fields.size(), 2);
        QCOMPARE(o.error.fields.value(QStringLiteral("billing_email")),
                 QStringLiteral("Enter a valid email address."));
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requests().first().header("content-type"), QByteArray("application/json"));
    }

    // Scenario 10: a POST that timed out is sent again with the same Idempotency-Key and body.
    void postRetriedWithSameIdempotencyKey()
    {
        m_server->enqueue(ScriptedReply::stall());
        m_server->enqueue(ScriptedReply::send(httpResponse(201, R"({"id":"tnt_9","name":"Acme"})")));
        CommandJob job(m_client.get(), "POST", QStringLiteral("tenants"));
        job.setIdempotencyKey("3f1c2a9e-key");
        job.setJsonBody({{QStringLiteral("name"), QStringLiteral("Acme")}});
        const Outcome o = run(&job);
        QVERIFY2(o.success, qPrintable(o.error.displayText()));
        QCOMPARE(job.json().value(QStringLiteral("id")).toString(), QStringLiteral("tnt_9"));
        QCOMPARE(m_server->requests().size(), 2);
        for (const RecordedRequest &r : m_server->requests()) {
            QCOMPARE(r.method, QByteArray("POST"));
            QCOMPARE(r.header("idempotency-key"), QByteArray("3f1c2a9e-key"));
            QCOMPARE(r.body, m_server->requests().first().body);
        }
    }

    // Without an Idempotency-Key a POST that may have reached the server is never repeated.
    void postWithoutKeyNotRetriedAfterTimeout()
    {
        m_server->enqueue(ScriptedReply::stall());
        CommandJob job(m_client.get(), "POST", QStringLiteral("tenants"));
        job.setJsonBody({{QStringLiteral("name"), QStringLiteral("Acme")}});
        const Outcome o = run(&job);
        QVERIFY(o.done && !o.success);
        QCOMPARE(o.error.kind, ApiError::Kind::Timeout);
        QCOMPARE(m_server->requests().size(), 1);
    }

    // Scenario 11: "idempotency key in use" is retried later with the same key.
    void idempotencyKeyInUseRetried()
    {
        m_server->enqueue(ScriptedReply::send(
            httpResponse(409, R"({"error":{"code":"idempotency_key_in_use","message":"in progress"}})")));
        m_server->enqueue(ScriptedReply::send(httpResponse(201, R"({"id":"tnt_1"})")));
        CommandJob job(m_client.get(), "POST", QStringLiteral("tenants"));
        job.setIdempotencyKey("k-409");
        job.setJsonBody({{QStringLiteral("name"), QStringLiteral("A")}});
        const Outcome o = run(&job);
        QVERIFY(o.success);
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->requests().at(1).header("idempotency-key"), QByteArray("k-409"));
    }

    void otherConflictIsFinal()
    {
        m_server->enqueue(ScriptedReply::send(httpResponse(
            409, R"({"error":{"code":"sip_prefix_taken","message":"SIP prefix 4410 is in use"}})")));
        CommandJob job(m_client.get(), "POST", QStringLiteral("tenants"));
        job.setIdempotencyKey("k-dup");
        const Outcome o = run(&job);
        QCOMPARE(o.error.kind, ApiError::Kind::Conflict);
        QCOMPARE(o.error.message, QStringLiteral("SIP prefix 4410 is in use"));
        QCOMPARE(m_server->requests().size(), 1);
    }

    void ifMatchAndPreconditionFailed()
    {
        m_server->enqueue(
            ScriptedReply::send(httpResponse(412, R"({"error":{"code":"precondition_failed"}})")));
        CommandJob job(m_client.get(), "PATCH", QStringLiteral("phone-numbers/pn_1"));
        job.setIfMatch("\"v7\"");
        job.setJsonBody({{QStringLiteral("cnam"), QStringLiteral("ACME")}});
        const Outcome o = run(&job);
        QCOMPARE(o.error.kind, ApiError::Kind::PreconditionFailed);
        QCOMPARE(m_server->requests().first().method, QByteArray("PATCH"));
        QCOMPARE(m_server->requests().first().header("if-match"), QByteArray("\"v7\""));
        QCOMPARE(m_server->requests().size(), 1);
    }

    // Scenarios 20-23: 401 and 403 are final and announced by the client.
    void unauthorizedAndForbiddenAnnounced()
    {
        QSignalSpy unauthorized(m_client.get(), &ApiClient::unauthorized);
        QSignalSpy forbidden(m_client.get(), &ApiClient::forbidden);
        m_server->enqueue(ScriptedReply::send(httpResponse(401, R"({"error":{"message":"expired"}})")));
        m_server->enqueue(
            ScriptedReply::send(httpResponse(403, R"({"error":{"message":"read-only role"}})")));
        GetPageJob a(m_client.get(), QStringLiteral("tenants"));
        QCOMPARE(run(&a).error.kind, ApiError::Kind::Unauthorized);
        CommandJob b(m_client.get(), "DELETE", QStringLiteral("tenants/tnt_1"));
        QCOMPARE(run(&b).error.kind, ApiError::Kind::Forbidden);
        QCOMPARE(unauthorized.count(), 1);
        QCOMPARE(forbidden.count(), 1);
        QCOMPARE(m_server->requests().size(), 2);
    }

    void deleteWithNoContent()
    {
        m_server->enqueue(ScriptedReply::send(httpResponse(204, {}, {}, {})));
        CommandJob job(m_client.get(), "DELETE", QStringLiteral("webhooks/wh_1"));
        job.setIfMatch("\"v2\"");
        const Outcome o = run(&job);
        QVERIFY2(o.success, qPrintable(o.error.displayText()));
        QVERIFY(job.json().isEmpty());
        QCOMPARE(m_server->requests().first().method, QByteArray("DELETE"));
    }

    void abortWhileWaiting()
    {
        m_server->setFallback([](const RecordedRequest &) {
            return ScriptedReply::send(httpResponse(503, "{}", {{"Retry-After", "3"}}));
        });
        GetPageJob job(m_client.get(), QStringLiteral("tenants"));
        job.setAutoDelete(false);
        QSignalSpy failed(&job, &ApiJob::failed);
        QSignalSpy waiting(&job, &ApiJob::waiting);
        job.start();
        QVERIFY(waiting.wait(5000));
        job.abort();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
        QTest::qWait(50);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void clientDestroyedWhileRunning()
    {
        m_server->enqueue(ScriptedReply::stall());
        GetPageJob job(m_client.get(), QStringLiteral("tenants"));
        job.setAutoDelete(false);
        QSignalSpy failed(&job, &ApiJob::failed);
        job.start();
        QTRY_COMPARE(m_server->requests().size(), 1);
        m_client.reset();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
    }

    void abortInFlight()
    {
        m_server->enqueue(ScriptedReply::stall());
        GetPageJob job(m_client.get(), QStringLiteral("tenants"));
        job.setAutoDelete(false);
        QSignalSpy failed(&job, &ApiJob::failed);
        job.start();
        QTRY_COMPARE(m_server->requests().size(), 1);
        job.abort();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
        QVERIFY(!job.isRunning());
    }

    void autoDeleteAfterFinish()
    {
        m_server->enqueue(ScriptedReply::send(ok(pageBody(1, false))));
        QPointer<GetPageJob> job = new GetPageJob(m_client.get(), QStringLiteral("tenants"));
        int rows = -1;
        connect(job, &ApiJob::finished, this, [&] { rows = int(job->page().data.size()); });
        job->start();
        QTRY_VERIFY(job.isNull());
        QCOMPARE(rows, 1);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
