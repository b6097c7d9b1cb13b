#include "dashboard/DashboardPane.h"

#include "main/NotAvailableView.h"

#include <QVBoxLayout>

namespace simuwave {

DashboardPane::DashboardPane(ConsoleContext &context, QWidget *parent)
    : Pane(parent)
    , m_context(context)
{
    setObjectName(id());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new NotAvailableView(
        tr("The dashboard is not available yet"),
        tr("Your headline numbers, the trial banner, the wallet balance and the setup checklist will appear "
           "here once the console syncs with your partner account."),
        this));
}

QString DashboardPane::id() const
{
    return QStringLiteral("dashboard");
}

QString DashboardPane::title() const
{
    return tr("Dashboard");
}

} // namespace simuwave
