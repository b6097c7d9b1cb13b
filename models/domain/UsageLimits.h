#pragma once
// Per-tenant caps (Usage Limits & Spending Controls). nullopt = unlimited, as a blank cell in the guide.
#include <QJsonObject>
#include <QString>

#include <optional>

namespace simuwave {

struct UsageLimits
{
    std::optional<qint64> monthlySpendCents, maxExtensions, maxDids, maxMonthlyMinutes;
    int alertThresholdPercent = 80;
    bool autoSuspend = false;

    // {monthly_spend_cents, max_extensions, max_dids, max_monthly_minutes (null = unlimited),
    //  alert_threshold_percent, auto_suspend}
    QJsonObject toJson() const;
    // Refuses wrong types (a cap that is a string, 12.5, a bool...) with a translated message naming the
    // field. Missing cap = unlimited; missing threshold = 80; missing auto_suspend = false.
    // Ranges are checked by validation::usageLimits, not here.
    static std::optional<UsageLimits> fromJson(const QJsonObject &o, QString *error = nullptr);
    // The guide's recommended starting limits: $500, 50 extensions, 10 DIDs, 5,000 minutes, 80 %, on.
    static UsageLimits recommended();

    bool operator==(const UsageLimits &) const = default;
};

} // namespace simuwave
