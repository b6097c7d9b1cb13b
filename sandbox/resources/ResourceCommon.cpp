#include "resources/ResourceCommon.h"

#include "core/Wire.h"
#include "validation/Validation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace simuwave::sandbox {

static QString tr(const char *text)
{
    return QCoreApplication::translate("simuwave::sandbox", text);
}

std::optional<Address> readAddress(BodyReader &body, const QJsonValue &value, const QString &field)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isObject()) {
        body.addError(field,
                      tr("%1 must be an address object {street, city, state, zip, country}.").arg(field));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    bool typesOk = true;
    for (const char *k : {"street", "city", "state", "zip", "country"}) {
        const QJsonValue v = o.value(QLatin1String(k));
        if (!v.isUndefined() && !v.isNull() && !v.isString()) {
            body.addError(field + QLatin1Char('.') + QLatin1String(k),
                          tr("%1 must be a string.").arg(QLatin1String(k)));
            typesOk = false;
        }
    }
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        static const QStringList known{QStringLiteral("street"), QStringLiteral("city"),
                                       QStringLiteral("state"), QStringLiteral("zip"),
                                       QStringLiteral("country")};
        if (!known.contains(it.key())) {
            body.addError(field + QLatin1Char('.') + it.key(),
                          tr("%1 is not an address field.").arg(it.key()));
            typesOk = false;
        }
    }
    if (!typesOk)
        return std::nullopt;
    Address a = Address::fromJson(o);
    if (a.country.isEmpty())
        a.country = QStringLiteral("US");
    const validation::Errors errs = validation::e911Address(a, field);
    for (const auto &e : errs)
        body.addError(e.field, e.message);
    if (!errs.isEmpty())
        return std::nullopt;
    return a;
}

QJsonValue addressJson(const QString &stored)
{
    if (stored.isEmpty())
        return QJsonValue(QJsonValue::Null);
    return QJsonDocument::fromJson(stored.toUtf8()).object();
}

QString storeAddress(const Address &a)
{
    return QString::fromUtf8(QJsonDocument(a.toJson()).toJson(QJsonDocument::Compact));
}

std::optional<UsageLimits> readLimits(BodyReader &body, const QJsonObject &o, const QString &prefix)
{
    UsageLimits l;
    bool ok = true;
    auto cap = [&](const char *name, std::optional<qint64> &out) {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            return;
        const double d = v.toDouble();
        if (!v.isDouble() || d != double(qint64(d))) {
            body.addError(prefix + QLatin1String(name),
                          tr("%1 must be a whole number or null (unlimited).").arg(QLatin1String(name)));
            ok = false;
            return;
        }
        out = qint64(d);
    };
    cap("monthly_spend_cents", l.monthlySpendCents);
    cap("max_extensions", l.maxExtensions);
    cap("max_dids", l.maxDids);
    cap("max_monthly_minutes", l.maxMonthlyMinutes);
    const QJsonValue th = o.value(QStringLiteral("alert_threshold_percent"));
    if (!th.isUndefined() && !th.isNull()) {
        if (!th.isDouble() || th.toDouble() != double(int(th.toDouble()))) {
            body.addError(prefix + QStringLiteral("alert_threshold_percent"),
                          tr("alert_threshold_percent must be a whole number from 1 to 100."));
            ok = false;
        } else {
            l.alertThresholdPercent = int(th.toDouble());
        }
    }
    const QJsonValue as = o.value(QStringLiteral("auto_suspend"));
    if (!as.isUndefined() && !as.isNull()) {
        if (!as.isBool()) {
            body.addError(prefix + QStringLiteral("auto_suspend"), tr("auto_suspend must be true or false."));
            ok = false;
        } else {
            l.autoSuspend = as.toBool();
        }
    }
    if (!ok)
        return std::nullopt;
    const validation::Errors errs = validation::usageLimits(l);
    for (const auto &e : errs)
        body.addError(prefix + e.field, e.message);
    if (!errs.isEmpty())
        return std::nullopt;
    return l;
}

static QJsonValue optInt(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject limitsJson(const UsageLimits &l, qint64 updatedAtMs)
{
    return {{QStringLiteral("monthly_spend_cents"), optInt(l.monthlySpendCents)},
            {QStringLiteral("max_extensions"), optInt(l.maxExtensions)},
            {QStringLiteral("max_dids"), optInt(l.maxDids)},
            {QStringLiteral("max_monthly_minutes"), optInt(l.maxMonthlyMinutes)},
            {QStringLiteral("alert_threshold_percent"), l.alertThresholdPercent},
            {QStringLiteral("auto_suspend"), l.autoSuspend},
            {QStringLiteral("updated_at"), wire::isoTime(updatedAtMs)}};
}

static std::optional<qint64> optValue(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

std::optional<TenantRecord> loadTenant(SandboxContext &ctx, qint64 id)
{
    QSqlQuery q(ctx.db());
    if (id <= 0 ||
        !ctx.exec(q,
                  QStringLiteral(
                      "SELECT id, name, status, lim_spend, lim_extensions, lim_dids, lim_minutes, lim_alert, "
                      "lim_auto_suspend, dids_count, extensions_count, usage_spend_cents, "
                      "usage_minutes_local + usage_minutes_tf FROM tenants WHERE id = ? AND deleted = 0"),
                  {id}) ||
        !q.next())
        return std::nullopt;
    TenantRecord t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.status = q.value(2).toString();
    t.limits.monthlySpendCents = optValue(q.value(3));
    t.limits.maxExtensions = optValue(q.value(4));
    t.limits.maxDids = optValue(q.value(5));
    t.limits.maxMonthlyMinutes = optValue(q.value(6));
    t.limits.alertThresholdPercent = q.value(7).toInt();
    t.limits.autoSuspend = q.value(8).toInt() != 0;
    t.didsCount = q.value(9).toLongLong();
    t.extensionsCount = q.value(10).toLongLong();
    t.spendCents = q.value(11).toLongLong();
    t.minutes = q.value(12).toLongLong();
    return t;
}

void touchTenant(SandboxContext &ctx, qint64 id)
{
    QSqlQuery q(ctx.db());
    ctx.exec(q, QStringLiteral("UPDATE tenants SET updated_at = ? WHERE id = ?"), {ctx.nowMs(), id});
}

bool autoSuspendForLimit(SandboxContext &ctx, const TenantRecord &t)
{
    if (!t.limits.autoSuspend || t.status == QLatin1String("SUSPENDED") ||
        t.status == QLatin1String("CANCELLED"))
        return false;
    QSqlQuery q(ctx.db());
    return ctx.exec(
        q,
        QStringLiteral("UPDATE tenants SET status = 'SUSPENDED', suspension_reason = 'usage_limit', "
                       "updated_at = ? WHERE id = ?"),
        {ctx.nowMs(), t.id});
}

const QList<TierPlan> &tierTable()
{
    static const QList<TierPlan> table{
        {"starter", "Starter", 24900, 300, "3.00", "1.75", "2.50", "0.020", "0.022", 175, 250},
        {"professional", "Professional", 54900, 1000, "2.00", "1.50", "2.25", "0.016", "0.019", 150, 225},
        {"business", "Business", 99900, -1, "1.25", "1.25", "2.00", "0.014", "0.017", 125, 200},
        {"enterprise", "Enterprise", -1, -1, nullptr, nullptr, nullptr, nullptr, nullptr, 125, 200},
    };
    return table;
}

const TierPlan *tierPlan(const QString &tier)
{
    for (const TierPlan &p : tierTable())
        if (tier == QLatin1String(p.tier))
            return &p;
    return nullptr;
}

QString partnerTier(SandboxContext &ctx)
{
    const QString t = ctx.scalar(QStringLiteral("SELECT tier FROM partners LIMIT 1")).toString();
    return t.isEmpty() ? QStringLiteral("professional") : t;
}

} // namespace simuwave::sandbox
