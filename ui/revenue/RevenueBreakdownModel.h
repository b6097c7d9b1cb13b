#pragma once
// Usage and revenue breakdown of the invoices issued in the period: extensions, DIDs, minutes (quantity
// billed and revenue). Three rows.
#include "revenue/RevenueFigures.h"

#include <QAbstractTableModel>

namespace simuwave {

class RevenueBreakdownModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Row
    {
        ExtensionsRow,
        DidsRow,
        MinutesRow,
        RowCount
    };
    enum Column
    {
        ItemColumn,
        QuantityColumn,
        RevenueColumn,
        ShareColumn, // of the three items' revenue
        ColumnCount
    };

    explicit RevenueBreakdownModel(QObject *parent = nullptr);

    void setBreakdown(const RevenueBreakdownItem &extensions, const RevenueBreakdownItem &dids,
                      const RevenueBreakdownItem &minutes);
    RevenueBreakdownItem item(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RevenueBreakdownItem m_items[RowCount];
};

} // namespace simuwave
