#pragma once
// What the dashboard shows, read from the cache in one go (SQL aggregates on the UI thread's connection:
// each is an indexed COUNT or a SUM over the tenants, milliseconds even on a million numbers).
#include "domain/Money.h"

#include <optional>
#include <QDateTime>
#include <QString>

namespace simuwave::cache {
class SqlCache;
}

namespace simuwave {

struct DashboardFigures
{
    qint64 tenants = 0;                     // not cancelled
    qint64 extensions = 0;                  // over those tenants
    qint64 dids = 0;                        // numbers not released
    qint64 activeUsers = 0;                 // users of those tenants
    std::optional<qint64> minutesThisMonth; // from the tenants' usage; empty when none is cached
    qint64 usageTenants = 0;                // how many tenants the minutes cover

    // Compliance (each a deep link to the filtered list).
    qint64 e911NotSet = 0;
    qint64 e911Failed = 0;
    qint64 cnamFailed = 0;
    qint64 tenantsPastThreshold = 0; // spend at or over the tenant's alert threshold

    // Account (from the cached `partner` document).
    QString partnerStatus; // "TRIAL", "ACTIVE", ...
    QDateTime trialEndsAt; // invalid when none
    std::optional<Money> wallet;

    // The Partner Guide's six setup steps, detected from data.
    bool hasTenant = false;
    bool hasBranding = false;
    bool hasBilling = false; // Stripe connected
    bool hasNumber = false;
    bool hasPricing = false; // at least one billing profile
    bool hasTeam = false;    // more than one partner user
    int stepsDone() const
    {
        return int(hasTenant) + int(hasBranding) + int(hasBilling) + int(hasNumber) + int(hasPricing) +
               int(hasTeam);
    }

    static DashboardFigures read(cache::SqlCache &cache);
};

} // namespace simuwave
