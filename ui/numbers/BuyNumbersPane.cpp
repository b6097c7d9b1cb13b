#include "numbers/BuyNumbersPane.h"

#include "main/NotAvailableView.h"

#include <QVBoxLayout>

namespace simuwave {

BuyNumbersPane::BuyNumbersPane(ConsoleContext &context, QWidget *parent)
    : Pane(parent)
    , m_context(context)
{
    setObjectName(id());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new NotAvailableView(
        tr("Buying numbers is not available yet"),
        tr("Searching local and toll-free numbers and buying them for your tenants will happen here."),
        this));
}

QString BuyNumbersPane::id() const
{
    return QStringLiteral("numbers-buy");
}

QString BuyNumbersPane::title() const
{
    return tr("Buy");
}

} // namespace simuwave
