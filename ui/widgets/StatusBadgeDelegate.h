#pragma once
// Draws a status cell as a rounded pill coloured by what the status means: green for active/ok, blue for
// trial or in progress, amber for pending or waiting on someone, red for suspended/failed, grey for
// cancelled/released. The model gives the status as text (DisplayRole, translated) and as the server sent
// it (a raw-status role); the tone comes from the raw value here, so that any pane can reuse the delegate
// and models never pick colours. The colours follow the palette (light or dark), the text on the pill is
// black or white, whichever contrasts more, and the cell keeps its selection highlight around the pill.
//
//   table->setItemDelegateForColumn(TenantTableModel::StatusColumn, new StatusBadgeDelegate(table));
//   table->setItemDelegateForColumn(PhoneNumberTableModel::E911StatusColumn,
//                                   new StatusBadgeDelegate(table, items::RawE911StatusRole));
#include "items/ItemRoles.h"

#include <QStyledItemDelegate>

namespace simuwave {

class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Tone
    {
        Neutral,  // a value we do not know: outlined, not coloured
        Positive, // green: ACTIVE, registered, synced, COMPLETED, paid, DELIVERED
        Progress, // blue: TRIAL, SUBMITTED, FOC_RECEIVED, sent
        Waiting,  // amber: PENDING, partially_paid, not_set
        Negative, // red: SUSPENDED, failed, REJECTED, overdue, DEAD, REVOKED
        Closed,   // grey: CANCELLED, RELEASED, draft, EXPIRED
    };
    Q_ENUM(Tone)

    // Space around the text inside the pill, and between the pill and the cell's edges.
    static constexpr int kPillPaddingX = 8;
    static constexpr int kPillPaddingY = 2;
    static constexpr int kCellMargin = 4;

    explicit StatusBadgeDelegate(QObject *parent = nullptr, int rawStatusRole = items::RawStatusRole);

    // The tone of a status exactly as the server sends it (any of Statuses.h's enums; case, spaces and
    // dashes do not matter).
    static Tone toneFor(const QString &rawStatus);
    static QColor pillColor(Tone tone, const QPalette &palette);
    static QColor textColor(Tone tone, const QPalette &palette);
    // Where the pill of `text` goes in a cell painted with `option` (left-aligned, vertically centred).
    static QRect pillRect(const QStyleOptionViewItem &option, const QString &text);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_rawStatusRole;
};

} // namespace simuwave
