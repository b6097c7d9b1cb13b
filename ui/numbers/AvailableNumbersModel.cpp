#include "numbers/AvailableNumbersModel.h"

#include "domain/Rate.h"
#include "items/ItemRoles.h"
#include "items/PhoneNumberTableModel.h"

#include <algorithm>
#include <QCoreApplication>
#include <QJsonValue>

namespace simuwave {

std::optional<AvailableNumber> AvailableNumber::fromJson(const QJsonObject &o, QString *why)
{
    const auto fail = [why](const QString &message) {
        if (why)
            *why = message;
        return std::nullopt;
    };
    const auto text = [&o](const char *name) { return o.value(QLatin1String(name)).toString(); };
    AvailableNumber n;
    n.e164 = text("e164");
    if (n.e164.isEmpty())
        return fail(QCoreApplication::translate("simuwave::AvailableNumber", "A found number has no e164."));
    n.type = text("type");
    n.state = text("state");
    n.city = text("city");
    n.rateCenter = text("rate_center");
    n.vanity = text("vanity");
    QString error;
    const auto monthly = Money::fromJson(o.value(QLatin1String("monthly_cents")), QStringLiteral("USD"),
                                         &error, QStringLiteral("monthly_cents"));
    if (!monthly)
        return fail(error);
    const auto setup = Money::fromJson(o.value(QLatin1String("setup_fee_cents")), QStringLiteral("USD"),
                                       &error, QStringLiteral("setup_fee_cents"));
    if (!setup)
        return fail(error);
    n.monthly = *monthly;
    n.setup = *setup;
    // Kept as the server wrote it; a number it sent instead of a string is refused rather than rounded.
    const QJsonValue rate = o.value(QLatin1String("per_minute_rate"));
    if (!rate.isString() && !rate.isNull() && !rate.isUndefined())
        return fail(QCoreApplication::translate("simuwave::AvailableNumber",
                                                "per_minute_rate must be a decimal string."));
    n.perMinuteRate = rate.toString();
    return n;
}

AvailableNumbersModel::AvailableNumbersModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int AvailableNumbersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AvailableNumbersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AvailableNumbersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case TypeColumn:
        return tr("Type");
    case LocationColumn:
        return tr("Rate center / city");
    case MonthlyColumn:
        return tr("Monthly");
    case SetupColumn:
        return tr("Setup");
    case PerMinuteColumn:
        return tr("Per minute");
    }
    return {};
}

static QString typeText(const AvailableNumber &n)
{
    if (n.isTollFree())
        return AvailableNumbersModel::tr("Toll-free");
    if (n.type == QLatin1String("local"))
        return AvailableNumbersModel::tr("Local");
    return n.type;
}

static QString locationText(const AvailableNumber &n)
{
    if (n.isTollFree() && n.city.isEmpty())
        return AvailableNumbersModel::tr("Nationwide");
    QStringList place;
    if (!n.city.isEmpty())
        place << n.city;
    if (!n.state.isEmpty())
        place << n.state;
    const QString where = place.join(QStringLiteral(", "));
    if (n.rateCenter.isEmpty())
        return where;
    return where.isEmpty() ? n.rateCenter : AvailableNumbersModel::tr("%1 (%2)").arg(n.rateCenter, where);
}

static QString rateText(const QString &decimal)
{
    if (decimal.isEmpty())
        return {};
    const auto rate = Rate::parse(decimal);
    return rate ? rate->format() : decimal; // a form we cannot parse is shown as sent
}

QVariant AvailableNumbersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AvailableNumber &n = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NumberColumn: {
            const QString formatted = items::PhoneNumberTableModel::formatNumber(n.e164);
            return n.vanity.isEmpty() ? formatted : tr("%1 · %2").arg(formatted, n.vanity);
        }
        case TypeColumn:
            return typeText(n);
        case LocationColumn:
            return locationText(n);
        case MonthlyColumn:
            return n.monthly.format();
        case SetupColumn:
            return n.setup.format();
        case PerMinuteColumn:
            return rateText(n.perMinuteRate);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == NumberColumn)
            return n.e164;
        return {};
    case Qt::TextAlignmentRole:
        if (column == MonthlyColumn || column == SetupColumn || column == PerMinuteColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case items::E164Role:
        return n.e164;
    case items::RecordIdRole:
        return n.e164; // a found number has no id yet: its number is its identity
    case items::MoneyCentsRole:
        if (column == MonthlyColumn)
            return n.monthly.cents();
        if (column == SetupColumn)
            return n.setup.cents();
        return {};
    case items::CurrencyRole:
        if (column == MonthlyColumn || column == SetupColumn)
            return n.monthly.currency();
        return {};
    case items::SortKeyRole:
        return sortKey(n, column);
    }
    return {};
}

QVariant AvailableNumbersModel::sortKey(const AvailableNumber &n, int column) const
{
    switch (column) {
    case NumberColumn:
        return n.e164;
    case TypeColumn:
        return n.type;
    case LocationColumn:
        return locationText(n);
    case MonthlyColumn:
        return n.monthly.cents();
    case SetupColumn:
        return n.setup.cents();
    case PerMinuteColumn: {
        const auto rate = Rate::parse(n.perMinuteRate);
        return rate ? rate->micros() : std::numeric_limits<qint64>::max();
    }
    }
    return {};
}

void AvailableNumbersModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList numbersBefore;
    for (const QModelIndex &i : before)
        numbersBefore.append(m_rows.at(i.row()).e164);
    applySort();
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i)
        after.append(index(rowOf(numbersBefore.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void AvailableNumbersModel::applySort()
{
    if (m_sortColumn < 0)
        return;
    const int column = m_sortColumn;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const AvailableNumber &a, const AvailableNumber &b) {
        const QVariant ka = sortKey(a, column), kb = sortKey(b, column);
        const QPartialOrdering c = QVariant::compare(ka, kb);
        if (c == QPartialOrdering::Equivalent || c == QPartialOrdering::Unordered)
            return ascending ? a.e164 < b.e164 : b.e164 < a.e164;
        return ascending ? c == QPartialOrdering::Less : c == QPartialOrdering::Greater;
    });
}

void AvailableNumbersModel::setNumbers(const QList<AvailableNumber> &numbers)
{
    beginResetModel();
    m_rows = numbers;
    applySort();
    endResetModel();
}

void AvailableNumbersModel::removeNumbers(const QStringList &e164s)
{
    for (const QString &e164 : e164s) {
        const int row = rowOf(e164);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
}

int AvailableNumbersModel::rowOf(const QString &e164) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).e164 == e164)
            return i;
    }
    return -1;
}

} // namespace simuwave
