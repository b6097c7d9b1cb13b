// Revenue analytics recomputed independently from the public lists (invoices with their payments and
// refunds, tenants, billing profiles) for every period, following the definitions documented at the
// top of sandbox/resources/AnalyticsRoutes.cpp; then a payment and a refund move the figures.
#include "BillingTestSupport.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

using namespace billingtest;

namespace {

qint64 ms(const QJsonValue &v)
{
    return v.isNull() ? 0 : QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

qint64 halfUp(qint64 a, qint64 b)
{
    if (b == 0)
        return 0;
    const bool neg = (a < 0) != (b < 0);
    const qint64 ua = std::abs(a), ub = std::abs(b);
    const qint64 q = (2 * ua + ub) / (2 * ub);
    return neg ? -q : q;
}

QJsonValue growth(qint64 cur, qint64 prior)
{
    if (prior == 0)
        return QJsonValue(QJsonValue::Null);
    const qint64 t = halfUp((cur - prior) * 1000, std::abs(prior));
    return QStringLiteral("%1%2.%3").arg(t < 0 ? "-" : "").arg(std::abs(t) / 10).arg(std::abs(t) % 10);
}

QJsonValue ratio(qint64 num, qint64 den)
{
    if (den == 0)
        return QJsonValue(QJsonValue::Null);
    const qint64 t = halfUp(num * 10000, den);
    return QStringLiteral("%1.%2").arg(t / 10000).arg(t % 10000, 4, 10, QLatin1Char('0'));
}

QString dateOf(qint64 m)
{
    return QDateTime::fromMSecsSinceEpoch(m, QTimeZone::utc()).date().toString(Qt::ISODate);
}

struct Cash
{
    qint64 at, amount, tenant;
    bool payment;
};

} // namespace

class TestAnalytics : public QObject
{
    Q_OBJECT
    Sandbox sb;

    void checkPeriod(const QString &period)
    {
        const Reply r = sb.get(QStringLiteral("/analytics/revenue?period=") + period);
        QCOMPARE(r.status, 200);
        const QJsonObject a = r.json;
        QCOMPARE(a.value(QStringLiteral("period")).toString(), period);
        const qint64 end = ms(a.value(QStringLiteral("period_end"))),
                     start = ms(a.value(QStringLiteral("period_start")));
        const qint64 days = period == QLatin1String("7d")    ? 7
                            : period == QLatin1String("30d") ? 30
                            : period == QLatin1String("90d") ? 90
                                                             : 365;
        QCOMPARE(end - start, days * 86400000LL);
        const qint64 priorStart = start - (end - start);

        const QJsonArray invoices = sb.all(QStringLiteral("/invoices"));
        const QJsonArray tenants = sb.all(QStringLiteral("/tenants"));
        QHash<QString, QJsonObject> profiles;
        for (const auto v : sb.all(QStringLiteral("/billing-profiles")))
            profiles.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
        auto mrrOf = [&](const QJsonObject &t) -> qint64 {
            const QJsonObject p = profiles.value(t.value(QStringLiteral("billing_profile_id")).toString());
            return p.value(QStringLiteral("pricing_model")).toString() == QLatin1String("flat_rate")
                       ? p.value(QStringLiteral("monthly_base_cents")).toInteger()
                       : 0;
        };

        QList<Cash> cash;
        QHash<qint64, qint64> outstandingBy;
        qint64 outstanding = 0, issued = 0, onTime = 0, baseNow = 0, basePrior = 0;
        qint64 extQ = 0, extC = 0, didQ = 0, didC = 0, minQ = 0, minC = 0;
        const QString startDate = dateOf(start), endDate = dateOf(end), priorDate = dateOf(priorStart);
        for (const auto v : invoices) {
            const QJsonObject inv = v.toObject();
            const qint64 tenant =
                inv.value(QStringLiteral("tenant_id")).toString().mid(4).toLongLong(nullptr, 36);
            for (const auto p : inv.value(QStringLiteral("payments")).toArray())
                cash.append({ms(p.toObject().value(QStringLiteral("paid_at"))),
                             p.toObject().value(QStringLiteral("amount_cents")).toInteger(), tenant, true});
            for (const auto p : inv.value(QStringLiteral("refunds")).toArray())
                cash.append({ms(p.toObject().value(QStringLiteral("created_at"))),
                             -p.toObject().value(QStringLiteral("amount_cents")).toInteger(), tenant, false});
            const QString status = inv.value(QStringLiteral("status")).toString();
            if (status == QLatin1String("sent") || status == QLatin1String("partially_paid") ||
                status == QLatin1String("overdue")) {
                outstanding += inv.value(QStringLiteral("due_cents")).toInteger();
                outstandingBy[tenant] += inv.value(QStringLiteral("due_cents")).toInteger();
            }
            if (status == QLatin1String("draft") || status == QLatin1String("cancelled"))
                continue;
            const QString issue = inv.value(QStringLiteral("issue_date")).toString();
            qint64 base = 0;
            for (const auto l : inv.value(QStringLiteral("line_items")).toArray())
                if (l.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("base_fee"))
                    base += l.toObject().value(QStringLiteral("amount_cents")).toInteger();
            if (issue >= priorDate && issue < startDate)
                basePrior += base;
            if (issue < startDate || issue > endDate)
                continue;
            baseNow += base;
            ++issued;
            if (status == QLatin1String("paid")) {
                const QDate due =
                    QDate::fromString(inv.value(QStringLiteral("due_date")).toString(), Qt::ISODate);
                if (ms(inv.value(QStringLiteral("paid_at"))) <
                    QDateTime(due.addDays(1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch())
                    ++onTime;
            }
            for (const auto l : inv.value(QStringLiteral("line_items")).toArray()) {
                const QJsonObject li = l.toObject();
                const QString kind = li.value(QStringLiteral("kind")).toString();
                const qint64 q = li.value(QStringLiteral("quantity")).toInteger(),
                             c = li.value(QStringLiteral("amount_cents")).toInteger();
                if (kind == QLatin1String("extensions"))
                    extQ += q, extC += c;
                else if (kind == QLatin1String("did_local") || kind == QLatin1String("did_toll_free"))
                    didQ += q, didC += c;
                else if (kind == QLatin1String("minutes"))
                    minQ += q, minC += c;
            }
        }
        qint64 revenue = 0, priorRevenue = 0, lifetime = 0;
        QHash<qint64, qint64> lifetimeBy, lastPay;
        for (const Cash &c : std::as_const(cash)) {
            if (c.at >= start && c.at <= end)
                revenue += c.amount;
            if (c.at >= priorStart && c.at < start)
                priorRevenue += c.amount;
            if (c.at <= end) {
                lifetime += c.amount;
                lifetimeBy[c.tenant] += c.amount;
                if (c.payment)
                    lastPay[c.tenant] = std::max(lastPay.value(c.tenant), c.at);
            }
        }
        qint64 mrr = 0, active = 0, priorActive = 0;
        for (const auto v : tenants) {
            const QJsonObject t = v.toObject();
            const QString status = t.value(QStringLiteral("status")).toString();
            if (status == QLatin1String("ACTIVE"))
                ++active, mrr += mrrOf(t);
            const qint64 created = ms(t.value(QStringLiteral("created_at"))),
                         cancelled = ms(t.value(QStringLiteral("cancelled_at")));
            if (created < start && (cancelled == 0 || cancelled >= start) && status != QLatin1String("TRIAL"))
                ++priorActive;
        }
        const QJsonObject m = a.value(QStringLiteral("metrics")).toObject();
        QCOMPARE(m.value(QStringLiteral("mrr_cents")).toInteger(), mrr);
        QVERIFY(mrr > 0);
        QCOMPARE(m.value(QStringLiteral("arr_cents")).toInteger(), mrr * 12);
        QCOMPARE(m.value(QStringLiteral("revenue_cents")).toInteger(), revenue);
        QCOMPARE(m.value(QStringLiteral("active_tenants")).toInteger(), active);
        QCOMPARE(m.value(QStringLiteral("arpu_cents")).toInteger(), halfUp(revenue, active));
        QCOMPARE(m.value(QStringLiteral("lifetime_revenue_cents")).toInteger(), lifetime);
        QVERIFY(lifetime > 0);
        QCOMPARE(m.value(QStringLiteral("outstanding_cents")).toInteger(), outstanding);
        QCOMPARE(m.value(QStringLiteral("collection_rate")), ratio(onTime, issued));
        const QJsonObject g = m.value(QStringLiteral("growth")).toObject();
        QCOMPARE(g.value(QStringLiteral("revenue")), growth(revenue, priorRevenue));
        QCOMPARE(g.value(QStringLiteral("active_tenants")), growth(active, priorActive));
        QCOMPARE(g.value(QStringLiteral("arpu")),
                 growth(halfUp(revenue, active), halfUp(priorRevenue, priorActive)));
        QCOMPARE(g.value(QStringLiteral("mrr")), growth(baseNow, basePrior));
        const QJsonObject b = a.value(QStringLiteral("breakdown")).toObject();
        QCOMPARE(
            b.value(QStringLiteral("extensions")).toObject().value(QStringLiteral("quantity")).toInteger(),
            extQ);
        QCOMPARE(b.value(QStringLiteral("extensions"))
                     .toObject()
                     .value(QStringLiteral("revenue_cents"))
                     .toInteger(),
                 extC);
        QCOMPARE(b.value(QStringLiteral("dids")).toObject().value(QStringLiteral("quantity")).toInteger(),
                 didQ);
        QCOMPARE(
            b.value(QStringLiteral("dids")).toObject().value(QStringLiteral("revenue_cents")).toInteger(),
            didC);
        QCOMPARE(b.value(QStringLiteral("minutes")).toObject().value(QStringLiteral("quantity")).toInteger(),
                 minQ);
        QCOMPARE(
            b.value(QStringLiteral("minutes")).toObject().value(QStringLiteral("revenue_cents")).toInteger(),
            minC);

        // Trends: 12 calendar months ending with the current one.
        const QJsonArray trends = a.value(QStringLiteral("trends")).toArray();
        QCOMPARE(trends.size(), 12);
        const QDate today = QDateTime::fromMSecsSinceEpoch(end, QTimeZone::utc()).date();
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-11);
        qint64 trendRevenue = 0;
        for (int i = 0; i < 12; ++i) {
            const QDate mo = first.addMonths(i), next = mo.addMonths(1);
            const qint64 ms0 = QDateTime(mo, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
            const qint64 ms1 = QDateTime(next, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
            qint64 rev = 0, sent = 0, paid = 0, created = 0, churned = 0, atStart = 0;
            for (const Cash &c : std::as_const(cash))
                if (c.at >= ms0 && c.at < ms1)
                    rev += c.amount;
            for (const auto v : invoices) {
                const QJsonObject inv = v.toObject();
                const QString st = inv.value(QStringLiteral("status")).toString();
                const QString issue = inv.value(QStringLiteral("issue_date")).toString();
                if (st != QLatin1String("draft") && st != QLatin1String("cancelled") &&
                    issue >= mo.toString(Qt::ISODate) && issue < next.toString(Qt::ISODate))
                    ++sent;
                const qint64 pa = ms(inv.value(QStringLiteral("paid_at")));
                if (st == QLatin1String("paid") && pa >= ms0 && pa < ms1)
                    ++paid;
            }
            for (const auto v : tenants) {
                const qint64 c = ms(v.toObject().value(QStringLiteral("created_at")));
                const qint64 x = ms(v.toObject().value(QStringLiteral("cancelled_at")));
                created += c >= ms0 && c < ms1;
                churned += x && x >= ms0 && x < ms1;
                atStart += c < ms0 && (x == 0 || x >= ms0);
            }
            const QJsonObject t = trends.at(i).toObject();
            QCOMPARE(t.value(QStringLiteral("month")).toString(), mo.toString(QStringLiteral("yyyy-MM")));
            QCOMPARE(t.value(QStringLiteral("revenue_cents")).toInteger(), rev);
            QCOMPARE(t.value(QStringLiteral("invoices_sent")).toInteger(), sent);
            QCOMPARE(t.value(QStringLiteral("invoices_paid")).toInteger(), paid);
            QCOMPARE(t.value(QStringLiteral("new_tenants")).toInteger(), created);
            QCOMPARE(t.value(QStringLiteral("churned_tenants")).toInteger(), churned);
            QCOMPARE(t.value(QStringLiteral("active_tenants_at_start")).toInteger(), atStart);
            QCOMPARE(t.value(QStringLiteral("churn_rate")), ratio(churned, atStart));
            trendRevenue += rev;
        }
        QVERIFY(trendRevenue > 0);

        // Tenants by revenue: every ACTIVE tenant, lifetime descending then id.
        QList<QJsonObject> expected;
        for (const auto v : tenants)
            if (v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("ACTIVE"))
                expected.append(v.toObject());
        auto rowId = [](const QJsonObject &t) {
            return t.value(QStringLiteral("id")).toString().mid(4).toLongLong(nullptr, 36);
        };
        std::sort(expected.begin(), expected.end(), [&](const QJsonObject &x, const QJsonObject &y) {
            const qint64 lx = lifetimeBy.value(rowId(x)), ly = lifetimeBy.value(rowId(y));
            return lx != ly ? lx > ly : rowId(x) < rowId(y);
        });
        const QJsonArray ranked = a.value(QStringLiteral("tenants_by_revenue")).toArray();
        QCOMPARE(ranked.size(), expected.size());
        for (qsizetype i = 0; i < ranked.size(); ++i) {
            const QJsonObject row = ranked.at(i).toObject(), t = expected.at(i);
            const qint64 id = rowId(t);
            QCOMPARE(row.value(QStringLiteral("tenant_id")).toString(),
                     t.value(QStringLiteral("id")).toString());
            QCOMPARE(row.value(QStringLiteral("tenant_name")).toString(),
                     t.value(QStringLiteral("name")).toString());
            QCOMPARE(row.value(QStringLiteral("mrr_cents")).toInteger(), mrrOf(t));
            QCOMPARE(row.value(QStringLiteral("lifetime_revenue_cents")).toInteger(), lifetimeBy.value(id));
            QCOMPARE(row.value(QStringLiteral("outstanding_cents")).toInteger(), outstandingBy.value(id));
            QCOMPARE(ms(row.value(QStringLiteral("last_payment_at"))), lastPay.value(id));
            const QString bp = t.value(QStringLiteral("billing_profile_id")).toString();
            QCOMPARE(row.value(QStringLiteral("tier")).toString(),
                     profiles.value(bp).value(QStringLiteral("name")).toString());
        }
    }

private slots:
    void initTestCase() { QVERIFY(sb.start(QStringLiteral("demo"))); }

    void everyPeriod_data()
    {
        QTest::addColumn<QString>("period");
        for (const char *p : {"7d", "30d", "90d", "1y"})
            QTest::newRow(p) << QString::fromLatin1(p);
    }
    void everyPeriod()
    {
        QFETCH(QString, period);
        checkPeriod(period);
    }

    void paymentsAndRefundsMoveTheFigures()
    {
        const qint64 before = sb.get(QStringLiteral("/analytics/revenue?period=7d"))
                                  .json.value(QStringLiteral("metrics"))
                                  .toObject()
                                  .value(QStringLiteral("revenue_cents"))
                                  .toInteger();
        const QJsonObject inv = sb.all(QStringLiteral("/invoices?status=overdue")).first().toObject();
        const qint64 due = inv.value(QStringLiteral("due_cents")).toInteger();
        QCOMPARE(
            sb.post(QStringLiteral("/invoices/%1/mark-paid").arg(inv.value(QStringLiteral("id")).toString()))
                .status,
            200);
        QCOMPARE(
            sb.post(QStringLiteral("/invoices/%1/refund").arg(inv.value(QStringLiteral("id")).toString()),
                    QJsonObject{{QStringLiteral("amount_cents"), 100}})
                .status,
            200);
        const qint64 after = sb.get(QStringLiteral("/analytics/revenue?period=7d"))
                                 .json.value(QStringLiteral("metrics"))
                                 .toObject()
                                 .value(QStringLiteral("revenue_cents"))
                                 .toInteger();
        QCOMPARE(after, before + due - 100);
        for (const char *p : {"7d", "1y"})
            checkPeriod(QString::fromLatin1(p));
    }

    void validationAndAccess()
    {
        const Reply bad = sb.get(QStringLiteral("/analytics/revenue?period=2w"));
        QCOMPARE(bad.status, 422);
        QVERIFY(bad.fields().contains(QStringLiteral("period")));
        QCOMPARE(sb.get(QStringLiteral("/analytics/revenue")).json.value(QStringLiteral("period")).toString(),
                 QStringLiteral("30d"));
        QCOMPARE(sb.request("GET", QStringLiteral("/analytics/revenue"), {}).status, 401);
        QCOMPARE(sb.get(QStringLiteral("/analytics/revenue"), sb.readonlyKey).status, 200);
        QCOMPARE(sb.get(QStringLiteral("/analytics/revenue"), sb.supportToken).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestAnalytics)
#include "tst_analytics.moc"
