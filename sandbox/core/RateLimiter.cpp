#include "core/RateLimiter.h"

namespace simuwave::sandbox {

RateLimiter::Result RateLimiter::hit(const QString &bucket, int limitPerMinute, qint64 wallMs)
{
    Window &w = m_windows[bucket];
    if (wallMs - w.startMs >= 60'000) {
        w.startMs = wallMs;
        w.count = 0;
    }
    ++w.count;
    Result r;
    r.limit = limitPerMinute;
    r.allowed = w.count <= limitPerMinute;
    r.remaining = qMax(0, limitPerMinute - w.count);
    const qint64 resetMs = w.startMs + 60'000;
    r.resetEpochSeconds = (resetMs + 999) / 1000;
    r.retryAfterSeconds = int(qMax<qint64>(1, (resetMs - wallMs + 999) / 1000));
    return r;
}

} // namespace simuwave::sandbox
