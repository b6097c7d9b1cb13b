#include "widgets/BulkResultModel.h"

#include "items/ItemRoles.h"

namespace simuwave {

BulkResultModel::BulkResultModel(BulkCommandRunner *runner, QObject *parent)
    : QAbstractTableModel(parent)
    , m_runner(runner)
{
    if (m_runner) {
        connect(m_runner, &BulkCommandRunner::itemChanged, this, [this](int row) {
            if (!m_runner || row < 0 || row >= m_rows.size())
                return;
            m_rows[row] = m_runner->result(row);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        });
    }
    reload();
}

void BulkResultModel::reload()
{
    beginResetModel();
    m_rows = m_runner ? m_runner->results() : QList<BulkCommandRunner::Result>{};
    endResetModel();
}

int BulkResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BulkResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool BulkResultModel::isProblem(BulkCommandRunner::Outcome outcome)
{
    using O = BulkCommandRunner::Outcome;
    return outcome == O::Failed || outcome == O::NotSent || outcome == O::Cancelled || outcome == O::Queued;
}

QString BulkResultModel::messageOf(const BulkCommandRunner::Result &result)
{
    QStringList parts;
    if (!result.message.isEmpty())
        parts.append(result.message);
    for (auto it = result.fields.cbegin(); it != result.fields.cend(); ++it) {
        if (!result.message.contains(it.value()))
            parts.append(tr("%1: %2").arg(it.key(), it.value()));
    }
    return parts.join(QLatin1Char(' '));
}

QVariant BulkResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BulkCommandRunner::Result &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ItemColumn:
            return r.item.label.isEmpty() ? r.item.key : r.item.label;
        case OutcomeColumn:
            return BulkCommandRunner::outcomeText(r.outcome);
        case MessageColumn:
            return messageOf(r);
        }
        break;
    case Qt::AccessibleTextRole:
        return tr("%1: %2. %3")
            .arg(r.item.label.isEmpty() ? r.item.key : r.item.label,
                 BulkCommandRunner::outcomeText(r.outcome), messageOf(r));
    case items::RecordIdRole:
        return r.item.key;
    case items::BulkOutcomeRole:
        return int(r.outcome);
    case items::NeedsAttentionRole:
        return isProblem(r.outcome);
    }
    return {};
}

QVariant BulkResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case OutcomeColumn:
        return tr("Result");
    case MessageColumn:
        return tr("Details");
    }
    return {};
}

QString BulkResultModel::toText(bool problemsOnly) const
{
    QStringList lines;
    lines.append(QStringList{headerData(ItemColumn, Qt::Horizontal).toString(),
                             headerData(OutcomeColumn, Qt::Horizontal).toString(),
                             headerData(MessageColumn, Qt::Horizontal).toString()}
                     .join(QLatin1Char('\t')));
    for (const BulkCommandRunner::Result &r : m_rows) {
        if (problemsOnly && !isProblem(r.outcome))
            continue;
        lines.append(QStringList{r.item.label.isEmpty() ? r.item.key : r.item.label,
                                 BulkCommandRunner::outcomeText(r.outcome), messageOf(r)}
                         .join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace simuwave
