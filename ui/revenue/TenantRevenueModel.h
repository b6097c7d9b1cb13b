#pragma once
// Tenants by revenue (every ACTIVE tenant, highest lifetime revenue first, as the platform ranks them)
// with the margin of the selected period. RecordIdRole / TenantIdRole carry the tenant id for the
// click-through to the tenant.
#include "revenue/RevenueFigures.h"

#include <QAbstractTableModel>

namespace simuwave {

class TenantRevenueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TenantColumn,
        TierColumn,
        MrrColumn,
        LifetimeColumn,
        OutstandingColumn,
        LastPaymentColumn,
        BilledColumn,
        WholesaleColumn,
        MarginColumn,
        ColumnCount
    };

    explicit TenantRevenueModel(QObject *parent = nullptr);

    void setTenants(const QList<TenantRevenue> &tenants);
    const QList<TenantRevenue> &tenants() const { return m_rows; }
    QString tenantIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TenantRevenue> m_rows;
};

} // namespace simuwave
