#include "revenue/TenantRevenueModel.h"

#include "items/ItemRoles.h"
#include "revenue/RevenueFormat.h"

#include <QLocale>

namespace simuwave {

TenantRevenueModel::TenantRevenueModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TenantRevenueModel::setTenants(const QList<TenantRevenue> &tenants)
{
    beginResetModel();
    m_rows = tenants;
    endResetModel();
}

QString TenantRevenueModel::tenantIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).tenantId : QString();
}

int TenantRevenueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TenantRevenueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TenantRevenueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TenantRevenue &t = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case items::RecordIdRole:
    case items::TenantIdRole:
        return t.tenantId;
    case items::TenantNameRole:
        return t.tenantName;
    case Qt::TextAlignmentRole:
        return column == TenantColumn || column == TierColumn || column == LastPaymentColumn
                   ? QVariant()
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case items::DateRole:
        return column == LastPaymentColumn && t.lastPaymentAt.isValid() ? QVariant(t.lastPaymentAt)
                                                                        : QVariant();
    case items::MoneyCentsRole:
        switch (column) {
        case MrrColumn:
            return t.mrrCents;
        case LifetimeColumn:
            return t.lifetimeRevenueCents;
        case OutstandingColumn:
            return t.outstandingCents;
        case BilledColumn:
            return t.billedCents;
        case WholesaleColumn:
            return t.wholesaleCents ? QVariant(*t.wholesaleCents) : QVariant();
        case MarginColumn:
            return t.marginCents ? QVariant(*t.marginCents) : QVariant();
        }
        return {};
    case Qt::ToolTipRole:
        if ((column == WholesaleColumn || column == MarginColumn) && !t.marginCents)
            return tr("Your tier's wholesale rates are custom, so the console cannot compute the margin.");
        if (column == MarginColumn)
            return tr("Billed in the period (before tax) minus your wholesale cost of that service at your "
                      "tier's rates; a flat-rate plan's allowance counts as used in full.");
        return {};
    case items::SortKeyRole:
        switch (column) {
        case TenantColumn:
            return t.tenantName;
        case TierColumn:
            return t.tier;
        case MrrColumn:
            return t.mrrCents;
        case LifetimeColumn:
            return t.lifetimeRevenueCents;
        case OutstandingColumn:
            return t.outstandingCents;
        case LastPaymentColumn:
            return t.lastPaymentAt.isValid() ? t.lastPaymentAt.toMSecsSinceEpoch() : 0;
        case BilledColumn:
            return t.billedCents;
        case WholesaleColumn:
            return t.wholesaleCents ? QVariant(*t.wholesaleCents) : QVariant();
        case MarginColumn:
            return t.marginCents ? QVariant(*t.marginCents) : QVariant();
        }
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case TenantColumn:
            return t.tenantName;
        case TierColumn:
            return t.tier.isNull() ? QStringLiteral("—") : t.tier;
        case MrrColumn:
            return revenue::money(t.mrrCents);
        case LifetimeColumn:
            return revenue::money(t.lifetimeRevenueCents);
        case OutstandingColumn:
            return revenue::money(t.outstandingCents);
        case LastPaymentColumn:
            return t.lastPaymentAt.isValid()
                       ? QLocale().toString(t.lastPaymentAt.toLocalTime().date(), QLocale::ShortFormat)
                       : tr("Never");
        case BilledColumn:
            return revenue::money(t.billedCents);
        case WholesaleColumn:
            return t.wholesaleCents ? revenue::money(*t.wholesaleCents) : QStringLiteral("—");
        case MarginColumn:
            return t.marginCents ? revenue::money(*t.marginCents) : QStringLiteral("—");
        }
        return {};
    }
    return {};
}

QVariant TenantRevenueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case BilledColumn:
            return tr("Subtotals (before tax) of the tenant's invoices issued in the selected period");
        case WholesaleColumn:
            return tr("What that service costs you at your tier's wholesale rates");
        case MarginColumn:
            return tr("Billed minus wholesale, for the selected period");
        }
        return {};
    }
    switch (section) {
    case TenantColumn:
        return tr("Tenant");
    case TierColumn:
        return tr("Tier");
    case MrrColumn:
        return tr("MRR");
    case LifetimeColumn:
        return tr("Lifetime revenue");
    case OutstandingColumn:
        return tr("Outstanding");
    case LastPaymentColumn:
        return tr("Last payment");
    case BilledColumn:
        return tr("Billed (period)");
    case WholesaleColumn:
        return tr("Wholesale cost");
    case MarginColumn:
        return tr("Margin");
    }
    return {};
}

} // namespace simuwave
