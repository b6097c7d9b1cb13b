// Revenue figures computed from the offline cache (ui/revenue/RevenueFigures) equal the platform's own
// GET /v1/analytics/revenue answer for every period, field by field, at the sandbox clock's "now" (the
// answer's generated_at); they still do after a payment, a refund and a cancellation made on the server
// and synced. The figures the platform lacks (margin at the wholesale rates, churn risk) are checked on a
// small cache built by hand, against values worked out in the comments.
#include "ConsoleTestFixture.h"

#include "revenue/RevenueFigures.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QtTest>

using namespace simuwave;

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QDateTime timeOf(const QJsonValue &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

// Every field of the endpoint's answer against the figures (QCOMPARE: the first difference fails).
void compareWithEndpoint(const RevenueFigures &f, const QJsonObject &a)
{
    QVERIFY(f.valid);
    QCOMPARE(f.periodStart, timeOf(a.value(QLatin1String("period_start"))));
    QCOMPARE(f.periodEnd, timeOf(a.value(QLatin1String("period_end"))));

    const QJsonObject m = a.value(QLatin1String("metrics")).toObject();
    QCOMPARE(f.mrrCents, m.value(QLatin1String("mrr_cents")).toInteger());
    QCOMPARE(f.arrCents, m.value(QLatin1String("arr_cents")).toInteger());
    QCOMPARE(f.revenueCents, m.value(QLatin1String("revenue_cents")).toInteger());
    QCOMPARE(f.activeTenants, m.value(QLatin1String("active_tenants")).toInteger());
    QCOMPARE(f.arpuCents, m.value(QLatin1String("arpu_cents")).toInteger());
    QCOMPARE(f.lifetimeRevenueCents, m.value(QLatin1String("lifetime_revenue_cents")).toInteger());
    QCOMPARE(f.outstandingCents, m.value(QLatin1String("outstanding_cents")).toInteger());
    QCOMPARE(orNull(f.collectionRate), m.value(QLatin1String("collection_rate")));
    const QJsonObject g = m.value(QLatin1String("growth")).toObject();
    QCOMPARE(orNull(f.growth.mrr), g.value(QLatin1String("mrr")));
    QCOMPARE(orNull(f.growth.revenue), g.value(QLatin1String("revenue")));
    QCOMPARE(orNull(f.growth.activeTenants), g.value(QLatin1String("active_tenants")));
    QCOMPARE(orNull(f.growth.arpu), g.value(QLatin1String("arpu")));

    const QJsonObject b = a.value(QLatin1String("breakdown")).toObject();
    const auto item = [&b](const char *key, const RevenueBreakdownItem &i) {
        const QJsonObject o = b.value(QLatin1String(key)).toObject();
        QCOMPARE(i.quantity, o.value(QLatin1String("quantity")).toInteger());
        QCOMPARE(i.revenueCents, o.value(QLatin1String("revenue_cents")).toInteger());
    };
    item("extensions", f.extensions);
    item("dids", f.dids);
    item("minutes", f.minutes);

    const QJsonArray trends = a.value(QLatin1String("trends")).toArray();
    QCOMPARE(f.trends.size(), trends.size());
    QCOMPARE(f.trends.size(), 12);
    for (int i = 0; i < 12; ++i) {
        const QJsonObject t = trends.at(i).toObject();
        const RevenueTrendMonth &mine = f.trends.at(i);
        QCOMPARE(mine.month.toString(QStringLiteral("yyyy-MM")), t.value(QLatin1String("month")).toString());
        QCOMPARE(mine.revenueCents, t.value(QLatin1String("revenue_cents")).toInteger());
        QCOMPARE(mine.invoicesSent, t.value(QLatin1String("invoices_sent")).toInteger());
        QCOMPARE(mine.invoicesPaid, t.value(QLatin1String("invoices_paid")).toInteger());
        QCOMPARE(mine.newTenants, t.value(QLatin1String("new_tenants")).toInteger());
        QCOMPARE(mine.churnedTenants, t.value(QLatin1String("churned_tenants")).toInteger());
        QCOMPARE(mine.activeTenantsAtStart, t.value(QLatin1String("active_tenants_at_start")).toInteger());
        QCOMPARE(orNull(mine.churnRate), t.value(QLatin1String("churn_rate")));
    }

    const QJsonArray ranked = a.value(QLatin1String("tenants_by_revenue")).toArray();
    QCOMPARE(f.tenantsByRevenue.size(), ranked.size());
    for (int i = 0; i < ranked.size(); ++i) {
        const QJsonObject t = ranked.at(i).toObject();
        const TenantRevenue &mine = f.tenantsByRevenue.at(i);
        QCOMPARE(mine.tenantId, t.value(QLatin1String("tenant_id")).toString()); // same rank
        QCOMPARE(mine.tenantName, t.value(QLatin1String("tenant_name")).toString());
        QCOMPARE(mine.billingProfileId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                 : QJsonValue(mine.billingProfileId),
                 t.value(QLatin1String("billing_profile_id")));
        QCOMPARE(orNull(mine.tier), t.value(QLatin1String("tier")));
        QCOMPARE(mine.mrrCents, t.value(QLatin1String("mrr_cents")).toInteger());
        QCOMPARE(mine.lifetimeRevenueCents, t.value(QLatin1String("lifetime_revenue_cents")).toInteger());
        QCOMPARE(mine.outstandingCents, t.value(QLatin1String("outstanding_cents")).toInteger());
        QCOMPARE(mine.lastPaymentAt, timeOf(t.value(QLatin1String("last_payment_at"))));
    }
}

} // namespace

class TestRevenueFigures : public QObject
{
    Q_OBJECT
    ConsoleTestFixture m_f;

    // The sandbox's answer for `period` after a sync, and the cache's figures at the answer's "now".
    bool fetch(const QString &period, QJsonObject *answer, RevenueFigures *figures)
    {
        if (!m_f.waitForSync())
            return false;
        const HttpAnswer a = m_f.api->call("GET", QStringLiteral("analytics/revenue"), {}, {},
                                           QUrlQuery{{QStringLiteral("period"), period}});
        if (a.status != 200)
            return false;
        *answer = a.json;
        const QDateTime now = timeOf(a.json.value(QLatin1String("generated_at")));
        *figures = RevenueFigures::compute(*m_f.cache, *revenue::periodFromKey(period), now);
        return now.isValid();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_f.start(), qPrintable(m_f.error)); }

    void arithmeticAsTheEndpoint_data()
    {
        QTest::addColumn<qint64>("a");
        QTest::addColumn<qint64>("b");
        QTest::addColumn<qint64>("half");
        QTest::addColumn<QString>("growth");
        QTest::addColumn<QString>("ratio");
        QTest::newRow("third") << 1LL << 3LL << 0LL << QStringLiteral("-66.7") << QStringLiteral("0.3333");
        QTest::newRow("two thirds") << 2LL << 3LL << 1LL << QStringLiteral("-33.3")
                                    << QStringLiteral("0.6667");
        QTest::newRow("half up") << 5LL << 2LL << 3LL << QStringLiteral("150.0") << QStringLiteral("2.5000");
        QTest::newRow("negative half away from zero")
            << -5LL << 2LL << -3LL << QStringLiteral("-350.0") << QStringLiteral("-2.5000");
        QTest::newRow("equal") << 7LL << 7LL << 1LL << QStringLiteral("0.0") << QStringLiteral("1.0000");
        QTest::newRow("prior zero") << 7LL << 0LL << 0LL << QString() << QString();
        QTest::newRow("tiny growth rounds up")
            << 20001LL << 20000LL << 1LL << QStringLiteral("0.0") << QStringLiteral("1.0001");
        QTest::newRow("0.05 % rounds to 0.1")
            << 2001LL << 2000LL << 1LL << QStringLiteral("0.1") << QStringLiteral("1.0005");
    }
    void arithmeticAsTheEndpoint()
    {
        QFETCH(qint64, a);
        QFETCH(qint64, b);
        QFETCH(qint64, half);
        QFETCH(QString, growth);
        QFETCH(QString, ratio);
        QCOMPARE(revenue::divHalfUp(a, b), half);
        QCOMPARE(revenue::growthString(a, b), growth);
        QCOMPARE(revenue::growthString(a, b).isNull(), growth.isNull());
        QCOMPARE(revenue::ratioString(a, b), ratio);
    }

    void equalTheEndpoint_data()
    {
        QTest::addColumn<QString>("period");
        for (RevenuePeriod p : revenue::allPeriods())
            QTest::newRow(qPrintable(revenue::periodKey(p))) << revenue::periodKey(p);
    }
    void equalTheEndpoint()
    {
        QFETCH(QString, period);
        QJsonObject answer;
        RevenueFigures figures;
        QVERIFY2(fetch(period, &answer, &figures), qPrintable(m_f.error));
        QCOMPARE(answer.value(QLatin1String("period")).toString(), period);
        QCOMPARE(revenue::periodKey(figures.period), period);
        compareWithEndpoint(figures, answer);
        if (QTest::currentTestFailed())
            return;
        // The demo data gives every formula something to get wrong (a comparison of zeros with zeros would
        // prove nothing).
        const QJsonObject m = answer.value(QLatin1String("metrics")).toObject();
        QVERIFY(figures.mrrCents > 0);
        QVERIFY(figures.activeTenants > 0);
        QVERIFY(figures.lifetimeRevenueCents > figures.revenueCents);
        QVERIFY(figures.outstandingCents > 0);
        QVERIFY(figures.tenantsByRevenue.size() >= 10);
        QVERIFY(figures.tenantsByRevenue.first().lifetimeRevenueCents >
                figures.tenantsByRevenue.last().lifetimeRevenueCents);
        if (period != QLatin1String("7d")) {
            QVERIFY(figures.revenueCents > 0);
            QVERIFY(!figures.growth.revenue.isNull());
            QVERIFY(!figures.growth.activeTenants.isNull());
            QVERIFY(!figures.growth.arpu.isNull());
            QVERIFY(!figures.collectionRate.isNull());
            QVERIFY(figures.extensions.quantity > 0 && figures.dids.revenueCents > 0 &&
                    figures.minutes.revenueCents > 0);
        }
        qint64 sent = 0, paid = 0, created = 0, churned = 0;
        for (const RevenueTrendMonth &t : std::as_const(figures.trends))
            sent += t.invoicesSent, paid += t.invoicesPaid, created += t.newTenants,
                churned += t.churnedTenants;
        QVERIFY(sent > 0 && paid > 0 && created > 0);
        Q_UNUSED(churned) // the demo's cancellations may fall outside the 12 months; see followChanges
        Q_UNUSED(m)
    }

    // A payment, a refund and a cancellation on the server: after a sync, the cache's figures move with
    // the endpoint's (cash now, outstanding, lifetime, last payment, churn this month, active tenants).
    void followChanges()
    {
        QJsonObject before;
        RevenueFigures figuresBefore;
        QVERIFY2(fetch(QStringLiteral("30d"), &before, &figuresBefore), qPrintable(m_f.error));

        QSqlQuery q(m_f.cache->database());
        QVERIFY(q.exec(QStringLiteral("SELECT id, due_cents FROM invoices WHERE status IN ('sent','overdue') "
                                      "AND due_cents > 0 ORDER BY issue_date DESC LIMIT 1")) &&
                q.next());
        const QString toPay = q.value(0).toString();
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM invoices WHERE status = 'paid' AND paid_cents > 500 "
                                      "ORDER BY issue_date DESC LIMIT 1")) &&
                q.next());
        const QString toRefund = q.value(0).toString();
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT id FROM tenants WHERE status = 'ACTIVE' ORDER BY id DESC LIMIT 1")) &&
                q.next());
        const QString toCancel = q.value(0).toString();
        q.finish();

        HttpAnswer a = m_f.api->call("POST", QStringLiteral("invoices/%1/mark-paid").arg(toPay));
        QVERIFY2(a.status == 200, a.body.constData());
        a = m_f.api->call(
            "POST", QStringLiteral("invoices/%1/refund").arg(toRefund),
            {{QStringLiteral("amount_cents"), 321}, {QStringLiteral("reason"), QStringLiteral("test")}});
        QVERIFY2(a.status == 200, a.body.constData());
        a = m_f.api->call("DELETE", QStringLiteral("tenants/%1").arg(toCancel));
        QVERIFY2(a.status == 200, a.body.constData());

        for (const QString &period : {QStringLiteral("30d"), QStringLiteral("1y")}) {
            QJsonObject answer;
            RevenueFigures figures;
            QVERIFY2(fetch(period, &answer, &figures), qPrintable(m_f.error));
            compareWithEndpoint(figures, answer);
            if (QTest::currentTestFailed())
                return;
        }
        QJsonObject after;
        RevenueFigures figuresAfter;
        QVERIFY2(fetch(QStringLiteral("30d"), &after, &figuresAfter), qPrintable(m_f.error));
        QCOMPARE(figuresAfter.activeTenants, figuresBefore.activeTenants - 1);
        QCOMPARE(figuresAfter.trends.last().churnedTenants, figuresBefore.trends.last().churnedTenants + 1);
        QVERIFY(figuresAfter.revenueCents != figuresBefore.revenueCents);
        QVERIFY(figuresAfter.outstandingCents < figuresBefore.outstandingCents);
        // The cancellation time came through the sync into the cache (schema v5).
        const auto cancelled = m_f.cache->tenant(toCancel);
        QVERIFY(cancelled && cancelled->cancelledAt.isValid());
        QVERIFY(qAbs(cancelled->cancelledAt.msecsTo(figuresAfter.now)) < 10 * 60 * 1000);
    }

    // Margin and churn risk (not on the platform) on a cache written by hand.
    void marginAndChurnRisk()
    {
        QTemporaryDir dir;
        cache::SqlCache c;
        QVERIFY(c.open(dir.filePath(QStringLiteral("cache.sqlite"))).usable);
        QSqlQuery q(c.database());
        const auto exec = [&q](const QString &sql) {
            if (!q.exec(sql))
                qWarning() << q.lastError().text() << sql;
            return !q.lastError().isValid();
        };
        // A: flat plan (allowance 5 extensions, 2 DIDs, 1,000 minutes); B: pay as you go, usage meter split
        // 750 local / 250 toll-free minutes; C: cancelled.
        QVERIFY(exec(QStringLiteral("INSERT INTO tenants(id, name, sip_prefix, status, billing_profile_id, "
                                    "created_at, updated_at) VALUES"
                                    " ('tnt_000000a', 'Alpha', 'alpha', 'ACTIVE', 'bp_flat', 0, 1),"
                                    " ('tnt_000000b', 'Bravo', 'bravo', 'ACTIVE', 'bp_payg', 0, 1),"
                                    " ('tnt_000000c', 'Charlie', 'charlie', 'CANCELLED', 'bp_payg', 0, 1)")));
        QVERIFY(exec(QStringLiteral(
            "INSERT INTO tenant_usage(id, period_start, period_end, spend_cents_used, extensions_used, "
            "dids_used,"
            " minutes_used, minutes_local, minutes_toll_free, meters_json, updated_at) VALUES"
            " ('tnt_000000b', '2026-06-01', '2026-06-30', 0, 4, 3, 1000, 750, 250, '{}', 1)")));
        const auto invoice = [&exec](const QString &id, const QString &tenant, const QString &issue,
                                     qint64 subtotal, const QString &items) {
            return exec(QStringLiteral(
                            "INSERT INTO invoices(id, number, tenant_id, status, issue_date, due_date,"
                            " subtotal_cents, tax_cents, total_cents, paid_cents, due_cents,"
                            " line_items_json, payments_json, refunds_json, updated_at) VALUES"
                            " ('%1', '%1', '%2', 'sent', '%3', '%3', %4, 0, %4, 0, %4, '%5', '[]', '[]', 1)")
                            .arg(id, tenant, issue)
                            .arg(subtotal)
                            .arg(items));
        };
        const auto line = [](const char *kind, int quantity, int cents) {
            return QStringLiteral("{\"kind\":\"%1\",\"quantity\":%2,\"amount_cents\":%3}")
                .arg(QLatin1String(kind))
                .arg(quantity)
                .arg(cents);
        };
        QVERIFY(invoice(QStringLiteral("inv_a1"), QStringLiteral("tnt_000000a"), QStringLiteral("2026-05-01"),
                        6000,
                        QLatin1Char('[') + line("base_fee", 1, 5000) + QLatin1Char(',') +
                            line("minutes", 700, 1000) + QLatin1Char(']')));
        QVERIFY(invoice(
            QStringLiteral("inv_a2"), QStringLiteral("tnt_000000a"), QStringLiteral("2026-06-01"), 9000,
            QLatin1Char('[') + line("base_fee", 1, 5000) + QLatin1Char(',') + line("extensions", 3, 1500) +
                QLatin1Char(',') + line("minutes", 200, 2500) + QLatin1Char(']')));
        QVERIFY(invoice(QStringLiteral("inv_b1"), QStringLiteral("tnt_000000b"), QStringLiteral("2026-05-01"),
                        3000, QLatin1Char('[') + line("minutes", 1000, 3000) + QLatin1Char(']')));
        QVERIFY(invoice(QStringLiteral("inv_b2"), QStringLiteral("tnt_000000b"), QStringLiteral("2026-06-01"),
                        4000,
                        QLatin1Char('[') + line("extensions", 4, 1200) + QLatin1Char(',') +
                            line("did_local", 2, 700) + QLatin1Char(',') + line("did_toll_free", 1, 300) +
                            QLatin1Char(',') + line("minutes", 300, 1800) + QLatin1Char(']')));
        // Charlie fell from 900 to 100 minutes, but is cancelled: not a risk any more.
        QVERIFY(invoice(QStringLiteral("inv_c1"), QStringLiteral("tnt_000000c"), QStringLiteral("2026-05-01"),
                        100, QLatin1Char('[') + line("minutes", 900, 100) + QLatin1Char(']')));
        QVERIFY(invoice(QStringLiteral("inv_c2"), QStringLiteral("tnt_000000c"), QStringLiteral("2026-06-01"),
                        100, QLatin1Char('[') + line("minutes", 100, 100) + QLatin1Char(']')));

        RevenueInputs in;
        in.billingProfiles =
            QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("bp_flat")},
                                   {QStringLiteral("name"), QStringLiteral("Small Office")},
                                   {QStringLiteral("pricing_model"), QStringLiteral("flat_rate")},
                                   {QStringLiteral("monthly_base_cents"), 5000},
                                   {QStringLiteral("included_extensions"), 5},
                                   {QStringLiteral("included_dids"), 2},
                                   {QStringLiteral("included_minutes"), 1000}},
                       QJsonObject{{QStringLiteral("id"), QStringLiteral("bp_payg")},
                                   {QStringLiteral("name"), QStringLiteral("Pay-As-You-Go")},
                                   {QStringLiteral("pricing_model"), QStringLiteral("payg")}}};
        const QJsonObject rates{{QStringLiteral("per_extension"), QStringLiteral("3.00")},
                                {QStringLiteral("did_local_monthly"), QStringLiteral("1.75")},
                                {QStringLiteral("did_toll_free_monthly"), QStringLiteral("2.50")},
                                {QStringLiteral("per_minute_local"), QStringLiteral("0.020")},
                                {QStringLiteral("per_minute_toll_free"), QStringLiteral("0.022")}};
        in.subscription = QJsonObject{
            {QStringLiteral("tier"), QStringLiteral("starter")},
            {QStringLiteral("plan"), QJsonObject{{QStringLiteral("tier"), QStringLiteral("starter")},
                                                 {QStringLiteral("name"), QStringLiteral("Starter")},
                                                 {QStringLiteral("rates"), rates}}}};
        const QDateTime now(QDate(2026, 6, 15), QTime(12, 0), QTimeZone::utc());
        RevenueFigures f = RevenueFigures::compute(c.database(), in, RevenuePeriod::Days30, now);
        QVERIFY(f.valid);
        QVERIFY(f.wholesale.complete());
        QCOMPARE(f.wholesale.minuteLocal, std::optional<qint64>(20'000));
        QCOMPARE(f.mrrCents, 5000);
        QCOMPARE(f.outstandingCents, 9000 + 6000 + 3000 + 4000 + 100 + 100);
        QCOMPARE(f.tenantsByRevenue.size(), 2);
        // No cash at all: ranked by id.
        const TenantRevenue &a = f.tenantsByRevenue.at(0), &b = f.tenantsByRevenue.at(1);
        QCOMPARE(a.tenantId, QStringLiteral("tnt_000000a"));
        QCOMPARE(a.tier, QStringLiteral("Small Office"));
        // A, the June invoice only (May's is before the 30 days): extensions 3 + 5 included, DIDs 0 + 2,
        // minutes 200 + 1,000, all local (no meter): 8 x 3.00 + 2 x 1.75 + 1,200 x 0.020 = 51.50.
        QCOMPARE(a.billedCents, 9000);
        QCOMPARE(a.wholesaleCents, std::optional<qint64>(5150));
        QCOMPARE(a.marginCents, std::optional<qint64>(3850));
        // B: 4 x 3.00 + 2 x 1.75 + 1 x 2.50 + 300 minutes split 750:250 -> 75 toll-free, 225 local:
        // 225 x 0.020 + 75 x 0.022 = 4.50 + 1.65; total 24.15.
        QCOMPARE(b.billedCents, 4000);
        QCOMPARE(b.wholesaleCents, std::optional<qint64>(2415));
        QCOMPARE(b.marginCents, std::optional<qint64>(1585));
        // The breakdown over the same invoices.
        QCOMPARE(f.extensions.quantity, 7);
        QCOMPARE(f.extensions.revenueCents, 2700);
        QCOMPARE(f.dids.quantity, 3);
        QCOMPARE(f.dids.revenueCents, 1000);
        QCOMPARE(f.minutes.quantity, 200 + 300 + 100);
        QCOMPARE(f.baseFeesCents, 5000);

        // Churn risk: A 1,700 -> 1,200 (allowance included) is -29.4 %: no; B 1,000 -> 300 is -70 %: yes;
        // C is cancelled.
        QCOMPARE(f.churnRisk.size(), 1);
        QCOMPARE(f.churnRisk.first().tenantId, QStringLiteral("tnt_000000b"));
        QCOMPARE(f.churnRisk.first().priorMinutes, 1000);
        QCOMPARE(f.churnRisk.first().recentMinutes, 300);
        QCOMPARE(f.churnRisk.first().change, QStringLiteral("-70.0"));
        QCOMPARE(f.churnRisk.first().recentIssueDate, QDate(2026, 6, 1));
        // Exactly half is not "more than half".
        QVERIFY(exec(QStringLiteral("UPDATE invoices SET line_items_json = '[%1]' WHERE id = 'inv_b2'")
                         .arg(line("minutes", 500, 1800))));
        f = RevenueFigures::compute(c.database(), in, RevenuePeriod::Days30, now);
        QVERIFY(f.churnRisk.isEmpty());

        // Custom (Enterprise) rates: no margin rather than a made-up one.
        QJsonObject custom = in.subscription;
        QJsonObject plan = custom.value(QLatin1String("plan")).toObject();
        QJsonObject customRates = rates;
        customRates.insert(QStringLiteral("per_minute_local"), QJsonValue(QJsonValue::Null));
        plan.insert(QStringLiteral("rates"), customRates);
        custom.insert(QStringLiteral("plan"), plan);
        in.subscription = custom;
        f = RevenueFigures::compute(c.database(), in, RevenuePeriod::Days30, now);
        QVERIFY(!f.wholesale.complete());
        QVERIFY(!f.tenantsByRevenue.at(0).marginCents);
        QCOMPARE(f.tenantsByRevenue.at(0).billedCents, 9000);
    }
};

QTEST_MAIN(TestRevenueFigures)
#include "tst_revenuefigures.moc"
