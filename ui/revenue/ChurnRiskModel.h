#pragma once
// Tenants whose usage fell by more than half between their last two monthly invoices (the guide's
// churn-risk heuristic, see RevenueFigures.cpp), steepest fall first.
#include "revenue/RevenueFigures.h"

#include <QAbstractTableModel>

namespace simuwave {

class ChurnRiskModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TenantColumn,
        StatusColumn,
        PriorColumn,
        RecentColumn,
        ChangeColumn,
        ColumnCount
    };

    explicit ChurnRiskModel(QObject *parent = nullptr);

    void setRisks(const QList<ChurnRisk> &risks);
    const QList<ChurnRisk> &risks() const { return m_rows; }
    QString tenantIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ChurnRisk> m_rows;
};

} // namespace simuwave
