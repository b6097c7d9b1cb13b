#include "revenue/RevenueTrendModel.h"

#include "items/ItemRoles.h"
#include "revenue/RevenueFormat.h"

namespace simuwave {

RevenueTrendModel::RevenueTrendModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RevenueTrendModel::setMonths(const QList<RevenueTrendMonth> &months)
{
    beginResetModel();
    m_months = months;
    endResetModel();
}

int RevenueTrendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_months.size());
}

int RevenueTrendModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RevenueTrendModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RevenueTrendMonth &m = m_months.at(index.row());
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return column == MonthColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == items::DateRole && column == MonthColumn)
        return m.month;
    if (role == items::MoneyCentsRole && column == RevenueColumn)
        return m.revenueCents;
    if (role != Qt::DisplayRole && role != items::SortKeyRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (column) {
    case MonthColumn:
        return display ? revenue::month(m.month) : QVariant(m.month.toString(Qt::ISODate));
    case RevenueColumn:
        return display ? revenue::money(m.revenueCents) : QVariant(m.revenueCents);
    case InvoicesSentColumn:
        return display ? revenue::count(m.invoicesSent) : QVariant(m.invoicesSent);
    case InvoicesPaidColumn:
        return display ? revenue::count(m.invoicesPaid) : QVariant(m.invoicesPaid);
    case NewTenantsColumn:
        return display ? revenue::count(m.newTenants) : QVariant(m.newTenants);
    case ChurnedTenantsColumn:
        return display ? revenue::count(m.churnedTenants) : QVariant(m.churnedTenants);
    case ActiveAtStartColumn:
        return display ? revenue::count(m.activeTenantsAtStart) : QVariant(m.activeTenantsAtStart);
    case ChurnRateColumn:
        return display ? revenue::percentOfRatio(m.churnRate) : QVariant(m.churnRate);
    }
    return {};
}

QVariant RevenueTrendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MonthColumn:
        return tr("Month");
    case RevenueColumn:
        return tr("Revenue");
    case InvoicesSentColumn:
        return tr("Invoices sent");
    case InvoicesPaidColumn:
        return tr("Invoices paid");
    case NewTenantsColumn:
        return tr("New tenants");
    case ChurnedTenantsColumn:
        return tr("Churned tenants");
    case ActiveAtStartColumn:
        return tr("Active at start");
    case ChurnRateColumn:
        return tr("Churn rate");
    }
    return {};
}

} // namespace simuwave
