#include "core/SandboxClock.h"

#include <QDateTime>

namespace simuwave::sandbox {

void SandboxClock::start(qint64 notBeforeMs, double speed)
{
    m_anchorMs = qMax(QDateTime::currentMSecsSinceEpoch(), notBeforeMs);
    m_speed = speed >= 0 ? speed : 1.0; // 0: a stopped clock (benchmarks, deterministic tests)
    m_offsetMs = 0;
    m_elapsed.start();
}

qint64 SandboxClock::nowMs() const
{
    const qint64 t = m_anchorMs + qint64(double(m_elapsed.elapsed()) * m_speed) + m_offsetMs;
    m_last = qMax(m_last, t);
    return m_last;
}

} // namespace simuwave::sandbox
