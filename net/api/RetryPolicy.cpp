#include "api/RetryPolicy.h"

#include "api/ApiError.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

namespace simuwave {

namespace {

// Only plain ASCII digits: "+5", "-5", " 5 5", "1e9" and "5.0" are garbage for delta-seconds.
bool isDigits(const QByteArray &value)
{
    return !value.isEmpty() &&
           std::all_of(value.cbegin(), value.cend(), [](char c) { return c >= '0' && c <= '9'; });
}

// Parses digits without overflow: anything longer than 12 digits is "huge" anyway.
std::optional<qint64> parseBoundedDigits(const QByteArray &value)
{
    if (!isDigits(value))
        return std::nullopt;
    if (value.size() > 12)
        return std::numeric_limits<qint64>::max();
    return value.toLongLong();
}

} // namespace

std::chrono::milliseconds RetryPolicy::backoffDelay(int nextAttempt, QRandomGenerator *rng) const
{
    const int exponent = std::clamp(nextAttempt - 2, 0, 30);
    const qint64 ceiling = std::min<qint64>(maxDelay.count(), baseDelay.count() << std::min(exponent, 20));
    if (ceiling <= 0)
        return std::chrono::milliseconds{0};
    QRandomGenerator *gen = rng ? rng : QRandomGenerator::global();
    return std::chrono::milliseconds{static_cast<qint64>(gen->bounded(static_cast<quint64>(ceiling) + 1))};
}

std::chrono::milliseconds RetryPolicy::delayFor(const ApiError &error, int nextAttempt,
                                                QRandomGenerator *rng) const
{
    if (error.retryAfter)
        return std::min<std::chrono::milliseconds>(*error.retryAfter, maxServerDelay);
    return backoffDelay(nextAttempt, rng);
}

QDateTime RetryPolicy::parseHttpDate(const QByteArray &value)
{
    QString text = QString::fromLatin1(value).simplified();
    // The weekday is redundant; dropping it spares a failure when a server gets it wrong and lets
    // two-digit RFC 850 years parse (Qt would check the weekday against 19xx).
    const qsizetype firstSpace = text.indexOf(QLatin1Char(' '));
    if (firstSpace <= 0)
        return {};
    text = text.mid(firstSpace + 1);
    // HTTP dates are always English and always GMT, whatever the user's locale.
    const QLocale c = QLocale::c();
    static const char *const formats[] = {
        "dd MMM yyyy HH:mm:ss 'GMT'", // IMF-fixdate, the one servers must send
        "dd-MMM-yy HH:mm:ss 'GMT'",   // obsolete RFC 850
        "MMM d HH:mm:ss yyyy",        // obsolete asctime (simplified() folded the double space)
    };
    for (const char *format : formats) {
        const QDateTime local = c.toDateTime(text, QLatin1String(format));
        if (local.isValid()) {
            QDate date = local.date();
            if (date.year() < 1970) // two-digit RFC 850 years: Qt reads them as 19xx
                date = date.addYears(100);
            // Rebuild in UTC so the local zone (and its DST gaps) never touches the wall-clock time.
            return QDateTime(date, local.time(), QTimeZone::utc());
        }
    }
    return {};
}

std::optional<std::chrono::seconds> RetryPolicy::parseRetryAfter(const QByteArray &raw, const QDateTime &now,
                                                                 std::chrono::seconds max)
{
    const QByteArray value = raw.trimmed();
    if (const auto secs = parseBoundedDigits(value))
        return std::chrono::seconds{std::min<qint64>(*secs, max.count())};
    const QDateTime when = parseHttpDate(value);
    if (!when.isValid())
        return std::nullopt;
    const qint64 delta = now.secsTo(when);
    return std::chrono::seconds{std::clamp<qint64>(delta, 0, max.count())};
}

std::optional<std::chrono::seconds>
RetryPolicy::parseRateLimitReset(const QByteArray &raw, const QDateTime &now, std::chrono::seconds max)
{
    const auto secs = parseBoundedDigits(raw.trimmed());
    if (!secs)
        return std::nullopt;
    // Anything below 10^9 (before September 2001) cannot be an epoch time of a reset.
    const qint64 delta = *secs >= 1'000'000'000
                             ? now.secsTo(QDateTime::fromSecsSinceEpoch(
                                   std::min<qint64>(*secs, 253'402'300'799), QTimeZone::utc()))
                             : *secs;
    return std::chrono::seconds{std::clamp<qint64>(delta, 0, max.count())};
}

} // namespace simuwave
