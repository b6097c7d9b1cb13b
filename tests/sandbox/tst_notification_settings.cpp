// /v1/notification-settings over real HTTP: the guide's four toggles, session-only (API keys 403), the
// read-only role may read but not write, 422 per field, If-Match 412 and ETag 304.
#include "BillingTestSupport.h"

using namespace billingtest;

class TestNotificationSettings : public QObject
{
    Q_OBJECT
    Sandbox sb;

private slots:
    void initTestCase() { QVERIFY(sb.start(QStringLiteral("minimal"))); }

    void readAndReplace()
    {
        Reply r = sb.get(QStringLiteral("/notification-settings"), sb.adminToken);
        QCOMPARE(r.status, 200);
        for (const char *t : {"new_tenant_signups", "usage_alerts", "monthly_reports", "system_updates"})
            QVERIFY2(r.json.value(QLatin1String(t)).isBool(), t);
        QCOMPARE(r.json.value(QStringLiteral("usage_alerts")).toBool(), true);
        const QByteArray etag = r.header("etag");
        QCOMPARE(sb.request("GET", QStringLiteral("/notification-settings"), sb.adminToken,
                            QJsonValue(QJsonValue::Undefined), {{"If-None-Match", etag}})
                     .status,
                 304);
        const QJsonObject body{{QStringLiteral("new_tenant_signups"), false},
                               {QStringLiteral("usage_alerts"), true},
                               {QStringLiteral("monthly_reports"), false},
                               {QStringLiteral("system_updates"), true}};
        r = sb.request("PUT", QStringLiteral("/notification-settings"), sb.adminToken, body,
                       {{"If-Match", etag}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("system_updates")).toBool(), true);
        QCOMPARE(r.json.value(QStringLiteral("monthly_reports")).toBool(), false);
        QCOMPARE(sb.request("PUT", QStringLiteral("/notification-settings"), sb.adminToken, body,
                            {{"If-Match", etag}})
                     .status,
                 412);
        QCOMPARE(sb.get(QStringLiteral("/notification-settings"), sb.adminToken)
                     .json.value(QStringLiteral("new_tenant_signups"))
                     .toBool(),
                 false);
    }

    void validation()
    {
        const Reply r = sb.request("PUT", QStringLiteral("/notification-settings"), sb.adminToken,
                                   QJsonObject{{QStringLiteral("usage_alerts"), QStringLiteral("yes")},
                                               {QStringLiteral("weekly_digest"), true}});
        QCOMPARE(r.status, 422);
        for (const char *f : {"usage_alerts", "new_tenant_signups", "weekly_digest"})
            QVERIFY2(r.fields().contains(QLatin1String(f)), f);
    }

    void access()
    {
        QCOMPARE(sb.request("GET", QStringLiteral("/notification-settings"), {}).status, 401);
        QCOMPARE(sb.get(QStringLiteral("/notification-settings"), sb.adminKey).status, 403);
        QCOMPARE(sb.get(QStringLiteral("/notification-settings"), sb.supportToken).status, 200);
        const QJsonObject body{{QStringLiteral("new_tenant_signups"), true},
                               {QStringLiteral("usage_alerts"), true},
                               {QStringLiteral("monthly_reports"), true},
                               {QStringLiteral("system_updates"), true}};
        QCOMPARE(sb.request("PUT", QStringLiteral("/notification-settings"), sb.supportToken, body).status,
                 403);
        QCOMPARE(sb.request("PUT", QStringLiteral("/notification-settings"), sb.adminKey, body).status, 403);
        QCOMPARE(sb.request("PUT", QStringLiteral("/notification-settings"), sb.readonlyKey, body).status,
                 403);
    }
};

QTEST_GUILESS_MAIN(TestNotificationSettings)
#include "tst_notification_settings.moc"
