#pragma once
#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

class QRandomGenerator;

namespace simuwave {

struct ApiError;

// When and how often a failed request is sent again: capped exponential backoff with full jitter
// (a random wait in [0, min(maxDelay, baseDelay * 2^(attempt-1))]) so that many clients coming back
// after an outage do not hit the server in lockstep; a server-provided wait (Retry-After,
// X-RateLimit-Reset) wins over the backoff, clamped to maxServerDelay.
struct RetryPolicy
{
    int maxAttempts = 5; // every attempt counts, the first one included; 1 = never retry
    std::chrono::milliseconds baseDelay{500};
    std::chrono::milliseconds maxDelay{30'000};
    std::chrono::seconds maxServerDelay{300};

    static RetryPolicy noRetry()
    {
        RetryPolicy p;
        p.maxAttempts = 1;
        return p;
    }

    // Backoff before attempt number `nextAttempt` (2 = the first retry).
    std::chrono::milliseconds backoffDelay(int nextAttempt, QRandomGenerator *rng = nullptr) const;
    // The wait before `nextAttempt` after `error`: the server's Retry-After when it gave a usable one,
    // otherwise the backoff.
    std::chrono::milliseconds delayFor(const ApiError &error, int nextAttempt,
                                       QRandomGenerator *rng = nullptr) const;

    // Retry-After as delta-seconds or as an HTTP-date (IMF-fixdate, RFC 850, asctime), relative to
    // `now` (the server's Date header when known, so clock skew does not matter). Negative values and
    // garbage give nothing (the backoff applies); huge values are clamped to `max`; past dates give 0.
    static std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value, const QDateTime &now,
                                                               std::chrono::seconds max);
    // HTTP-date in any of its three forms; invalid QDateTime when it is none of them.
    static QDateTime parseHttpDate(const QByteArray &value);
    // X-RateLimit-Reset: Unix epoch seconds (as GitHub sends it); small values are taken as
    // delta-seconds. The wait from `now`, clamped to [0, max]; nothing for garbage.
    static std::optional<std::chrono::seconds>
    parseRateLimitReset(const QByteArray &value, const QDateTime &now, std::chrono::seconds max);
};

} // namespace simuwave
