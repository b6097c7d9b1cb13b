#pragma once
// Per-tenant caps (GET|PUT /v1/tenants/{id}/limits) and usage of the current cycle (GET .../usage).
#include "domain/UsageLimits.h"

#include <optional>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace simuwave {

struct TenantLimits
{
    QString tenantId;
    UsageLimits limits;
    QDateTime updatedAt;

    bool operator==(const TenantLimits &) const = default;
};

// One capped quantity of the current cycle: how much is used against which limit (null = unlimited).
struct UsageMeter
{
    qint64 used = 0;
    std::optional<qint64> limit;
    std::optional<qint64> percent;
    bool alerted = false;  // the alert threshold was crossed
    bool exceeded = false; // the cap was hit

    bool operator==(const UsageMeter &) const = default;
};

// An alert the platform raised this cycle (the partner's email): one meter reaching the alert threshold
// ("threshold") or its cap ("cap"). Each is raised once per cycle.
struct UsageAlert
{
    QString meter; // spend_cents, minutes, dids or extensions
    QString level; // threshold or cap
    qint64 used = 0;
    qint64 limit = 0;
    QDateTime at;

    bool operator==(const UsageAlert &) const = default;
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
    QList<UsageAlert> alerts; // oldest first
    QDateTime updatedAt;

    bool operator==(const TenantUsage &) const = default;
};

} // namespace simuwave
