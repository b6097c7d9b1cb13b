#pragma once
// Per-tenant caps (GET|PUT /v1/tenants/{id}/limits) and usage of the current cycle (GET .../usage).
#include "domain/UsageLimits.h"

#include <optional>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace simuwave {

struct TenantLimits
{
    QString tenantId;
    UsageLimits limits;
    QDateTime updatedAt;
};

// One capped quantity of the current cycle: how much is used against which limit (null = unlimited).
struct UsageMeter
{
    qint64 used = 0;
    std::optional<qint64> limit;
    std::optional<qint64> percent;
    bool alerted = false;  // the alert threshold was crossed
    bool exceeded = false; // the cap was hit
};

struct TenantUsage
{
    QString tenantId;
    QDate periodStart;
    QDate periodEnd;
    UsageMeter spendCents;
    UsageMeter extensions;
    UsageMeter dids;
    UsageMeter minutes;
    qint64 minutesLocal = 0;
    qint64 minutesTollFree = 0;
    QDateTime updatedAt;
};

} // namespace simuwave
