#include "items/InvoiceTableModel.h"
#include "domain/Money.h"
#include "items/ItemRoles.h"

#include <QLocale>

namespace simuwave::items {

namespace {
enum Field
{
    RowId,
    Id,
    Number,
    TenantId,
    TenantName,
    IssueDate,
    DueDate,
    Status,
    TotalCents,
    Currency,
    DueCents,
    SipPrefix
};

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}
} // namespace

InvoiceTableModel::InvoiceTableModel(cache::SqlCache *cache, QObject *parent)
    : LazySqlTableModel(cache, parent)
{
    requery();
}

QString InvoiceTableModel::tableName() const
{
    return QStringLiteral("invoices n");
}

QString InvoiceTableModel::joinClause() const
{
    return QStringLiteral("LEFT JOIN tenants t ON t.id = n.tenant_id");
}

QStringList InvoiceTableModel::selectColumns() const
{
    return {QStringLiteral("n.row_id"),    QStringLiteral("n.id"),        QStringLiteral("n.number"),
            QStringLiteral("n.tenant_id"), QStringLiteral("t.name"),      QStringLiteral("n.issue_date"),
            QStringLiteral("n.due_date"),  QStringLiteral("n.status"),    QStringLiteral("n.total_cents"),
            QStringLiteral("n.currency"),  QStringLiteral("n.due_cents"), QStringLiteral("t.sip_prefix")};
}

QList<LazySqlTableModel::ColumnSql> InvoiceTableModel::columnSql() const
{
    const QString issue = QStringLiteral("n.issue_date");
    return {
        {{QStringLiteral("n.number")}, false},
        {{QStringLiteral("t.name COLLATE NOCASE"), issue}, true},
        {{issue}, false},
        {{QStringLiteral("n.due_date")}, false},
        {{QStringLiteral("n.status"), issue}, false},
        {{QStringLiteral("n.total_cents")}, false},
    };
}

QString InvoiceTableModel::columnLabel(int column) const
{
    switch (column) {
    case NumberColumn:
        return tr("Invoice");
    case TenantColumn:
        return tr("Tenant");
    case IssueDateColumn:
        return tr("Issued");
    case DueDateColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case AmountColumn:
        return tr("Amount");
    }
    return {};
}

void InvoiceTableModel::setStatusFilter(const QList<InvoiceStatus> &statuses)
{
    QStringList parts;
    QVariantList binds;
    QStringList marks;
    for (InvoiceStatus s : statuses) {
        const QString api = toApi(s);
        if (api.isEmpty() || binds.contains(api))
            continue;
        binds.append(api);
        marks.append(QStringLiteral("?"));
    }
    if (!marks.isEmpty())
        parts.append(QStringLiteral("n.status IN (%1)").arg(marks.join(QLatin1String(", "))));
    if (statuses.contains(InvoiceStatus::Overdue)) {
        // The platform flags overdue invoices in its own time: an unpaid one past its due date is overdue
        // now.
        parts.append(QStringLiteral("(n.status IN (?, ?) AND n.due_date < ?)"));
        binds << toApi(InvoiceStatus::Sent) << toApi(InvoiceStatus::PartiallyPaid)
              << QDate::currentDate().toString(Qt::ISODate);
    }
    setCondition(QStringLiteral("status"), parts.join(QLatin1String(" OR ")), binds);
    requery();
}

void InvoiceTableModel::setTenantFilter(const QString &tenantId)
{
    setCondition(QStringLiteral("tenant"), tenantId.isEmpty() ? QString() : QStringLiteral("n.tenant_id = ?"),
                 {tenantId});
    requery();
}

void InvoiceTableModel::setIssueDateRange(const QDate &from, const QDate &to)
{
    QStringList parts;
    QVariantList binds;
    if (from.isValid()) {
        parts.append(QStringLiteral("n.issue_date >= ?"));
        binds.append(from.toString(Qt::ISODate));
    }
    if (to.isValid()) {
        parts.append(QStringLiteral("n.issue_date <= ?"));
        binds.append(to.toString(Qt::ISODate));
    }
    setCondition(QStringLiteral("issued"), parts.join(QLatin1String(" AND ")), binds);
    requery();
}

bool InvoiceTableModel::isOverdue(InvoiceStatus status, const QDate &dueDate, const QDate &today)
{
    if (status == InvoiceStatus::Overdue)
        return true;
    return (status == InvoiceStatus::Sent || status == InvoiceStatus::PartiallyPaid) && dueDate.isValid() &&
           dueDate < today;
}

QVariant InvoiceTableModel::cellData(const SqlRow &row, int column, int role) const
{
    const auto status = statusFromApi<InvoiceStatus>(row.value(Status).toString());
    const QString currency =
        row.value(Currency).toString().isEmpty() ? QStringLiteral("USD") : row.value(Currency).toString();
    const QDate due = dateOf(row.value(DueDate));
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NumberColumn:
            return row.value(Number).toString();
        case TenantColumn:
            return row.value(TenantName).isNull() ? row.value(TenantId).toString()
                                                  : row.value(TenantName).toString();
        case IssueDateColumn:
        case DueDateColumn: {
            const QDate d = dateOf(row.value(column == IssueDateColumn ? IssueDate : DueDate));
            return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
        }
        case StatusColumn:
            if (status.value != InvoiceStatus::Overdue && isOverdue(status.value, due, QDate::currentDate()))
                return tr("%1 (overdue)").arg(displayName(status));
            return displayName(status);
        case AmountColumn:
            return Money::fromCents(row.value(TotalCents).toLongLong(), currency).format();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == AmountColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ToolTipRole:
        if (column == AmountColumn && row.value(DueCents).toLongLong() != 0)
            return tr("Amount due: %1")
                .arg(Money::fromCents(row.value(DueCents).toLongLong(), currency).format());
        if (column == TenantColumn)
            return row.value(SipPrefix).toString();
        return {};
    case SortKeyRole:
        switch (column) {
        case NumberColumn:
            return row.value(Number);
        case TenantColumn:
            return row.value(TenantName);
        case IssueDateColumn:
            return row.value(IssueDate);
        case DueDateColumn:
            return row.value(DueDate);
        case StatusColumn:
            return row.value(Status);
        case AmountColumn:
            return row.value(TotalCents);
        }
        return {};
    case MoneyCentsRole:
        return column == AmountColumn ? QVariant(row.value(TotalCents).toLongLong()) : QVariant();
    case CurrencyRole:
        return currency;
    case DateRole:
        if (column == IssueDateColumn)
            return dateOf(row.value(IssueDate));
        if (column == DueDateColumn)
            return due;
        return {};
    case StatusRole:
        return int(status.value);
    case RawStatusRole:
        return status.raw;
    case TenantIdRole:
        return row.value(TenantId).toString();
    case TenantNameRole:
        return row.value(TenantName).toString();
    case IsOverdueRole:
        return isOverdue(status.value, due, QDate::currentDate());
    case NeedsAttentionRole:
        return isOverdue(status.value, due, QDate::currentDate());
    }
    return {};
}

} // namespace simuwave::items
