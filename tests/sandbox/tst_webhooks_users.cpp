// /v1/webhooks and /v1/users over real HTTP: the signing secret once (create, rotate), https-only and
// known events (422 on the field), deliveries in every status and redeliver, delete -> 404; the team:
// invite (409 email_taken), role change (409 last_admin), remove (409 cannot_remove_self, the removed
// user's session -> 401); the read-only role gets 403 on every write, API keys 403 on the team.
#include "BillingTestSupport.h"

using namespace billingtest;

class TestWebhooksUsers : public QObject
{
    Q_OBJECT
    Sandbox sb;

    static QJsonObject hookBody(const QString &url, const QJsonArray &events)
    {
        return {{QStringLiteral("url"), url},
                {QStringLiteral("description"), QStringLiteral("CRM")},
                {QStringLiteral("events"), events}};
    }

private slots:
    void initTestCase() { QVERIFY(sb.start(QStringLiteral("demo"))); }

    void webhookSecretShownOnce()
    {
        Reply r =
            sb.post(QStringLiteral("/webhooks"),
                    hookBody(QStringLiteral("https://hooks.example.com/in"),
                             QJsonArray{QStringLiteral("tenant.created"), QStringLiteral("invoice.paid")}),
                    sb.adminToken);
        QCOMPARE(r.status, 201);
        const QString id = r.json.value(QStringLiteral("id")).toString();
        const QString secret = r.json.value(QStringLiteral("secret")).toString();
        QVERIFY(id.startsWith(QLatin1String("whk_")));
        QVERIFY(secret.startsWith(QLatin1String("whsec_")));
        QCOMPARE(r.json.value(QStringLiteral("secret_last4")).toString(), secret.right(4));
        QCOMPARE(r.json.value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(r.json.value(QStringLiteral("events")).toArray().size(), 2);

        r = sb.get(QStringLiteral("/webhooks/") + id, sb.adminToken);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json.contains(QStringLiteral("secret")));
        QVERIFY(!r.body.contains(secret.toLatin1()));
        bool listed = false;
        for (const auto v : sb.all(QStringLiteral("/webhooks"), 100, sb.adminToken)) {
            QVERIFY(!v.toObject().contains(QStringLiteral("secret")));
            listed = listed || v.toObject().value(QStringLiteral("id")).toString() == id;
        }
        QVERIFY(listed);

        // Rotation: a new secret, once; the stored last 4 follow it.
        r = sb.post(QStringLiteral("/webhooks/") + id + QStringLiteral("/rotate-secret"), {}, sb.adminToken);
        QCOMPARE(r.status, 200);
        const QString rotated = r.json.value(QStringLiteral("secret")).toString();
        QVERIFY(rotated.startsWith(QLatin1String("whsec_")));
        QVERIFY(rotated != secret);
        r = sb.get(QStringLiteral("/webhooks/") + id, sb.adminToken);
        QCOMPARE(r.json.value(QStringLiteral("secret_last4")).toString(), rotated.right(4));
        QVERIFY(!r.json.contains(QStringLiteral("secret")));

        // Update: events, description, disable (manual) and enable again.
        r = sb.request("PATCH", QStringLiteral("/webhooks/") + id, sb.adminToken,
                       QJsonObject{{QStringLiteral("events"), QJsonArray{QStringLiteral("call.completed")}},
                                   {QStringLiteral("description"), QStringLiteral("Calls")},
                                   {QStringLiteral("enabled"), false}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("events")).toArray(),
                 QJsonArray{QStringLiteral("call.completed")});
        QCOMPARE(r.json.value(QStringLiteral("description")).toString(), QStringLiteral("Calls"));
        QCOMPARE(r.json.value(QStringLiteral("enabled")).toBool(), false);
        QCOMPARE(r.json.value(QStringLiteral("disabled_reason")).toString(), QStringLiteral("manual"));
        r = sb.request("PATCH", QStringLiteral("/webhooks/") + id, sb.adminToken,
                       QJsonObject{{QStringLiteral("enabled"), true}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("enabled")).toBool(), true);
        QVERIFY(r.json.value(QStringLiteral("disabled_reason")).isNull());

        // Delete: gone (404), and a tombstone for delta sync.
        QCOMPARE(sb.request("DELETE", QStringLiteral("/webhooks/") + id, sb.adminToken).status, 204);
        QCOMPARE(sb.get(QStringLiteral("/webhooks/") + id, sb.adminToken).status, 404);
        QCOMPARE(sb.request("DELETE", QStringLiteral("/webhooks/") + id, sb.adminToken).status, 404);
        QCOMPARE(
            sb.post(QStringLiteral("/webhooks/") + id + QStringLiteral("/rotate-secret"), {}, sb.adminToken)
                .status,
            404);
        bool tomb = false;
        for (const auto v :
             sb.all(QStringLiteral("/webhooks?updated_since=2000-01-01T00:00:00Z"), 100, sb.adminToken))
            tomb = tomb || (v.toObject().value(QStringLiteral("id")).toString() == id &&
                            v.toObject().value(QStringLiteral("deleted")).toBool());
        QVERIFY(tomb);
    }

    void webhookValidation_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        const QJsonArray ok{QStringLiteral("tenant.created")};
        QTest::newRow("http") << hookBody(QStringLiteral("http://hooks.example.com/in"), ok)
                              << QStringLiteral("url");
        QTest::newRow("not a url") << hookBody(QStringLiteral("hooks"), ok) << QStringLiteral("url");
        QTest::newRow("credentials") << hookBody(QStringLiteral("https://u:p@hooks.example.com/"), ok)
                                     << QStringLiteral("url");
        QTest::newRow("unknown event")
            << hookBody(QStringLiteral("https://hooks.example.com/in"),
                        QJsonArray{QStringLiteral("tenant.created"), QStringLiteral("tenant.exploded")})
            << QStringLiteral("events");
        QTest::newRow("no events") << hookBody(QStringLiteral("https://hooks.example.com/in"), QJsonArray{})
                                   << QStringLiteral("events");
        QJsonObject missing{{QStringLiteral("url"), QStringLiteral("https://hooks.example.com/in")}};
        QTest::newRow("events missing") << missing << QStringLiteral("events");
    }

    void webhookValidation()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const int before = sb.all(QStringLiteral("/webhooks"), 100, sb.adminToken).size();
        const Reply r = sb.post(QStringLiteral("/webhooks"), body, sb.adminToken);
        QCOMPARE(r.status, 422);
        QVERIFY2(r.fields().contains(field), r.body.constData());
        QCOMPARE(sb.all(QStringLiteral("/webhooks"), 100, sb.adminToken).size(), before);
    }

    void deliveriesAndRedeliver()
    {
        const QJsonArray hooks = sb.all(QStringLiteral("/webhooks"), 100, sb.adminToken);
        QVERIFY(hooks.size() >= 2);
        const QString hook = hooks.at(0).toObject().value(QStringLiteral("id")).toString();
        const QJsonArray deliveries =
            sb.all(QStringLiteral("/webhooks/") + hook + QStringLiteral("/deliveries"), 100, sb.adminToken);
        QSet<QString> statuses;
        QString failedId;
        QString failedBody;
        for (const auto v : deliveries) {
            const QJsonObject d = v.toObject();
            QCOMPARE(d.value(QStringLiteral("webhook_id")).toString(), hook);
            QCOMPARE(d.value(QStringLiteral("max_attempts")).toInt(), 8);
            QVERIFY(d.value(QStringLiteral("attempts")).toInt() <= 8);
            QVERIFY(!d.value(QStringLiteral("event_type")).toString().isEmpty());
            statuses.insert(d.value(QStringLiteral("status")).toString());
            if (d.value(QStringLiteral("status")).toString() == QLatin1String("FAILED")) {
                failedId = d.value(QStringLiteral("id")).toString();
                failedBody = d.value(QStringLiteral("request_body")).toString();
                QVERIFY(!d.value(QStringLiteral("last_attempt_at")).isNull());
                QVERIFY(d.value(QStringLiteral("response_code")).toInt() >= 400);
            }
        }
        QCOMPARE(statuses, (QSet<QString>{QStringLiteral("DELIVERED"), QStringLiteral("PENDING"),
                                          QStringLiteral("FAILED"), QStringLiteral("DEAD")}));
        QVERIFY(!failedId.isEmpty());

        // Status filter.
        const QString base = QStringLiteral("/webhooks/") + hook + QStringLiteral("/deliveries");
        for (const auto v : sb.all(base + QStringLiteral("?status=DEAD"), 100, sb.adminToken))
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("DEAD"));
        QCOMPARE(sb.get(base + QStringLiteral("?status=LOST"), sb.adminToken).status, 422);

        // Redeliver: one more delivery, PENDING, same payload, pointing at the original.
        Reply r =
            sb.post(base + QStringLiteral("/") + failedId + QStringLiteral("/redeliver"), {}, sb.adminToken);
        QCOMPARE(r.status, 202);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
        QCOMPARE(r.json.value(QStringLiteral("attempts")).toInt(), 0);
        QCOMPARE(r.json.value(QStringLiteral("request_body")).toString(), failedBody);
        QCOMPARE(r.json.value(QStringLiteral("redelivery_of")).toString(), failedId);
        QVERIFY(r.json.value(QStringLiteral("id")).toString() != failedId);
        QCOMPARE(sb.all(base, 100, sb.adminToken).size(), deliveries.size() + 1);
        QCOMPARE(sb.post(base + QStringLiteral("/dlv_zzzzzz/redeliver"), {}, sb.adminToken).status, 404);

        // A delivery of another endpoint is not found under this one; a disabled endpoint answers 409.
        const QString other = hooks.at(1).toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(sb.post(QStringLiteral("/webhooks/") + other + QStringLiteral("/deliveries/") + failedId +
                             QStringLiteral("/redeliver"),
                         {}, sb.adminToken)
                     .status,
                 404);
        QCOMPARE(hooks.at(1).toObject().value(QStringLiteral("enabled")).toBool(), false);
        const QJsonArray otherDeliveries =
            sb.all(QStringLiteral("/webhooks/") + other + QStringLiteral("/deliveries"), 100, sb.adminToken);
        QVERIFY(!otherDeliveries.isEmpty());
        QCOMPARE(sb.post(QStringLiteral("/webhooks/") + other + QStringLiteral("/deliveries/") +
                             otherDeliveries.at(0).toObject().value(QStringLiteral("id")).toString() +
                             QStringLiteral("/redeliver"),
                         {}, sb.adminToken)
                     .status,
                 409);
    }

    void readOnlyGets403OnEveryWrite()
    {
        const QString hook = sb.all(QStringLiteral("/webhooks"), 100, sb.adminToken)
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toString();
        const QString dlv =
            sb.all(QStringLiteral("/webhooks/") + hook + QStringLiteral("/deliveries"), 100, sb.adminToken)
                .at(0)
                .toObject()
                .value(QStringLiteral("id"))
                .toString();
        const QString user = sb.all(QStringLiteral("/users"), 100, sb.adminToken)
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toString();
        const QByteArray t = sb.supportToken;
        QCOMPARE(sb.get(QStringLiteral("/webhooks"), t).status, 200);
        QCOMPARE(sb.get(QStringLiteral("/users"), t).status, 200);
        QCOMPARE(sb.post(QStringLiteral("/webhooks"),
                         hookBody(QStringLiteral("https://hooks.example.com/in"),
                                  QJsonArray{QStringLiteral("tenant.created")}),
                         t)
                     .status,
                 403);
        QCOMPARE(sb.request("PATCH", QStringLiteral("/webhooks/") + hook, t,
                            QJsonObject{{QStringLiteral("enabled"), false}})
                     .status,
                 403);
        QCOMPARE(sb.request("DELETE", QStringLiteral("/webhooks/") + hook, t).status, 403);
        QCOMPARE(
            sb.post(QStringLiteral("/webhooks/") + hook + QStringLiteral("/rotate-secret"), {}, t).status,
            403);
        QCOMPARE(sb.post(QStringLiteral("/webhooks/") + hook + QStringLiteral("/deliveries/") + dlv +
                             QStringLiteral("/redeliver"),
                         {}, t)
                     .status,
                 403);
        QCOMPARE(sb.post(QStringLiteral("/users"),
                         QJsonObject{{QStringLiteral("email"), QStringLiteral("x@example.com")},
                                     {QStringLiteral("name"), QStringLiteral("X")},
                                     {QStringLiteral("role"), QStringLiteral("partner_user")}},
                         t)
                     .status,
                 403);
        QCOMPARE(sb.request("PATCH", QStringLiteral("/users/") + user, t,
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("Y")}})
                     .status,
                 403);
        QCOMPARE(sb.request("DELETE", QStringLiteral("/users/") + user, t).status, 403);
        // The team is session-only; the webhooks scope works for keys.
        QCOMPARE(sb.get(QStringLiteral("/users"), sb.adminKey).status, 403);
        QCOMPARE(sb.get(QStringLiteral("/webhooks"), sb.adminKey).status, 200);
        QCOMPARE(sb.request("GET", QStringLiteral("/webhooks"), {}).status, 401);
    }

    void team()
    {
        // Invite: validation, then 201 invited, then 409 for the same address (any case).
        Reply r = sb.post(QStringLiteral("/users"),
                          QJsonObject{{QStringLiteral("email"), QStringLiteral("not-an-email")},
                                      {QStringLiteral("role"), QStringLiteral("owner")}},
                          sb.adminToken);
        QCOMPARE(r.status, 422);
        for (const char *f : {"email", "name", "role"})
            QVERIFY2(r.fields().contains(QLatin1String(f)), f);
        const QJsonObject invite{{QStringLiteral("email"), QStringLiteral("pat@acmephones.example")},
                                 {QStringLiteral("name"), QStringLiteral("Pat Lee")},
                                 {QStringLiteral("role"), QStringLiteral("partner_user")}};
        r = sb.post(QStringLiteral("/users"), invite, sb.adminToken);
        QCOMPARE(r.status, 201);
        const QString pat = r.json.value(QStringLiteral("id")).toString();
        QVERIFY(pat.startsWith(QLatin1String("usr_")));
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("invited"));
        QVERIFY(!r.json.value(QStringLiteral("invite_expires_at")).isNull());
        QJsonObject again = invite;
        again.insert(QStringLiteral("email"), QStringLiteral("PAT@acmephones.example"));
        r = sb.post(QStringLiteral("/users"), again, sb.adminToken);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.error().value(QStringLiteral("code")).toString(), QStringLiteral("email_taken"));
        QCOMPARE(
            sb.post(QStringLiteral("/users"),
                    QJsonObject{{QStringLiteral("email"), sb.creds.value(QStringLiteral("support_email"))},
                                {QStringLiteral("name"), QStringLiteral("Dup")},
                                {QStringLiteral("role"), QStringLiteral("partner_user")}},
                    sb.adminToken)
                .status,
            409);

        // Role change.
        r = sb.request("PATCH", QStringLiteral("/users/") + pat, sb.adminToken,
                       QJsonObject{{QStringLiteral("role"), QStringLiteral("partner_admin")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("role")).toString(), QStringLiteral("partner_admin"));
        QCOMPARE(sb.get(QStringLiteral("/users/") + pat, sb.adminToken)
                     .json.value(QStringLiteral("role"))
                     .toString(),
                 QStringLiteral("partner_admin"));
        QCOMPARE(sb.request("PATCH", QStringLiteral("/users/") + pat, sb.adminToken,
                            QJsonObject{{QStringLiteral("role"), QStringLiteral("root")}})
                     .status,
                 422);

        // Remove yourself: 409.
        const QString me = sb.get(QStringLiteral("/me"), sb.adminToken)
                               .json.value(QStringLiteral("user"))
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString();
        QVERIFY(!me.isEmpty());
        r = sb.request("DELETE", QStringLiteral("/users/") + me, sb.adminToken);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.error().value(QStringLiteral("code")).toString(), QStringLiteral("cannot_remove_self"));

        // Demoting the other active admin is fine; demoting the last active one is 409 last_admin (the
        // invited admin pat does not count).
        QString totpAdmin;
        for (const auto v : sb.all(QStringLiteral("/users"), 100, sb.adminToken))
            if (v.toObject().value(QStringLiteral("email")).toString() ==
                sb.creds.value(QStringLiteral("totp_email")).toString())
                totpAdmin = v.toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!totpAdmin.isEmpty());
        const QJsonObject demote{{QStringLiteral("role"), QStringLiteral("partner_user")}};
        QCOMPARE(sb.request("PATCH", QStringLiteral("/users/") + totpAdmin, sb.adminToken, demote).status,
                 200);
        r = sb.request("PATCH", QStringLiteral("/users/") + me, sb.adminToken, demote);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.error().value(QStringLiteral("code")).toString(), QStringLiteral("last_admin"));
        QCOMPARE(sb.request("PATCH", QStringLiteral("/users/") + totpAdmin, sb.adminToken,
                            QJsonObject{{QStringLiteral("role"), QStringLiteral("partner_admin")}})
                     .status,
                 200);

        // Remove the invited user and the read-only support user; the latter's session stops working.
        QCOMPARE(sb.request("DELETE", QStringLiteral("/users/") + pat, sb.adminToken).status, 204);
        QCOMPARE(sb.get(QStringLiteral("/users/") + pat, sb.adminToken).status, 404);
        QString support;
        for (const auto v : sb.all(QStringLiteral("/users"), 100, sb.adminToken))
            if (v.toObject().value(QStringLiteral("email")).toString() ==
                sb.creds.value(QStringLiteral("support_email")).toString())
                support = v.toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!support.isEmpty());
        QCOMPARE(sb.get(QStringLiteral("/me"), sb.supportToken).status, 200);
        QCOMPARE(sb.request("DELETE", QStringLiteral("/users/") + support, sb.adminToken).status, 204);
        QCOMPARE(sb.get(QStringLiteral("/me"), sb.supportToken).status, 401);
        QCOMPARE(sb.get(QStringLiteral("/webhooks"), sb.supportToken).status, 401);
        bool tomb = false;
        for (const auto v :
             sb.all(QStringLiteral("/users?updated_since=2000-01-01T00:00:00Z"), 100, sb.adminToken))
            tomb = tomb || (v.toObject().value(QStringLiteral("id")).toString() == support &&
                            v.toObject().value(QStringLiteral("deleted")).toBool());
        QVERIFY(tomb);
        // The address can be invited again once its user is removed.
        QCOMPARE(sb.post(QStringLiteral("/users"), invite, sb.adminToken).status, 201);
    }
};

QTEST_GUILESS_MAIN(TestWebhooksUsers)
#include "tst_webhooks_users.moc"
