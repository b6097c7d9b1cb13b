// The sandbox framework and its core resources (auth, tenants, limits, phone numbers, partner), driven
// over real HTTP on loopback against an in-process SandboxServer on a temporary data folder.
#include "SandboxServer.h"
#include "SandboxTestClient.h"

#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace simuwave::sandbox;

namespace {

// RFC 6238 written independently of the sandbox's own implementation.
QString totp(const QByteArray &base32, qint64 unixSeconds)
{
    QByteArray key;
    quint64 buf = 0;
    int bits = 0;
    for (char c : base32) {
        const int v = (c >= 'A' && c <= 'Z') ? c - 'A' : c - '2' + 26;
        buf = (buf << 5) | quint64(v);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            key.append(char((buf >> bits) & 0xff));
        }
    }
    QByteArray msg(8, 0);
    quint64 counter = quint64(unixSeconds / 30);
    for (int i = 7; i >= 0; --i, counter >>= 8)
        msg[i] = char(counter & 0xff);
    const QByteArray h = QMessageAuthenticationCode::hash(msg, key, QCryptographicHash::Sha1);
    const int o = h.at(19) & 0xf;
    const quint32 bin = (quint32(quint8(h.at(o)) & 0x7f) << 24) | (quint32(quint8(h.at(o + 1))) << 16) |
                        (quint32(quint8(h.at(o + 2))) << 8) | quint32(quint8(h.at(o + 3)));
    return QStringLiteral("%1").arg(bin % 1000000, 6, 10, QLatin1Char('0'));
}

QJsonObject validTenant(const QString &sip)
{
    return {{QStringLiteral("name"), QStringLiteral("Test Tenant %1").arg(sip)},
            {QStringLiteral("sip_prefix"), sip},
            {QStringLiteral("billing_email"), QStringLiteral("billing@%1.example").arg(sip)}};
}

QJsonObject address(const QString &street, const QString &city = QStringLiteral("Little Rock"))
{
    return {{QStringLiteral("street"), street},
            {QStringLiteral("city"), city},
            {QStringLiteral("state"), QStringLiteral("AR")},
            {QStringLiteral("zip"), QStringLiteral("72201")},
            {QStringLiteral("country"), QStringLiteral("US")}};
}

} // namespace

class TestSandboxCore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_http;
    QJsonObject m_creds;

    QByteArray cred(const char *key) const { return m_creds.value(QLatin1String(key)).toString().toUtf8(); }
    void startServer(const QString &seed)
    {
        m_http.reset();
        m_server.reset();
        QVERIFY(m_dir.isValid());
        SandboxOptions o;
        o.dataDir = m_dir.filePath(seed + QString::number(QDateTime::currentMSecsSinceEpoch()));
        o.seed = seed;
        o.knobs.enabled = true; // the admin endpoint moves the clock; faults stay off
        m_server = std::make_unique<SandboxServer>();
        QString error;
        QVERIFY2(m_server->start(o, &error), qPrintable(error));
        m_creds = m_server->credentials();
        m_http = std::make_unique<SandboxTestClient>(m_server->baseUrl());
        m_http->setToken(QString::fromUtf8(cred("admin_api_key")));
    }
    SandboxReply advance(qint64 seconds)
    {
        return m_http->call("POST", QStringLiteral("/sandbox/clock/advance"),
                            QJsonObject{{QStringLiteral("seconds"), seconds}});
    }
    QString createTenant(const QString &sip)
    {
        const auto r = m_http->call("POST", QStringLiteral("/tenants"), validTenant(sip));
        if (r.status != 201)
            qWarning() << r.body;
        return r.json().value(QStringLiteral("id")).toString();
    }
    QString buyNumber()
    {
        const auto avail =
            m_http->call("GET", QStringLiteral("/phone-numbers/available?type=local&state=TX&quantity=1"));
        const QString e164 = avail.json()
                                 .value(QStringLiteral("data"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("e164"))
                                 .toString();
        const auto r = m_http->call("POST", QStringLiteral("/phone-numbers/purchase"),
                                    QJsonObject{{QStringLiteral("numbers"), QJsonArray{e164}}});
        return r.json()
            .value(QStringLiteral("data"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    }

private slots:
    void initTestCase() { startServer(QStringLiteral("minimal")); }

    void executablePrintsOneJsonLine()
    {
        QProcess p;
        p.setProgram(QStringLiteral(SIMUWAVE_BINARY_DIR "/bin/simuwave-sandbox"));
        p.setArguments({QStringLiteral("--data"), m_dir.filePath(QStringLiteral("spawned")),
                        QStringLiteral("--seed"), QStringLiteral("minimal")});
        p.start();
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine(), 20000);
        const QByteArray line = p.readLine();
        QJsonParseError pe;
        const QJsonObject o = QJsonDocument::fromJson(line, &pe).object();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        for (const char *k : {"url", "admin_email", "admin_password", "admin_api_key", "support_email",
                              "support_password", "readonly_api_key"})
            QVERIFY2(!o.value(QLatin1String(k)).toString().isEmpty(), k);
        const QUrl url(o.value(QStringLiteral("url")).toString());
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(url.path(), QStringLiteral("/v1"));
        SandboxTestClient c(url);
        const auto me = c.call("GET", QStringLiteral("/me"), QByteArray(), {},
                               o.value(QStringLiteral("admin_api_key")).toString().toUtf8());
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QStringLiteral("auth_type")).toString(), QStringLiteral("api_key"));
        QVERIFY(!p.canReadLine()); // exactly one line
        p.terminate();
        p.waitForFinished(5000);
    }

    void routesAreListed()
    {
        const auto routes = m_server->routes();
        QVERIFY(routes.contains(RouteInfo{"GET", QStringLiteral("/v1/tenants/{id}")}));
        QVERIFY(routes.contains(RouteInfo{"POST", QStringLiteral("/v1/phone-numbers/{id}/assign")}));
        QVERIFY(routes.contains(RouteInfo{"PUT", QStringLiteral("/v1/tenants/{id}/limits")}));
    }

    void sessionsAndTwoFactor()
    {
        const auto bad =
            m_http->call("POST", QStringLiteral("/auth/sessions"),
                         QJsonObject{{QStringLiteral("email"), QString::fromUtf8(cred("admin_email"))},
                                     {QStringLiteral("password"), QStringLiteral("wrong-Password1")}},
                         {}, "-");
        QCOMPARE(bad.status, 401);
        QCOMPARE(bad.errorCode(), QStringLiteral("invalid_credentials"));
        const auto missing = m_http->call("POST", QStringLiteral("/auth/sessions"), QJsonObject{}, {}, "-");
        QCOMPARE(missing.status, 422);
        QVERIFY(missing.fields().contains(QStringLiteral("email")));
        QVERIFY(missing.fields().contains(QStringLiteral("password")));

        const QJsonObject twoFa{{QStringLiteral("email"), QString::fromUtf8(cred("totp_email"))},
                                {QStringLiteral("password"), QString::fromUtf8(cred("totp_password"))}};
        auto r = m_http->call("POST", QStringLiteral("/auth/sessions"), twoFa, {}, "-");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("totp_required"));
        QJsonObject withCode = twoFa;
        withCode.insert(QStringLiteral("totp_code"),
                        QStringLiteral("000000") ==
                                totp(cred("totp_secret"), QDateTime::currentSecsSinceEpoch())
                            ? QStringLiteral("111111")
                            : QStringLiteral("000000"));
        r = m_http->call("POST", QStringLiteral("/auth/sessions"), withCode, {}, "-");
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_totp_code"));
        withCode.insert(QStringLiteral("totp_code"),
                        totp(cred("totp_secret"), QDateTime::currentSecsSinceEpoch()));
        r = m_http->call("POST", QStringLiteral("/auth/sessions"), withCode, {}, "-");
        QCOMPARE(r.status, 201);
        const QByteArray token = r.json().value(QStringLiteral("token")).toString().toUtf8();
        const auto expires =
            QDateTime::fromString(r.json().value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 8 * 3600) < 120);

        auto me = m_http->call("GET", QStringLiteral("/me"), QByteArray(), {}, token);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QStringLiteral("role")).toString(), QStringLiteral("partner_admin"));
        QCOMPARE(me.json()
                     .value(QStringLiteral("user"))
                     .toObject()
                     .value(QStringLiteral("two_factor_enabled"))
                     .toBool(),
                 true);
        QCOMPARE(
            m_http->call("DELETE", QStringLiteral("/auth/sessions/current"), QByteArray(), {}, token).status,
            204);
        me = m_http->call("GET", QStringLiteral("/me"), QByteArray(), {}, token);
        QCOMPARE(me.status, 401);
        QCOMPARE(me.errorCode(), QStringLiteral("session_revoked"));
    }

    void sessionExpiresAfterEightHours()
    {
        const auto r = m_http->call(
            "POST", QStringLiteral("/auth/sessions"),
            QJsonObject{{QStringLiteral("email"), QString::fromUtf8(cred("support_email"))},
                        {QStringLiteral("password"), QString::fromUtf8(cred("support_password"))}},
            {}, "-");
        QCOMPARE(r.status, 201);
        const QByteArray token = r.json().value(QStringLiteral("token")).toString().toUtf8();
        QCOMPARE(m_http->call("GET", QStringLiteral("/me"), QByteArray(), {}, token).status, 200);
        QCOMPARE(advance(8 * 3600 + 1).status, 200);
        const auto me = m_http->call("GET", QStringLiteral("/me"), QByteArray(), {}, token);
        QCOMPARE(me.status, 401);
        QCOMPARE(me.errorCode(), QStringLiteral("session_expired"));
    }

    void unauthorizedAnswers_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("code");
        QTest::newRow("missing") << QByteArray("-") << QStringLiteral("missing_credentials");
        QTest::newRow("garbage key") << QByteArray("sk_test_nope") << QStringLiteral("invalid_api_key");
        QTest::newRow("garbage token") << QByteArray("sws_nope") << QStringLiteral("invalid_token");
        QTest::newRow("revoked") << QByteArray() << QStringLiteral("api_key_revoked");
        QTest::newRow("expired") << QByteArray() << QStringLiteral("api_key_expired");
    }
    void unauthorizedAnswers()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, code);
        if (token.isEmpty())
            token = cred(code == QLatin1String("api_key_revoked") ? "revoked_api_key" : "expired_api_key");
        const auto r = m_http->call("GET", QStringLiteral("/tenants"), QByteArray(), {}, token);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), code);
        QVERIFY(!r.header("x-request-id").isEmpty());
        QCOMPARE(r.error_().value(QStringLiteral("request_id")).toString().toUtf8(),
                 r.header("x-request-id"));
        for (const char *k : {"type", "code", "message", "param", "fields", "request_id"})
            QVERIFY2(r.error_().contains(QLatin1String(k)), k);
    }

    // The read-only role and a key without write scopes get 403 on EVERY write route.
    void readOnlyForbiddenOnEveryWrite()
    {
        const auto session = m_http->call(
            "POST", QStringLiteral("/auth/sessions"),
            QJsonObject{{QStringLiteral("email"), QString::fromUtf8(cred("support_email"))},
                        {QStringLiteral("password"), QString::fromUtf8(cred("support_password"))}},
            {}, "-");
        QCOMPARE(session.status, 201);
        const QByteArray support = session.json().value(QStringLiteral("token")).toString().toUtf8();
        int writes = 0;
        for (const RouteInfo &r : m_server->routes()) {
            if (r.method == "GET" || r.pattern.startsWith(QLatin1String("/v1/auth/")) ||
                r.pattern.startsWith(QLatin1String("/v1/sandbox/")))
                continue;
            QString path = r.pattern.mid(3);
            path.replace(QRegularExpression(QStringLiteral("\\{[a-z_]+\\}")), QStringLiteral("x_00000001"));
            for (const QByteArray &token : {support, cred("readonly_api_key")}) {
                const auto a = m_http->call(r.method, path, QJsonObject{}, {}, token);
                QVERIFY2(a.status == 403,
                         qPrintable(QString::fromLatin1(r.method) + QLatin1Char(' ') + r.pattern));
                QCOMPARE(a.errorCode(), QStringLiteral("permission_denied"));
            }
            ++writes;
        }
        QVERIFY(writes >= 20);
        // Reading still works.
        QCOMPARE(m_http->call("GET", QStringLiteral("/tenants"), QByteArray(), {}, support).status, 200);
    }

    void unknownRouteMethodAndBodySize()
    {
        auto r = m_http->call("GET", QStringLiteral("/nothing-here"));
        QCOMPARE(r.status, 404);
        QVERIFY(!r.header("x-request-id").isEmpty());
        r = m_http->call("PUT", QStringLiteral("/tenants"), QJsonObject{});
        QCOMPARE(r.status, 405);
        QVERIFY(r.header("allow").contains("GET"));
        r = m_http->call("POST", QStringLiteral("/tenants"), QByteArray(11 * 1024 * 1024, 'x'));
        QCOMPARE(r.status, 413);
        r = m_http->call("POST", QStringLiteral("/tenants"), QByteArray("{not json"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_json"));
    }

    void tenantLifecycleEtagsAndConflicts()
    {
        auto r = m_http->call("POST", QStringLiteral("/tenants"), validTenant(QStringLiteral("etag1")));
        QCOMPARE(r.status, 201);
        const QString id = r.json().value(QStringLiteral("id")).toString();
        QVERIFY(id.startsWith(QLatin1String("tnt_")));
        QCOMPARE(r.header("location"), "/v1/tenants/" + id.toUtf8());
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("TRIAL"));
        // Limits come from the tenant defaults (the guide's recommended values).
        QCOMPARE(
            r.json().value(QStringLiteral("limits")).toObject().value(QStringLiteral("max_dids")).toInt(),
            10);

        r = m_http->call("POST", QStringLiteral("/tenants"), validTenant(QStringLiteral("ETAG1")));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("sip_prefix_taken"));

        const auto get = m_http->call("GET", QStringLiteral("/tenants/") + id);
        QCOMPARE(get.status, 200);
        const QByteArray etag = get.header("etag");
        QVERIFY(!etag.isEmpty());
        QCOMPARE(
            m_http->call("GET", QStringLiteral("/tenants/") + id, QByteArray(), {{"If-None-Match", etag}})
                .status,
            304);

        r = m_http->call("PATCH", QStringLiteral("/tenants/") + id,
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("Renamed")}},
                         {{"If-Match", etag}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("name")).toString(), QStringLiteral("Renamed"));
        r = m_http->call("PATCH", QStringLiteral("/tenants/") + id,
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("Again")}},
                         {{"If-Match", etag}});
        QCOMPARE(r.status, 412);
        QCOMPARE(r.errorCode(), QStringLiteral("etag_mismatch"));
        QCOMPARE(m_http->call("GET", QStringLiteral("/tenants/") + id)
                     .json()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Renamed"));

        r = m_http->call("PATCH", QStringLiteral("/tenants/") + id,
                         QJsonObject{{QStringLiteral("sip_prefix"), QStringLiteral("other")}});
        QCOMPARE(r.status, 422);
        QVERIFY(r.fields().contains(QStringLiteral("sip_prefix")));

        r = m_http->call("POST", QStringLiteral("/tenants/") + id + QStringLiteral("/suspend"),
                         QJsonObject{});
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("SUSPENDED"));
        QCOMPARE(r.json().value(QStringLiteral("suspension_reason")).toString(), QStringLiteral("manual"));
        QCOMPARE(
            m_http->call("POST", QStringLiteral("/tenants/") + id + QStringLiteral("/suspend"), QJsonObject{})
                .errorCode(),
            QStringLiteral("invalid_status_transition"));
        r = m_http->call("POST", QStringLiteral("/tenants/") + id + QStringLiteral("/unsuspend"),
                         QJsonObject{});
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));

        r = m_http->call("DELETE", QStringLiteral("/tenants/") + id);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("CANCELLED"));
        QVERIFY(!r.json().value(QStringLiteral("purge_at")).isNull());
        QCOMPARE(m_http->call("DELETE", QStringLiteral("/tenants/") + id).errorCode(),
                 QStringLiteral("tenant_cancelled"));
        QCOMPARE(m_http
                     ->call("PATCH", QStringLiteral("/tenants/") + id,
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("X")}})
                     .status,
                 409);
        QCOMPARE(m_http->call("GET", QStringLiteral("/tenants/tnt_zzzzzzzz")).status, 404);
        QCOMPARE(m_http->call("GET", QStringLiteral("/tenants/bogus")).status, 404);
    }

    void tenantValidation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("errorField");
        QTest::newRow("name empty") << "name" << QJsonValue(QStringLiteral("   ")) << "name";
        QTest::newRow("name too long") << "name" << QJsonValue(QString(101, QLatin1Char('a'))) << "name";
        QTest::newRow("name not a string") << "name" << QJsonValue(42) << "name";
        QTest::newRow("sip too short") << "sip_prefix" << QJsonValue(QStringLiteral("ab")) << "sip_prefix";
        QTest::newRow("sip punctuation")
            << "sip_prefix" << QJsonValue(QStringLiteral("ab-cd")) << "sip_prefix";
        QTest::newRow("sip too long")
            << "sip_prefix" << QJsonValue(QStringLiteral("abcdefghijklm")) << "sip_prefix";
        QTest::newRow("email") << "billing_email" << QJsonValue(QStringLiteral("not-an-email"))
                               << "billing_email";
        QTest::newRow("cnam 16") << "default_cnam" << QJsonValue(QStringLiteral("ABCDEFGHIJKLMNOP"))
                                 << "default_cnam";
        QTest::newRow("timezone") << "timezone" << QJsonValue(QStringLiteral("Mars/Olympus")) << "timezone";
        QTest::newRow("status cancelled") << "status" << QJsonValue(QStringLiteral("CANCELLED")) << "status";
        QTest::newRow("po box") << "e911_address" << QJsonValue(address(QStringLiteral("PO Box 12")))
                                << "e911_address.street";
        QTest::newRow("no number") << "e911_address" << QJsonValue(address(QStringLiteral("Main Street")))
                                   << "e911_address.street";
        QTest::newRow("city comma") << "e911_address"
                                    << QJsonValue(address(QStringLiteral("1 Main St"),
                                                          QStringLiteral("St. Louis, MO")))
                                    << "e911_address.city";
        QJsonObject badZip = address(QStringLiteral("1 Main St"));
        badZip.insert(QStringLiteral("zip"), QStringLiteral("1234"));
        QTest::newRow("zip") << "e911_address" << QJsonValue(badZip) << "e911_address.zip";
        QJsonObject badState = address(QStringLiteral("1 Main St"));
        badState.insert(QStringLiteral("state"), QStringLiteral("XX"));
        QTest::newRow("state") << "e911_address" << QJsonValue(badState) << "e911_address.state";
        QTest::newRow("limit negative")
            << "limits" << QJsonValue(QJsonObject{{QStringLiteral("max_dids"), -1}}) << "limits.max_dids";
        QTest::newRow("threshold 0") << "limits"
                                     << QJsonValue(
                                            QJsonObject{{QStringLiteral("alert_threshold_percent"), 0}})
                                     << "limits.alert_threshold_percent";
        QTest::newRow("cap not integer")
            << "limits" << QJsonValue(QJsonObject{{QStringLiteral("monthly_spend_cents"), 12.5}})
            << "limits.monthly_spend_cents";
    }
    void tenantValidation()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, errorField);
        QJsonObject body = validTenant(QStringLiteral("valtest"));
        body.insert(field, value);
        const int before = m_http->call("GET", QStringLiteral("/tenants?limit=1000"))
                               .json()
                               .value(QStringLiteral("data"))
                               .toArray()
                               .size();
        const auto r = m_http->call("POST", QStringLiteral("/tenants"), body);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.error_().value(QStringLiteral("type")).toString(), QStringLiteral("validation_error"));
        QVERIFY2(r.fields().contains(errorField), r.body.constData());
        QVERIFY(!r.fields().value(errorField).toString().isEmpty());
        QCOMPARE(m_http->call("GET", QStringLiteral("/tenants?limit=1000"))
                     .json()
                     .value(QStringLiteral("data"))
                     .toArray()
                     .size(),
                 before);
    }

    void limitsAndDefaults()
    {
        const QString id = createTenant(QStringLiteral("limits1"));
        auto r = m_http->call("PUT", QStringLiteral("/tenants/") + id + QStringLiteral("/limits"),
                              QJsonObject{{QStringLiteral("monthly_spend_cents"), QJsonValue::Null},
                                          {QStringLiteral("max_extensions"), 5},
                                          {QStringLiteral("max_dids"), 2},
                                          {QStringLiteral("max_monthly_minutes"), QJsonValue::Null},
                                          {QStringLiteral("alert_threshold_percent"), 50},
                                          {QStringLiteral("auto_suspend"), true}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value(QStringLiteral("monthly_spend_cents")).isNull());
        QCOMPARE(r.json().value(QStringLiteral("max_dids")).toInt(), 2);
        r = m_http->call("PUT", QStringLiteral("/tenants/") + id + QStringLiteral("/limits"),
                         QJsonObject{{QStringLiteral("max_dids"), QStringLiteral("2")}});
        QCOMPARE(r.status, 422);
        QVERIFY(r.fields().contains(QStringLiteral("max_dids")));
        r = m_http->call("POST", QStringLiteral("/tenants/") + id + QStringLiteral("/limits/reset"),
                         QJsonObject{});
        QCOMPARE(r.json().value(QStringLiteral("max_dids")).toInt(), 10);
        QCOMPARE(r.json().value(QStringLiteral("monthly_spend_cents")).toInt(), 50000);

        r = m_http->call("GET", QStringLiteral("/tenant-defaults"));
        QCOMPARE(r.status, 200);
        QJsonObject d = r.json();
        QJsonObject lim = d.value(QStringLiteral("limits")).toObject();
        lim.insert(QStringLiteral("max_dids"), 3);
        lim.remove(QStringLiteral("updated_at"));
        d.insert(QStringLiteral("limits"), lim);
        d.insert(QStringLiteral("timezone"), QStringLiteral("America/Denver"));
        d.remove(QStringLiteral("updated_at"));
        QCOMPARE(m_http->call("PUT", QStringLiteral("/tenant-defaults"), d).status, 200);
        const auto t =
            m_http->call("POST", QStringLiteral("/tenants"), validTenant(QStringLiteral("limits2")));
        QCOMPARE(t.json().value(QStringLiteral("timezone")).toString(), QStringLiteral("America/Denver"));
        QCOMPARE(
            t.json().value(QStringLiteral("limits")).toObject().value(QStringLiteral("max_dids")).toInt(), 3);
        const auto usage = m_http->call("GET", QStringLiteral("/tenants/") + id + QStringLiteral("/usage"));
        QCOMPARE(usage.status, 200);
        QCOMPARE(usage.json().value(QStringLiteral("dids")).toObject().value(QStringLiteral("limit")).toInt(),
                 10);
    }

    void numbersSearchPurchaseLifecycle()
    {
        auto r = m_http->call("GET", QStringLiteral("/phone-numbers/available?type=local"));
        QCOMPARE(r.status, 422);
        QVERIFY(r.fields().contains(QStringLiteral("state")));
        r = m_http->call(
            "GET", QStringLiteral("/phone-numbers/available?type=local&state=AR&area_code=501&quantity=5"));
        QCOMPARE(r.status, 200);
        const QJsonArray local = r.json().value(QStringLiteral("data")).toArray();
        QCOMPARE(local.size(), 5);
        for (const QJsonValue &v : local)
            QVERIFY(v.toObject().value(QStringLiteral("e164")).toString().startsWith(QLatin1String("+1501")));
        r = m_http->call("GET",
                         QStringLiteral("/phone-numbers/available?type=toll_free&pattern=8XX-OUR-FOOD"));
        QCOMPARE(r.status, 200);
        const QJsonArray vanity = r.json().value(QStringLiteral("data")).toArray();
        QVERIFY(!vanity.isEmpty());
        for (const QJsonValue &v : vanity) {
            QVERIFY(v.toObject().value(QStringLiteral("e164")).toString().endsWith(QLatin1String("6873663")));
            QVERIFY(
                v.toObject().value(QStringLiteral("vanity")).toString().endsWith(QLatin1String("OUR-FOOD")));
        }
        r = m_http->call(
            "GET",
            QStringLiteral("/phone-numbers/available?type=toll_free&pattern=877-555-XXXX&quantity=10"));
        QCOMPARE(r.json().value(QStringLiteral("data")).toArray().size(), 10);
        QCOMPARE(
            m_http->call("GET", QStringLiteral("/phone-numbers/available?type=toll_free&pattern=12")).status,
            422);

        const qint64 before = m_http->call("GET", QStringLiteral("/partner"))
                                  .json()
                                  .value(QStringLiteral("wallet"))
                                  .toObject()
                                  .value(QStringLiteral("balance_cents"))
                                  .toInteger();
        const QString e164 = local.first().toObject().value(QStringLiteral("e164")).toString();
        r = m_http->call("POST", QStringLiteral("/phone-numbers/purchase"),
                         QJsonObject{{QStringLiteral("numbers"), QJsonArray{e164}}});
        QCOMPARE(r.status, 201);
        const qint64 charged = r.json().value(QStringLiteral("charged_cents")).toInteger();
        QVERIFY(charged > 0);
        QCOMPARE(r.json().value(QStringLiteral("wallet_balance_cents")).toInteger(), before - charged);
        const QJsonObject number = r.json().value(QStringLiteral("data")).toArray().first().toObject();
        QCOMPARE(number.value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
        const QString id = number.value(QStringLiteral("id")).toString();
        // Bought once: it left the pool.
        r = m_http->call("POST", QStringLiteral("/phone-numbers/purchase"),
                         QJsonObject{{QStringLiteral("numbers"), QJsonArray{e164}}});
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("number_unavailable"));

        QCOMPARE(advance(61).status, 200);
        QCOMPARE(m_http->call("GET", QStringLiteral("/phone-numbers/") + id)
                     .json()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("ACTIVE"));

        // CNAM: validation, then pending -> synced on the clock.
        r = m_http->call("PATCH", QStringLiteral("/phone-numbers/") + id,
                         QJsonObject{{QStringLiteral("cnam"), QStringLiteral("THIS NAME IS TOO LONG")}});
        QCOMPARE(r.status, 422);
        QVERIFY(r.fields().contains(QStringLiteral("cnam")));
        r = m_http->call("PATCH", QStringLiteral("/phone-numbers/") + id,
                         QJsonObject{{QStringLiteral("status"), QStringLiteral("RELEASED")}});
        QCOMPARE(r.status, 422);
        QVERIFY(r.fields().contains(QStringLiteral("status")));
        r = m_http->call("PATCH", QStringLiteral("/phone-numbers/") + id,
                         QJsonObject{{QStringLiteral("cnam"), QStringLiteral("ACME PLUMBING")}});
        QCOMPARE(r.json().value(QStringLiteral("cnam_status")).toString(), QStringLiteral("pending"));
        // E911: a misspelled city passes the format rules but fails at the 911 provider.
        r = m_http->call("PATCH", QStringLiteral("/phone-numbers/") + id,
                         QJsonObject{{QStringLiteral("e911_address"),
                                      address(QStringLiteral("100 Main St"), QStringLiteral("Little Rok"))}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("e911_status")).toString(), QStringLiteral("pending"));
        QCOMPARE(advance(3600).status, 200);
        r = m_http->call("GET", QStringLiteral("/phone-numbers/") + id);
        QCOMPARE(r.json().value(QStringLiteral("cnam_status")).toString(), QStringLiteral("synced"));
        QCOMPARE(r.json().value(QStringLiteral("e911_status")).toString(), QStringLiteral("failed"));
        QVERIFY(!r.json().value(QStringLiteral("e911_error")).toString().isEmpty());
        m_http->call(
            "PATCH", QStringLiteral("/phone-numbers/") + id,
            QJsonObject{{QStringLiteral("e911_address"), address(QStringLiteral("1234 Main St Suite 200"))}});
        advance(3600);
        r = m_http->call("GET", QStringLiteral("/phone-numbers/") + id);
        QCOMPARE(r.json().value(QStringLiteral("e911_status")).toString(), QStringLiteral("registered"));
        QVERIFY(r.json().value(QStringLiteral("e911_error")).isNull());
    }

    // Calls accrue on the clock: minutes and spend grow every hour, the alert threshold and then the cap are
    // each alerted once, and an auto-suspend tenant is suspended at its minutes cap. The tenant-usage list
    // carries the same records as GET /tenants/{id}/usage, in delta sync too.
    void usageAccruesAlertsAndAutoSuspends()
    {
        const QString tenant = createTenant(QStringLiteral("usage1"));
        const QString number = buyNumber();
        QVERIFY(!number.isEmpty());
        QCOMPARE(m_http
                     ->call("POST", QStringLiteral("/phone-numbers/") + number + QStringLiteral("/assign"),
                            QJsonObject{{QStringLiteral("tenant_id"), tenant}})
                     .status,
                 200);
        auto r = m_http->call("PUT", QStringLiteral("/tenants/") + tenant + QStringLiteral("/limits"),
                              QJsonObject{{QStringLiteral("max_monthly_minutes"), 12},
                                          {QStringLiteral("alert_threshold_percent"), 25},
                                          {QStringLiteral("auto_suspend"), true}});
        QCOMPARE(r.status, 200);
        const auto usage = [&] {
            return m_http->call("GET", QStringLiteral("/tenants/") + tenant + QStringLiteral("/usage"))
                .json();
        };
        const auto minutes = [](const QJsonObject &u) {
            return u.value(QStringLiteral("minutes")).toObject().value(QStringLiteral("used")).toInteger();
        };
        QJsonObject before = usage();
        // Keep the whole test inside one cycle: near its end, move on to the next one first.
        const auto untilNextCycle = [](const QJsonObject &u) {
            const QDate end =
                QDate::fromString(u.value(QStringLiteral("period_end")).toString(), Qt::ISODate);
            return QDateTime::fromString(u.value(QStringLiteral("updated_at")).toString(), Qt::ISODate)
                .secsTo(QDateTime(end.addDays(1), QTime(1, 0), Qt::UTC));
        };
        if (untilNextCycle(before) < 6 * 24 * 3600) {
            QCOMPARE(advance(untilNextCycle(before)).status, 200);
            before = usage();
        }
        QCOMPARE(before.value(QStringLiteral("alerts")).toArray().size(), 0);
        const QString since = before.value(QStringLiteral("updated_at")).toString();

        // Four hours: between 1 and 3 minutes (a quarter to three quarters of a minute per DID per hour).
        QCOMPARE(advance(4 * 3600).status, 200);
        const QJsonObject after = usage();
        const qint64 grown = minutes(after) - minutes(before);
        QVERIFY2(grown >= 1 && grown <= 4, qPrintable(QString::number(grown)));
        const qint64 localGrown = after.value(QStringLiteral("minutes_local")).toInteger() -
                                  before.value(QStringLiteral("minutes_local")).toInteger();
        const qint64 tollFreeGrown = after.value(QStringLiteral("minutes_toll_free")).toInteger() -
                                     before.value(QStringLiteral("minutes_toll_free")).toInteger();
        const auto spend = [](const QJsonObject &u) {
            return u.value(QStringLiteral("spend_cents"))
                .toObject()
                .value(QStringLiteral("used"))
                .toInteger();
        };
        QCOMPARE(spend(after) - spend(before), 2 * localGrown + 3 * tollFreeGrown); // integer cents
        QCOMPARE(after.value(QStringLiteral("updated_at")).toString() > since, true);

        // The list holds the same record, and a delta from before the accrual brings it.
        r = m_http->call("GET", QStringLiteral("/tenant-usage?limit=1000&updated_since=") + since);
        QCOMPARE(r.status, 200);
        bool listed = false;
        for (const QJsonValue &v : r.json().value(QStringLiteral("data")).toArray())
            if (v.toObject().value(QStringLiteral("tenant_id")).toString() == tenant) {
                QCOMPARE(v.toObject(), after);
                listed = true;
            }
        QVERIFY(listed);

        // Three days: far past the 12-minute cap. Threshold, then cap, each alerted once; suspended.
        QCOMPARE(advance(3 * 24 * 3600).status, 200);
        const QJsonObject capped = usage();
        QVERIFY(
            capped.value(QStringLiteral("minutes")).toObject().value(QStringLiteral("exceeded")).toBool());
        const QJsonArray alerts = capped.value(QStringLiteral("alerts")).toArray();
        QStringList levels;
        for (const QJsonValue &a : alerts) {
            QCOMPARE(a.toObject().value(QStringLiteral("meter")).toString(), QStringLiteral("minutes"));
            QCOMPARE(a.toObject().value(QStringLiteral("limit")).toInteger(), 12);
            levels << a.toObject().value(QStringLiteral("level")).toString();
        }
        QCOMPARE(levels, (QStringList{QStringLiteral("threshold"), QStringLiteral("cap")}));
        const QJsonObject t = m_http->call("GET", QStringLiteral("/tenants/") + tenant).json();
        QCOMPARE(t.value(QStringLiteral("status")).toString(), QStringLiteral("SUSPENDED"));
        QCOMPARE(t.value(QStringLiteral("suspension_reason")).toString(), QStringLiteral("usage_limit"));
        // Suspended: no more calls, no more alerts.
        QCOMPARE(advance(24 * 3600).status, 200);
        QCOMPARE(minutes(usage()), minutes(capped));
        QCOMPARE(usage().value(QStringLiteral("alerts")).toArray().size(), 2);

        // A new cycle starts from zero, without this cycle's alerts.
        const QDate periodEnd =
            QDate::fromString(capped.value(QStringLiteral("period_end")).toString(), Qt::ISODate);
        QCOMPARE(advance(qMax<qint64>(1, untilNextCycle(capped))).status, 200);
        const QJsonObject next = usage();
        QCOMPARE(next.value(QStringLiteral("period_start")).toString(),
                 periodEnd.addDays(1).toString(Qt::ISODate));
        QCOMPARE(minutes(next), 0);
        QCOMPARE(next.value(QStringLiteral("alerts")).toArray().size(), 0);
    }

    void assignCapsAndRelease()
    {
        const QString tenant = createTenant(QStringLiteral("caps1"));
        m_http->call("PUT", QStringLiteral("/tenants/") + tenant + QStringLiteral("/limits"),
                     QJsonObject{{QStringLiteral("max_dids"), 1}, {QStringLiteral("auto_suspend"), true}});
        const QString a = buyNumber(), b = buyNumber();
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        auto r = m_http->call("POST", QStringLiteral("/phone-numbers/") + a + QStringLiteral("/assign"),
                              QJsonObject{{QStringLiteral("tenant_id"), tenant}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("tenant_id")).toString(), tenant);
        r = m_http->call("POST", QStringLiteral("/phone-numbers/") + a + QStringLiteral("/assign"),
                         QJsonObject{{QStringLiteral("tenant_id"), tenant}});
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("already_assigned"));
        r = m_http->call("POST", QStringLiteral("/phone-numbers/") + b + QStringLiteral("/assign"),
                         QJsonObject{{QStringLiteral("tenant_id"), tenant}});
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("limit_exceeded"));
        QCOMPARE(r.error_().value(QStringLiteral("param")).toString(), QStringLiteral("max_dids"));
        const auto t = m_http->call("GET", QStringLiteral("/tenants/") + tenant).json();
        QCOMPARE(t.value(QStringLiteral("status")).toString(), QStringLiteral("SUSPENDED"));
        QCOMPARE(t.value(QStringLiteral("suspension_reason")).toString(), QStringLiteral("usage_limit"));
        QCOMPARE(t.value(QStringLiteral("counts")).toObject().value(QStringLiteral("dids")).toInt(), 1);
        QCOMPARE(m_http->call("GET", QStringLiteral("/phone-numbers/") + b)
                     .json()
                     .value(QStringLiteral("tenant_id"))
                     .isNull(),
                 true);

        r = m_http->call("POST", QStringLiteral("/phone-numbers/") + a + QStringLiteral("/unassign"),
                         QJsonObject{});
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value(QStringLiteral("tenant_id")).isNull());
        QCOMPARE(m_http
                     ->call("POST", QStringLiteral("/phone-numbers/") + a + QStringLiteral("/unassign"),
                            QJsonObject{})
                     .errorCode(),
                 QStringLiteral("not_assigned"));
        r = m_http->call("POST", QStringLiteral("/phone-numbers/") + a + QStringLiteral("/release"),
                         QJsonObject{});
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("RELEASED"));
        QCOMPARE(m_http
                     ->call("POST", QStringLiteral("/phone-numbers/") + a + QStringLiteral("/release"),
                            QJsonObject{})
                     .errorCode(),
                 QStringLiteral("already_released"));

        // Bulk: a result per number, failures do not stop the others.
        const QString other = createTenant(QStringLiteral("bulk1"));
        r = m_http->call("POST", QStringLiteral("/phone-numbers/bulk"),
                         QJsonObject{{QStringLiteral("action"), QStringLiteral("assign")},
                                     {QStringLiteral("ids"), QJsonArray{a, QStringLiteral("pn_zzzzzzzz"), b}},
                                     {QStringLiteral("tenant_id"), other}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("succeeded")).toInt(), 2);
        QCOMPARE(r.json().value(QStringLiteral("failed")).toInt(), 1);
        const QJsonArray results = r.json().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("status")).toInt(), 404);
        QCOMPARE(results.at(0)
                     .toObject()
                     .value(QStringLiteral("phone_number"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("ACTIVE")); // a RELEASED number becomes ACTIVE again
        r = m_http->call(
            "POST", QStringLiteral("/phone-numbers/bulk"),
            QJsonObject{{QStringLiteral("action"), QStringLiteral("update_e911")},
                        {QStringLiteral("ids"), QJsonArray{a, b}},
                        {QStringLiteral("e911_address"), address(QStringLiteral("P.O. Box 5"))}});
        QCOMPARE(r.status, 422);
        QVERIFY(r.fields().contains(QStringLiteral("e911_address.street")));
        r = m_http->call("POST", QStringLiteral("/phone-numbers/bulk"),
                         QJsonObject{{QStringLiteral("action"), QStringLiteral("explode")},
                                     {QStringLiteral("ids"), QJsonArray{a}}});
        QCOMPARE(r.status, 422);
        QVERIFY(r.fields().contains(QStringLiteral("action")));
    }

    void idempotencyKeys()
    {
        const QList<QPair<QByteArray, QByteArray>> key{{"Idempotency-Key", "create-idem-1"}};
        const auto first =
            m_http->call("POST", QStringLiteral("/tenants"), validTenant(QStringLiteral("idem1")), key);
        QCOMPARE(first.status, 201);
        const auto again =
            m_http->call("POST", QStringLiteral("/tenants"), validTenant(QStringLiteral("idem1")), key);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.body, first.body);
        QCOMPARE(again.header("idempotent-replayed"), QByteArray("true"));
        const auto list = m_http->call("GET", QStringLiteral("/tenants?q=idem1"))
                              .json()
                              .value(QStringLiteral("data"))
                              .toArray();
        QCOMPARE(list.size(), 1);
        const auto other =
            m_http->call("POST", QStringLiteral("/tenants"), validTenant(QStringLiteral("idem2")), key);
        QCOMPARE(other.status, 422);
        QCOMPARE(other.errorCode(), QStringLiteral("idempotency_key_reused"));

        // Two requests with the same key in flight: the second gets 409.
        QCOMPARE(m_http
                     ->call("PUT", QStringLiteral("/sandbox/knobs"),
                            QJsonObject{{QStringLiteral("latency_ms"), 400}})
                     .status,
                 200);
        const QList<QPair<QByteArray, QByteArray>> k2{{"Idempotency-Key", "inflight-1"}};
        const QByteArray body = QJsonDocument(validTenant(QStringLiteral("idem3"))).toJson();
        QNetworkReply *a = m_http->start("POST", QStringLiteral("/tenants"), body, k2);
        QTest::qWait(100);
        QNetworkReply *b = m_http->start("POST", QStringLiteral("/tenants"), body, k2);
        const auto ra = SandboxTestClient::finish(a), rb = SandboxTestClient::finish(b);
        m_http->call("PUT", QStringLiteral("/sandbox/knobs"), QJsonObject{{QStringLiteral("latency_ms"), 0}});
        QCOMPARE(ra.status, 201);
        QCOMPARE(rb.status, 409);
        QCOMPARE(rb.errorCode(), QStringLiteral("idempotency_key_in_use"));
    }

    void tenantScopedKey()
    {
        startServer(QStringLiteral("demo"));
        const QByteArray scoped = cred("tenant_scoped_api_key");
        QVERIFY(!scoped.isEmpty());
        const QString own = m_creds.value(QStringLiteral("tenant_scoped_tenant_id")).toString();
        auto r = m_http->call("GET", QStringLiteral("/tenants"), QByteArray(), {}, scoped);
        QCOMPARE(r.status, 200);
        const QJsonArray data = r.json().value(QStringLiteral("data")).toArray();
        QCOMPARE(data.size(), 1);
        QCOMPARE(data.first().toObject().value(QStringLiteral("id")).toString(), own);
        QCOMPARE(
            m_http->call("GET", QStringLiteral("/tenants/tnt_00000002"), QByteArray(), {}, scoped).status,
            403);
        QCOMPARE(
            m_http
                ->call("POST", QStringLiteral("/tenants"), validTenant(QStringLiteral("scoped1")), {}, scoped)
                .status,
            403);
        r = m_http->call("GET", QStringLiteral("/phone-numbers?limit=1000"), QByteArray(), {}, scoped);
        for (const QJsonValue &v : r.json().value(QStringLiteral("data")).toArray())
            QCOMPARE(v.toObject().value(QStringLiteral("tenant_id")).toString(), own);
        r = m_http->call("GET", QStringLiteral("/me"), QByteArray(), {}, scoped);
        QCOMPARE(r.json().value(QStringLiteral("tenant_scope")).toArray().first().toString(), own);
    }

    void paginationAcrossPages()
    {
        // demo seed (from the previous test): 400 numbers, 25 tenants.
        QSet<QString> seen;
        QString last, cursor;
        int pages = 0;
        for (;;) {
            const auto r =
                m_http->call("GET", QStringLiteral("/phone-numbers?limit=37") +
                                        (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            QCOMPARE(r.status, 200);
            ++pages;
            for (const QJsonValue &v : r.json().value(QStringLiteral("data")).toArray()) {
                const QString id = v.toObject().value(QStringLiteral("id")).toString();
                QVERIFY(id > last);
                last = id;
                QVERIFY(!seen.contains(id));
                seen.insert(id);
            }
            if (!r.json().value(QStringLiteral("has_more")).toBool()) {
                QVERIFY(r.json().value(QStringLiteral("next_cursor")).isNull());
                break;
            }
            cursor = r.json().value(QStringLiteral("next_cursor")).toString();
            QVERIFY(pages < 100);
        }
        const int total = int(m_http->call("GET", QStringLiteral("/phone-numbers?limit=1000"))
                                  .json()
                                  .value(QStringLiteral("data"))
                                  .toArray()
                                  .size());
        QVERIFY(total >= 400); // the demo's 400 plus numbers other seeds add (completed ports)
        QCOMPARE(seen.size(), total);
        QCOMPARE(pages, (total + 36) / 37);
        QCOMPARE(m_http->call("GET", QStringLiteral("/phone-numbers?limit=1001")).status, 422);
        QCOMPARE(m_http->call("GET", QStringLiteral("/phone-numbers?limit=0")).status, 422);
        QCOMPARE(m_http->call("GET", QStringLiteral("/phone-numbers?cursor=garbage!!")).errorCode(),
                 QStringLiteral("invalid_cursor"));
        // A cursor belongs to its filters.
        const auto p1 = m_http->call("GET", QStringLiteral("/phone-numbers?limit=5&status=ACTIVE"));
        const QString c = p1.json().value(QStringLiteral("next_cursor")).toString();
        QCOMPARE(
            m_http->call("GET", QStringLiteral("/phone-numbers?limit=5&status=RELEASED&cursor=") + c).status,
            400);
        // Filters: every status, CNAM and E911 status exists in the demo data.
        for (const QString &f :
             {QStringLiteral("status=ACTIVE"), QStringLiteral("status=PENDING"),
              QStringLiteral("status=RELEASED"), QStringLiteral("cnam_status=synced"),
              QStringLiteral("cnam_status=pending"), QStringLiteral("cnam_status=failed"),
              QStringLiteral("e911_status=registered"), QStringLiteral("e911_status=not_set"),
              QStringLiteral("e911_status=pending"), QStringLiteral("e911_status=failed"),
              QStringLiteral("tenant_id=unassigned"), QStringLiteral("type=toll_free")}) {
            const auto r = m_http->call("GET", QStringLiteral("/phone-numbers?limit=1000&") + f);
            QVERIFY2(!r.json().value(QStringLiteral("data")).toArray().isEmpty(), qPrintable(f));
            const QStringList kv = f.split(QLatin1Char('='));
            for (const QJsonValue &v : r.json().value(QStringLiteral("data")).toArray()) {
                const QJsonValue got = v.toObject().value(kv.at(0));
                QVERIFY(kv.at(1) == QLatin1String("unassigned") ? got.isNull() : got.toString() == kv.at(1));
            }
        }
        for (const char *s : {"TRIAL", "ACTIVE", "SUSPENDED", "CANCELLED"})
            QVERIFY(!m_http->call("GET", QStringLiteral("/tenants?status=") + QLatin1String(s))
                         .json()
                         .value(QStringLiteral("data"))
                         .toArray()
                         .isEmpty());
    }

    // Delta sync: a tenant cancellation releases all its numbers in one statement (one updated_at for
    // all); paging with limit 2 must still deliver every one of them exactly once. The purge 90 days
    // later shows up as a tombstone.
    void deltaSyncTiesAndTombstones()
    {
        const auto list = m_http->call("GET", QStringLiteral("/phone-numbers?limit=1000&status=ACTIVE"))
                              .json()
                              .value(QStringLiteral("data"))
                              .toArray();
        QHash<QString, int> perTenant;
        for (const QJsonValue &v : list)
            if (!v.toObject().value(QStringLiteral("tenant_id")).isNull())
                ++perTenant[v.toObject().value(QStringLiteral("tenant_id")).toString()];
        QString victim;
        for (auto it = perTenant.constBegin(); it != perTenant.constEnd(); ++it)
            if (it.value() >= 5 && (victim.isEmpty() || it.value() > perTenant.value(victim)))
                victim = it.key();
        QVERIFY(!victim.isEmpty());
        const int expected = m_http->call("GET", QStringLiteral("/tenants/") + victim)
                                 .json()
                                 .value(QStringLiteral("counts"))
                                 .toObject()
                                 .value(QStringLiteral("dids"))
                                 .toInt();
        advance(1);
        const QString since = m_http->call("GET", QStringLiteral("/sandbox/knobs"))
                                  .json()
                                  .value(QStringLiteral("now"))
                                  .toString();
        QCOMPARE(m_http->call("DELETE", QStringLiteral("/tenants/") + victim).status, 200);

        QSet<QString> released;
        QString prevKey, cursor;
        QString sinceQ = QString::fromLatin1(QUrl::toPercentEncoding(since));
        int pages = 0;
        for (;;) {
            const auto r =
                m_http->call("GET", QStringLiteral("/phone-numbers?limit=2&updated_since=") + sinceQ +
                                        (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            QCOMPARE(r.status, 200);
            ++pages;
            for (const QJsonValue &v : r.json().value(QStringLiteral("data")).toArray()) {
                const QJsonObject o = v.toObject();
                const QString key = o.value(QStringLiteral("updated_at")).toString() +
                                    o.value(QStringLiteral("id")).toString();
                QVERIFY(key > prevKey); // ordered by (updated_at, id), each record once
                prevKey = key;
                if (o.value(QStringLiteral("status")).toString() == QLatin1String("RELEASED") &&
                    o.value(QStringLiteral("tenant_id")).isNull())
                    released.insert(o.value(QStringLiteral("id")).toString());
            }
            if (!r.json().value(QStringLiteral("has_more")).toBool())
                break;
            cursor = r.json().value(QStringLiteral("next_cursor")).toString();
        }
        QCOMPARE(released.size(), expected);
        QVERIFY(pages >= expected / 2);

        // 90 days later the cancelled tenant is purged: a tombstone in the delta, gone from the list.
        advance(91 * 24 * 3600);
        const auto delta = m_http->call("GET", QStringLiteral("/tenants?limit=1000&updated_since=") + sinceQ);
        bool tomb = false;
        for (const QJsonValue &v : delta.json().value(QStringLiteral("data")).toArray())
            if (v.toObject().value(QStringLiteral("id")).toString() == victim) {
                tomb = v.toObject().value(QStringLiteral("deleted")).toBool();
                QCOMPARE(v.toObject().keys().size(), 3);
            }
        QVERIFY(tomb);
        QCOMPARE(m_http->call("GET", QStringLiteral("/tenants/") + victim).status, 404);
        for (const QJsonValue &v : m_http->call("GET", QStringLiteral("/tenants?limit=1000"))
                                       .json()
                                       .value(QStringLiteral("data"))
                                       .toArray())
            QVERIFY(v.toObject().value(QStringLiteral("id")).toString() != victim);
        QCOMPARE(m_http->call("GET", QStringLiteral("/tenants?updated_since=2026-01-01T00:00:00")).status,
                 422); // no zone
    }

    void partnerBrandingAndSubscription()
    {
        auto r = m_http->call("GET", QStringLiteral("/partner"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value(QStringLiteral("id")).toString().startsWith(QLatin1String("ptr_")));
        r = m_http->call("PATCH", QStringLiteral("/partner"),
                         QJsonObject{{QStringLiteral("statement_descriptor"),
                                      QStringLiteral("ACME PHONES!!! TOO LONG FOR CARDS")}});
        QCOMPARE(r.status, 422);
        QVERIFY(r.fields().contains(QStringLiteral("statement_descriptor")));
        r = m_http->call("PATCH", QStringLiteral("/partner/branding"),
                         QJsonObject{{QStringLiteral("primary_color"), QStringLiteral("blue")}});
        QCOMPARE(r.status, 422);
        QVERIFY(r.fields().contains(QStringLiteral("primary_color")));
        const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, '\0');
        r = m_http->call("PUT", QStringLiteral("/partner/branding/logo"), png,
                         {{"Content-Type", "image/png"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("logo_content_type")).toString(), QStringLiteral("image/png"));
        r = m_http->call("GET", QStringLiteral("/partner/branding/logo"));
        QCOMPARE(r.body, png);
        QVERIFY(r.header("content-type").startsWith("image/png"));
        r = m_http->call("PUT", QStringLiteral("/partner/branding/logo"), QByteArray("GIF89a....."),
                         {{"Content-Type", "image/png"}});
        QCOMPARE(r.errorCode(), QStringLiteral("unsupported_file_type"));
        QCOMPARE(m_http->call("DELETE", QStringLiteral("/partner/branding/logo")).status, 204);
        QCOMPARE(m_http->call("GET", QStringLiteral("/partner/branding/logo")).errorCode(),
                 QStringLiteral("logo_not_set"));

        r = m_http->call("GET", QStringLiteral("/partner/subscription"));
        QCOMPARE(r.json().value(QStringLiteral("available_tiers")).toArray().size(), 4);
        QCOMPARE(r.json()
                     .value(QStringLiteral("plan"))
                     .toObject()
                     .value(QStringLiteral("rates"))
                     .toObject()
                     .value(QStringLiteral("per_minute_local"))
                     .toString(),
                 QStringLiteral("0.016"));
        QCOMPARE(m_http
                     ->call("PATCH", QStringLiteral("/partner/subscription"),
                            QJsonObject{{QStringLiteral("tier"), QStringLiteral("enterprise")}})
                     .errorCode(),
                 QStringLiteral("contact_sales"));
        r = m_http->call("PATCH", QStringLiteral("/partner/subscription"),
                         QJsonObject{{QStringLiteral("tier"), QStringLiteral("starter")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("tier")).toString(), QStringLiteral("professional"));
        QCOMPARE(r.json()
                     .value(QStringLiteral("pending_change"))
                     .toObject()
                     .value(QStringLiteral("tier"))
                     .toString(),
                 QStringLiteral("starter"));
        r = m_http->call("GET", QStringLiteral("/partner/wallet/transactions?limit=5"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("data")).toArray().size(), 5);
        QVERIFY(r.json().value(QStringLiteral("has_more")).toBool());
    }

    void knobsRateLimitAndFaults()
    {
        auto r = m_http->call("PUT", QStringLiteral("/sandbox/knobs"),
                              QJsonObject{{QStringLiteral("rate_limit_per_minute"), 3}});
        QCOMPARE(r.status, 200);
        int lastStatus = 0;
        SandboxReply last;
        for (int i = 0; i < 5; ++i) {
            last = m_http->call("GET", QStringLiteral("/me"));
            lastStatus = last.status;
        }
        QCOMPARE(lastStatus, 429);
        QCOMPARE(last.errorCode(), QStringLiteral("rate_limited"));
        QVERIFY(last.header("retry-after").toInt() >= 1);
        QCOMPARE(last.header("x-ratelimit-remaining"), QByteArray("0"));
        QVERIFY(!last.header("x-ratelimit-reset").isEmpty());
        m_http->call(
            "PUT", QStringLiteral("/sandbox/knobs"),
            QJsonObject{{QStringLiteral("rate_limit_per_minute"), 0}, {QStringLiteral("error_rate"), 1}});
        bool saw503 = false, saw500 = false;
        for (int i = 0; i < 20 && !(saw503 && saw500); ++i) {
            const auto f = m_http->call("GET", QStringLiteral("/tenants"));
            if (f.status == 503) {
                saw503 = true;
                QVERIFY(!f.header("retry-after").isEmpty());
            }
            saw500 |= f.status == 500;
        }
        QVERIFY(saw503 && saw500);
        m_http->call("PUT", QStringLiteral("/sandbox/knobs"),
                     QJsonObject{{QStringLiteral("error_rate"), 0}, {QStringLiteral("drop_rate"), 1}});
        const auto dropped = m_http->call("GET", QStringLiteral("/tenants"));
        QCOMPARE(dropped.status, 0);
        QVERIFY(dropped.error != QNetworkReply::NoError);
        m_http->call("PUT", QStringLiteral("/sandbox/knobs"), QJsonObject{{QStringLiteral("drop_rate"), 0}});
        QCOMPARE(m_http->call("GET", QStringLiteral("/tenants")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxCore)
#include "tst_sandboxcore.moc"
