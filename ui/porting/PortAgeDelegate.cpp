#include "porting/PortAgeDelegate.h"

#include "domain/Statuses.h"
#include "items/ItemRoles.h"
#include "items/PortRequestTableModel.h"

namespace simuwave {

bool PortAgeDelegate::isWaitingLong(int status, int days)
{
    switch (PortStatus(status)) {
    case PortStatus::Pending:
        return days >= 2; // hours, normally
    case PortStatus::Submitted:
        return days >= 5; // 1-3 business days
    case PortStatus::FocReceived:
        return days >= 30; // the FOC date has usually come by then
    case PortStatus::Rejected:
        return days >= 3; // a rejection waits for the partner's fix
    default:
        return false;
    }
}

void PortAgeDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int status = index.data(items::StatusRole).toInt();
    if (!isWaitingLong(status, index.data(items::DaysInStatusRole).toInt()))
        return;
    if (index.column() == items::PortRequestTableModel::DaysInStatusColumn ||
        index.column() == items::PortRequestTableModel::StatusColumn) {
        option->font.setBold(true);
        const bool dark = option->palette.color(QPalette::Base).lightness() < 128;
        const QColor color = PortStatus(status) == PortStatus::Rejected
                                 ? (dark ? QColor(0xEF, 0x53, 0x50) : QColor(0xC6, 0x28, 0x28))
                                 : (dark ? QColor(0xFF, 0xB3, 0x00) : QColor(0xB2, 0x6A, 0x00));
        option->palette.setColor(QPalette::Text, color);
    }
    if (index.column() == items::PortRequestTableModel::DaysInStatusColumn)
        option->text = tr("%1 (longer than usual)").arg(option->text);
}

} // namespace simuwave
