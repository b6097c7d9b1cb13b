#include "invoices/InvoicesPane.h"

#include "main/NotAvailableView.h"

#include <QVBoxLayout>

namespace simuwave {

InvoicesPane::InvoicesPane(ConsoleContext &context, QWidget *parent)
    : Pane(parent)
    , m_context(context)
{
    setObjectName(id());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new NotAvailableView(
        tr("Invoices are not available yet"),
        tr("Your tenants' invoices, their status and their PDF exports will be listed here."), this));
}

QString InvoicesPane::id() const
{
    return QStringLiteral("invoices");
}

QString InvoicesPane::title() const
{
    return tr("Invoices");
}

} // namespace simuwave
