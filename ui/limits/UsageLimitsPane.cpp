#include "limits/UsageLimitsPane.h"

#include "main/NotAvailableView.h"

#include <QVBoxLayout>

namespace simuwave {

UsageLimitsPane::UsageLimitsPane(ConsoleContext &context, QWidget *parent)
    : Pane(parent)
    , m_context(context)
{
    setObjectName(id());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new NotAvailableView(tr("Usage limits are not available yet"),
                             tr("Per-tenant limits and their alert thresholds will be set here."), this));
}

QString UsageLimitsPane::id() const
{
    return QStringLiteral("usage-limits");
}

QString UsageLimitsPane::title() const
{
    return tr("Usage Limits");
}

} // namespace simuwave
