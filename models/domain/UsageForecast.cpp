#include "domain/UsageForecast.h"

namespace simuwave {

UsageForecast forecastUsage(qint64 used, const std::optional<qint64> &limit, const QDate &periodStart,
                            const QDate &periodEnd, const QDateTime &asOf)
{
    UsageForecast f;
    if (!limit)
        return f;
    if (used >= *limit) {
        f.state = UsageForecast::State::AtCap;
        f.projected = used;
        return f;
    }
    const QDateTime start(periodStart, QTime(0, 0), Qt::UTC);
    const QDateTime end(periodEnd.addDays(1), QTime(0, 0), Qt::UTC);
    // Minutes keep the products small: a cycle has at most 44,640 of them.
    const qint64 cycle = start.secsTo(end) / 60;
    const qint64 elapsed = qMin(cycle, start.secsTo(asOf.toUTC()) / 60);
    if (!periodStart.isValid() || !periodEnd.isValid() || !asOf.isValid() || cycle <= 0 ||
        elapsed < 24 * 60) {
        f.state = UsageForecast::State::TooEarly;
        return f;
    }
    f.projected = used * cycle / elapsed;
    if (f.projected < *limit) {
        f.state = UsageForecast::State::Within;
        return f;
    }
    f.state = UsageForecast::State::WillCross;
    // At this pace the cap is reached after limit * elapsed / used minutes of the cycle.
    f.crossingDate = start.addSecs(*limit * elapsed / qMax<qint64>(1, used) * 60).date();
    return f;
}

} // namespace simuwave
