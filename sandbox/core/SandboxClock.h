#pragma once
// The sandbox's own clock. It starts at the wall clock (or where the data folder's clock stopped, so
// time never runs backwards across restarts), runs `speed` times faster than real time (0: stands still)
// and can be advanced by the admin endpoint. Every lifecycle (PENDING -> ACTIVE, CNAM, E911, ports, invoices)
// and every updated_at comes from it.
#include <QElapsedTimer>
#include <QtGlobal>

namespace simuwave::sandbox {

class SandboxClock
{
public:
    void start(qint64 notBeforeMs, double speed);
    qint64 nowMs() const;
    void advance(qint64 ms) { m_offsetMs += ms; }
    double speed() const { return m_speed; }

private:
    qint64 m_anchorMs = 0;
    qint64 m_offsetMs = 0;
    double m_speed = 1.0;
    QElapsedTimer m_elapsed;
    mutable qint64 m_last = 0; // keeps nowMs() monotonic
};

// Fault knobs, all off by default; the admin endpoint exists only when `enabled`.
struct Knobs
{
    bool enabled = false;
    int latencyMs = 0;          // added before every request is handled
    double errorRate = 0;       // share of requests answered 500 or 503 (503 with Retry-After)
    double dropRate = 0;        // share of connections aborted without an answer
    int rateLimitPerMinute = 0; // a lower limit for every key and the partner; 0 = off
};

} // namespace simuwave::sandbox
