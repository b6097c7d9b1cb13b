#include "domain/UsageLimits.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QVariant>

#include <limits>

namespace simuwave {

namespace {
const QLatin1String kSpend("monthly_spend_cents");
const QLatin1String kExtensions("max_extensions");
const QLatin1String kDids("max_dids");
const QLatin1String kMinutes("max_monthly_minutes");
const QLatin1String kThreshold("alert_threshold_percent");
const QLatin1String kAutoSuspend("auto_suspend");

QJsonValue capToJson(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

// A JSON integer (kept as qlonglong by Qt), or nullopt with *bad set when it is anything else.
std::optional<qint64> integerOf(const QJsonValue &v, bool *bad)
{
    const QVariant var = v.toVariant();
    if (v.isDouble() && var.typeId() == QMetaType::LongLong)
        return var.toLongLong();
    *bad = true;
    return std::nullopt;
}
} // namespace

QJsonObject UsageLimits::toJson() const
{
    return QJsonObject{{kSpend, capToJson(monthlySpendCents)},
                       {kExtensions, capToJson(maxExtensions)},
                       {kDids, capToJson(maxDids)},
                       {kMinutes, capToJson(maxMonthlyMinutes)},
                       {kThreshold, alertThresholdPercent},
                       {kAutoSuspend, autoSuspend}};
}

std::optional<UsageLimits> UsageLimits::fromJson(const QJsonObject &o, QString *error)
{
    UsageLimits l;
    auto fail = [error](QLatin1String field) -> std::optional<UsageLimits> {
        if (error)
            *error = QCoreApplication::translate("simuwave::domain",
                                                 "Usage limits: the server sent a value for %1 that is not a "
                                                 "whole number.")
                         .arg(field);
        return std::nullopt;
    };
    const struct
    {
        QLatin1String key;
        std::optional<qint64> *target;
    } caps[] = {{kSpend, &l.monthlySpendCents},
                {kExtensions, &l.maxExtensions},
                {kDids, &l.maxDids},
                {kMinutes, &l.maxMonthlyMinutes}};
    for (const auto &cap : caps) {
        const QJsonValue v = o.value(cap.key);
        if (v.isNull() || v.isUndefined())
            continue;
        bool bad = false;
        *cap.target = integerOf(v, &bad);
        if (bad)
            return fail(cap.key);
    }
    const QJsonValue t = o.value(kThreshold);
    if (!t.isNull() && !t.isUndefined()) {
        bool bad = false;
        const auto percent = integerOf(t, &bad);
        if (bad || *percent < std::numeric_limits<int>::min() || *percent > std::numeric_limits<int>::max())
            return fail(kThreshold);
        l.alertThresholdPercent = int(*percent);
    }
    const QJsonValue a = o.value(kAutoSuspend);
    if (!a.isNull() && !a.isUndefined()) {
        if (!a.isBool()) {
            if (error)
                *error = QCoreApplication::translate("simuwave::domain",
                                                     "Usage limits: the server sent a value for %1 that is "
                                                     "not true or false.")
                             .arg(kAutoSuspend);
            return std::nullopt;
        }
        l.autoSuspend = a.toBool();
    }
    if (error)
        error->clear();
    return l;
}

UsageLimits UsageLimits::recommended()
{
    UsageLimits l;
    l.monthlySpendCents = 500'00;
    l.maxExtensions = 50;
    l.maxDids = 10;
    l.maxMonthlyMinutes = 5'000;
    l.alertThresholdPercent = 80;
    l.autoSuspend = true;
    return l;
}

} // namespace simuwave
