#pragma once
// Usage Limits: every tenant's caps (tenant_limits) beside its usage of the current cycle (tenant_usage),
// lazily from the cache. The capped columns carry used, cap, percent and level roles for the bar delegate;
// sorting a capped column sorts by closeness to that cap, and ClosestColumn by closeness to any cap.
//   auto *model = new UsageLimitsTableModel(cache, this);
//   model->setAttentionFilter(UsageLimitsTableModel::Attention::PastThreshold);
#include "domain/Statuses.h"
#include "items/LazySqlTableModel.h"

namespace simuwave::items {

class UsageLimitsTableModel : public LazySqlTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TenantColumn,
        StatusColumn,
        SpendColumn,
        ExtensionsColumn,
        DidsColumn,
        MinutesColumn,
        ThresholdColumn,
        AutoSuspendColumn,
        ClosestColumn,
        ForecastColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum class Attention
    {
        Any,
        PastThreshold, // some meter at or past its alert threshold
        AtCap,         // some meter at or over its cap
        WillCross      // spend or minutes projected over the cap by the end of the cycle
    };

    explicit UsageLimitsTableModel(cache::SqlCache *cache, QObject *parent = nullptr);

    void setStatusFilter(const QList<TenantStatus> &statuses); // empty: any
    void setAttentionFilter(Attention attention);

    // The WHERE condition (on tenants aliased n) of an attention filter, shared with the dashboard's
    // count so that the count and the filtered list agree.
    static QString attentionCondition(Attention attention);

protected:
    cache::Resource resource() const override { return cache::Resource::Tenants; }
    QString tableName() const override;
    QString joinClause() const override;
    QStringList selectColumns() const override;
    QList<ColumnSql> columnSql() const override;
    QString columnLabel(int column) const override;
    QVariant cellData(const SqlRow &row, int column, int role) const override;
    bool dependsOn(cache::Resource r) const override
    {
        return r == cache::Resource::TenantLimits || r == cache::Resource::TenantUsage;
    }
    int defaultSortColumn() const override { return ClosestColumn; }
    Qt::SortOrder defaultSortOrder() const override { return Qt::DescendingOrder; }
};

} // namespace simuwave::items
