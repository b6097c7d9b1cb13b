#pragma once
// Numbers → Inventory: every number of the partner's inventory, lazily from the cache.
//   auto *model = new PhoneNumberTableModel(cache, this);
//   model->setTenantFilter(tenantId);                 // or setUnassignedOnly(), clearTenantFilter()
//   model->setE911StatusFilter({E911Status::NotSet, E911Status::Failed});
//   model->setSearchText(QStringLiteral("555"));      // digits, formatted number, CNAM or tenant name
//   view->setModel(model); view->setSortingEnabled(true); // sorting happens in SQL
#include "domain/Statuses.h"
#include "items/LazySqlTableModel.h"

namespace simuwave::items {

class PhoneNumberTableModel : public LazySqlTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        TenantColumn,
        StatusColumn,
        CallFlowColumn,
        CnamColumn,
        CnamStatusColumn,
        E911StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit PhoneNumberTableModel(cache::SqlCache *cache, QObject *parent = nullptr);

    // Each filter applies at once (a new query generation). Empty lists mean "any".
    void setTenantFilter(const QString &tenantId); // empty: every tenant and unassigned numbers
    void setUnassignedOnly();
    void setStatusFilter(const QList<NumberStatus> &statuses);
    void setE911StatusFilter(const QList<E911Status> &statuses);
    void setCnamStatusFilter(const QList<CnamStatus> &statuses);

    // "(555) 123-4567" for North American numbers, E.164 as is otherwise.
    static QString formatNumber(const QString &e164);

protected:
    cache::Resource resource() const override { return cache::Resource::PhoneNumbers; }
    QString tableName() const override;
    QString joinClause() const override;
    QStringList selectColumns() const override;
    QList<ColumnSql> columnSql() const override;
    QString columnLabel(int column) const override;
    QVariant cellData(const SqlRow &row, int column, int role) const override;
    bool dependsOn(cache::Resource r) const override { return r == cache::Resource::Tenants; }
};

} // namespace simuwave::items
