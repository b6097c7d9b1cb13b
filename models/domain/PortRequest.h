#pragma once
// A request to port numbers in from another carrier (GET /v1/port-requests/{id}) with its status history.
#include "domain/Address.h"
#include "domain/Statuses.h"

#include <optional>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace simuwave {

struct PortStatusChange
{
    StatusValue<PortStatus> status;
    QDateTime at;
    QString note;  // e.g. the carrier's rejection reason
    QString actor; // "partner", "carrier", "platform"

    bool operator==(const PortStatusChange &) const = default;
};

struct PortRequest
{
    QString id; // "port_..."
    StatusValue<PortStatus> status;
    QStringList numbers; // E.164
    QString tenantId;    // target tenant
    QString currentCarrier;
    QString accountHolderName;
    QString accountNumber; // as the API shows it (masked)
    bool pinSet = false;
    std::optional<Address> serviceAddress;
    QDate desiredDate;
    QDate focDate; // null until the carrier commits
    // Appendix B reason when REJECTED: code, what happened, how to fix it.
    QString rejectionCode;
    QString rejectionReason;
    QString rejectionFix;
    QJsonArray documents; // uploaded LOA / bill metadata, as the API sent it
    // nullopt when the server left status_history out: the cached history is then kept.
    std::optional<QList<PortStatusChange>> statusHistory;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const PortRequest &) const = default;
};

} // namespace simuwave
