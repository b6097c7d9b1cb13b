// The API client against the real sandbox over HTTP on loopback: sign-in, pagination, ETag/304,
// 401/403/422, idempotent POST replay and rate-limit headers, as the contract describes them.
#include "SandboxServer.h"

#include "api/ApiClient.h"
#include "api/CommandJob.h"
#include "api/GetPageJob.h"
#include "api/SignInJob.h"
#include "credentials/AccountSession.h"
#include "credentials/InMemorySecretStore.h"

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace simuwave;
using namespace std::chrono_literals;

namespace {

struct Outcome
{
    bool done = false;
    bool success = false;
    ApiError error;
};

Outcome run(ApiJob *job)
{
    Outcome outcome;
    job->setAutoDelete(false);
    QObject::connect(job, &ApiJob::finished, job, [&] { outcome.done = outcome.success = true; });
    QObject::connect(job, &ApiJob::failed, job, [&](const ApiError &e) {
        outcome.done = true;
        outcome.error = e;
    });
    job->start();
    if (!QTest::qWaitFor([&] { return outcome.done; }, 30000))
        qWarning("job did not finish");
    return outcome;
}

} // namespace

class TestSandboxClient : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    sandbox::SandboxServer m_sandbox;
    QJsonObject m_creds;

    std::unique_ptr<ApiClient> clientWith(const QString &token)
    {
        auto client = std::make_unique<ApiClient>();
        client->setBaseUrl(m_sandbox.baseUrl());
        client->setBearerToken(token);
        return client;
    }
    QString cred(const char *name) const { return m_creds.value(QLatin1String(name)).toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sandbox::SandboxOptions options;
        options.dataDir = m_dir.path();
        options.seed = QStringLiteral("demo");
        QString error;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
        m_creds = m_sandbox.credentials();
        QVERIFY(!cred("admin_api_key").isEmpty());
    }

    void signInAsAdmin()
    {
        ApiClient client;
        InMemorySecretStore secrets;
        AccountSession session(&client, &secrets);
        Profile p = ProfileStore::newProfile();
        p.id = QStringLiteral("sandbox-admin");
        p.name = QStringLiteral("Sandbox");
        p.serverUrl = m_sandbox.baseUrl();
        p.email = cred("admin_email");
        session.activate(p);
        QTRY_COMPARE(session.state(), AccountSession::State::NeedsSignIn);
        session.signIn(cred("admin_password"));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), AccountSession::State::SignedIn, 10000);
        QTRY_VERIFY(session.me().contains(QStringLiteral("scopes")));
        QCOMPARE(session.role(), QStringLiteral("partner_admin"));
        QVERIFY(session.canWrite());
        QVERIFY(secrets.storedValue(SecretStore::profileKey(p.id)).size() > 10);
    }

    void wrongPasswordIsUnauthorized()
    {
        ApiClient client;
        QVERIFY(client.setBaseUrl(m_sandbox.baseUrl()));
        SignInJob job(&client, cred("admin_email"), QStringLiteral("not-the-password"));
        const Outcome o = run(&job);
        QCOMPARE(o.error.kind, ApiError::Kind::Unauthorized);
        QVERIFY(!o.error.requestId.isEmpty());
    }

    // Pages of 7 add up to exactly the one big page: no gaps, no duplicates.
    void paginationMatchesOnePage()
    {
        auto client = clientWith(cred("admin_api_key"));
        QStringList paged;
        QString cursor;
        int pages = 0;
        for (;;) {
            GetPageJob job(client.get(), QStringLiteral("tenants"));
            job.setLimit(7);
            job.setCursor(cursor);
            const Outcome o = run(&job);
            QVERIFY2(o.success, qPrintable(o.error.displayText()));
            for (const QJsonValue &v : job.page().data)
                paged << v.toObject().value(QStringLiteral("id")).toString();
            ++pages;
            if (!job.page().hasMore)
                break;
            QVERIFY(job.page().nextCursor != cursor); // a repeated cursor would loop
            cursor = job.page().nextCursor;
            QVERIFY(pages < 1000);
        }
        GetPageJob all(client.get(), QStringLiteral("tenants"));
        all.setLimit(1000);
        QVERIFY(run(&all).success);
        QStringList whole;
        for (const QJsonValue &v : all.page().data)
            whole << v.toObject().value(QStringLiteral("id")).toString();
        QVERIFY(whole.size() > 7);
        QVERIFY(pages > 1);
        QCOMPARE(paged, whole);
        QCOMPARE(QSet<QString>(paged.cbegin(), paged.cend()).size(), paged.size());
    }

    void etagGivesNotModified()
    {
        auto client = clientWith(cred("admin_api_key"));
        GetPageJob first(client.get(), QStringLiteral("tenants"));
        first.setLimit(5);
        QVERIFY(run(&first).success);
        QVERIFY(!first.etag().isEmpty());
        GetPageJob again(client.get(), QStringLiteral("tenants"));
        again.setLimit(5);
        again.setIfNoneMatch(first.etag());
        const Outcome o = run(&again);
        QVERIFY2(o.success, qPrintable(o.error.displayText()));
        QVERIFY(again.notModified());
        QVERIFY(again.page().data.isEmpty());
    }

    void badTokenUnauthorized()
    {
        auto client = clientWith(QStringLiteral("sk_test_does_not_exist_000"));
        QSignalSpy unauthorized(client.get(), &ApiClient::unauthorized);
        GetPageJob job(client.get(), QStringLiteral("tenants"));
        const Outcome o = run(&job);
        QCOMPARE(o.error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(o.error.httpStatus, 401);
        QCOMPARE(unauthorized.count(), 1);
        QCOMPARE(job.attempts(), 1);
    }

    void readOnlyKeyForbidden()
    {
        auto client = clientWith(cred("readonly_api_key"));
        QSignalSpy forbidden(client.get(), &ApiClient::forbidden);
        CommandJob job(client.get(), "POST", QStringLiteral("tenants"));
        job.setIdempotencyKey(QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        job.setJsonBody({{QStringLiteral("name"), QStringLiteral("Nope")}});
        const Outcome o = run(&job);
        QCOMPARE(o.error.kind, ApiError::Kind::Forbidden);
        QCOMPARE(forbidden.count(), 1);
    }

    void validationFieldsFromSandbox()
    {
        auto client = clientWith(cred("admin_api_key"));
        CommandJob job(client.get(), "POST", QStringLiteral("tenants"));
        job.setIdempotencyKey(QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        job.setJsonBody({{QStringLiteral("name"), QStringLiteral("Valid Name Co")},
                         {QStringLiteral("billing_email"), QStringLiteral("not-an-email")}});
        const Outcome o = run(&job);
        QCOMPARE(o.error.kind, ApiError::Kind::Validation);
        QVERIFY2(o.error.fields.contains(QStringLiteral("billing_email")), qPrintable(o.error.displayText()));
        QVERIFY(o.error.fields.contains(QStringLiteral("sip_prefix")));
        QCOMPARE(job.attempts(), 1);
    }

    // The same Idempotency-Key twice creates one tenant.
    void idempotentPostReplays()
    {
        auto client = clientWith(cred("admin_api_key"));
        const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const QJsonObject body{{QStringLiteral("name"), QStringLiteral("Idempotent Widgets")},
                               {QStringLiteral("sip_prefix"), QStringLiteral("IDEM42")},
                               {QStringLiteral("billing_email"), QStringLiteral("billing@idem.example")}};
        QString firstId;
        for (int i = 0; i < 2; ++i) {
            CommandJob job(client.get(), "POST", QStringLiteral("tenants"));
            job.setIdempotencyKey(key);
            job.setJsonBody(body);
            const Outcome o = run(&job);
            QVERIFY2(o.success, qPrintable(o.error.displayText()));
            const QString id = job.json().value(QStringLiteral("id")).toString();
            QVERIFY(id.startsWith(QLatin1String("tnt_")));
            if (i == 0)
                firstId = id;
            else
                QCOMPARE(id, firstId);
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxClient)
#include "tst_sandboxclient.moc"
