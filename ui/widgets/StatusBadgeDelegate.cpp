#include "widgets/StatusBadgeDelegate.h"

#include <cmath>
#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

namespace simuwave {

namespace {

// WCAG relative luminance, to pick the text colour that reads best on a pill.
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

StatusBadgeDelegate::StatusBadgeDelegate(QObject *parent, int rawStatusRole)
    : QStyledItemDelegate(parent)
    , m_rawStatusRole(rawStatusRole)
{}

StatusBadgeDelegate::Tone StatusBadgeDelegate::toneFor(const QString &rawStatus)
{
    // One table over every status enum of the guide: the spellings do not collide in meaning.
    static const QHash<QString, Tone> tones = {
        {QStringLiteral("ACTIVE"), Tone::Positive},       {QStringLiteral("REGISTERED"), Tone::Positive},
        {QStringLiteral("SYNCED"), Tone::Positive},       {QStringLiteral("COMPLETED"), Tone::Positive},
        {QStringLiteral("PAID"), Tone::Positive},         {QStringLiteral("DELIVERED"), Tone::Positive},
        {QStringLiteral("TRIAL"), Tone::Progress},        {QStringLiteral("SUBMITTED"), Tone::Progress},
        {QStringLiteral("FOC_RECEIVED"), Tone::Progress}, {QStringLiteral("SENT"), Tone::Progress},
        {QStringLiteral("PENDING"), Tone::Waiting},       {QStringLiteral("PARTIALLY_PAID"), Tone::Waiting},
        {QStringLiteral("NOT_SET"), Tone::Waiting},       {QStringLiteral("SUSPENDED"), Tone::Negative},
        {QStringLiteral("FAILED"), Tone::Negative},       {QStringLiteral("REJECTED"), Tone::Negative},
        {QStringLiteral("OVERDUE"), Tone::Negative},      {QStringLiteral("DEAD"), Tone::Negative},
        {QStringLiteral("REVOKED"), Tone::Negative},      {QStringLiteral("CANCELLED"), Tone::Closed},
        {QStringLiteral("RELEASED"), Tone::Closed},       {QStringLiteral("DRAFT"), Tone::Closed},
        {QStringLiteral("EXPIRED"), Tone::Closed},
    };
    QString key = rawStatus.trimmed().toUpper();
    key.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    return tones.value(key, Tone::Neutral);
}

QColor StatusBadgeDelegate::pillColor(Tone tone, const QPalette &palette)
{
    // Deep shades under white text on a light base; light shades under black text on a dark base.
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Positive:
        return dark ? QColor(0x66, 0xBB, 0x6A) : QColor(0x2E, 0x7D, 0x32);
    case Tone::Progress:
        return dark ? QColor(0x64, 0xB5, 0xF6) : QColor(0x15, 0x65, 0xC0);
    case Tone::Waiting:
        return dark ? QColor(0xFF, 0xCA, 0x28) : QColor(0xF9, 0xA8, 0x25);
    case Tone::Negative:
        return dark ? QColor(0xEF, 0x53, 0x50) : QColor(0xC6, 0x28, 0x28);
    case Tone::Closed:
        return dark ? QColor(0x9E, 0x9E, 0x9E) : QColor(0x61, 0x61, 0x61);
    case Tone::Neutral:
        break;
    }
    return palette.color(QPalette::Button);
}

QColor StatusBadgeDelegate::textColor(Tone tone, const QPalette &palette)
{
    if (tone == Tone::Neutral)
        return palette.color(QPalette::ButtonText);
    const QColor fill = pillColor(tone, palette);
    const QColor black(Qt::black), white(Qt::white);
    return contrast(fill, black) >= contrast(fill, white) ? black : white;
}

QRect StatusBadgeDelegate::pillRect(const QStyleOptionViewItem &option, const QString &text)
{
    const QFontMetrics fm(option.font);
    const QRect cell = option.rect.adjusted(kCellMargin, 0, -kCellMargin, 0);
    const int height = qMin(cell.height(), fm.height() + 2 * kPillPaddingY);
    const int width = qMin(cell.width(), fm.horizontalAdvance(text) + 2 * kPillPaddingX);
    return QRect(cell.left(), cell.top() + (cell.height() - height) / 2, qMax(0, width), height);
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QString raw = index.data(m_rawStatusRole).toString();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (raw.isEmpty() && opt.text.isEmpty()) {
        // A row whose block has not arrived yet: the usual empty cell.
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QString text = opt.text;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus as any cell; the pill goes on top, inside the cell's margins.
    // Without text the style would highlight only an empty text rectangle: highlight the whole cell.
    opt.text.clear();
    opt.showDecorationSelected = true;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const Tone tone = toneFor(raw);
    const QRect pill = pillRect(opt, text);
    const QColor fill = pillColor(tone, opt.palette);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QPainterPath path;
    const qreal radius = pill.height() / 2.0;
    path.addRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->fillPath(path, fill);
    // An unknown value gets an outline instead of a colour; a selected row rings the pill so that it
    // still stands apart from the highlight.
    if (tone == Tone::Neutral || (opt.state & QStyle::State_Selected)) {
        painter->setPen(QPen(opt.state & QStyle::State_Selected ? opt.palette.color(QPalette::HighlightedText)
                                                                : opt.palette.color(QPalette::Mid),
                             1.0));
        painter->drawPath(path);
    }
    painter->setFont(opt.font);
    painter->setPen(textColor(tone, opt.palette));
    const QRect textRect = pill.adjusted(kPillPaddingX, 0, -kPillPaddingX, 0);
    const QFontMetrics fm(opt.font);
    // Elided only when the column is narrower than the pill: eliding at exactly the text's width would
    // cut it by the advance's rounding ("Acti…").
    const bool fits = fm.horizontalAdvance(text) <= textRect.width();
    painter->drawText(textRect, Qt::AlignCenter | Qt::TextSingleLine,
                      fits ? text : fm.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics fm(opt.font);
    size.setWidth(qMax(size.width(), fm.horizontalAdvance(opt.text) + 2 * (kPillPaddingX + kCellMargin)));
    size.setHeight(qMax(size.height(), fm.height() + 2 * kPillPaddingY + 2));
    return size;
}

} // namespace simuwave
