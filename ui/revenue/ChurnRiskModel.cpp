#include "revenue/ChurnRiskModel.h"

#include "domain/Statuses.h"
#include "items/ItemRoles.h"
#include "revenue/RevenueFormat.h"

#include <QLocale>

namespace simuwave {

ChurnRiskModel::ChurnRiskModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ChurnRiskModel::setRisks(const QList<ChurnRisk> &risks)
{
    beginResetModel();
    m_rows = risks;
    endResetModel();
}

QString ChurnRiskModel::tenantIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).tenantId : QString();
}

int ChurnRiskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChurnRiskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChurnRiskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChurnRisk &r = m_rows.at(index.row());
    const int column = index.column();
    const QLocale locale;
    const auto usage = [&locale](qint64 minutes, const QDate &issued) {
        return tr("%1 min (invoice of %2)")
            .arg(locale.toString(minutes), locale.toString(issued, QLocale::ShortFormat));
    };
    switch (role) {
    case items::RecordIdRole:
    case items::TenantIdRole:
        return r.tenantId;
    case items::TenantNameRole:
        return r.tenantName;
    case items::RawStatusRole:
        return r.status;
    case items::StatusRole:
        return int(statusFromApi<TenantStatus>(r.status).value);
    case Qt::TextAlignmentRole:
        return column == PriorColumn || column == RecentColumn || column == ChangeColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case items::SortKeyRole:
        switch (column) {
        case TenantColumn:
            return r.tenantName;
        case StatusColumn:
            return r.status;
        case PriorColumn:
            return r.priorMinutes;
        case RecentColumn:
            return r.recentMinutes;
        case ChangeColumn:
            return r.change;
        }
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case TenantColumn:
            return r.tenantName;
        case StatusColumn:
            return displayName(statusFromApi<TenantStatus>(r.status));
        case PriorColumn:
            return usage(r.priorMinutes, r.priorIssueDate);
        case RecentColumn:
            return usage(r.recentMinutes, r.recentIssueDate);
        case ChangeColumn:
            return revenue::growth(r.change);
        }
        return {};
    }
    return {};
}

QVariant ChurnRiskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TenantColumn:
        return tr("Tenant");
    case StatusColumn:
        return tr("Status");
    case PriorColumn:
        return tr("Usage before");
    case RecentColumn:
        return tr("Latest usage");
    case ChangeColumn:
        return tr("Change");
    }
    return {};
}

} // namespace simuwave
