#include "items/PhoneNumberTableModel.h"
#include "items/ItemRoles.h"
#include "items/StatusFilterSql.h"

namespace simuwave::items {

namespace {
// selectColumns() order
enum Field
{
    RowId,
    Id,
    E164,
    TenantId,
    TenantName,
    Status,
    CallFlow,
    Cnam,
    CnamStatusField,
    E911StatusField,
    E911Error
};
} // namespace

PhoneNumberTableModel::PhoneNumberTableModel(cache::SqlCache *cache, QObject *parent)
    : LazySqlTableModel(cache, parent)
{
    requery();
}

QString PhoneNumberTableModel::tableName() const
{
    return QStringLiteral("phone_numbers n");
}

QString PhoneNumberTableModel::joinClause() const
{
    return QStringLiteral("LEFT JOIN tenants t ON t.id = n.tenant_id");
}

QStringList PhoneNumberTableModel::selectColumns() const
{
    return {QStringLiteral("n.row_id"),      QStringLiteral("n.id"),        QStringLiteral("n.e164"),
            QStringLiteral("n.tenant_id"),   QStringLiteral("t.name"),      QStringLiteral("n.status"),
            QStringLiteral("n.call_flow"),   QStringLiteral("n.cnam"),      QStringLiteral("n.cnam_status"),
            QStringLiteral("n.e911_status"), QStringLiteral("n.e911_error")};
}

QList<LazySqlTableModel::ColumnSql> PhoneNumberTableModel::columnSql() const
{
    // Every status column ends in e164 so that it walks its composite index (status, e164) in order.
    const QString e164 = QStringLiteral("n.e164");
    return {
        {{e164}, false},
        {{QStringLiteral("t.name COLLATE NOCASE"), e164}, true},
        {{QStringLiteral("n.status"), e164}, false},
        {{QStringLiteral("n.call_flow"), e164}, false},
        {{QStringLiteral("n.cnam"), e164}, false},
        {{QStringLiteral("n.cnam_status"), e164}, false},
        {{QStringLiteral("n.e911_status"), e164}, false},
    };
}

QString PhoneNumberTableModel::columnLabel(int column) const
{
    switch (column) {
    case NumberColumn:
        return tr("Number");
    case TenantColumn:
        return tr("Tenant");
    case StatusColumn:
        return tr("Status");
    case CallFlowColumn:
        return tr("Call flow");
    case CnamColumn:
        return tr("CNAM");
    case CnamStatusColumn:
        return tr("CNAM status");
    case E911StatusColumn:
        return tr("E911 status");
    }
    return {};
}

void PhoneNumberTableModel::setTenantFilter(const QString &tenantId)
{
    setCondition(QStringLiteral("tenant"), tenantId.isEmpty() ? QString() : QStringLiteral("n.tenant_id = ?"),
                 {tenantId});
    requery();
}

void PhoneNumberTableModel::setUnassignedOnly()
{
    setCondition(QStringLiteral("tenant"), QStringLiteral("n.tenant_id IS NULL OR n.tenant_id = ''"));
    requery();
}

void PhoneNumberTableModel::setStatusFilter(const QList<NumberStatus> &statuses)
{
    QString sql;
    QVariantList binds;
    statusInSql(QStringLiteral("n.status"), statuses, &sql, &binds);
    setCondition(QStringLiteral("status"), sql, binds);
    requery();
}

void PhoneNumberTableModel::setE911StatusFilter(const QList<E911Status> &statuses)
{
    QString sql;
    QVariantList binds;
    statusInSql(QStringLiteral("n.e911_status"), statuses, &sql, &binds);
    setCondition(QStringLiteral("e911"), sql, binds);
    requery();
}

void PhoneNumberTableModel::setCnamStatusFilter(const QList<CnamStatus> &statuses)
{
    QString sql;
    QVariantList binds;
    statusInSql(QStringLiteral("n.cnam_status"), statuses, &sql, &binds);
    setCondition(QStringLiteral("cnam"), sql, binds);
    requery();
}

QString PhoneNumberTableModel::formatNumber(const QString &e164)
{
    if (e164.size() == 12 && e164.startsWith(QLatin1String("+1")))
        return QStringLiteral("(%1) %2-%3").arg(e164.mid(2, 3), e164.mid(5, 3), e164.mid(8, 4));
    return e164;
}

QVariant PhoneNumberTableModel::cellData(const SqlRow &row, int column, int role) const
{
    const auto status = statusFromApi<NumberStatus>(row.value(Status).toString());
    const auto e911 = statusFromApi<E911Status>(row.value(E911StatusField).toString());
    const auto cnamStatus = statusFromApi<CnamStatus>(row.value(CnamStatusField).toString());
    const QString tenantId = row.value(TenantId).toString();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NumberColumn:
            return formatNumber(row.value(E164).toString());
        case TenantColumn:
            if (tenantId.isEmpty())
                return tr("Unassigned");
            // A tenant not synced yet: its id rather than nothing.
            return row.value(TenantName).isNull() ? tenantId : row.value(TenantName).toString();
        case StatusColumn:
            return displayName(status);
        case CallFlowColumn: {
            const QString flow = row.value(CallFlow).toString();
            return flow.isEmpty() ? tr("Not routed") : flow;
        }
        case CnamColumn: {
            const QString cnam = row.value(Cnam).toString();
            return cnam.isEmpty() ? tr("Tenant default") : cnam;
        }
        case CnamStatusColumn:
            return cnamStatus.raw.isEmpty() ? QString() : displayName(cnamStatus);
        case E911StatusColumn:
            return displayName(e911);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == E911StatusColumn && !row.value(E911Error).toString().isEmpty())
            return row.value(E911Error).toString();
        return {};
    case SortKeyRole:
        switch (column) {
        case NumberColumn:
            return row.value(E164);
        case TenantColumn:
            return row.value(TenantName);
        case StatusColumn:
            return row.value(Status);
        case CallFlowColumn:
            return row.value(CallFlow);
        case CnamColumn:
            return row.value(Cnam);
        case CnamStatusColumn:
            return row.value(CnamStatusField);
        case E911StatusColumn:
            return row.value(E911StatusField);
        }
        return {};
    case StatusRole:
        return int(status.value);
    case RawStatusRole:
        return status.raw;
    case E911StatusRole:
        return int(e911.value);
    case RawE911StatusRole:
        return e911.raw;
    case CnamStatusRole:
        return int(cnamStatus.value);
    case RawCnamStatusRole:
        return cnamStatus.raw;
    case TenantIdRole:
        return tenantId;
    case TenantNameRole:
        return row.value(TenantName).toString();
    case IsUnassignedRole:
        return tenantId.isEmpty();
    case NeedsAttentionRole:
        return needsE911Attention(e911.value) || cnamStatus.value == CnamStatus::Failed;
    case E164Role:
        return row.value(E164).toString();
    }
    return {};
}

} // namespace simuwave::items
