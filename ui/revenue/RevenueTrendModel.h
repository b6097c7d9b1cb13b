#pragma once
// The 12 months of the revenue trends (oldest first): the table alternative of the trend charts and their
// CSV. No colours: the charts pick theirs from the palette.
#include "revenue/RevenueFigures.h"

#include <QAbstractTableModel>

namespace simuwave {

class RevenueTrendModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        MonthColumn,
        RevenueColumn,
        InvoicesSentColumn,
        InvoicesPaidColumn,
        NewTenantsColumn,
        ChurnedTenantsColumn,
        ActiveAtStartColumn,
        ChurnRateColumn,
        ColumnCount
    };

    explicit RevenueTrendModel(QObject *parent = nullptr);

    void setMonths(const QList<RevenueTrendMonth> &months);
    const QList<RevenueTrendMonth> &months() const { return m_months; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RevenueTrendMonth> m_months;
};

} // namespace simuwave
