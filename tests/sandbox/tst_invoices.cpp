// Invoices, billing profiles and tax jurisdictions over real HTTP against an in-process sandbox (demo seed):
// every demo invoice adds up in integer cents, filters, pagination, delta sync with tombstones, payments,
// refunds never above what was paid, void/reminder rules, the overdue lifecycle on the sandbox clock,
// 401/403/404/409/412/422, idempotent replays and ETag/304.
#include "BillingTestSupport.h"

#include "domain/Money.h"
#include "domain/Rate.h"
#include "domain/Tax.h"

#include <QDate>
#include <QSet>

using namespace billingtest;
using simuwave::Money;
using simuwave::Rate;

class TestInvoices : public QObject
{
    Q_OBJECT

private:
    Sandbox sb;
    QJsonArray invoices; // every demo invoice at start

    QJsonObject firstWith(const QString &status)
    {
        const QJsonArray rows = sb.all(QStringLiteral("/invoices?status=") + status);
        return rows.isEmpty() ? QJsonObject() : rows.first().toObject();
    }
    QString today()
    {
        const Reply k = sb.get(QStringLiteral("/sandbox/knobs"));
        return k.json.value(QStringLiteral("now")).toString().left(10);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(sb.start(QStringLiteral("demo")));
        invoices = sb.all(QStringLiteral("/invoices"));
        QVERIFY2(invoices.size() > 100, qPrintable(QString::number(invoices.size())));
    }

    void everyDemoInvoiceAddsUp()
    {
        const QString now = today();
        QSet<QString> statuses, kinds;
        for (const auto v : std::as_const(invoices)) {
            const QJsonObject inv = v.toObject();
            const QString id = inv.value(QStringLiteral("id")).toString();
            qint64 subtotal = 0;
            for (const auto l : inv.value(QStringLiteral("line_items")).toArray()) {
                const QJsonObject li = l.toObject();
                const auto rate = Rate::parse(li.value(QStringLiteral("unit_price")).toString());
                QVERIFY2(rate, qPrintable(id));
                const qint64 qty = li.value(QStringLiteral("quantity")).toInteger();
                QCOMPARE(li.value(QStringLiteral("amount_cents")).toInteger(), rate->times(qty).cents());
                QVERIFY(!li.value(QStringLiteral("description")).toString().isEmpty());
                kinds.insert(li.value(QStringLiteral("kind")).toString());
                subtotal += li.value(QStringLiteral("amount_cents")).toInteger();
            }
            QCOMPARE(inv.value(QStringLiteral("subtotal_cents")).toInteger(), subtotal);
            qint64 tax = 0;
            if (!inv.value(QStringLiteral("tax_rate")).isNull()) {
                const auto ppm = simuwave::parseTaxRatePpm(inv.value(QStringLiteral("tax_rate")).toString());
                QVERIFY(ppm);
                tax = simuwave::applyTaxPpm(Money::fromCents(subtotal), *ppm).cents();
                QVERIFY(inv.value(QStringLiteral("tax_jurisdiction_id"))
                            .toString()
                            .startsWith(QLatin1String("tax_")));
            }
            QCOMPARE(inv.value(QStringLiteral("tax_cents")).toInteger(), tax);
            const qint64 total = subtotal + tax;
            QCOMPARE(inv.value(QStringLiteral("total_cents")).toInteger(), total);
            qint64 paid = 0, refunded = 0;
            for (const auto p : inv.value(QStringLiteral("payments")).toArray())
                paid += p.toObject().value(QStringLiteral("amount_cents")).toInteger();
            for (const auto r : inv.value(QStringLiteral("refunds")).toArray())
                refunded += r.toObject().value(QStringLiteral("amount_cents")).toInteger();
            QCOMPARE(inv.value(QStringLiteral("paid_cents")).toInteger(), paid - refunded);
            QCOMPARE(inv.value(QStringLiteral("refunded_cents")).toInteger(), refunded);
            QVERIFY(paid - refunded >= 0);
            const QString status = inv.value(QStringLiteral("status")).toString();
            statuses.insert(status);
            const qint64 due = (status == QLatin1String("paid") || status == QLatin1String("cancelled"))
                                   ? 0
                                   : std::max<qint64>(0, total - (paid - refunded));
            QCOMPARE(inv.value(QStringLiteral("due_cents")).toInteger(), due);
            if (status == QLatin1String("paid")) {
                QCOMPARE(paid, total);
                QVERIFY(!inv.value(QStringLiteral("paid_at")).isNull());
            }
            if (status == QLatin1String("partially_paid")) {
                QVERIFY(paid > 0 && paid < total);
            }
            const QString dueDate = inv.value(QStringLiteral("due_date")).toString();
            if (status == QLatin1String("overdue"))
                QVERIFY2(dueDate < now, qPrintable(id));
            if (status == QLatin1String("sent") || status == QLatin1String("partially_paid"))
                QVERIFY2(dueDate >= now, qPrintable(id));
            QVERIFY(inv.value(QStringLiteral("issue_date")).toString() <= dueDate);
            QVERIFY(inv.value(QStringLiteral("number")).toString().startsWith(QLatin1String("INV-")));
            QVERIFY(inv.value(QStringLiteral("tenant_id")).toString().startsWith(QLatin1String("tnt_")));
            QCOMPARE(inv.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
        }
        for (const char *s : {"draft", "sent", "partially_paid", "paid", "overdue", "cancelled"})
            QVERIFY2(statuses.contains(QLatin1String(s)), s);
        for (const char *k : {"base_fee", "extensions", "did_local", "minutes"})
            QVERIFY2(kinds.contains(QLatin1String(k)), k);
        // Monthly history back to the oldest tenant (the demo's tenants were created up to ~13 months ago;
        // no invoice predates its tenant).
        QString oldest = QStringLiteral("9999"), newest;
        for (const auto v : std::as_const(invoices)) {
            oldest = std::min(oldest, v.toObject().value(QStringLiteral("issue_date")).toString());
            newest = std::max(newest, v.toObject().value(QStringLiteral("issue_date")).toString());
        }
        const QDate o = QDate::fromString(oldest, Qt::ISODate), n = QDate::fromString(newest, Qt::ISODate);
        QVERIFY2((n.year() - o.year()) * 12 + n.month() - o.month() >= 11,
                 qPrintable(oldest + QLatin1Char(' ') + newest));
    }

    void filtersAndSearch()
    {
        for (const char *s : {"paid", "overdue", "draft"}) {
            const QJsonArray rows = sb.all(QStringLiteral("/invoices?status=") + QLatin1String(s));
            int expected = 0;
            for (const auto v : std::as_const(invoices))
                expected += v.toObject().value(QStringLiteral("status")).toString() == QLatin1String(s);
            QCOMPARE(rows.size(), expected);
        }
        const QJsonObject one = invoices.at(invoices.size() / 2).toObject();
        const QString tenant = one.value(QStringLiteral("tenant_id")).toString();
        const QJsonArray mine = sb.all(QStringLiteral("/invoices?tenant_id=") + tenant);
        QVERIFY(!mine.isEmpty());
        for (const auto v : mine)
            QCOMPARE(v.toObject().value(QStringLiteral("tenant_id")).toString(), tenant);
        const QJsonArray byNumber =
            sb.all(QStringLiteral("/invoices?q=") + one.value(QStringLiteral("number")).toString());
        QCOMPARE(byNumber.size(), 1);
        const QString sip = one.value(QStringLiteral("sip_prefix")).toString();
        QCOMPARE(sb.all(QStringLiteral("/invoices?q=") + sip).size(), mine.size());
        const QString from = one.value(QStringLiteral("issue_date")).toString();
        const QJsonArray range =
            sb.all(QStringLiteral("/invoices?issue_date_from=%1&issue_date_to=%1").arg(from));
        QVERIFY(!range.isEmpty());
        for (const auto v : range)
            QCOMPARE(v.toObject().value(QStringLiteral("issue_date")).toString(), from);

        Reply bad = sb.get(QStringLiteral("/invoices?status=unpaid"));
        QCOMPARE(bad.status, 422);
        QVERIFY(bad.fields().contains(QStringLiteral("status")));
        bad = sb.get(QStringLiteral("/invoices?issue_date_from=2026-13-01"));
        QCOMPARE(bad.status, 422);
        QVERIFY(bad.fields().contains(QStringLiteral("issue_date_from")));
        bad = sb.get(QStringLiteral("/invoices?limit=1001"));
        QCOMPARE(bad.status, 422);
    }

    void paginationCoversEverythingOnce()
    {
        const QJsonArray paged = sb.all(QStringLiteral("/invoices"), 37);
        QCOMPARE(paged.size(), invoices.size());
        QSet<QString> ids;
        for (const auto v : paged)
            ids.insert(v.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(ids.size(), invoices.size());
        // A cursor is bound to its filters.
        const Reply first = sb.get(QStringLiteral("/invoices?limit=5"));
        const QString cursor = first.json.value(QStringLiteral("next_cursor")).toString();
        QVERIFY(!cursor.isEmpty());
        QCOMPARE(sb.get(QStringLiteral("/invoices?status=paid&limit=5&cursor=") + cursor).status, 400);
    }

    void etagAndNotModified()
    {
        const QString id = invoices.first().toObject().value(QStringLiteral("id")).toString();
        const Reply r = sb.get(QStringLiteral("/invoices/") + id);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.header("etag").isEmpty());
        const Reply again =
            sb.request("GET", QStringLiteral("/invoices/") + id, sb.adminKey,
                       QJsonValue(QJsonValue::Undefined), {{"If-None-Match", r.header("etag")}});
        QCOMPARE(again.status, 304);
        QCOMPARE(sb.get(QStringLiteral("/invoices/inv_zzzzzzzz")).status, 404);
        QCOMPARE(sb.get(QStringLiteral("/invoices/bogus")).status, 404);
    }

    void authAndRoles()
    {
        const QString id = firstWith(QStringLiteral("overdue")).value(QStringLiteral("id")).toString();
        QCOMPARE(sb.request("GET", QStringLiteral("/invoices"), {}).status, 401);
        QCOMPARE(sb.request("GET", QStringLiteral("/invoices"), "sk_test_nope").status, 401);
        QCOMPARE(sb.get(QStringLiteral("/invoices?limit=1"), sb.readonlyKey).status, 200);
        QCOMPARE(sb.get(QStringLiteral("/invoices?limit=1"), sb.supportToken).status, 200);
        const QStringList writes{QStringLiteral("/invoices/%1/mark-paid"),
                                 QStringLiteral("/invoices/%1/refund"), QStringLiteral("/invoices/%1/void"),
                                 QStringLiteral("/invoices/%1/send-reminder")};
        for (const QString &w : writes) {
            for (const QByteArray &token : {sb.readonlyKey, sb.supportToken}) {
                const Reply r = sb.post(w.arg(id), QJsonObject{{QStringLiteral("amount_cents"), 1}}, token);
                QVERIFY2(r.status == 403, qPrintable(w + QString::number(r.status)));
            }
        }
        for (const QString &path :
             {QStringLiteral("/billing-profiles"), QStringLiteral("/tax-jurisdictions")}) {
            QCOMPARE(sb.post(path, QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}, sb.readonlyKey)
                         .status,
                     403);
            QCOMPARE(
                sb.post(path, QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}, sb.supportToken)
                    .status,
                403);
        }
        const QString bp = sb.all(QStringLiteral("/billing-profiles"))
                               .first()
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString();
        const QString tx = sb.all(QStringLiteral("/tax-jurisdictions"))
                               .first()
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString();
        for (const QByteArray &token : {sb.readonlyKey, sb.supportToken}) {
            QCOMPARE(
                sb.request("PATCH", QStringLiteral("/billing-profiles/") + bp, token, QJsonObject{}).status,
                403);
            QCOMPARE(sb.request("DELETE", QStringLiteral("/billing-profiles/") + bp, token).status, 403);
            QCOMPARE(
                sb.request("PATCH", QStringLiteral("/tax-jurisdictions/") + tx, token, QJsonObject{}).status,
                403);
            QCOMPARE(sb.request("DELETE", QStringLiteral("/tax-jurisdictions/") + tx, token).status, 403);
        }
    }

    void markPaidPartialThenFull()
    {
        const QJsonObject inv = firstWith(QStringLiteral("overdue"));
        const QString path =
            QStringLiteral("/invoices/%1/mark-paid").arg(inv.value(QStringLiteral("id")).toString());
        const qint64 due = inv.value(QStringLiteral("due_cents")).toInteger();
        QVERIFY(due > 1);
        Reply r = sb.post(path, QJsonObject{{QStringLiteral("amount_cents"), due + 1}});
        QCOMPARE(r.status, 422);
        QVERIFY(r.fields().contains(QStringLiteral("amount_cents")));
        QCOMPARE(sb.post(path, QJsonObject{{QStringLiteral("amount_cents"), 0}}).status, 422);
        QCOMPARE(sb.post(path, QJsonObject{{QStringLiteral("amount_cents"), 1.5}}).status, 422);
        QCOMPARE(sb.post(path, QJsonObject{{QStringLiteral("amount_cnts"), 1}}).status, 422);
        // Idempotent replay: the same key answers the same body and pays once.
        const QList<QPair<QByteArray, QByteArray>> key{{"Idempotency-Key", "pay-test-1"}};
        r = sb.post(path, QJsonObject{{QStringLiteral("amount_cents"), 1}}, {}, key);
        QCOMPARE(r.status, 200);
        const Reply replay = sb.post(path, QJsonObject{{QStringLiteral("amount_cents"), 1}}, {}, key);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.json, r.json);
        QCOMPARE(sb.post(path, QJsonObject{{QStringLiteral("amount_cents"), 2}}, {}, key).status, 422);
        QCOMPARE(r.json.value(QStringLiteral("due_cents")).toInteger(), due - 1);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("overdue"));
        r = sb.post(path); // default = the amount due
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
        QCOMPARE(r.json.value(QStringLiteral("due_cents")).toInteger(), 0);
        QCOMPARE(r.json.value(QStringLiteral("paid_cents")).toInteger(),
                 r.json.value(QStringLiteral("total_cents")).toInteger());
        QVERIFY(!r.json.value(QStringLiteral("paid_at")).isNull());
        QCOMPARE(r.json.value(QStringLiteral("payments"))
                     .toArray()
                     .last()
                     .toObject()
                     .value(QStringLiteral("method"))
                     .toString(),
                 QStringLiteral("manual"));
        r = sb.post(path);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.error().value(QStringLiteral("code")).toString(), QStringLiteral("invalid_status"));
        const QString draft = firstWith(QStringLiteral("draft")).value(QStringLiteral("id")).toString();
        QCOMPARE(sb.post(QStringLiteral("/invoices/%1/mark-paid").arg(draft)).status, 409);
    }

    void refundNeverAbovePaid()
    {
        const QJsonObject inv = firstWith(QStringLiteral("paid"));
        const QString path =
            QStringLiteral("/invoices/%1/refund").arg(inv.value(QStringLiteral("id")).toString());
        const qint64 paid = inv.value(QStringLiteral("paid_cents")).toInteger();
        QVERIFY(paid > 2);
        Reply r = sb.post(path, QJsonObject{{QStringLiteral("amount_cents"), paid + 1}});
        QCOMPARE(r.status, 422);
        QVERIFY(r.fields().contains(QStringLiteral("amount_cents")));
        QCOMPARE(sb.post(path, QJsonObject{}).status, 422);
        QCOMPARE(sb.post(path, QJsonObject{{QStringLiteral("amount_cents"), -5}}).status, 422);
        r = sb.post(path, QJsonObject{{QStringLiteral("amount_cents"), 2},
                                      {QStringLiteral("reason"), QStringLiteral("Goodwill")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("paid_cents")).toInteger(), paid - 2);
        QCOMPARE(r.json.value(QStringLiteral("refunded_cents")).toInteger(),
                 inv.value(QStringLiteral("refunded_cents")).toInteger() + 2);
        QCOMPARE(r.json.value(QStringLiteral("refunds"))
                     .toArray()
                     .last()
                     .toObject()
                     .value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("Goodwill"));
        QCOMPARE(sb.post(path, QJsonObject{{QStringLiteral("amount_cents"), paid - 1}}).status, 422);
        r = sb.post(path, QJsonObject{{QStringLiteral("amount_cents"), paid - 2}}); // the rest: a full refund
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("paid_cents")).toInteger(), 0);
        r = sb.post(path, QJsonObject{{QStringLiteral("amount_cents"), 1}});
        QCOMPARE(r.status, 409);
        // Nothing paid on a sent invoice: 409.
        const QJsonObject sent = firstWith(QStringLiteral("sent"));
        if (sent.value(QStringLiteral("paid_cents")).toInteger() == 0)
            QCOMPARE(
                sb.post(
                      QStringLiteral("/invoices/%1/refund").arg(sent.value(QStringLiteral("id")).toString()),
                      QJsonObject{{QStringLiteral("amount_cents"), 1}})
                    .status,
                409);
    }

    void voidAndReminderAndDeltaSync()
    {
        const QString since =
            sb.get(QStringLiteral("/sandbox/knobs")).json.value(QStringLiteral("now")).toString();
        const QString draft = firstWith(QStringLiteral("draft")).value(QStringLiteral("id")).toString();
        const QString paid = firstWith(QStringLiteral("paid")).value(QStringLiteral("id")).toString();
        const QString overdue = firstWith(QStringLiteral("overdue")).value(QStringLiteral("id")).toString();
        Reply r = sb.post(QStringLiteral("/invoices/%1/void").arg(paid));
        QCOMPARE(r.status, 409);
        r = sb.post(QStringLiteral("/invoices/%1/void").arg(draft));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(sb.post(QStringLiteral("/invoices/%1/void").arg(draft)).status, 409);
        QCOMPARE(sb.post(QStringLiteral("/invoices/%1/send-reminder").arg(paid)).status, 409);
        r = sb.post(QStringLiteral("/invoices/%1/send-reminder").arg(overdue));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(QStringLiteral("last_reminder_at")).toString() >= since);
        const QJsonArray delta = sb.all(QStringLiteral("/invoices?updated_since=") +
                                            QString::fromLatin1(QUrl::toPercentEncoding(since)),
                                        1);
        QSet<QString> ids;
        for (const auto v : delta)
            ids.insert(v.toObject().value(QStringLiteral("id")).toString());
        QVERIFY(ids.contains(draft));
        QVERIFY(ids.contains(overdue));
        QVERIFY(!ids.contains(paid));
    }

    void overdueOnTheClock()
    {
        // A sent invoice whose due date is ahead becomes overdue once the clock passes it.
        QJsonObject target;
        for (const auto v : sb.all(QStringLiteral("/invoices?status=sent")))
            if (target.isEmpty() || v.toObject().value(QStringLiteral("due_date")).toString() <
                                        target.value(QStringLiteral("due_date")).toString())
                target = v.toObject();
        QVERIFY(!target.isEmpty());
        const QString since =
            sb.get(QStringLiteral("/sandbox/knobs")).json.value(QStringLiteral("now")).toString();
        const QDate due = QDate::fromString(target.value(QStringLiteral("due_date")).toString(), Qt::ISODate);
        const QDate now = QDate::fromString(since.left(10), Qt::ISODate);
        QCOMPARE(sb.advance((now.daysTo(due) + 1) * 86400 + 60).status, 200);
        const Reply r = sb.get(QStringLiteral("/invoices/") + target.value(QStringLiteral("id")).toString());
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("overdue"));
        QVERIFY(r.json.value(QStringLiteral("updated_at")).toString() > since);
        bool seen = false;
        for (const auto v : sb.all(QStringLiteral("/invoices?updated_since=") +
                                   QString::fromLatin1(QUrl::toPercentEncoding(since))))
            seen = seen || v.toObject().value(QStringLiteral("id")) == target.value(QStringLiteral("id"));
        QVERIFY(seen);
    }

    void billingProfilesCrud()
    {
        const QJsonArray seeded = sb.all(QStringLiteral("/billing-profiles"));
        QStringList names;
        for (const auto v : seeded)
            names << v.toObject().value(QStringLiteral("name")).toString();
        for (const char *n : {"Pay-As-You-Go", "Flat Rate Starter", "Small Office"})
            QVERIFY2(names.contains(QLatin1String(n)), n);
        const QJsonObject small = seeded.at(names.indexOf(QStringLiteral("Small Office"))).toObject();
        QCOMPARE(small.value(QStringLiteral("monthly_base_cents")).toInteger(), 9900);
        QCOMPARE(small.value(QStringLiteral("included_extensions")).toInteger(), 5);
        QVERIFY(small.value(QStringLiteral("tenant_count")).toInteger() > 0);

        const QString since =
            sb.get(QStringLiteral("/sandbox/knobs")).json.value(QStringLiteral("now")).toString();
        Reply bad = sb.post(QStringLiteral("/billing-profiles"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("")},
                                        {QStringLiteral("pricing_model"), QStringLiteral("monthly")},
                                        {QStringLiteral("per_minute_rate"), QStringLiteral("0.0000001")},
                                        {QStringLiteral("monthly_base_cents"), -1}});
        QCOMPARE(bad.status, 422);
        for (const char *f : {"name", "pricing_model", "per_minute_rate", "monthly_base_cents"})
            QVERIFY2(bad.fields().contains(QLatin1String(f)), f);
        const QJsonObject body{{QStringLiteral("name"), QStringLiteral("Call Center")},
                               {QStringLiteral("pricing_model"), QStringLiteral("flat_rate")},
                               {QStringLiteral("monthly_base_cents"), 49900},
                               {QStringLiteral("included_extensions"), 50},
                               {QStringLiteral("per_minute_rate"), QStringLiteral("0.015")}};
        Reply r = sb.post(QStringLiteral("/billing-profiles"), body);
        QCOMPARE(r.status, 201);
        const QString id = r.json.value(QStringLiteral("id")).toString();
        QVERIFY(id.startsWith(QLatin1String("bp_")));
        QCOMPARE(r.json.value(QStringLiteral("per_minute_rate")).toString(), QStringLiteral("0.015"));
        QCOMPARE(r.json.value(QStringLiteral("tenant_count")).toInt(), 0);
        QCOMPARE(sb.post(QStringLiteral("/billing-profiles"), body).status, 409);
        // If-Match: a stale ETag gets 412.
        const Reply got = sb.get(QStringLiteral("/billing-profiles/") + id);
        r = sb.request("PATCH", QStringLiteral("/billing-profiles/") + id, sb.adminKey,
                       QJsonObject{{QStringLiteral("monthly_base_cents"), 45900}},
                       {{"If-Match", got.header("etag")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("monthly_base_cents")).toInteger(), 45900);
        r = sb.request("PATCH", QStringLiteral("/billing-profiles/") + id, sb.adminKey,
                       QJsonObject{{QStringLiteral("monthly_base_cents"), 1}},
                       {{"If-Match", got.header("etag")}});
        QCOMPARE(r.status, 412);
        QCOMPARE(
            sb.request("DELETE",
                       QStringLiteral("/billing-profiles/") + small.value(QStringLiteral("id")).toString(),
                       sb.adminKey)
                .status,
            409);
        QCOMPARE(sb.request("DELETE", QStringLiteral("/billing-profiles/") + id, sb.adminKey).status, 204);
        QCOMPARE(sb.get(QStringLiteral("/billing-profiles/") + id).status, 404);
        bool tomb = false;
        for (const auto v : sb.all(QStringLiteral("/billing-profiles?updated_since=") +
                                   QString::fromLatin1(QUrl::toPercentEncoding(since))))
            tomb = tomb || (v.toObject().value(QStringLiteral("id")).toString() == id &&
                            v.toObject().value(QStringLiteral("deleted")).toBool());
        QVERIFY(tomb);
        QCOMPARE(sb.all(QStringLiteral("/billing-profiles")).size(), seeded.size());
    }

    void taxJurisdictionsCrud()
    {
        const QString since =
            sb.get(QStringLiteral("/sandbox/knobs")).json.value(QStringLiteral("now")).toString();
        Reply bad = sb.post(QStringLiteral("/tax-jurisdictions"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("Bad")},
                                        {QStringLiteral("code"), QStringLiteral("nope!")},
                                        {QStringLiteral("rate"), QStringLiteral("1.5")}});
        QCOMPARE(bad.status, 422);
        QVERIFY(bad.fields().contains(QStringLiteral("rate")));
        QVERIFY(bad.fields().contains(QStringLiteral("code")));
        QCOMPARE(
            sb.post(QStringLiteral("/tax-jurisdictions"), QJsonObject{{QStringLiteral("rate"), 0.08}}).status,
            422);
        const QJsonObject body{{QStringLiteral("name"), QStringLiteral("King County, WA")},
                               {QStringLiteral("code"), QStringLiteral("US-WA-King")},
                               {QStringLiteral("rate"), QStringLiteral("0.1025")}};
        Reply r = sb.post(QStringLiteral("/tax-jurisdictions"), body);
        QCOMPARE(r.status, 201);
        const QString id = r.json.value(QStringLiteral("id")).toString();
        QCOMPARE(r.json.value(QStringLiteral("rate")).toString(), QStringLiteral("0.1025"));
        QCOMPARE(r.json.value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(sb.post(QStringLiteral("/tax-jurisdictions"), body).status, 409);
        r = sb.request("PATCH", QStringLiteral("/tax-jurisdictions/") + id, sb.adminKey,
                       QJsonObject{{QStringLiteral("enabled"), false}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("enabled")).toBool(), false);
        QCOMPARE(sb.request("DELETE", QStringLiteral("/tax-jurisdictions/") + id, sb.adminKey).status, 204);
        QCOMPARE(sb.request("DELETE", QStringLiteral("/tax-jurisdictions/") + id, sb.adminKey).status, 404);
        bool tomb = false;
        for (const auto v : sb.all(QStringLiteral("/tax-jurisdictions?updated_since=") +
                                   QString::fromLatin1(QUrl::toPercentEncoding(since))))
            tomb = tomb || (v.toObject().value(QStringLiteral("id")).toString() == id &&
                            v.toObject().value(QStringLiteral("deleted")).toBool());
        QVERIFY(tomb);
    }
};

QTEST_GUILESS_MAIN(TestInvoices)
#include "tst_invoices.moc"
