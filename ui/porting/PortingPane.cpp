#include "porting/PortingPane.h"

#include "main/NotAvailableView.h"

#include <QVBoxLayout>

namespace simuwave {

PortingPane::PortingPane(ConsoleContext &context, QWidget *parent)
    : Pane(parent)
    , m_context(context)
{
    setObjectName(id());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new NotAvailableView(
        tr("Porting is not available yet"),
        tr("Requests to port your customers' existing numbers in, and their progress, will be tracked here."),
        this));
}

QString PortingPane::id() const
{
    return QStringLiteral("porting");
}

QString PortingPane::title() const
{
    return tr("Porting");
}

} // namespace simuwave
