#pragma once
// Port requests that wait longer than usual in their status stand out in the list: the "days in status"
// cell in bold, amber (red for a rejection nobody has fixed). The usual times are the guide's lifecycle
// table: PENDING hours, SUBMITTED 1-3 business days, FOC_RECEIVED until the FOC date. The model only gives
// the status and the days; the colours are chosen here, from the palette.
#include <QStyledItemDelegate>

namespace simuwave {

class PortAgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Whether a request in `status` (PortStatus as int) for `days` is waiting longer than usual.
    static bool isWaitingLong(int status, int days);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace simuwave
