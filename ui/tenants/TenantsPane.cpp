#include "tenants/TenantsPane.h"

#include "main/NotAvailableView.h"

#include <QVBoxLayout>

namespace simuwave {

TenantsPane::TenantsPane(ConsoleContext &context, QWidget *parent)
    : Pane(parent)
    , m_context(context)
{
    setObjectName(id());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new NotAvailableView(tr("The tenant list is not available yet"),
                                           tr("Your customer accounts, with their SIP prefix, status, users "
                                              "and numbers, will be listed and edited here."),
                                           this));
}

QString TenantsPane::id() const
{
    return QStringLiteral("tenants");
}

QString TenantsPane::title() const
{
    return tr("Tenants");
}

} // namespace simuwave
