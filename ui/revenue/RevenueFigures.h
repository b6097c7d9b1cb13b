#pragma once
// Billing -> Revenue, computed from the offline cache only: exactly the figures of the platform's
// GET /v1/analytics/revenue?period=7d|30d|90d|1y (the definitions are the header comment of
// sandbox/resources/AnalyticsRoutes.cpp; tests/ui/tst_revenuefigures.cpp compares every one with the
// sandbox's answer), plus two things the platform lacks (the Partner Guide says so): a per-tenant margin
// against the partner's wholesale tier rates and a churn-risk list.
//
// Money in integer cents, per-unit rates in micro-units, ratios and growth as the endpoint writes them
// (decimal strings, computed with integers). "now" is passed in, so that a test can use the sandbox's
// clock. Reading is plain SQL on one connection: compute() may run on a worker thread with a connection
// of its own (RevenueCalculator does), given the two documents it needs read beforehand.
#include <optional>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace simuwave::cache {
class SqlCache;
}

namespace simuwave {

enum class RevenuePeriod
{
    Days7,
    Days30,
    Days90,
    Year,
};

namespace revenue {

QString periodKey(RevenuePeriod p); // "7d", "30d", "90d", "1y" (the API's values)
std::optional<RevenuePeriod> periodFromKey(const QString &key);
int periodDays(RevenuePeriod p); // 7, 30, 90, 365
QList<RevenuePeriod> allPeriods();

// The endpoint's integer arithmetic (sandbox BillingCommon): a / b half-up away from zero (0 when b == 0);
// growth "12.5" (one decimal, null QString when prior == 0); ratio "0.9412" (null QString when den == 0).
qint64 divHalfUp(qint64 a, qint64 b);
QString growthString(qint64 current, qint64 prior);
QString ratioString(qint64 num, qint64 den);

} // namespace revenue

struct RevenueBreakdownItem
{
    qint64 quantity = 0;
    qint64 revenueCents = 0;
};

// One calendar month (UTC) of the 12-month trends.
struct RevenueTrendMonth
{
    QDate month; // its first day
    qint64 revenueCents = 0;
    qint64 invoicesSent = 0;
    qint64 invoicesPaid = 0;
    qint64 newTenants = 0;
    qint64 churnedTenants = 0;
    qint64 activeTenantsAtStart = 0;
    QString churnRate; // "0.0125"; null when no tenant was active at the start
};

struct TenantRevenue
{
    QString tenantId;
    QString tenantName;
    QString billingProfileId; // empty: none (or a profile the cache does not know)
    QString tier;             // the profile's name; null without a known profile
    qint64 mrrCents = 0;
    qint64 lifetimeRevenueCents = 0;
    qint64 outstandingCents = 0;
    QDateTime lastPaymentAt; // invalid: never paid

    // Margin over the selected period (not on the platform): see RevenueFigures.cpp, "Margin".
    qint64 billedCents = 0;               // subtotals (before tax) of its invoices issued in the period
    std::optional<qint64> wholesaleCents; // nullopt when the partner's rates are custom (not published)
    std::optional<qint64> marginCents;    // billed - wholesale
};

// A tenant whose usage fell by more than half (not on the platform): see RevenueFigures.cpp, "Churn risk".
struct ChurnRisk
{
    QString tenantId;
    QString tenantName;
    QString status;
    QDate priorIssueDate, recentIssueDate; // the two invoices compared
    qint64 priorMinutes = 0;
    qint64 recentMinutes = 0;
    QString change; // percent, one decimal, e.g. "-62.5"
};

// The partner's wholesale rates (the `partner/subscription` document's plan.rates), in micros per unit.
struct WholesaleRates
{
    QString tier; // "starter", ...
    QString tierName;
    std::optional<qint64> perExtension, didLocal, didTollFree, minuteLocal, minuteTollFree;
    bool complete() const { return perExtension && didLocal && didTollFree && minuteLocal && minuteTollFree; }
    static WholesaleRates fromSubscription(const QJsonObject &subscription);
};

// What compute() needs besides the SQL tables: the cached `billing-profiles` and `partner/subscription`
// documents (read on the cache's own thread).
struct RevenueInputs
{
    QJsonArray billingProfiles;
    QJsonObject subscription;
    static RevenueInputs read(cache::SqlCache &cache);
};

struct RevenueFigures
{
    bool valid = false; // false: no cache, or its tables could not be read
    RevenuePeriod period = RevenuePeriod::Days30;
    QDateTime now, periodStart, periodEnd;

    qint64 mrrCents = 0;
    qint64 arrCents = 0;
    qint64 revenueCents = 0;
    qint64 activeTenants = 0;
    qint64 arpuCents = 0;
    qint64 lifetimeRevenueCents = 0;
    qint64 outstandingCents = 0;
    QString collectionRate; // "0.9412"; null when nothing was issued in the period

    // The prior period, for the growth figures and their tooltips.
    qint64 priorRevenueCents = 0;
    qint64 priorActiveTenants = 0;
    qint64 priorArpuCents = 0;
    qint64 baseFeesCents = 0, priorBaseFeesCents = 0; // what MRR growth is measured on

    struct Growth
    {
        QString mrr, revenue, activeTenants, arpu; // "12.5"; null when the prior figure is 0
    } growth;

    RevenueBreakdownItem extensions, dids, minutes;
    QList<RevenueTrendMonth> trends; // 12, oldest first
    QList<TenantRevenue> tenantsByRevenue;
    QList<ChurnRisk> churnRisk;
    WholesaleRates wholesale;

    // On the cache's own connection (UI thread).
    static RevenueFigures compute(cache::SqlCache &cache, RevenuePeriod period, const QDateTime &now);
    // On any connection to a cache file (a worker thread's).
    static RevenueFigures compute(const QSqlDatabase &db, const RevenueInputs &inputs, RevenuePeriod period,
                                  const QDateTime &now);
};

} // namespace simuwave
