#pragma once
// Draws a capped usage cell as a bar behind its text: the share of the cap used, in the palette's
// highlight colour below the alert threshold, amber past it and red at the cap (UsageLevelRole). The model
// only says the level; the colours are chosen here, from the palette, so that the dark palette works.
#include <QStyledItemDelegate>

namespace simuwave {

class UsageBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // The bar colour of a UsageLevel on this palette (also used by the pane's legend).
    static QColor levelColor(int level, const QPalette &palette);
};

} // namespace simuwave
