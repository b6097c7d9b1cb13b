#pragma once
// A number of the partner's DID inventory (GET /v1/phone-numbers).
#include "domain/Address.h"
#include "domain/Money.h"
#include "domain/Statuses.h"

#include <optional>
#include <QDateTime>
#include <QString>

namespace simuwave {

struct PhoneNumber
{
    QString id;       // "pn_..."
    QString e164;     // "+15551234567"
    QString type;     // "local" | "toll_free" (kept raw: a new type must not drop the record)
    QString tenantId; // empty = unassigned
    StatusValue<NumberStatus> status;
    QString callFlow; // empty = not routed
    QString cnam;     // empty = inherits the tenant's default
    StatusValue<CnamStatus> cnamStatus;
    std::optional<Address> e911Address;
    StatusValue<E911Status> e911Status;
    QString e911Error; // why registration failed, as the provider said
    QString rateCenter;
    QString region;
    Money monthly;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const PhoneNumber &) const = default;
};

} // namespace simuwave
