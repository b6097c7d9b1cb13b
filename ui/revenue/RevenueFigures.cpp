#include "revenue/RevenueFigures.h"

#include "cache/RecordDecoder.h"
#include "cache/SqlCache.h"
#include "domain/Rate.h"

#include <algorithm>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcRevenue, "simuwave.ui.revenue", QtInfoMsg) // debug: time per step

// Margin (per tenant, over the selected period; the platform has no such figure).
//   billed    = the subtotals (tax excluded: it is collected for the authorities) of the tenant's invoices
//               issued in the period (the invoices the breakdown counts);
//   wholesale = what the platform charges the partner for the service those invoices bill, at the
//               partner's tier rates (partner/subscription plan.rates, micro-units): extensions x
//               per_extension + local DIDs x did_local_monthly + toll-free DIDs x did_toll_free_monthly +
//               minutes x per_minute_local / per_minute_toll_free, rounded half-up to the cent once.
//               Quantities are the invoices' line items; a flat-rate plan's invoice lists only what is
//               above the plan's allowance, so each such invoice adds the allowance (extensions, DIDs,
//               minutes) as used in full: the margin is then a lower bound, never flattering.
//               Invoices do not split local from toll-free minutes: the tenant's cached usage split
//               (tenant_usage) is applied when there is one, else every minute is local.
//   margin    = billed - wholesale; unknown (nullopt) when the tier's rates are custom (Enterprise).
//
// Churn risk (the guide's heuristic: usage down more than 50 % against the prior 30 days).
//   The cache holds no daily usage, only monthly invoices (and this month's meter for tenants that were
//   opened), so "the last 30 days against the prior 30" is the tenant's latest issued invoice against the
//   one before (each bills one month), usage = minutes billed (plus the allowance on flat-rate plans, as
//   for the margin). Calendar 30-day windows would not do: a window holds zero or two monthly invoices
//   depending on the day. A tenant is at risk when the prior usage is positive and recent * 2 < prior.
//   Cancelled and trial tenants are left out (no longer, or not yet, paying).

namespace simuwave {

namespace revenue {

QString periodKey(RevenuePeriod p)
{
    switch (p) {
    case RevenuePeriod::Days7:
        return QStringLiteral("7d");
    case RevenuePeriod::Days30:
        return QStringLiteral("30d");
    case RevenuePeriod::Days90:
        return QStringLiteral("90d");
    case RevenuePeriod::Year:
        return QStringLiteral("1y");
    }
    return QStringLiteral("30d");
}

std::optional<RevenuePeriod> periodFromKey(const QString &key)
{
    for (RevenuePeriod p : allPeriods())
        if (periodKey(p) == key)
            return p;
    return std::nullopt;
}

int periodDays(RevenuePeriod p)
{
    switch (p) {
    case RevenuePeriod::Days7:
        return 7;
    case RevenuePeriod::Days30:
        return 30;
    case RevenuePeriod::Days90:
        return 90;
    case RevenuePeriod::Year:
        return 365;
    }
    return 30;
}

QList<RevenuePeriod> allPeriods()
{
    return {RevenuePeriod::Days7, RevenuePeriod::Days30, RevenuePeriod::Days90, RevenuePeriod::Year};
}

qint64 divHalfUp(qint64 a, qint64 b)
{
    if (b == 0)
        return 0;
    const bool negative = (a < 0) != (b < 0);
    const qint64 ua = a < 0 ? -a : a, ub = b < 0 ? -b : b;
    const qint64 q = (2 * ua + ub) / (2 * ub);
    return negative ? -q : q;
}

QString growthString(qint64 current, qint64 prior)
{
    if (prior == 0)
        return {};
    const qint64 tenths = divHalfUp((current - prior) * 1000, prior < 0 ? -prior : prior);
    const qint64 abs = tenths < 0 ? -tenths : tenths;
    return QStringLiteral("%1%2.%3")
        .arg(tenths < 0 ? QStringLiteral("-") : QString())
        .arg(abs / 10)
        .arg(abs % 10);
}

QString ratioString(qint64 num, qint64 den)
{
    if (den == 0)
        return {};
    const qint64 t = divHalfUp(num * 10000, den);
    const qint64 abs = t < 0 ? -t : t; // the platform only divides counts; a sign is kept whole anyway
    return QStringLiteral("%1%2.%3")
        .arg(t < 0 ? QStringLiteral("-") : QString())
        .arg(abs / 10000)
        .arg(abs % 10000, 4, 10, QLatin1Char('0'));
}

} // namespace revenue

namespace {

constexpr qint64 kDayMs = 86'400'000;

qint64 startOfDayMs(const QDate &d)
{
    return QDateTime(d, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

QDate dateOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date();
}

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// The numeric order of public ids ("tnt_000001a" is row 46 in base 36), as the platform sorts ties.
bool idLess(const QString &a, const QString &b)
{
    bool okA = false, okB = false;
    const qint64 na = a.mid(a.indexOf(QLatin1Char('_')) + 1).toLongLong(&okA, 36);
    const qint64 nb = b.mid(b.indexOf(QLatin1Char('_')) + 1).toLongLong(&okB, 36);
    if (okA && okB && na != nb)
        return na < nb;
    return a < b;
}

struct Profile
{
    QString name;
    bool flat = false;
    qint64 mrr = 0; // monthly_base_cents of a flat_rate profile, else 0
    qint64 includedExtensions = 0, includedDids = 0, includedMinutes = 0;
};

struct TenantRow
{
    QString id, name, status, profileId;
    qint64 createdAt = 0, cancelledAt = 0; // 0 = none
};

// Billed quantities of one tenant's invoices issued in the period, for the margin.
struct Billed
{
    qint64 invoices = 0, subtotal = 0;
    qint64 extensions = 0, didLocal = 0, didTollFree = 0, minutes = 0;
};

class Reader
{
public:
    explicit Reader(const QSqlDatabase &db)
        : m_q(db)
    {
        m_q.setForwardOnly(true);
    }
    QSqlQuery &run(const QString &sql, const QVariantList &binds = {})
    {
        m_q.finish();
        if (!m_q.prepare(sql)) {
            fail(sql);
            return m_q;
        }
        for (const QVariant &b : binds)
            m_q.addBindValue(b);
        if (!m_q.exec())
            fail(sql);
        return m_q;
    }
    bool ok() const { return m_ok; }

private:
    void fail(const QString &sql)
    {
        m_ok = false;
        qCWarning(lcRevenue) << "revenue query failed:" << m_q.lastError().text() << sql.left(120);
    }
    QSqlQuery m_q;
    bool m_ok = true;
};

const QString kIssued = QStringLiteral("i.status NOT IN ('draft','cancelled')");
const QString kOpen = QStringLiteral("status IN ('sent','partially_paid','overdue')");

} // namespace

WholesaleRates WholesaleRates::fromSubscription(const QJsonObject &subscription)
{
    WholesaleRates w;
    const QJsonObject plan = subscription.value(QLatin1String("plan")).toObject();
    w.tier = plan.value(QLatin1String("tier")).toString(subscription.value(QLatin1String("tier")).toString());
    w.tierName = plan.value(QLatin1String("name")).toString();
    const QJsonObject rates = plan.value(QLatin1String("rates")).toObject();
    const auto rate = [&rates](const char *key) -> std::optional<qint64> {
        const QJsonValue v = rates.value(QLatin1String(key));
        if (!v.isString())
            return std::nullopt; // null: custom pricing
        const auto r = Rate::parse(v.toString());
        if (!r || r->isNegative())
            return std::nullopt;
        return r->micros();
    };
    w.perExtension = rate("per_extension");
    w.didLocal = rate("did_local_monthly");
    w.didTollFree = rate("did_toll_free_monthly");
    w.minuteLocal = rate("per_minute_local");
    w.minuteTollFree = rate("per_minute_toll_free");
    return w;
}

RevenueInputs RevenueInputs::read(cache::SqlCache &cache)
{
    RevenueInputs in;
    if (const auto profiles = cache.document(QStringLiteral("billing-profiles")))
        in.billingProfiles = profiles->data();
    if (const auto subscription = cache.document(QStringLiteral("partner/subscription")))
        in.subscription = subscription->object();
    return in;
}

RevenueFigures RevenueFigures::compute(cache::SqlCache &cache, RevenuePeriod period, const QDateTime &now)
{
    return compute(cache.database(), RevenueInputs::read(cache), period, now);
}

RevenueFigures RevenueFigures::compute(const QSqlDatabase &db, const RevenueInputs &inputs,
                                       RevenuePeriod period, const QDateTime &nowTime)
{
    RevenueFigures f;
    f.period = period;
    if (!db.isOpen() || !nowTime.isValid())
        return f;
    const qint64 days = revenue::periodDays(period);
    const qint64 now = nowTime.toMSecsSinceEpoch();
    const qint64 end = now, start = now - days * kDayMs, priorStart = start - days * kDayMs;
    f.now = nowTime.toUTC();
    f.periodEnd = QDateTime::fromMSecsSinceEpoch(end, QTimeZone::utc());
    f.periodStart = QDateTime::fromMSecsSinceEpoch(start, QTimeZone::utc());
    const QString endDate = isoDate(dateOf(end)), startDate = isoDate(dateOf(start)),
                  priorDate = isoDate(dateOf(priorStart));
    f.wholesale = WholesaleRates::fromSubscription(inputs.subscription);

    QHash<QString, Profile> profiles;
    for (const QJsonValue v : inputs.billingProfiles) {
        const QJsonObject p = v.toObject();
        Profile profile;
        profile.name = p.value(QLatin1String("name")).toString();
        profile.flat = p.value(QLatin1String("pricing_model")).toString() == QLatin1String("flat_rate");
        profile.mrr = profile.flat ? p.value(QLatin1String("monthly_base_cents")).toInteger() : 0;
        profile.includedExtensions = p.value(QLatin1String("included_extensions")).toInteger();
        profile.includedDids = p.value(QLatin1String("included_dids")).toInteger();
        profile.includedMinutes = p.value(QLatin1String("included_minutes")).toInteger();
        profiles.insert(p.value(QLatin1String("id")).toString(), profile);
    }

    QElapsedTimer timer; // where the time goes on a large cache, in the debug log
    timer.start();
    QStringList steps;
    const auto step = [&timer, &steps](const char *name) {
        steps << QStringLiteral("%1 %2 ms").arg(QLatin1String(name)).arg(timer.restart());
    };
    Reader r(db);
    QList<TenantRow> tenants;
    {
        QSqlQuery &q = r.run(QStringLiteral("SELECT id, name, status, billing_profile_id, created_at, "
                                            "cancelled_at FROM tenants"));
        while (q.next())
            tenants.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toLongLong()});
    }
    std::sort(tenants.begin(), tenants.end(),
              [](const TenantRow &a, const TenantRow &b) { return idLess(a.id, b.id); });

    // Headline tenants.
    for (const TenantRow &t : std::as_const(tenants)) {
        if (t.status == QLatin1String("ACTIVE")) {
            ++f.activeTenants;
            f.mrrCents += profiles.value(t.profileId).mrr;
        }
        if (t.createdAt < start && (t.cancelledAt == 0 || t.cancelledAt >= start) &&
            t.status != QLatin1String("TRIAL"))
            ++f.priorActiveTenants;
    }
    f.arrCents = f.mrrCents * 12;

    // The 12 calendar months of the trends, ending with the current one.
    const QDate today = dateOf(now);
    const QDate firstMonth = QDate(today.year(), today.month(), 1).addMonths(-11);
    qint64 monthStart[13];
    for (int i = 0; i <= 12; ++i)
        monthStart[i] = startOfDayMs(firstMonth.addMonths(i));
    const auto monthOf = [&monthStart](qint64 t) {
        if (t < monthStart[0] || t >= monthStart[12])
            return -1;
        return int(std::upper_bound(monthStart, monthStart + 13, t) - monthStart) - 1;
    };
    f.trends.resize(12);
    for (int i = 0; i < 12; ++i)
        f.trends[i].month = firstMonth.addMonths(i);

    // Cash: every payment (+, at paid_at) and refund (-, at created_at) listed on the invoices, one row each
    // in invoice_cash (kept by the cache's triggers), so that a window is an index range, not a parse of
    // every invoice's JSON.
    QHash<QString, qint64> lifetimeBy, lastPaymentBy;
    {
        const QString sum = QStringLiteral("SELECT COALESCE(SUM(amount_cents), 0) FROM invoice_cash WHERE ");
        QSqlQuery &q = r.run(sum + QStringLiteral("at >= ? AND at <= ?"), {start, end});
        f.revenueCents = q.next() ? q.value(0).toLongLong() : 0;
        QSqlQuery &p = r.run(sum + QStringLiteral("at >= ? AND at < ?"), {priorStart, start});
        f.priorRevenueCents = p.next() ? p.value(0).toLongLong() : 0;
        QSqlQuery &t =
            r.run(QStringLiteral("SELECT tenant_id, SUM(amount_cents), MAX(CASE WHEN payment = 1 THEN at "
                                 "END) FROM invoice_cash WHERE at <= ? GROUP BY tenant_id"),
                  {end});
        while (t.next()) {
            const QString tenant = t.value(0).toString();
            lifetimeBy.insert(tenant, t.value(1).toLongLong());
            f.lifetimeRevenueCents += t.value(1).toLongLong();
            if (!t.value(2).isNull())
                lastPaymentBy.insert(tenant, t.value(2).toLongLong());
        }
        QStringList months;
        QVariantList binds;
        for (int i = 0; i < 12; ++i) {
            months << QStringLiteral("COALESCE(SUM(CASE WHEN at >= ? AND at < ? THEN amount_cents END), 0)");
            binds << monthStart[i] << monthStart[i + 1];
        }
        binds << monthStart[0] << monthStart[12];
        QSqlQuery &m = r.run(QStringLiteral("SELECT %1 FROM invoice_cash WHERE at >= ? AND at < ?")
                                 .arg(months.join(QStringLiteral(", "))),
                             binds);
        if (m.next())
            for (int i = 0; i < 12; ++i)
                f.trends[i].revenueCents = m.value(i).toLongLong();
    }
    step("cash");
    f.arpuCents = revenue::divHalfUp(f.revenueCents, f.activeTenants);
    f.priorArpuCents = revenue::divHalfUp(f.priorRevenueCents, f.priorActiveTenants);

    // Outstanding: what is still due on open invoices.
    QHash<QString, qint64> outstandingBy;
    {
        QSqlQuery &q = r.run(QStringLiteral("SELECT tenant_id, SUM(MAX(0, due_cents)) FROM invoices WHERE ") +
                             kOpen + QStringLiteral(" GROUP BY tenant_id"));
        while (q.next()) {
            outstandingBy.insert(q.value(0).toString(), q.value(1).toLongLong());
            f.outstandingCents += q.value(1).toLongLong();
        }
    }

    step("outstanding");
    // Invoices issued in the period: collection rate.
    {
        qint64 issued = 0, onTime = 0;
        QSqlQuery &q = r.run(QStringLiteral("SELECT i.status, i.paid_at, i.due_date FROM invoices i WHERE ") +
                                 kIssued + QStringLiteral(" AND i.issue_date >= ? AND i.issue_date <= ?"),
                             {startDate, endDate});
        while (q.next()) {
            ++issued;
            if (q.value(0).toString() == QLatin1String("paid") && !q.value(1).isNull()) {
                const auto due = cache::RecordDecoder::parseDate(q.value(2).toString());
                if (due && q.value(1).toLongLong() < startOfDayMs(due->addDays(1)))
                    ++onTime;
            }
        }
        f.collectionRate = revenue::ratioString(onTime, issued);
    }

    // Line items of the invoices issued in the period (breakdown, base fees, margin) and the prior one's
    // base fees (MRR growth).
    QHash<QString, Billed> billedBy;
    {
        QSqlQuery &q = r.run(
            QStringLiteral(
                "SELECT i.tenant_id, COUNT(*), SUM(i.subtotal_cents), SUM(l.base_cents), SUM(l.ext_qty), "
                "SUM(l.ext_cents), SUM(l.did_local_qty), SUM(l.did_toll_free_qty), SUM(l.did_cents), "
                "SUM(l.min_qty), SUM(l.min_cents) FROM invoices i "
                "LEFT JOIN invoice_lines l ON l.invoice_row = i.row_id WHERE ") +
                kIssued + QStringLiteral(" AND i.issue_date >= ? AND i.issue_date <= ? GROUP BY i.tenant_id"),
            {startDate, endDate});
        while (q.next()) {
            Billed &b = billedBy[q.value(0).toString()];
            b.invoices = q.value(1).toLongLong();
            b.subtotal = q.value(2).toLongLong();
            f.baseFeesCents += q.value(3).toLongLong();
            b.extensions = q.value(4).toLongLong();
            f.extensions.quantity += b.extensions;
            f.extensions.revenueCents += q.value(5).toLongLong();
            b.didLocal = q.value(6).toLongLong();
            b.didTollFree = q.value(7).toLongLong();
            f.dids.quantity += b.didLocal + b.didTollFree;
            f.dids.revenueCents += q.value(8).toLongLong();
            b.minutes = q.value(9).toLongLong();
            f.minutes.quantity += b.minutes;
            f.minutes.revenueCents += q.value(10).toLongLong();
        }
        QSqlQuery &p = r.run(QStringLiteral("SELECT COALESCE(SUM(l.base_cents), 0) FROM invoices i "
                                            "JOIN invoice_lines l ON l.invoice_row = i.row_id WHERE ") +
                                 kIssued + QStringLiteral(" AND i.issue_date >= ? AND i.issue_date < ?"),
                             {priorDate, startDate});
        if (p.next())
            f.priorBaseFeesCents = p.value(0).toLongLong();
    }
    step("issued");
    f.growth.mrr = revenue::growthString(f.baseFeesCents, f.priorBaseFeesCents);
    f.growth.revenue = revenue::growthString(f.revenueCents, f.priorRevenueCents);
    f.growth.activeTenants = revenue::growthString(f.activeTenants, f.priorActiveTenants);
    f.growth.arpu = revenue::growthString(f.arpuCents, f.priorArpuCents);

    // Trends: invoices sent (issued) and paid per month; tenants won and lost.
    {
        QSqlQuery &q =
            r.run(QStringLiteral("SELECT substr(i.issue_date, 1, 7), COUNT(*) FROM invoices i WHERE ") +
                      kIssued + QStringLiteral(" AND i.issue_date >= ? AND i.issue_date < ? GROUP BY 1"),
                  {isoDate(firstMonth), isoDate(firstMonth.addMonths(12))});
        while (q.next()) {
            const QDate m = QDate::fromString(q.value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
            if (const int i = monthOf(startOfDayMs(m)); i >= 0)
                f.trends[i].invoicesSent = q.value(1).toLongLong();
        }
        QStringList months;
        QVariantList binds;
        for (int i = 0; i < 12; ++i) {
            months << QStringLiteral("COUNT(CASE WHEN paid_at >= ? AND paid_at < ? THEN 1 END)");
            binds << monthStart[i] << monthStart[i + 1];
        }
        binds << monthStart[0] << monthStart[12];
        QSqlQuery &p = r.run(QStringLiteral("SELECT %1 FROM invoices WHERE status = 'paid' AND paid_at >= ? "
                                            "AND paid_at < ?")
                                 .arg(months.join(QStringLiteral(", "))),
                             binds);
        if (p.next())
            for (int i = 0; i < 12; ++i)
                f.trends[i].invoicesPaid = p.value(i).toLongLong();
    }
    for (RevenueTrendMonth &m : f.trends) {
        const qint64 mStart = startOfDayMs(m.month), mEnd = startOfDayMs(m.month.addMonths(1));
        for (const TenantRow &t : std::as_const(tenants)) {
            if (t.createdAt >= mStart && t.createdAt < mEnd)
                ++m.newTenants;
            if (t.cancelledAt && t.cancelledAt >= mStart && t.cancelledAt < mEnd)
                ++m.churnedTenants;
            if (t.createdAt < mStart && (t.cancelledAt == 0 || t.cancelledAt >= mStart))
                ++m.activeTenantsAtStart;
        }
        m.churnRate = revenue::ratioString(m.churnedTenants, m.activeTenantsAtStart);
    }

    step("trends");
    // Usage split of minutes (local / toll-free) where the tenant's meter is cached.
    QHash<QString, std::pair<qint64, qint64>> minuteSplit;
    {
        QSqlQuery &q = r.run(QStringLiteral("SELECT id, minutes_local, minutes_toll_free FROM tenant_usage"));
        while (q.next())
            minuteSplit.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    }
    const bool ratesKnown = f.wholesale.complete();

    // Tenants by revenue, with their margin.
    for (const TenantRow &t : std::as_const(tenants)) {
        if (t.status != QLatin1String("ACTIVE"))
            continue;
        TenantRevenue row;
        row.tenantId = t.id;
        row.tenantName = t.name;
        const auto profile = profiles.constFind(t.profileId);
        if (profile != profiles.cend()) {
            row.billingProfileId = t.profileId;
            row.tier = profile->name;
            row.mrrCents = profile->mrr;
        }
        row.lifetimeRevenueCents = lifetimeBy.value(t.id);
        row.outstandingCents = outstandingBy.value(t.id);
        if (const qint64 last = lastPaymentBy.value(t.id))
            row.lastPaymentAt = QDateTime::fromMSecsSinceEpoch(last, QTimeZone::utc());

        const Billed b = billedBy.value(t.id);
        row.billedCents = b.subtotal;
        if (ratesKnown) {
            const bool flat = profile != profiles.cend() && profile->flat;
            const qint64 n = flat ? b.invoices : 0; // allowances counted as used, once per invoice
            const qint64 extensions = b.extensions + n * (flat ? profile->includedExtensions : 0);
            const qint64 didLocal = b.didLocal + n * (flat ? profile->includedDids : 0);
            const qint64 minutes = b.minutes + n * (flat ? profile->includedMinutes : 0);
            qint64 tollFreeMinutes = 0;
            if (const auto split = minuteSplit.constFind(t.id); split != minuteSplit.cend()) {
                const qint64 total = split->first + split->second;
                if (total > 0)
                    tollFreeMinutes = minutes * split->second / total;
            }
            const qint64 micros = extensions * *f.wholesale.perExtension + didLocal * *f.wholesale.didLocal +
                                  b.didTollFree * *f.wholesale.didTollFree +
                                  (minutes - tollFreeMinutes) * *f.wholesale.minuteLocal +
                                  tollFreeMinutes * *f.wholesale.minuteTollFree;
            row.wholesaleCents = revenue::divHalfUp(micros, Rate::kMicrosPerCent);
            row.marginCents = row.billedCents - *row.wholesaleCents;
        }
        f.tenantsByRevenue.append(row);
    }
    std::stable_sort(f.tenantsByRevenue.begin(), f.tenantsByRevenue.end(),
                     [](const TenantRevenue &a, const TenantRevenue &b) {
                         if (a.lifetimeRevenueCents != b.lifetimeRevenueCents)
                             return a.lifetimeRevenueCents > b.lifetimeRevenueCents;
                         return idLess(a.tenantId, b.tenantId);
                     });

    step("tenants");
    // Churn risk: the latest two invoices of each paying tenant (see the top of this file). Three months
    // back are enough to find two monthly invoices.
    {
        QHash<QString, const TenantRow *> byId;
        for (const TenantRow &t : std::as_const(tenants))
            byId.insert(t.id, &t);
        QHash<QString, QList<std::pair<QDate, qint64>>> latest;
        QSqlQuery &q =
            r.run(QStringLiteral("SELECT i.tenant_id, i.issue_date, COALESCE(l.min_qty, 0) FROM invoices i "
                                 "LEFT JOIN invoice_lines l ON l.invoice_row = i.row_id WHERE ") +
                      kIssued +
                      QStringLiteral(" AND i.issue_date <= ? AND i.issue_date >= ? ORDER BY i.tenant_id, "
                                     "i.issue_date DESC"),
                  {isoDate(today), isoDate(today.addDays(-93))});
        while (q.next()) {
            auto &list = latest[q.value(0).toString()];
            if (list.size() < 2)
                list.append({QDate::fromString(q.value(1).toString(), Qt::ISODate), q.value(2).toLongLong()});
        }
        for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
            const TenantRow *t = byId.value(it.key());
            if (!t || it->size() < 2 || t->status == QLatin1String("CANCELLED") ||
                t->status == QLatin1String("TRIAL"))
                continue;
            const auto profile = profiles.constFind(t->profileId);
            const qint64 allowance =
                profile != profiles.cend() && profile->flat ? profile->includedMinutes : 0;
            const qint64 recent = it->at(0).second + allowance, prior = it->at(1).second + allowance;
            if (prior <= 0 || recent * 2 >= prior)
                continue;
            f.churnRisk.append({t->id, t->name, t->status, it->at(1).first, it->at(0).first, prior, recent,
                                revenue::growthString(recent, prior)});
        }
        // Steepest fall first (integer cross-multiplication, no doubles).
        std::sort(f.churnRisk.begin(), f.churnRisk.end(), [](const ChurnRisk &a, const ChurnRisk &b) {
            const qint64 l = a.recentMinutes * b.priorMinutes, rr = b.recentMinutes * a.priorMinutes;
            return l != rr ? l < rr : idLess(a.tenantId, b.tenantId);
        });
    }

    step("churn risk");
    qCDebug(lcRevenue).noquote() << "revenue figures" << revenue::periodKey(period)
                                 << steps.join(QStringLiteral(", "));
    f.valid = r.ok();
    return f;
}

} // namespace simuwave
