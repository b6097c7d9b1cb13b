#pragma once
// A tenant as the API describes it (GET /v1/tenants). Plain data: decoding and validation of server
// records lives in cache/RecordDecoder, editing rules in validation/.
#include "domain/Address.h"
#include "domain/Statuses.h"
#include "domain/UsageLimits.h"

#include <optional>
#include <QDateTime>
#include <QString>

namespace simuwave {

struct TenantCounts
{
    qint64 users = 0;
    qint64 dids = 0;
    qint64 extensions = 0;

    bool operator==(const TenantCounts &) const = default;
};

struct Tenant
{
    QString id; // "tnt_..."
    QString name;
    QString sipPrefix;
    QString billingEmail;
    QString defaultCnam;
    QString timezone;
    StatusValue<TenantStatus> status;
    QString suspensionReason; // "manual", "usage_limit", "non_payment"; empty unless suspended
    std::optional<Address> e911Address;
    QString billingProfileId; // empty = none
    TenantCounts counts;
    std::optional<UsageLimits> limits; // the tenant's caps when the API embeds them
    QDateTime cancelledAt;             // invalid unless the tenant was cancelled
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Tenant &) const = default;
};

} // namespace simuwave
