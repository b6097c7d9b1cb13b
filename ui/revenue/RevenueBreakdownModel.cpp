#include "revenue/RevenueBreakdownModel.h"

#include "items/ItemRoles.h"
#include "revenue/RevenueFormat.h"

namespace simuwave {

RevenueBreakdownModel::RevenueBreakdownModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RevenueBreakdownModel::setBreakdown(const RevenueBreakdownItem &extensions,
                                         const RevenueBreakdownItem &dids,
                                         const RevenueBreakdownItem &minutes)
{
    m_items[ExtensionsRow] = extensions;
    m_items[DidsRow] = dids;
    m_items[MinutesRow] = minutes;
    Q_EMIT dataChanged(index(0, 0), index(RowCount - 1, ColumnCount - 1));
}

RevenueBreakdownItem RevenueBreakdownModel::item(int row) const
{
    return row >= 0 && row < RowCount ? m_items[row] : RevenueBreakdownItem{};
}

int RevenueBreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int RevenueBreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RevenueBreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RevenueBreakdownItem &it = m_items[index.row()];
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return column == ItemColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == items::MoneyCentsRole && column == RevenueColumn)
        return it.revenueCents;
    qint64 total = 0;
    for (const RevenueBreakdownItem &i : m_items)
        total += i.revenueCents;
    // Share in hundredths of a percent, half-up, as the endpoint's ratios are computed.
    const QString share = revenue::ratioString(it.revenueCents, total);
    if (role == items::SortKeyRole) {
        switch (column) {
        case ItemColumn:
            return index.row();
        case QuantityColumn:
            return it.quantity;
        case RevenueColumn:
            return it.revenueCents;
        case ShareColumn:
            return share;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case ItemColumn:
        return index.row() == ExtensionsRow ? tr("Extensions")
               : index.row() == DidsRow     ? tr("DIDs")
                                            : tr("Minutes");
    case QuantityColumn:
        return revenue::count(it.quantity);
    case RevenueColumn:
        return revenue::money(it.revenueCents);
    case ShareColumn:
        return revenue::percentOfRatio(share);
    }
    return {};
}

QVariant RevenueBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case QuantityColumn:
        return tr("Quantity billed");
    case RevenueColumn:
        return tr("Revenue");
    case ShareColumn:
        return tr("Share");
    }
    return {};
}

} // namespace simuwave
