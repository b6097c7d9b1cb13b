#pragma once
// The partner's white-label branding (GET /v1/partner/branding). One per partner.
#include <QDateTime>
#include <QString>

namespace simuwave {

struct PartnerBranding
{
    QString brandName;
    QString primaryColor; // "#RRGGBB"
    QString fromEmail;
    QString supportEmail;
    bool logoSet = false;
    QString logoContentType; // "image/png", "image/jpeg", "image/svg+xml"
    QDateTime updatedAt;

    bool operator==(const PartnerBranding &) const = default;
};

} // namespace simuwave
