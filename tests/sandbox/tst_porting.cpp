// Port requests over real HTTP: the demo seed in every state, validation (422 with fields), conflicts,
// document upload checked by content (PDF/PNG/JPEG magic bytes, size limit), the lifecycle on an
// accelerated clock: rejected -> resubmitted -> submitted -> FOC -> completed with the numbers in the
// inventory of the target tenant; cancel rules, roles, idempotent replay and delta sync.
#include "BillingTestSupport.h"

#include <QDate>
#include <QSet>

using namespace billingtest;

class TestPorting : public QObject
{
    Q_OBJECT
    Sandbox sb;
    QString tenantId;

    Reply upload(const QString &portId, const QByteArray &kind, const QByteArray &filename,
                 const QByteArray &data, const QByteArray &token = {})
    {
        const QByteArray boundary = "----swtest7MA4YWxkTrZu0gW";
        QByteArray body;
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n";
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" +
                filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + data + "\r\n";
        body += "--" + boundary + "--\r\n";
        return sb.request("POST", QStringLiteral("/port-requests/%1/documents").arg(portId),
                          token.isEmpty() ? sb.adminKey : token, QJsonValue(QJsonValue::Undefined), {}, body,
                          "multipart/form-data; boundary=" + boundary);
    }
    QString today()
    {
        return sb.get(QStringLiteral("/sandbox/knobs")).json.value(QStringLiteral("now")).toString().left(10);
    }
    QJsonObject createBody(const QString &number, const QString &holder)
    {
        return {{QStringLiteral("numbers"), QJsonArray{number}},
                {QStringLiteral("current_carrier"), QStringLiteral("AT&T")},
                {QStringLiteral("account_holder_name"), holder},
                {QStringLiteral("account_number"), QStringLiteral("8812 3390 1")},
                {QStringLiteral("pin"), QStringLiteral("4455")},
                {QStringLiteral("service_address"),
                 QJsonObject{{QStringLiteral("street"), QStringLiteral("500 President Clinton Ave")},
                             {QStringLiteral("city"), QStringLiteral("Little Rock")},
                             {QStringLiteral("state"), QStringLiteral("AR")},
                             {QStringLiteral("zip"), QStringLiteral("72201")}}},
                {QStringLiteral("tenant_id"), tenantId},
                {QStringLiteral("desired_date"),
                 QDate::fromString(today(), Qt::ISODate).addDays(7).toString(Qt::ISODate)}};
    }
    QJsonObject port(const QString &id) { return sb.get(QStringLiteral("/port-requests/") + id).json; }

private slots:
    void initTestCase()
    {
        QVERIFY(sb.start(QStringLiteral("demo")));
        for (const auto v : sb.all(QStringLiteral("/tenants")))
            if (v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("ACTIVE")) {
                tenantId = v.toObject().value(QStringLiteral("id")).toString();
                break;
            }
        QVERIFY(!tenantId.isEmpty());
    }

    void demoSeedCoversEveryState()
    {
        const QJsonArray all = sb.all(QStringLiteral("/port-requests"), 3);
        QSet<QString> statuses, reasons;
        for (const auto v : all) {
            const QJsonObject p = v.toObject();
            statuses.insert(p.value(QStringLiteral("status")).toString());
            QVERIFY(!p.contains(QStringLiteral("pin")));
            const QJsonArray history = p.value(QStringLiteral("status_history")).toArray();
            QVERIFY(!history.isEmpty());
            QCOMPARE(history.last().toObject().value(QStringLiteral("status")).toString(),
                     p.value(QStringLiteral("status")).toString());
            QCOMPARE(history.first().toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("PENDING"));
            if (p.value(QStringLiteral("status")).toString() == QLatin1String("REJECTED")) {
                const QJsonObject r = p.value(QStringLiteral("rejection_reason")).toObject();
                QVERIFY(!r.value(QStringLiteral("message")).toString().isEmpty());
                QVERIFY(!r.value(QStringLiteral("fix")).toString().isEmpty());
                reasons.insert(r.value(QStringLiteral("code")).toString());
            } else {
                QVERIFY(p.value(QStringLiteral("rejection_reason")).isNull());
            }
            if (p.value(QStringLiteral("status")).toString() == QLatin1String("FOC_RECEIVED"))
                QVERIFY(!p.value(QStringLiteral("foc_date")).isNull());
        }
        for (const char *s : {"PENDING", "SUBMITTED", "FOC_RECEIVED", "COMPLETED", "REJECTED", "CANCELLED"})
            QVERIFY2(statuses.contains(QLatin1String(s)), s);
        QVERIFY(reasons.size() >= 3);
        QCOMPARE(sb.all(QStringLiteral("/port-requests?status=REJECTED")).size(), 3);
        QCOMPARE(sb.get(QStringLiteral("/port-requests?status=DONE")).status, 422);
    }

    void validation()
    {
        Reply r = sb.post(QStringLiteral("/port-requests"), QJsonObject{});
        QCOMPARE(r.status, 422);
        for (const char *f : {"numbers", "current_carrier", "account_holder_name", "account_number",
                              "service_address", "tenant_id", "desired_date"})
            QVERIFY2(r.fields().contains(QLatin1String(f)), f);
        QJsonObject body = createBody(QStringLiteral("+15015559801"), QStringLiteral("Acme LLC"));
        body.insert(QStringLiteral("numbers"), QJsonArray{QStringLiteral("5015559801")});
        body.insert(QStringLiteral("desired_date"), QStringLiteral("2020-01-01"));
        QJsonObject addr = body.value(QStringLiteral("service_address")).toObject();
        addr.insert(QStringLiteral("street"), QStringLiteral("PO Box 12"));
        body.insert(QStringLiteral("service_address"), addr);
        r = sb.post(QStringLiteral("/port-requests"), body);
        QCOMPARE(r.status, 422);
        QVERIFY(r.fields().contains(QStringLiteral("numbers[0]")));
        QVERIFY(r.fields().contains(QStringLiteral("desired_date")));
        QVERIFY(r.fields().contains(QStringLiteral("service_address.street")));
        body = createBody(QStringLiteral("+15015559801"), QStringLiteral("Acme LLC"));
        body.insert(QStringLiteral("tenant_id"), QStringLiteral("tnt_zzzzzzzz"));
        QVERIFY(
            sb.post(QStringLiteral("/port-requests"), body).fields().contains(QStringLiteral("tenant_id")));
        // A number already in the inventory.
        const QString owned = sb.get(QStringLiteral("/phone-numbers?limit=1"))
                                  .json.value(QStringLiteral("data"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("e164"))
                                  .toString();
        QVERIFY(!owned.isEmpty());
        r = sb.post(QStringLiteral("/port-requests"), createBody(owned, QStringLiteral("Acme LLC")));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.error().value(QStringLiteral("code")).toString(), QStringLiteral("number_already_owned"));
    }

    void rolesAndNotFound()
    {
        const QJsonObject body = createBody(QStringLiteral("+15015559802"), QStringLiteral("Acme LLC"));
        QCOMPARE(sb.post(QStringLiteral("/port-requests"), body, sb.readonlyKey).status, 403);
        QCOMPARE(sb.post(QStringLiteral("/port-requests"), body, sb.supportToken).status, 403);
        const QString any = sb.all(QStringLiteral("/port-requests?status=REJECTED"))
                                .first()
                                .toObject()
                                .value(QStringLiteral("id"))
                                .toString();
        for (const QByteArray &token : {sb.readonlyKey, sb.supportToken}) {
            QCOMPARE(sb.post(QStringLiteral("/port-requests/%1/cancel").arg(any), {}, token).status, 403);
            QCOMPARE(sb.post(QStringLiteral("/port-requests/%1/resubmit").arg(any), {}, token).status, 403);
            QCOMPARE(upload(any, "loa", "loa.pdf", "%PDF-1.4 x", token).status, 403);
        }
        QCOMPARE(sb.get(QStringLiteral("/port-requests/") + any, sb.readonlyKey).status, 200);
        QCOMPARE(sb.request("GET", QStringLiteral("/port-requests"), {}).status, 401);
        QCOMPARE(sb.get(QStringLiteral("/port-requests/port_zzzzzzzz")).status, 404);
        QCOMPARE(sb.post(QStringLiteral("/port-requests/port_zzzzzzzz/cancel")).status, 404);
    }

    void rejectedResubmittedCompleted()
    {
        const QString since =
            sb.get(QStringLiteral("/sandbox/knobs")).json.value(QStringLiteral("now")).toString();
        const QString number = QStringLiteral("+15015559811");
        const QList<QPair<QByteArray, QByteArray>> key{{"Idempotency-Key", "port-create-1"}};
        const QJsonObject body = createBody(number, QStringLiteral("Acme Plumbing MISMATCH"));
        Reply r = sb.post(QStringLiteral("/port-requests"), body, {}, key);
        QCOMPARE(r.status, 201);
        const QString id = r.json.value(QStringLiteral("id")).toString();
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
        QCOMPARE(r.json.value(QStringLiteral("pin_set")).toBool(), true);
        const Reply replay = sb.post(QStringLiteral("/port-requests"), body, {}, key);
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.json.value(QStringLiteral("id")).toString(), id);
        r = sb.post(QStringLiteral("/port-requests"), body);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.error().value(QStringLiteral("code")).toString(), QStringLiteral("port_in_progress"));

        // Documents: the type comes from the content, not the name.
        r = upload(id, "loa", "loa.pdf", "this is plain text, not a PDF");
        QCOMPARE(r.status, 422);
        QCOMPARE(r.error().value(QStringLiteral("code")).toString(), QStringLiteral("unsupported_file_type"));
        QCOMPARE(upload(id, "contract", "loa.pdf", "%PDF-1.4\n").status, 422);
        QCOMPARE(upload(id, "loa", "big.pdf", "%PDF-1.4\n" + QByteArray(10 * 1024 * 1024, 'x')).status, 413);
        r = upload(id, "loa", "loa.pdf", QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, '\0'));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(QStringLiteral("content_type")).toString(), QStringLiteral("image/png"));
        r = upload(id, "loa", "loa-signed.pdf", "%PDF-1.4\n% signed\n");
        QCOMPARE(r.json.value(QStringLiteral("content_type")).toString(), QStringLiteral("application/pdf"));
        QCOMPARE(port(id).value(QStringLiteral("documents")).toArray().size(), 1); // replaced, not added
        QCOMPARE(sb.advance(2 * 3600).status, 200);
        QCOMPARE(port(id).value(QStringLiteral("status")).toString(),
                 QStringLiteral("PENDING")); // bill missing
        r = upload(id, "carrier_bill", "bill.jpg", QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(64, 'j'));
        QCOMPARE(r.json.value(QStringLiteral("content_type")).toString(), QStringLiteral("image/jpeg"));
        QCOMPARE(sb.post(QStringLiteral("/port-requests/%1/resubmit").arg(id)).status, 409); // not rejected

        sb.advance(2 * 3600);
        QCOMPARE(port(id).value(QStringLiteral("status")).toString(), QStringLiteral("SUBMITTED"));
        sb.advance(25 * 3600);
        QJsonObject p = port(id);
        QCOMPARE(p.value(QStringLiteral("status")).toString(), QStringLiteral("REJECTED"));
        QCOMPARE(
            p.value(QStringLiteral("rejection_reason")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("account_holder_name_mismatch"));

        r = sb.post(QStringLiteral("/port-requests/%1/resubmit").arg(id),
                    QJsonObject{{QStringLiteral("numbers"), QJsonArray{QStringLiteral("+15015559812")}}});
        QCOMPARE(r.status, 422);
        r = sb.post(QStringLiteral("/port-requests/%1/resubmit").arg(id),
                    QJsonObject{{QStringLiteral("account_holder_name"), QStringLiteral("Acme Plumbing LLC")},
                                {QStringLiteral("note"), QStringLiteral("Name copied from the bill")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
        QVERIFY(r.json.value(QStringLiteral("rejection_reason")).isNull());
        QStringList trail;
        for (const auto h : r.json.value(QStringLiteral("status_history")).toArray())
            trail << h.toObject().value(QStringLiteral("status")).toString();
        QCOMPARE(trail, (QStringList{QStringLiteral("PENDING"), QStringLiteral("SUBMITTED"),
                                     QStringLiteral("REJECTED"), QStringLiteral("PENDING")}));
        QCOMPARE(r.json.value(QStringLiteral("status_history"))
                     .toArray()
                     .last()
                     .toObject()
                     .value(QStringLiteral("note"))
                     .toString(),
                 QStringLiteral("Name copied from the bill"));

        sb.advance(2 * 3600);
        QCOMPARE(port(id).value(QStringLiteral("status")).toString(), QStringLiteral("SUBMITTED"));
        sb.advance(25 * 3600);
        p = port(id);
        QCOMPARE(p.value(QStringLiteral("status")).toString(), QStringLiteral("FOC_RECEIVED"));
        const QDate foc = QDate::fromString(p.value(QStringLiteral("foc_date")).toString(), Qt::ISODate);
        QVERIFY(foc.isValid());
        QVERIFY(foc >= QDate::fromString(today(), Qt::ISODate));
        sb.advance((QDate::fromString(today(), Qt::ISODate).daysTo(foc) + 1) * 86400);
        p = port(id);
        QCOMPARE(p.value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETED"));
        bool inInventory = false;
        for (const auto v : sb.all(QStringLiteral("/phone-numbers")))
            if (v.toObject().value(QStringLiteral("e164")).toString() == number) {
                inInventory =
                    v.toObject().value(QStringLiteral("tenant_id")).toString() == tenantId &&
                    v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("ACTIVE");
            }
        QVERIFY(inInventory);
        r = sb.post(QStringLiteral("/port-requests/%1/cancel").arg(id));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.error().value(QStringLiteral("code")).toString(),
                 QStringLiteral("invalid_status_transition"));
        QCOMPARE(upload(id, "loa", "loa.pdf", "%PDF-1.4\n").status, 409);

        bool seen = false;
        for (const auto v : sb.all(QStringLiteral("/port-requests?updated_since=") +
                                   QString::fromLatin1(QUrl::toPercentEncoding(since))))
            seen = seen || v.toObject().value(QStringLiteral("id")).toString() == id;
        QVERIFY(seen);
    }

    void cancel()
    {
        const Reply r = sb.post(QStringLiteral("/port-requests"),
                                createBody(QStringLiteral("+15015559821"), QStringLiteral("Bayside")));
        QCOMPARE(r.status, 201);
        const QString id = r.json.value(QStringLiteral("id")).toString();
        Reply c = sb.post(QStringLiteral("/port-requests/%1/cancel").arg(id),
                          QJsonObject{{QStringLiteral("note"), QStringLiteral("Customer stays")}});
        QCOMPARE(c.status, 200);
        QCOMPARE(c.json.value(QStringLiteral("status")).toString(), QStringLiteral("CANCELLED"));
        QCOMPARE(sb.post(QStringLiteral("/port-requests/%1/cancel").arg(id)).status, 409);
        // The number is free again for a new request.
        QCOMPARE(sb.post(QStringLiteral("/port-requests"),
                         createBody(QStringLiteral("+15015559821"), QStringLiteral("Bayside")))
                     .status,
                 201);
    }
};

QTEST_GUILESS_MAIN(TestPorting)
#include "tst_porting.moc"
