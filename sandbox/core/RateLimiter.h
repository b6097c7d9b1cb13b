#pragma once
// Fixed one-minute windows per bucket (one per API key, one per partner), in real time: a client's
// backoff is real time even when the sandbox clock runs fast.
#include <QHash>
#include <QString>

namespace simuwave::sandbox {

class RateLimiter
{
public:
    struct Result
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        qint64 resetEpochSeconds = 0; // when the window resets
        int retryAfterSeconds = 0;
    };
    // Counts one request against the bucket.
    Result hit(const QString &bucket, int limitPerMinute, qint64 wallMs);

private:
    struct Window
    {
        qint64 startMs = 0;
        int count = 0;
    };
    QHash<QString, Window> m_windows;
};

} // namespace simuwave::sandbox
