#include "main/NotAvailableView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace simuwave {

NotAvailableView::NotAvailableView(const QString &heading, const QString &explanation, QWidget *parent)
    : QWidget(parent)
{
    auto *title = new QLabel(heading, this);
    title->setObjectName(QStringLiteral("notAvailableHeading"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *text = new QLabel(explanation, this);
    text->setObjectName(QStringLiteral("notAvailableText"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setForegroundRole(QPalette::PlaceholderText);

    // A bounded column centred by stretches: an alignment flag on a word-wrapped label breaks its
    // height-for-width and clips the text.
    auto *column = new QWidget(this);
    column->setMaximumWidth(560);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(title);
    columnLayout->addSpacing(6);
    columnLayout->addWidget(text);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 3);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
}

} // namespace simuwave
