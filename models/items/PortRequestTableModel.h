#pragma once
// Numbers → Porting: every port request, lazily from the cache; newest first by default.
//   auto *model = new PortRequestTableModel(cache, this);
//   model->setStatusFilter({PortStatus::Rejected});
//   model->setTenantFilter(tenantId);
//   model->setSearchText(QStringLiteral("5551234"));  // a number (digits) of the request
#include "domain/Statuses.h"
#include "items/LazySqlTableModel.h"

namespace simuwave::items {

class PortRequestTableModel : public LazySqlTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StatusColumn,
        NumbersColumn,
        TenantColumn,
        CarrierColumn,
        SubmittedColumn,
        FocDateColumn,
        DaysInStatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit PortRequestTableModel(cache::SqlCache *cache, QObject *parent = nullptr);

    void setStatusFilter(const QList<PortStatus> &statuses); // empty: any
    void setTenantFilter(const QString &tenantId);           // empty: every tenant

protected:
    cache::Resource resource() const override { return cache::Resource::PortRequests; }
    QString tableName() const override;
    QString joinClause() const override;
    QStringList selectColumns() const override;
    QList<ColumnSql> columnSql() const override;
    QString columnLabel(int column) const override;
    QVariant cellData(const SqlRow &row, int column, int role) const override;
    QString searchCondition(const QString &needle, QVariantList *binds) const override;
    bool dependsOn(cache::Resource r) const override { return r == cache::Resource::Tenants; }
    int defaultSortColumn() const override { return SubmittedColumn; }
    Qt::SortOrder defaultSortOrder() const override { return Qt::DescendingOrder; }
};

} // namespace simuwave::items
