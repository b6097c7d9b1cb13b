#pragma once
// Where a tenant's usage of the current cycle will end at its current pace (Usage Limits' month-end
// forecast). Integer arithmetic on minutes of the cycle: never a floating-point ratio.
#include <optional>
#include <QDate>
#include <QDateTime>

namespace simuwave {

struct UsageForecast
{
    enum class State
    {
        NoCap,     // unlimited: nothing to cross
        TooEarly,  // less than a day of the cycle measured: no honest extrapolation yet
        AtCap,     // already at or over the cap
        WillCross, // below the cap now, over it by the end of the cycle
        Within     // stays below the cap
    };
    State state = State::NoCap;
    qint64 projected = 0; // usage extrapolated to the end of the cycle (when measured)
    QDate crossingDate;   // WillCross: the day the cap is reached at the current pace (UTC)
};

// `used` measured at `asOf` in the cycle [periodStart, periodEnd] (UTC dates, both inclusive).
UsageForecast forecastUsage(qint64 used, const std::optional<qint64> &limit, const QDate &periodStart,
                            const QDate &periodEnd, const QDateTime &asOf);

} // namespace simuwave
