#include "revenue/RevenueFigures.h"

#include "cache/RecordDecoder.h"
#include "cache/SqlCache.h"
#include "domain/Rate.h"

#include <algorithm>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcRevenue, "simuwave.ui.revenue")

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

// Days since 1970-01-01 of a civil date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

// A payment's time as the API writes it ("2026-05-01T12:34:56.789Z") without QDateTime (the cash list
// of a large cache has hundreds of thousands); anything else goes through the strict RFC 3339 parser.
std::optional<qint64> timeMs(const QString &s)
{
    const auto digits = [&s](int from, int n, qint64 *out) {
        qint64 v = 0;
        for (int i = from; i < from + n; ++i) {
            const char16_t c = s.at(i).unicode();
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + (c - u'0');
        }
        *out = v;
        return true;
    };
    const qsizetype n = s.size();
    if (n >= 20 && s.at(4) == u'-' && s.at(7) == u'-' && s.at(10) == u'T' && s.at(13) == u':' &&
        s.at(16) == u':' && s.at(n - 1) == u'Z') {
        qint64 y = 0, mo = 0, d = 0, h = 0, mi = 0, se = 0, frac = 0;
        bool ok = digits(0, 4, &y) && digits(5, 2, &mo) && digits(8, 2, &d) && digits(11, 2, &h) &&
                  digits(14, 2, &mi) && digits(17, 2, &se);
        if (ok && n > 20) {
            // ".f" to ".fffffffff": milliseconds from the first three digits
            ok = s.at(19) == u'.' && n - 21 >= 1 && n - 21 <= 9;
            qint64 f = 0;
            if (ok)
                ok = digits(20, int(n - 21), &f);
            if (ok) {
                int len = int(n - 21);
                while (len > 3)
                    f /= 10, --len;
                while (len < 3)
                    f *= 10, ++len;
                frac = f;
            }
        } else if (ok) {
            ok = n == 20;
        }
        if (ok && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h < 24 && mi < 60 && se < 60)
            return ((daysFromCivil(y, unsigned(mo), unsigned(d)) * 24 + h) * 60 + mi) * 60000 + se * 1000 +
                   frac;
    }
    if (const auto t = cache::RecordDecoder::parseTimestamp(s))
        return t->toMSecsSinceEpoch();
    return std::nullopt;
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

    // Cash: every payment (+, at paid_at) and refund (-, at created_at) listed on the invoices.
    QHash<QString, qint64> lifetimeBy, lastPaymentBy;
    {
        QSqlQuery &q = r.run(QStringLiteral(
            "SELECT i.tenant_id, 1, json_extract(p.value, '$.amount_cents'), json_extract(p.value, '$.paid_at') "
            "FROM invoices i, json_each(i.payments_json) p WHERE i.payments_json IS NOT NULL "
            "AND i.payments_json <> '[]' "
            "UNION ALL "
            "SELECT i.tenant_id, 0, -json_extract(p.value, '$.amount_cents'), "
            "json_extract(p.value, '$.created_at') FROM invoices i, json_each(i.refunds_json) p "
            "WHERE i.refunds_json IS NOT NULL AND i.refunds_json <> '[]'"));
        while (q.next()) {
            const auto at = timeMs(q.value(3).toString());
            if (!at) {
                qCWarning(lcRevenue) << "a payment without a readable time on an invoice of"
                                     << q.value(0).toString();
                continue;
            }
            const qint64 amount = q.value(2).toLongLong();
            if (*at >= start && *at <= end)
                f.revenueCents += amount;
            if (*at >= priorStart && *at < start)
                f.priorRevenueCents += amount;
            if (*at <= end) {
                const QString tenant = q.value(0).toString();
                f.lifetimeRevenueCents += amount;
                lifetimeBy[tenant] += amount;
                if (q.value(1).toInt() == 1) {
                    qint64 &last = lastPaymentBy[tenant];
                    last = std::max(last, *at);
                }
            }
            if (const int m = monthOf(*at); m >= 0)
                f.trends[m].revenueCents += amount;
        }
    }
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
            QStringLiteral("SELECT i.tenant_id, COUNT(*), SUM(i.subtotal_cents) FROM invoices i WHERE ") + kIssued +
                QStringLiteral(" AND i.issue_date >= ? AND i.issue_date <= ? GROUP BY i.tenant_id"),
            {startDate, endDate});
        while (q.next()) {
            Billed &b = billedBy[q.value(0).toString()];
            b.invoices = q.value(1).toLongLong();
            b.subtotal = q.value(2).toLongLong();
        }
    }
    {
        QSqlQuery &q = r.run(
            QStringLiteral("SELECT i.tenant_id, json_extract(li.value, '$.kind') AS kind, "
                           "SUM(json_extract(li.value, '$.quantity')), "
                           "SUM(json_extract(li.value, '$.amount_cents')) "
                           "FROM invoices i, json_each(i.line_items_json) li WHERE ") +
                kIssued +
                QStringLiteral(" AND i.issue_date >= ? AND i.issue_date <= ? AND i.line_items_json IS NOT NULL "
                               "GROUP BY i.tenant_id, kind"),
            {startDate, endDate});
        while (q.next()) {
            const QString kind = q.value(1).toString();
            const qint64 quantity = q.value(2).toLongLong(), cents = q.value(3).toLongLong();
            Billed &b = billedBy[q.value(0).toString()];
            if (kind == QLatin1String("base_fee")) {
                f.baseFeesCents += cents;
            } else if (kind == QLatin1String("extensions")) {
                f.extensions.quantity += quantity;
                f.extensions.revenueCents += cents;
                b.extensions += quantity;
            } else if (kind == QLatin1String("did_local") || kind == QLatin1String("did_toll_free")) {
                f.dids.quantity += quantity;
                f.dids.revenueCents += cents;
                (kind == QLatin1String("did_local") ? b.didLocal : b.didTollFree) += quantity;
            } else if (kind == QLatin1String("minutes")) {
                f.minutes.quantity += quantity;
                f.minutes.revenueCents += cents;
                b.minutes += quantity;
            }
        }
    }
    {
        QSqlQuery &q = r.run(QStringLiteral("SELECT COALESCE(SUM(json_extract(li.value, '$.amount_cents')), 0) "
                                            "FROM invoices i, json_each(i.line_items_json) li WHERE ") +
                                 kIssued +
                                 QStringLiteral(" AND i.issue_date >= ? AND i.issue_date < ? "
                                                "AND json_extract(li.value, '$.kind') = 'base_fee'"),
                             {priorDate, startDate});
        if (q.next())
            f.priorBaseFeesCents = q.value(0).toLongLong();
    }
    f.growth.mrr = revenue::growthString(f.baseFeesCents, f.priorBaseFeesCents);
    f.growth.revenue = revenue::growthString(f.revenueCents, f.priorRevenueCents);
    f.growth.activeTenants = revenue::growthString(f.activeTenants, f.priorActiveTenants);
    f.growth.arpu = revenue::growthString(f.arpuCents, f.priorArpuCents);

    // Trends: invoices sent (issued) and paid per month; tenants won and lost.
    {
        QSqlQuery &q = r.run(QStringLiteral("SELECT substr(i.issue_date, 1, 7), COUNT(*) FROM invoices i WHERE ") +
                                 kIssued +
                                 QStringLiteral(" AND i.issue_date >= ? AND i.issue_date < ? GROUP BY 1"),
                             {isoDate(firstMonth), isoDate(firstMonth.addMonths(12))});
        while (q.next()) {
            const QDate m = QDate::fromString(q.value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
            if (const int i = monthOf(startOfDayMs(m)); i >= 0)
                f.trends[i].invoicesSent = q.value(1).toLongLong();
        }
        QSqlQuery &p = r.run(QStringLiteral("SELECT paid_at FROM invoices WHERE status = 'paid' AND paid_at >= ? "
                                            "AND paid_at < ?"),
                             {monthStart[0], monthStart[12]});
        while (p.next())
            if (const int i = monthOf(p.value(0).toLongLong()); i >= 0)
                ++f.trends[i].invoicesPaid;
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

    // Churn risk: the latest two invoices of each paying tenant (see the top of this file). Three months
    // back are enough to find two monthly invoices.
    {
        QHash<QString, const TenantRow *> byId;
        for (const TenantRow &t : std::as_const(tenants))
            byId.insert(t.id, &t);
        QHash<QString, QList<std::pair<QDate, qint64>>> latest;
        QSqlQuery &q = r.run(
            QStringLiteral(
                "SELECT i.tenant_id, i.issue_date, COALESCE((SELECT SUM(json_extract(li.value, '$.quantity')) "
                "FROM json_each(i.line_items_json) li WHERE json_extract(li.value, '$.kind') = 'minutes'), 0) "
                "FROM invoices i WHERE ") +
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

    f.valid = r.ok();
    return f;
}

} // namespace simuwave
