#include "items/TenantTableModel.h"
#include "items/ItemRoles.h"
#include "items/StatusFilterSql.h"

#include <QDateTime>
#include <QLocale>

namespace simuwave::items {

namespace {
enum Field
{
    RowId,
    Id,
    Name,
    SipPrefix,
    Status,
    Users,
    Dids,
    Extensions,
    CreatedAt,
    BillingEmail
};
} // namespace

TenantTableModel::TenantTableModel(cache::SqlCache *cache, QObject *parent)
    : LazySqlTableModel(cache, parent)
{
    requery();
}

QString TenantTableModel::tableName() const
{
    return QStringLiteral("tenants n");
}

QStringList TenantTableModel::selectColumns() const
{
    return {QStringLiteral("n.row_id"),     QStringLiteral("n.id"),
            QStringLiteral("n.name"),       QStringLiteral("n.sip_prefix"),
            QStringLiteral("n.status"),     QStringLiteral("n.users_count"),
            QStringLiteral("n.dids_count"), QStringLiteral("n.extensions_count"),
            QStringLiteral("n.created_at"), QStringLiteral("n.billing_email")};
}

QList<LazySqlTableModel::ColumnSql> TenantTableModel::columnSql() const
{
    const QString name = QStringLiteral("n.name COLLATE NOCASE");
    return {
        {{name}, false},
        {{QStringLiteral("n.sip_prefix")}, false},
        {{QStringLiteral("n.status"), name}, false},
        {{QStringLiteral("n.users_count")}, false},
        {{QStringLiteral("n.dids_count")}, false},
        {{QStringLiteral("n.extensions_count")}, false},
        {{QStringLiteral("n.created_at")}, false},
    };
}

QString TenantTableModel::columnLabel(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Name");
    case SipPrefixColumn:
        return tr("SIP prefix");
    case StatusColumn:
        return tr("Status");
    case UsersColumn:
        return tr("Users");
    case DidsColumn:
        return tr("DIDs");
    case ExtensionsColumn:
        return tr("Extensions");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

void TenantTableModel::setStatusFilter(const QList<TenantStatus> &statuses)
{
    QString sql;
    QVariantList binds;
    statusInSql(QStringLiteral("n.status"), statuses, &sql, &binds);
    setCondition(QStringLiteral("status"), sql, binds);
    requery();
}

QVariant TenantTableModel::cellData(const SqlRow &row, int column, int role) const
{
    const auto status = statusFromApi<TenantStatus>(row.value(Status).toString());
    auto created = [&row] {
        return row.value(CreatedAt).isNull()
                   ? QDateTime()
                   : QDateTime::fromMSecsSinceEpoch(row.value(CreatedAt).toLongLong(), Qt::UTC);
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return row.value(Name).toString();
        case SipPrefixColumn:
            return row.value(SipPrefix).toString();
        case StatusColumn:
            return displayName(status);
        case UsersColumn:
            return QLocale().toString(row.value(Users).toLongLong());
        case DidsColumn:
            return QLocale().toString(row.value(Dids).toLongLong());
        case ExtensionsColumn:
            return QLocale().toString(row.value(Extensions).toLongLong());
        case CreatedColumn: {
            const QDateTime t = created();
            return t.isValid() ? QLocale().toString(t.toLocalTime().date(), QLocale::ShortFormat) : QString();
        }
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == UsersColumn || column == DidsColumn || column == ExtensionsColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return row.value(BillingEmail).toString();
        return {};
    case SortKeyRole:
        switch (column) {
        case NameColumn:
            return row.value(Name);
        case SipPrefixColumn:
            return row.value(SipPrefix);
        case StatusColumn:
            return row.value(Status);
        case UsersColumn:
            return row.value(Users);
        case DidsColumn:
            return row.value(Dids);
        case ExtensionsColumn:
            return row.value(Extensions);
        case CreatedColumn:
            return row.value(CreatedAt);
        }
        return {};
    case DateRole:
        return column == CreatedColumn ? QVariant(created()) : QVariant();
    case StatusRole:
        return int(status.value);
    case RawStatusRole:
        return status.raw;
    case TenantIdRole:
        return row.value(Id).toString();
    case TenantNameRole:
        return row.value(Name).toString();
    case NeedsAttentionRole:
        return status.value == TenantStatus::Suspended;
    }
    return {};
}

} // namespace simuwave::items
