#include "limits/UsageBarDelegate.h"

#include "items/ItemRoles.h"

#include <QApplication>
#include <QPainter>

namespace simuwave {

QColor UsageBarDelegate::levelColor(int level, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (items::UsageLevel(level)) {
    case items::UsageLevel::PastThreshold:
        return dark ? QColor(0xFF, 0xB3, 0x00) : QColor(0xE6, 0x9A, 0x00); // amber
    case items::UsageLevel::AtCap:
        return dark ? QColor(0xEF, 0x53, 0x50) : QColor(0xD3, 0x2F, 0x2F); // red
    case items::UsageLevel::Normal:
    case items::UsageLevel::Unlimited:
        break;
    }
    return palette.color(QPalette::Highlight);
}

void UsageBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const QVariant percent = index.data(items::UsagePercentRole);
    if (percent.isValid()) {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        // Background and selection first, then the bar, then the text on top.
        const QString text = opt.text;
        opt.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const QRect track = option.rect.adjusted(3, option.rect.height() - 7, -3, -3);
        QColor trackColor = option.palette.color(QPalette::Text);
        trackColor.setAlpha(40);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(track, trackColor);
        const int share = qBound(0, percent.toInt(), 100);
        QRect fill = track;
        fill.setWidth(track.width() * share / 100);
        painter->fillRect(fill, levelColor(index.data(items::UsageLevelRole).toInt(), option.palette));
        painter->restore();
        const QRect textRect =
            style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(0, 0, 0, -6);
        painter->save();
        painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                             : QPalette::Text));
        painter->drawText(textRect, int(opt.displayAlignment), text);
        painter->restore();
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace simuwave
