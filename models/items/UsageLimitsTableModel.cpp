#include "items/UsageLimitsTableModel.h"
#include "domain/Money.h"
#include "domain/UsageForecast.h"
#include "items/ItemRoles.h"
#include "items/StatusFilterSql.h"

#include <QDateTime>
#include <QLocale>

namespace simuwave::items {

namespace {
enum Field
{
    RowId,
    Id,
    Name,
    Status,
    SpendUsed,
    SpendCap,
    ExtensionsUsed,
    ExtensionsCap,
    DidsUsed,
    DidsCap,
    MinutesUsed,
    MinutesCap,
    Threshold,
    AutoSuspend,
    PeriodStart,
    PeriodEnd,
    UsageUpdatedAt,
    HasLimits
};

// One capped quantity: how it is read (on aliases n = tenants, l = tenant_limits, u = tenant_usage).
struct Meter
{
    int column;
    Field used, cap;
    const char *usedSql;
    const char *capSql;
    const char *name; // as the API names it
};
// Extensions and DIDs fall back to the tenant's own counts before its usage record has arrived.
const Meter kMeters[] = {
    {UsageLimitsTableModel::SpendColumn, SpendUsed, SpendCap, "COALESCE(u.spend_cents_used, 0)",
     "l.monthly_spend_cents", "spend_cents"},
    {UsageLimitsTableModel::ExtensionsColumn, ExtensionsUsed, ExtensionsCap,
     "COALESCE(u.extensions_used, n.extensions_count)", "l.max_extensions", "extensions"},
    {UsageLimitsTableModel::DidsColumn, DidsUsed, DidsCap, "COALESCE(u.dids_used, n.dids_count)",
     "l.max_dids", "dids"},
    {UsageLimitsTableModel::MinutesColumn, MinutesUsed, MinutesCap, "COALESCE(u.minutes_used, 0)",
     "l.max_monthly_minutes", "minutes"},
};

QString percentSql(const Meter &m)
{
    // A cap of 0 is reached at once; integer percent, rounded down like the server's.
    return QStringLiteral("(CASE WHEN %2 IS NULL THEN NULL WHEN %2 <= 0 THEN 100 ELSE %1 * 100 / %2 END)")
        .arg(QLatin1String(m.usedSql), QLatin1String(m.capSql));
}

QString closenessSql()
{
    QStringList parts;
    for (const Meter &m : kMeters)
        parts << QStringLiteral("COALESCE(%1, -1)").arg(percentSql(m));
    return QStringLiteral("MAX(%1)").arg(parts.join(QStringLiteral(", ")));
}

const QString kJoin =
    QStringLiteral("LEFT JOIN tenant_limits l ON l.id = n.id LEFT JOIN tenant_usage u ON u.id = n.id");

std::optional<qint64> optionalValue(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

UsageLevel levelOf(qint64 used, const std::optional<qint64> &cap, int threshold)
{
    if (!cap)
        return UsageLevel::Unlimited;
    if (used >= *cap)
        return UsageLevel::AtCap;
    // used * 100 >= cap * threshold: integer comparison, never a ratio in floating point.
    if (used * 100 >= *cap * threshold)
        return UsageLevel::PastThreshold;
    return UsageLevel::Normal;
}

QString amountText(const Meter &m, qint64 value)
{
    if (m.column == UsageLimitsTableModel::SpendColumn)
        return Money::fromCents(value).format();
    return QLocale().toString(value);
}

// The forecast of the worst of spend and minutes (the quantities that grow by themselves in a cycle).
UsageForecast worstForecast(const SqlRow &row, QString *meter)
{
    UsageForecast worst;
    const QDate start = QDate::fromString(row.value(PeriodStart).toString(), Qt::ISODate);
    const QDate end = QDate::fromString(row.value(PeriodEnd).toString(), Qt::ISODate);
    const QDateTime asOf =
        row.value(UsageUpdatedAt).isNull()
            ? QDateTime()
            : QDateTime::fromMSecsSinceEpoch(row.value(UsageUpdatedAt).toLongLong(), Qt::UTC);
    // Worse first: at the cap, then crossing soonest, then too early to say, then within.
    const auto rank = [](const UsageForecast &f) {
        switch (f.state) {
        case UsageForecast::State::AtCap:
            return 4;
        case UsageForecast::State::WillCross:
            return 3;
        case UsageForecast::State::Within:
            return 2;
        case UsageForecast::State::TooEarly:
            return 1;
        case UsageForecast::State::NoCap:
            return 0;
        }
        return 0;
    };
    for (const Meter &m : {kMeters[0], kMeters[3]}) {
        const UsageForecast f =
            forecastUsage(row.value(m.used).toLongLong(), optionalValue(row.value(m.cap)), start, end, asOf);
        const bool sooner = f.state == UsageForecast::State::WillCross &&
                            worst.state == UsageForecast::State::WillCross &&
                            f.crossingDate < worst.crossingDate;
        if (rank(f) > rank(worst) || sooner) {
            worst = f;
            if (meter)
                *meter = QLatin1String(m.name);
        }
    }
    return worst;
}
} // namespace

UsageLimitsTableModel::UsageLimitsTableModel(cache::SqlCache *cache, QObject *parent)
    : LazySqlTableModel(cache, parent)
{
    requery();
}

QString UsageLimitsTableModel::tableName() const
{
    return QStringLiteral("tenants n");
}

QString UsageLimitsTableModel::joinClause() const
{
    return kJoin;
}

QStringList UsageLimitsTableModel::selectColumns() const
{
    QStringList c{QStringLiteral("n.row_id"), QStringLiteral("n.id"), QStringLiteral("n.name"),
                  QStringLiteral("n.status")};
    for (const Meter &m : kMeters)
        c << QLatin1String(m.usedSql) << QLatin1String(m.capSql);
    c << QStringLiteral("COALESCE(l.alert_threshold_percent, 80)") << QStringLiteral("l.auto_suspend")
      << QStringLiteral("u.period_start") << QStringLiteral("u.period_end") << QStringLiteral("u.updated_at")
      << QStringLiteral("l.id IS NOT NULL");
    return c;
}

QList<LazySqlTableModel::ColumnSql> UsageLimitsTableModel::columnSql() const
{
    const QString name = QStringLiteral("n.name COLLATE NOCASE");
    QList<ColumnSql> c{{{name}, false}, {{QStringLiteral("n.status"), name}, false}};
    for (const Meter &m : kMeters)
        c.append({{QStringLiteral("COALESCE(%1, -1)").arg(percentSql(m)), QLatin1String(m.usedSql)}, true});
    c.append({{QStringLiteral("COALESCE(l.alert_threshold_percent, 80)"), name}, true});
    c.append({{QStringLiteral("COALESCE(l.auto_suspend, 0)"), name}, true});
    c.append({{closenessSql(), name}, true});
    // The forecast column sorts like the closeness (its text is derived from the same meters).
    c.append({{closenessSql(), name}, true});
    return c;
}

QString UsageLimitsTableModel::columnLabel(int column) const
{
    switch (column) {
    case TenantColumn:
        return tr("Tenant");
    case StatusColumn:
        return tr("Status");
    case SpendColumn:
        return tr("Monthly spend");
    case ExtensionsColumn:
        return tr("Extensions");
    case DidsColumn:
        return tr("DIDs");
    case MinutesColumn:
        return tr("Monthly minutes");
    case ThresholdColumn:
        return tr("Alert at");
    case AutoSuspendColumn:
        return tr("Auto-suspend");
    case ClosestColumn:
        return tr("Closest to a cap");
    case ForecastColumn:
        return tr("Month-end forecast");
    }
    return {};
}

void UsageLimitsTableModel::setStatusFilter(const QList<TenantStatus> &statuses)
{
    QString sql;
    QVariantList binds;
    statusInSql(QStringLiteral("n.status"), statuses, &sql, &binds);
    setCondition(QStringLiteral("status"), sql, binds);
    requery();
}

void UsageLimitsTableModel::setAttentionFilter(Attention attention)
{
    setCondition(QStringLiteral("attention"), attentionCondition(attention));
    requery();
}

QString UsageLimitsTableModel::attentionCondition(Attention attention)
{
    // Conditions are on n alone (the row count query has no joins): the usage and limits are read in a
    // correlated subquery, cheap at thousands of tenants.
    QStringList any;
    switch (attention) {
    case Attention::Any:
        return {};
    case Attention::PastThreshold:
    case Attention::AtCap:
        for (const Meter &m : kMeters) {
            any << (attention == Attention::AtCap
                        ? QStringLiteral("(%2 IS NOT NULL AND %1 >= %2)")
                        : QStringLiteral("(%2 IS NOT NULL AND %1 * 100 >= %2 * l.alert_threshold_percent)"))
                       .arg(QLatin1String(m.usedSql), QLatin1String(m.capSql));
        }
        break;
    case Attention::WillCross:
        // forecastUsage() in SQL: minutes of the cycle, at least a day measured, integer projection.
        for (const Meter &m : {kMeters[0], kMeters[3]}) {
            const QString start = QStringLiteral("(CAST(strftime('%s', u.period_start) AS INTEGER) / 60)");
            const QString end =
                QStringLiteral("((CAST(strftime('%s', u.period_end) AS INTEGER) + 86400) / 60)");
            const QString elapsed = QStringLiteral("MIN(%2 - %1, u.updated_at / 60000 - %1)").arg(start, end);
            any << QStringLiteral("(%2 IS NOT NULL AND %1 < %2 AND %3 >= 1440 AND %1 * (%4 - %5) / %3 >= %2)")
                       .arg(QLatin1String(m.usedSql), QLatin1String(m.capSql), elapsed, end, start);
        }
        break;
    }
    return QStringLiteral("EXISTS (SELECT 1 FROM tenants n2 %1 WHERE n2.id = n.id AND (%2))")
        .arg(QString(kJoin).replace(QStringLiteral("n.id"), QStringLiteral("n2.id")),
             any.join(QStringLiteral(" OR ")).replace(QStringLiteral("n."), QStringLiteral("n2.")));
}

QVariant UsageLimitsTableModel::cellData(const SqlRow &row, int column, int role) const
{
    const auto status = statusFromApi<TenantStatus>(row.value(Status).toString());
    const int threshold = row.value(Threshold).toInt();
    const Meter *meter = nullptr;
    for (const Meter &m : kMeters)
        if (m.column == column)
            meter = &m;
    const qint64 used = meter ? row.value(meter->used).toLongLong() : 0;
    const std::optional<qint64> cap = meter ? optionalValue(row.value(meter->cap)) : std::nullopt;
    const auto percent = [&]() -> std::optional<qint64> {
        if (!cap)
            return std::nullopt;
        return *cap <= 0 ? 100 : used * 100 / *cap;
    };
    // The meter closest to its cap, for ClosestColumn.
    const auto closest = [&row]() -> std::pair<const Meter *, qint64> {
        const Meter *best = nullptr;
        qint64 bestPercent = -1;
        for (const Meter &m : kMeters) {
            const auto c = optionalValue(row.value(m.cap));
            if (!c)
                continue;
            const qint64 p = *c <= 0 ? 100 : row.value(m.used).toLongLong() * 100 / *c;
            if (p > bestPercent) {
                best = &m;
                bestPercent = p;
            }
        }
        return {best, bestPercent};
    };
    const auto meterLabel = [](const Meter *m) {
        switch (m ? m->column : -1) {
        case SpendColumn:
            return tr("spend");
        case ExtensionsColumn:
            return tr("extensions");
        case DidsColumn:
            return tr("DIDs");
        case MinutesColumn:
            return tr("minutes");
        }
        return QString();
    };

    switch (role) {
    case Qt::DisplayRole:
        if (meter) {
            // "412 of 500" / "412 (no limit)"; the delegate draws the bar behind it.
            return cap ? tr("%1 of %2").arg(amountText(*meter, used), amountText(*meter, *cap))
                       : tr("%1 (no limit)").arg(amountText(*meter, used));
        }
        switch (column) {
        case TenantColumn:
            return row.value(Name).toString();
        case StatusColumn:
            return displayName(status);
        case ThresholdColumn:
            return row.value(HasLimits).toBool() ? tr("%1 %").arg(threshold) : QString();
        case AutoSuspendColumn:
            return !row.value(HasLimits).toBool()    ? QString()
                   : row.value(AutoSuspend).toBool() ? tr("Yes")
                                                     : tr("No");
        case ClosestColumn: {
            const auto [m, p] = closest();
            return m ? tr("%1 % of the %2 cap").arg(p).arg(meterLabel(m)) : tr("No caps");
        }
        case ForecastColumn: {
            QString name;
            const UsageForecast f = worstForecast(row, &name);
            const QString what = name == QLatin1String("minutes") ? tr("minutes") : tr("spend");
            switch (f.state) {
            case UsageForecast::State::NoCap:
                return QString();
            case UsageForecast::State::TooEarly:
                return tr("Too early in the cycle");
            case UsageForecast::State::AtCap:
                return tr("At the %1 cap").arg(what);
            case UsageForecast::State::WillCross:
                return tr("Crosses the %1 cap around %2")
                    .arg(what, QLocale().toString(f.crossingDate, QLocale::ShortFormat));
            case UsageForecast::State::Within:
                return tr("Within limits");
            }
            return {};
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (meter && cap)
            return tr("%1 % used; alert at %2 %").arg(percent().value_or(0)).arg(threshold);
        if (meter)
            return tr("No limit: leave blank in Edit Limits to keep it unlimited.");
        return {};
    case Qt::TextAlignmentRole:
        if (meter || column == ThresholdColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SortKeyRole:
        if (meter)
            return percent() ? QVariant(*percent()) : QVariant(-1);
        if (column == TenantColumn)
            return row.value(Name);
        if (column == ClosestColumn || column == ForecastColumn)
            return closest().second;
        return {};
    case UsageUsedRole:
        return meter ? QVariant(used) : QVariant();
    case UsageLimitRole:
        return cap ? QVariant(*cap) : QVariant();
    case UsagePercentRole:
        return percent() ? QVariant(int(qMin<qint64>(*percent(), 100000))) : QVariant();
    case UsageLevelRole:
        if (meter)
            return int(levelOf(used, cap, threshold));
        if (column == ClosestColumn) {
            const auto [m, p] = closest();
            return m ? int(levelOf(row.value(m->used).toLongLong(), optionalValue(row.value(m->cap)),
                                   threshold))
                     : int(UsageLevel::Unlimited);
        }
        return {};
    case MoneyCentsRole:
        return column == SpendColumn ? QVariant(used) : QVariant();
    case AlertThresholdRole:
        return threshold;
    case ForecastStateRole:
        return int(worstForecast(row, nullptr).state);
    case StatusRole:
        return int(status.value);
    case RawStatusRole:
        return status.raw;
    case TenantIdRole:
        return row.value(Id).toString();
    case TenantNameRole:
        return row.value(Name).toString();
    case NeedsAttentionRole: {
        const auto [m, p] = closest();
        return m && p >= threshold;
    }
    }
    return {};
}

} // namespace simuwave::items
