#include "numbers/NumberInventoryPane.h"

#include "main/NotAvailableView.h"

#include <QVBoxLayout>

namespace simuwave {

NumberInventoryPane::NumberInventoryPane(ConsoleContext &context, QWidget *parent)
    : Pane(parent)
    , m_context(context)
{
    setObjectName(id());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new NotAvailableView(
        tr("The number inventory is not available yet"),
        tr("Every number you own, with its tenant, status, CNAM and E911 status, will be listed here."),
        this));
}

QString NumberInventoryPane::id() const
{
    return QStringLiteral("numbers-inventory");
}

QString NumberInventoryPane::title() const
{
    return tr("Inventory");
}

} // namespace simuwave
