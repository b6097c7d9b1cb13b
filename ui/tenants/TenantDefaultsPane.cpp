#include "tenants/TenantDefaultsPane.h"

#include "main/NotAvailableView.h"

#include <QVBoxLayout>

namespace simuwave {

TenantDefaultsPane::TenantDefaultsPane(ConsoleContext &context, QWidget *parent)
    : Pane(parent)
    , m_context(context)
{
    setObjectName(id());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new NotAvailableView(
        tr("Tenant defaults are not available yet"),
        tr("The settings applied to every newly created tenant will be edited here."), this));
}

QString TenantDefaultsPane::id() const
{
    return QStringLiteral("tenant-defaults");
}

QString TenantDefaultsPane::title() const
{
    return tr("Tenant Defaults");
}

} // namespace simuwave
