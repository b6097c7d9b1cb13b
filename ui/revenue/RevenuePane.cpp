#include "revenue/RevenuePane.h"

#include "main/NotAvailableView.h"

#include <QVBoxLayout>

namespace simuwave {

RevenuePane::RevenuePane(ConsoleContext &context, QWidget *parent)
    : Pane(parent)
    , m_context(context)
{
    setObjectName(id());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new NotAvailableView(tr("Revenue analytics are not available yet"),
                                           tr("Revenue by month and by tenant will be charted here."), this));
}

QString RevenuePane::id() const
{
    return QStringLiteral("revenue");
}

QString RevenuePane::title() const
{
    return tr("Revenue");
}

} // namespace simuwave
