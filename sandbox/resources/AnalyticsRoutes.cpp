// GET /v1/analytics/revenue?period=7d|30d|90d|1y: the guide's Revenue Analytics page, computed from the
// invoices, their payments/refunds and the tenants. Integer cents everywhere.
//
// EXACT DEFINITIONS (a console feature recomputes these from its cache; tst_analytics.cpp does too).
// Let now = the sandbox clock, P = 7, 30, 90 or 365 days, end = now, start = now - P,
// prior window = [start - P, start). "Issued in a window" compares invoices.issue_date (a UTC date)
// with the UTC dates of the window: date(start) <= issue_date <= date(end) for the current window and
// date(start - P) <= issue_date < date(start) for the prior one; draft and cancelled invoices are never
// "issued". "Cash" is every payment (+amount_cents at paid_at) and every refund (-amount_cents at
// created_at) listed on the invoices; a cash event is in the current window when start <= t <= end
// and in the prior one when start - P <= t < start.
//   mrr_cents         = sum over tenants with status ACTIVE of their billing profile's monthly_base_cents
//                       when the profile's pricing_model is flat_rate (0 for payg or no profile)
//   arr_cents         = mrr_cents x 12
//   revenue_cents     = sum of cash in the current window (refunds negative)
//   active_tenants    = number of tenants with status ACTIVE
//   arpu_cents        = revenue_cents / active_tenants rounded half-up (0 without active tenants)
//   lifetime_revenue_cents = sum of all cash up to now
//   outstanding_cents = sum of due_cents of invoices with status sent, partially_paid or overdue
//   collection_rate   = (invoices issued in the current window whose status is paid and whose paid_at is
//                       before the end of their due_date, i.e. paid_at < due_date + 1 day 00:00Z) /
//                       (invoices issued in the current window); 4 decimals half-up; null when 0 issued
//   growth.*          = (current - prior) x 100 / prior as a 1-decimal string half-up (away from zero);
//                       null when prior is 0, where prior is:
//       revenue        -> cash in the prior window
//       active_tenants -> tenants created before start, not cancelled before start (cancelled_at null or
//                         >= start) and not in status TRIAL now
//       arpu           -> prior revenue / prior active tenants, half-up
//       mrr            -> (not reconstructible from tenants) growth of the base_fee line amounts of the
//                         invoices issued in the current window against those issued in the prior window
//   breakdown         = over the invoices issued in the current window: extensions = sum of quantity
//                       and amount_cents of line items of kind extensions; dids = kinds did_local and
//                       did_toll_free; minutes = kind minutes
//   trends            = the 12 calendar months (UTC) ending with the current one, oldest first; for a
//                       month M = [first day 00:00Z, first day of next month 00:00Z):
//       revenue_cents   = cash in M;  invoices_sent = invoices issued in M (issue_date in M, not draft or
//       cancelled); invoices_paid = invoices with status paid whose paid_at is in M;
//       new_tenants = tenants with created_at in M;  churned_tenants = tenants with cancelled_at in M;
//       active_tenants_at_start = tenants with created_at < M start and (cancelled_at null or >= M start);
//       churn_rate = churned_tenants / active_tenants_at_start, 4 decimals half-up, null when 0
//   tenants_by_revenue = every tenant with status ACTIVE: mrr_cents as above for that tenant, tier = the
//                       profile's name, lifetime_revenue_cents = its cash up to now, outstanding_cents =
//                       its due_cents over sent/partially_paid/overdue invoices, last_payment_at = its latest
//                       payment (refunds excluded); ordered by lifetime revenue descending, then tenant_id.
// A tenant-scoped API key sees the same figures restricted to its tenants.
#include "core/Router.h"
#include "core/Wire.h"
#include "resources/BillingCommon.h"
#include "resources/Resources.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>

namespace simuwave::sandbox {

using billing::tr;

namespace {

struct ProfileInfo
{
    QString name;
    qint64 mrr = 0;
};

struct TenantInfo
{
    qint64 id = 0;
    QString name, status, profileId;
    qint64 createdAt = 0, cancelledAt = 0;
};

} // namespace

static ApiResponse revenueAnalytics(ApiRequest &req, SandboxContext &ctx)
{
    const QString period = req.hasQuery(QStringLiteral("period")) ? req.queryValue(QStringLiteral("period"))
                                                                  : QStringLiteral("30d");
    static const QHash<QString, int> days{{QStringLiteral("7d"), 7},
                                          {QStringLiteral("30d"), 30},
                                          {QStringLiteral("90d"), 90},
                                          {QStringLiteral("1y"), 365}};
    if (!days.contains(period))
        return errors::validationField(QStringLiteral("period"),
                                       tr("period must be one of 7d, 30d, 90d, 1y."));
    const qint64 dayMs = 86400000LL;
    const qint64 now = ctx.nowMs();
    const qint64 end = now, start = now - days.value(period) * dayMs,
                 priorStart = start - days.value(period) * dayMs;
    const QString endDate = billing::isoDate(billing::dateOf(end));
    const QString startDate = billing::isoDate(billing::dateOf(start));
    const QString priorDate = billing::isoDate(billing::dateOf(priorStart));

    // Tenant scope of API keys: every figure restricted to the key's tenants.
    QString scope; // " AND tenant_id IN (...)" or empty
    if (req.principal.isTenantScoped()) {
        QStringList ids;
        for (qint64 t : req.principal.tenantScope)
            ids << QString::number(t);
        scope = QStringLiteral(" AND tenant_id IN (%1)").arg(ids.join(QLatin1Char(',')));
    }
    QSqlQuery q(ctx.db());
    q.setForwardOnly(true);
    auto sum = [&](const QString &sql, const QVariantList &binds) -> qint64 {
        QSqlQuery s(ctx.db());
        return ctx.exec(s, sql, binds) && s.next() ? s.value(0).toLongLong() : 0;
    };

    QHash<QString, ProfileInfo> profiles;
    if (!ctx.exec(q, QStringLiteral("SELECT id, name, pricing_model, monthly_base_cents FROM "
                                    "billing_profiles WHERE deleted = 0")))
        return billing::internalError();
    while (q.next())
        profiles.insert(wire::publicId(u"bp", q.value(0).toLongLong()),
                        {q.value(1).toString(),
                         q.value(2).toString() == QLatin1String("flat_rate") ? q.value(3).toLongLong() : 0});

    const QSet<QString> cols = billing::tenantColumns(ctx.db());
    const QString tenantSql =
        QStringLiteral("SELECT t.id, t.name, t.status, t.created_at, %1, %2 FROM tenants t WHERE t.deleted = "
                       "0%3 ORDER BY t.id")
            .arg(billing::tenantCancelledExpr(ctx.db()),
                 cols.contains(QStringLiteral("billing_profile_id")) ? QStringLiteral("t.billing_profile_id")
                                                                     : QStringLiteral("NULL"),
                 QString(scope).replace(QStringLiteral("tenant_id"), QStringLiteral("t.id")));
    QList<TenantInfo> tenants;
    if (!cols.isEmpty() && !ctx.exec(q, tenantSql))
        return billing::internalError();
    while (!cols.isEmpty() && q.next())
        tenants.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(5).toString(), q.value(3).toLongLong(), q.value(4).toLongLong()});

    qint64 mrr = 0, active = 0, priorActive = 0;
    for (const TenantInfo &t : std::as_const(tenants)) {
        if (t.status == QLatin1String("ACTIVE")) {
            ++active;
            mrr += profiles.value(t.profileId).mrr;
        }
        if (t.createdAt < start && (t.cancelledAt == 0 || t.cancelledAt >= start) &&
            t.status != QLatin1String("TRIAL"))
            ++priorActive;
    }
    const QString cash = QStringLiteral("SELECT COALESCE(SUM(amount_cents), 0) FROM invoice_payments WHERE ");
    const qint64 revenue = sum(cash + QStringLiteral("at >= ? AND at <= ?") + scope, {start, end});
    const qint64 priorRevenue = sum(cash + QStringLiteral("at >= ? AND at < ?") + scope, {priorStart, start});
    const qint64 lifetime = sum(cash + QStringLiteral("at <= ?") + scope, {end});
    const qint64 outstanding =
        sum(QStringLiteral(
                "SELECT COALESCE(SUM(MAX(0, total_cents - paid_cents)), 0) FROM invoices WHERE deleted = 0 "
                "AND status IN ('sent','partially_paid','overdue')") +
                scope,
            {});
    const QString issued =
        QStringLiteral(" FROM invoices WHERE deleted = 0 AND status NOT IN ('draft','cancelled') ");
    const qint64 baseNow = sum(QStringLiteral("SELECT COALESCE(SUM(base_cents), 0)") + issued +
                                   QStringLiteral("AND issue_date >= ? AND issue_date <= ?") + scope,
                               {startDate, endDate});
    const qint64 basePrior = sum(QStringLiteral("SELECT COALESCE(SUM(base_cents), 0)") + issued +
                                     QStringLiteral("AND issue_date >= ? AND issue_date < ?") + scope,
                                 {priorDate, startDate});

    // Collection rate and breakdown over the invoices issued in the current window.
    qint64 issuedCount = 0, onTime = 0, extQ = 0, extC = 0, didQ = 0, didC = 0, minQ = 0, minC = 0;
    if (!ctx.exec(q,
                  QStringLiteral(
                      "SELECT status, paid_at, due_date, ext_qty, ext_cents, did_qty, did_cents, min_qty, "
                      "min_cents") +
                      issued + QStringLiteral("AND issue_date >= ? AND issue_date <= ?") + scope,
                  {startDate, endDate}))
        return billing::internalError();
    while (q.next()) {
        ++issuedCount;
        if (q.value(0).toString() == QLatin1String("paid") && !q.value(1).isNull()) {
            const auto due = billing::parseIsoDate(q.value(2).toString());
            if (due && q.value(1).toLongLong() < billing::startOfDayMs(due->addDays(1)))
                ++onTime;
        }
        extQ += q.value(3).toLongLong();
        extC += q.value(4).toLongLong();
        didQ += q.value(5).toLongLong();
        didC += q.value(6).toLongLong();
        minQ += q.value(7).toLongLong();
        minC += q.value(8).toLongLong();
    }

    // Trends: 12 calendar months ending with the current one.
    QJsonArray trends;
    const QDate today = billing::dateOf(now);
    const QDate firstMonth = QDate(today.year(), today.month(), 1).addMonths(-11);
    for (int i = 0; i < 12; ++i) {
        const QDate m = firstMonth.addMonths(i), next = m.addMonths(1);
        const qint64 mStart = billing::startOfDayMs(m), mEnd = billing::startOfDayMs(next);
        const qint64 mRevenue = sum(cash + QStringLiteral("at >= ? AND at < ?") + scope, {mStart, mEnd});
        const qint64 sent = sum(QStringLiteral("SELECT COUNT(*)") + issued +
                                    QStringLiteral("AND issue_date >= ? AND issue_date < ?") + scope,
                                {billing::isoDate(m), billing::isoDate(next)});
        const qint64 paidCount =
            sum(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE deleted = 0 AND status = 'paid' "
                               "AND paid_at >= ? AND paid_at < ?") +
                    scope,
                {mStart, mEnd});
        qint64 created = 0, churned = 0, atStart = 0;
        for (const TenantInfo &t : std::as_const(tenants)) {
            if (t.createdAt >= mStart && t.createdAt < mEnd)
                ++created;
            if (t.cancelledAt && t.cancelledAt >= mStart && t.cancelledAt < mEnd)
                ++churned;
            if (t.createdAt < mStart && (t.cancelledAt == 0 || t.cancelledAt >= mStart))
                ++atStart;
        }
        trends.append(QJsonObject{{QStringLiteral("month"), m.toString(QStringLiteral("yyyy-MM"))},
                                  {QStringLiteral("revenue_cents"), mRevenue},
                                  {QStringLiteral("invoices_sent"), sent},
                                  {QStringLiteral("invoices_paid"), paidCount},
                                  {QStringLiteral("new_tenants"), created},
                                  {QStringLiteral("churned_tenants"), churned},
                                  {QStringLiteral("active_tenants_at_start"), atStart},
                                  {QStringLiteral("churn_rate"), billing::ratioString(churned, atStart)}});
    }

    // Tenants by revenue.
    QHash<qint64, qint64> lifetimeBy, outstandingBy, lastPaymentBy;
    if (!ctx.exec(
            q,
            QStringLiteral("SELECT tenant_id, SUM(amount_cents), MAX(CASE WHEN kind = 'payment' THEN at END) "
                           "FROM invoice_payments WHERE at <= ?") +
                scope + QStringLiteral(" GROUP BY tenant_id"),
            {end}))
        return billing::internalError();
    while (q.next()) {
        lifetimeBy.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        lastPaymentBy.insert(q.value(0).toLongLong(), q.value(2).toLongLong());
    }
    if (!ctx.exec(
            q, QStringLiteral(
                   "SELECT tenant_id, SUM(MAX(0, total_cents - paid_cents)) FROM invoices WHERE deleted = 0 "
                   "AND status IN ('sent','partially_paid','overdue')") +
                   scope + QStringLiteral(" GROUP BY tenant_id")))
        return billing::internalError();
    while (q.next())
        outstandingBy.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    QList<const TenantInfo *> ranked;
    for (const TenantInfo &t : std::as_const(tenants))
        if (t.status == QLatin1String("ACTIVE"))
            ranked.append(&t);
    std::sort(ranked.begin(), ranked.end(), [&](const TenantInfo *a, const TenantInfo *b) {
        const qint64 la = lifetimeBy.value(a->id), lb = lifetimeBy.value(b->id);
        return la != lb ? la > lb : a->id < b->id;
    });
    QJsonArray byRevenue;
    for (const TenantInfo *t : std::as_const(ranked)) {
        const bool hasProfile = profiles.contains(t->profileId);
        byRevenue.append(QJsonObject{
            {QStringLiteral("tenant_id"), wire::publicId(u"tnt", t->id)},
            {QStringLiteral("tenant_name"), t->name},
            {QStringLiteral("billing_profile_id"),
             hasProfile ? QJsonValue(t->profileId) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("tier"),
             hasProfile ? QJsonValue(profiles.value(t->profileId).name) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("mrr_cents"), profiles.value(t->profileId).mrr},
            {QStringLiteral("lifetime_revenue_cents"), lifetimeBy.value(t->id)},
            {QStringLiteral("outstanding_cents"), outstandingBy.value(t->id)},
            {QStringLiteral("last_payment_at"), wire::isoTimeOrNull(lastPaymentBy.value(t->id))}});
    }

    const qint64 arpu = billing::divHalfUp(revenue, active);
    const qint64 priorArpu = billing::divHalfUp(priorRevenue, priorActive);
    const QJsonObject metrics{
        {QStringLiteral("mrr_cents"), mrr},
        {QStringLiteral("arr_cents"), mrr * 12},
        {QStringLiteral("revenue_cents"), revenue},
        {QStringLiteral("active_tenants"), active},
        {QStringLiteral("arpu_cents"), arpu},
        {QStringLiteral("lifetime_revenue_cents"), lifetime},
        {QStringLiteral("outstanding_cents"), outstanding},
        {QStringLiteral("collection_rate"), billing::ratioString(onTime, issuedCount)},
        {QStringLiteral("growth"),
         QJsonObject{{QStringLiteral("mrr"), billing::growthString(baseNow, basePrior)},
                     {QStringLiteral("revenue"), billing::growthString(revenue, priorRevenue)},
                     {QStringLiteral("active_tenants"), billing::growthString(active, priorActive)},
                     {QStringLiteral("arpu"), billing::growthString(arpu, priorArpu)}}}};
    auto item = [](qint64 qty, qint64 cents) {
        return QJsonObject{{QStringLiteral("quantity"), qty}, {QStringLiteral("revenue_cents"), cents}};
    };
    return ApiResponse::ok(QJsonObject{
        {QStringLiteral("period"), period},
        {QStringLiteral("period_start"), wire::isoTime(start)},
        {QStringLiteral("period_end"), wire::isoTime(end)},
        {QStringLiteral("currency"), QStringLiteral("USD")},
        {QStringLiteral("metrics"), metrics},
        {QStringLiteral("breakdown"), QJsonObject{{QStringLiteral("extensions"), item(extQ, extC)},
                                                  {QStringLiteral("dids"), item(didQ, didC)},
                                                  {QStringLiteral("minutes"), item(minQ, minC)}}},
        {QStringLiteral("trends"), trends},
        {QStringLiteral("tenants_by_revenue"), byRevenue},
        {QStringLiteral("generated_at"), wire::isoTime(now)}});
}

void setupAnalyticsResources(ResourceSetup &setup)
{
    setup.router.add("GET", QStringLiteral("/v1/analytics/revenue"),
                     {QStringLiteral("billing"), Access::Read}, &revenueAnalytics);
}

} // namespace simuwave::sandbox
