#include "main/NotAvailableView.h"

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
    text->setMaximumWidth(520);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(title);
    layout->addSpacing(6);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

} // namespace simuwave
