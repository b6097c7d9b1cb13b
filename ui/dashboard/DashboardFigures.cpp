#include "dashboard/DashboardFigures.h"

#include "cache/SqlCache.h"
#include "items/UsageLimitsTableModel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace simuwave {

namespace {

qint64 scalar(const QSqlDatabase &db, const QString &sql, bool *isNull = nullptr)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql) || !q.next()) {
        if (isNull)
            *isNull = true;
        return 0;
    }
    if (isNull)
        *isNull = q.value(0).isNull();
    return q.value(0).toLongLong();
}

} // namespace

DashboardFigures DashboardFigures::read(cache::SqlCache &cache)
{
    DashboardFigures f;
    const QSqlDatabase db = cache.database();
    const QString live = QStringLiteral("status <> 'CANCELLED'");
    f.tenants = scalar(db, QStringLiteral("SELECT COUNT(*) FROM tenants WHERE ") + live);
    f.extensions = scalar(db, QStringLiteral("SELECT TOTAL(extensions_count) FROM tenants WHERE ") + live);
    f.activeUsers = scalar(db, QStringLiteral("SELECT TOTAL(users_count) FROM tenants WHERE ") + live);
    f.dids = scalar(db, QStringLiteral("SELECT COUNT(*) FROM phone_numbers WHERE status <> 'RELEASED'"));
    bool noUsage = false;
    f.usageTenants = scalar(db, QStringLiteral("SELECT COUNT(*) FROM tenant_usage"));
    const qint64 minutes = scalar(db, QStringLiteral("SELECT SUM(minutes_used) FROM tenant_usage"), &noUsage);
    if (!noUsage && f.usageTenants > 0)
        f.minutesThisMonth = minutes;

    f.e911NotSet =
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM phone_numbers WHERE e911_status = 'not_set' "
                                  "AND status <> 'RELEASED'"));
    f.e911Failed =
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM phone_numbers WHERE e911_status = 'failed' "
                                  "AND status <> 'RELEASED'"));
    f.cnamFailed =
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM phone_numbers WHERE cnam_status = 'failed' "
                                  "AND status <> 'RELEASED'"));
    // The same condition as Usage Limits' "Past an alert threshold" filter (any capped meter), so that the
    // count and the list it opens agree.
    f.tenantsPastThreshold = scalar(db, QStringLiteral("SELECT COUNT(*) FROM tenants n WHERE ") +
                                            items::UsageLimitsTableModel::attentionCondition(
                                                items::UsageLimitsTableModel::Attention::PastThreshold));

    if (const auto partner = cache.document(QStringLiteral("partner"))) {
        const QJsonObject p = partner->object();
        f.partnerStatus = p.value(QLatin1String("status")).toString();
        f.trialEndsAt =
            QDateTime::fromString(p.value(QLatin1String("trial_ends_at")).toString(), Qt::ISODateWithMs);
        const QJsonObject wallet = p.value(QLatin1String("wallet")).toObject();
        f.wallet = Money::fromJson(wallet.value(QLatin1String("balance_cents")),
                                   wallet.value(QLatin1String("currency")).toString(QStringLiteral("USD")));
        f.hasBilling = p.value(QLatin1String("stripe_status")).toString() == QLatin1String("active");
    }
    if (const auto branding = cache.branding())
        f.hasBranding = !branding->brandName.isEmpty() || branding->logoSet;
    if (const auto profiles = cache.document(QStringLiteral("billing-profiles")))
        f.hasPricing = !profiles->data().isEmpty();
    f.hasTenant = scalar(db, QStringLiteral("SELECT COUNT(*) FROM tenants")) > 0;
    f.hasNumber = scalar(db, QStringLiteral("SELECT COUNT(*) FROM phone_numbers")) > 0;
    f.hasTeam = scalar(db, QStringLiteral("SELECT COUNT(*) FROM users")) > 1;
    return f;
}

} // namespace simuwave
