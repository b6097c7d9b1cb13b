// /v1/api-keys over real HTTP: the plaintext once, masked listing, scopes and tenant scope enforced on
// the created key, edit, revoke -> 401 for that key, session-only (keys get 403), validation and 409s.
#include "BillingTestSupport.h"

using namespace billingtest;

class TestApiKeys : public QObject
{
    Q_OBJECT
    Sandbox sb;

private slots:
    void initTestCase() { QVERIFY(sb.start(QStringLiteral("demo"))); }

    void lifecycle()
    {
        const QJsonArray tenants = sb.all(QStringLiteral("/tenants"));
        QVERIFY(tenants.size() >= 2);
        const QString t0 = tenants.at(0).toObject().value(QStringLiteral("id")).toString();
        const QString t1 = tenants.at(1).toObject().value(QStringLiteral("id")).toString();
        Reply r = sb.post(QStringLiteral("/api-keys"),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("Reporting")},
                                      {QStringLiteral("scopes"), QJsonArray{QStringLiteral("billing:read")}},
                                      {QStringLiteral("tenant_ids"), QJsonArray{t0}},
                                      {QStringLiteral("rate_limit_per_minute"), 500}},
                          sb.adminToken);
        QCOMPARE(r.status, 201);
        const QString secret = r.json.value(QStringLiteral("secret")).toString();
        const QString id = r.json.value(QStringLiteral("id")).toString();
        QVERIFY(secret.startsWith(QLatin1String("sk_test_")));
        QCOMPARE(r.json.value(QStringLiteral("masked_key")).toString(),
                 QStringLiteral("sk_test_...") + secret.right(4));
        // Shown once: never again.
        r = sb.get(QStringLiteral("/api-keys/") + id, sb.adminToken);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json.contains(QStringLiteral("secret")));
        QVERIFY(!r.body.contains(secret.toLatin1()));
        bool listed = false;
        for (const auto v : sb.all(QStringLiteral("/api-keys"), 2, sb.adminToken)) {
            QVERIFY(!v.toObject().contains(QStringLiteral("secret")));
            QVERIFY(v.toObject()
                        .value(QStringLiteral("masked_key"))
                        .toString()
                        .startsWith(QLatin1String("sk_test_...")));
            listed = listed || v.toObject().value(QStringLiteral("id")).toString() == id;
        }
        QVERIFY(listed);
        // The key works within its scopes and tenant scope.
        const QByteArray key = secret.toLatin1();
        QCOMPARE(sb.get(QStringLiteral("/invoices?limit=5"), key).status, 200);
        for (const auto v :
             sb.get(QStringLiteral("/invoices?limit=50"), key).json.value(QStringLiteral("data")).toArray())
            QCOMPARE(v.toObject().value(QStringLiteral("tenant_id")).toString(), t0);
        QCOMPARE(sb.get(QStringLiteral("/tenants"), key).status, 403);                // no tenants scope
        QCOMPARE(sb.post(QStringLiteral("/tax-jurisdictions"), {}, key).status, 403); // no billing:write
        const QString other = sb.all(QStringLiteral("/invoices?tenant_id=") + t1)
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toString();
        QCOMPARE(sb.get(QStringLiteral("/invoices/") + other, key).status, 403); // outside the tenant scope
        // Edit: scopes and tenant scope; name and key never change.
        r = sb.request("PATCH", QStringLiteral("/api-keys/") + id, sb.adminToken,
                       QJsonObject{{QStringLiteral("name"), QStringLiteral("Renamed")}});
        QCOMPARE(r.status, 422);
        QVERIFY(r.fields().contains(QStringLiteral("name")));
        r = sb.request("PATCH", QStringLiteral("/api-keys/") + id, sb.adminToken,
                       QJsonObject{{QStringLiteral("scopes"), QJsonArray{QStringLiteral("billing:read"),
                                                                         QStringLiteral("tenants:read")}},
                                   {QStringLiteral("tenant_ids"), QJsonValue(QJsonValue::Null)}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(QStringLiteral("tenant_ids")).isNull());
        QCOMPARE(sb.get(QStringLiteral("/tenants?limit=1"), key).status, 200);
        QCOMPARE(sb.get(QStringLiteral("/invoices/") + other, key).status, 200);
        // Revoke: that key gets 401 at once, stays listed as REVOKED.
        r = sb.request("DELETE", QStringLiteral("/api-keys/") + id, sb.adminToken);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("REVOKED"));
        QCOMPARE(sb.get(QStringLiteral("/invoices?limit=1"), key).status, 401);
        QCOMPARE(sb.request("DELETE", QStringLiteral("/api-keys/") + id, sb.adminToken).status, 409);
        QCOMPARE(sb.request("PATCH", QStringLiteral("/api-keys/") + id, sb.adminToken,
                            QJsonObject{{QStringLiteral("rate_limit_per_minute"), 10}})
                     .status,
                 409);
    }

    void validationAndAccess()
    {
        Reply r =
            sb.post(QStringLiteral("/api-keys"),
                    QJsonObject{{QStringLiteral("scopes"), QJsonArray{QStringLiteral("billing:admin")}},
                                {QStringLiteral("tenant_ids"), QJsonArray{QStringLiteral("tnt_zzzzzzzz")}},
                                {QStringLiteral("rate_limit_per_minute"), 10001}},
                    sb.adminToken);
        QCOMPARE(r.status, 422);
        for (const char *f : {"name", "scopes", "tenant_ids", "rate_limit_per_minute"})
            QVERIFY2(r.fields().contains(QLatin1String(f)), f);
        const QJsonObject ok{{QStringLiteral("name"), QStringLiteral("x")},
                             {QStringLiteral("scopes"), QJsonArray{QStringLiteral("tenants:read")}}};
        QCOMPARE(sb.post(QStringLiteral("/api-keys"), ok, sb.adminKey).status, 403); // keys cannot mint keys
        QCOMPARE(sb.post(QStringLiteral("/api-keys"), ok, sb.supportToken).status, 403); // read-only role
        QCOMPARE(sb.get(QStringLiteral("/api-keys"), sb.adminKey).status, 403);
        QCOMPARE(sb.get(QStringLiteral("/api-keys"), sb.supportToken).status, 200);
        QCOMPARE(sb.get(QStringLiteral("/api-keys/key_zzzzzzzz"), sb.adminToken).status, 404);
        QCOMPARE(sb.request("GET", QStringLiteral("/api-keys"), {}).status, 401);
        bool expired = false, revoked = false;
        for (const auto v : sb.all(QStringLiteral("/api-keys"), 100, sb.adminToken)) {
            expired = expired ||
                      v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("EXPIRED");
            revoked = revoked ||
                      v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("REVOKED");
        }
        QVERIFY(expired && revoked);
    }
};

QTEST_GUILESS_MAIN(TestApiKeys)
#include "tst_apikeys.moc"
