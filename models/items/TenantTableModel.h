#pragma once
// Tenants: every tenant of the partner, lazily from the cache.
//   auto *model = new TenantTableModel(cache, this);
//   model->setStatusFilter({TenantStatus::Suspended});
//   model->setSearchText(text);   // name, billing email or SIP prefix (substring, FTS5 trigram)
//   model->sort(TenantTableModel::CreatedColumn, Qt::DescendingOrder);
#include "domain/Statuses.h"
#include "items/LazySqlTableModel.h"

namespace simuwave::items {

class TenantTableModel : public LazySqlTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        SipPrefixColumn,
        StatusColumn,
        UsersColumn,
        DidsColumn,
        ExtensionsColumn,
        CreatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit TenantTableModel(cache::SqlCache *cache, QObject *parent = nullptr);

    void setStatusFilter(const QList<TenantStatus> &statuses); // empty: any

protected:
    cache::Resource resource() const override { return cache::Resource::Tenants; }
    QString tableName() const override;
    QStringList selectColumns() const override;
    QList<ColumnSql> columnSql() const override;
    QString columnLabel(int column) const override;
    QVariant cellData(const SqlRow &row, int column, int role) const override;
};

} // namespace simuwave::items
