#include "items/PortRequestTableModel.h"
#include "items/ItemRoles.h"
#include "items/PhoneNumberTableModel.h"
#include "items/StatusFilterSql.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace simuwave::items {

namespace {
enum Field
{
    RowId,
    Id,
    Status,
    NumbersJson,
    TenantId,
    TenantName,
    Carrier,
    CreatedAt,
    FocDate,
    StatusSince
};

// When the request entered its current status: the last history entry, else its creation (ms since epoch).
const char *kStatusSinceSql =
    "COALESCE((SELECT CAST((julianday(json_extract(n.status_history_json, '$[#-1].at'))"
    " - 2440587.5) * 86400000 AS INTEGER)), n.created_at)";
} // namespace

PortRequestTableModel::PortRequestTableModel(cache::SqlCache *cache, QObject *parent)
    : LazySqlTableModel(cache, parent)
{
    requery();
}

QString PortRequestTableModel::tableName() const
{
    return QStringLiteral("port_requests n");
}

QString PortRequestTableModel::joinClause() const
{
    return QStringLiteral("LEFT JOIN tenants t ON t.id = n.tenant_id");
}

QStringList PortRequestTableModel::selectColumns() const
{
    return {QStringLiteral("n.row_id"),          QStringLiteral("n.id"),         QStringLiteral("n.status"),
            QStringLiteral("n.numbers_json"),    QStringLiteral("n.tenant_id"),  QStringLiteral("t.name"),
            QStringLiteral("n.current_carrier"), QStringLiteral("n.created_at"), QStringLiteral("n.foc_date"),
            QString::fromLatin1(kStatusSinceSql)};
}

QList<LazySqlTableModel::ColumnSql> PortRequestTableModel::columnSql() const
{
    const QString created = QStringLiteral("n.created_at");
    return {
        {{QStringLiteral("n.status"), created}, false},
        {{QStringLiteral("json_array_length(n.numbers_json)"), created}, false},
        {{QStringLiteral("t.name COLLATE NOCASE"), created}, true},
        {{QStringLiteral("n.current_carrier COLLATE NOCASE"), created}, false},
        {{created}, false},
        {{QStringLiteral("n.foc_date"), created}, false},
        // Longest in its status = entered it earliest.
        {{QString::fromLatin1(kStatusSinceSql) + QStringLiteral(" * -1"), created}, false},
    };
}

QString PortRequestTableModel::columnLabel(int column) const
{
    switch (column) {
    case StatusColumn:
        return tr("Status");
    case NumbersColumn:
        return tr("Numbers");
    case TenantColumn:
        return tr("Target tenant");
    case CarrierColumn:
        return tr("Current carrier");
    case SubmittedColumn:
        return tr("Submitted");
    case FocDateColumn:
        return tr("FOC date");
    case DaysInStatusColumn:
        return tr("Days in status");
    }
    return {};
}

void PortRequestTableModel::setStatusFilter(const QList<PortStatus> &statuses)
{
    QString sql;
    QVariantList binds;
    statusInSql(QStringLiteral("n.status"), statuses, &sql, &binds);
    setCondition(QStringLiteral("status"), sql, binds);
    requery();
}

void PortRequestTableModel::setTenantFilter(const QString &tenantId)
{
    setCondition(QStringLiteral("tenant"), tenantId.isEmpty() ? QString() : QStringLiteral("n.tenant_id = ?"),
                 {tenantId});
    requery();
}

QString PortRequestTableModel::searchCondition(const QString &needle, QVariantList *binds) const
{
    // Port requests are few: a LIKE over the numbers' JSON text is enough (digits as typed, any format).
    QString digits;
    for (QChar c : needle) {
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
    }
    if (digits.isEmpty())
        return QStringLiteral("0");
    binds->append(QLatin1Char('%') + digits + QLatin1Char('%'));
    return QStringLiteral("n.numbers_json LIKE ?");
}

QVariant PortRequestTableModel::cellData(const SqlRow &row, int column, int role) const
{
    const auto status = statusFromApi<PortStatus>(row.value(Status).toString());
    const QStringList numbers = [&row] {
        QStringList out;
        const QJsonArray a = QJsonDocument::fromJson(row.value(NumbersJson).toString().toUtf8()).array();
        for (const QJsonValue &v : a)
            out.append(v.toString());
        return out;
    }();
    const QDateTime created =
        row.value(CreatedAt).isNull()
            ? QDateTime()
            : QDateTime::fromMSecsSinceEpoch(row.value(CreatedAt).toLongLong(), Qt::UTC);
    const QDate foc = QDate::fromString(row.value(FocDate).toString(), Qt::ISODate);
    const qint64 sinceMs = row.value(StatusSince).toLongLong();
    const int days =
        row.value(StatusSince).isNull()
            ? 0
            : int(QDateTime::fromMSecsSinceEpoch(sinceMs, Qt::UTC).daysTo(QDateTime::currentDateTimeUtc()));
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case StatusColumn:
            return displayName(status);
        case NumbersColumn:
            if (numbers.isEmpty())
                return QString();
            if (numbers.size() == 1)
                return PhoneNumberTableModel::formatNumber(numbers.first());
            return tr("%1 and %n more", "", int(numbers.size() - 1))
                .arg(PhoneNumberTableModel::formatNumber(numbers.first()));
        case TenantColumn:
            return row.value(TenantName).isNull() ? row.value(TenantId).toString()
                                                  : row.value(TenantName).toString();
        case CarrierColumn:
            return row.value(Carrier).toString();
        case SubmittedColumn:
            return created.isValid() ? QLocale().toString(created.toLocalTime().date(), QLocale::ShortFormat)
                                     : QString();
        case FocDateColumn:
            return foc.isValid() ? QLocale().toString(foc, QLocale::ShortFormat) : QString();
        case DaysInStatusColumn:
            return QLocale().toString(days);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == NumbersColumn)
            return numbers.join(QLatin1Char('\n'));
        return {};
    case Qt::TextAlignmentRole:
        if (column == DaysInStatusColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case DateRole:
        if (column == SubmittedColumn)
            return created;
        if (column == FocDateColumn)
            return foc;
        return {};
    case DaysInStatusRole:
        return days;
    case StatusRole:
        return int(status.value);
    case RawStatusRole:
        return status.raw;
    case TenantIdRole:
        return row.value(TenantId).toString();
    case TenantNameRole:
        return row.value(TenantName).toString();
    case E164Role:
        return numbers.value(0);
    case NeedsAttentionRole:
        return status.value == PortStatus::Rejected;
    }
    return {};
}

} // namespace simuwave::items
