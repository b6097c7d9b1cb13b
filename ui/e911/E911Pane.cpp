#include "e911/E911Pane.h"

#include "main/NotAvailableView.h"

#include <QVBoxLayout>

namespace simuwave {

E911Pane::E911Pane(ConsoleContext &context, QWidget *parent)
    : Pane(parent)
    , m_context(context)
{
    setObjectName(id());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new NotAvailableView(
        tr("E911 is not available yet"),
        tr("The emergency addresses of your numbers and their registration status will be managed here."),
        this));
}

QString E911Pane::id() const
{
    return QStringLiteral("e911");
}

QString E911Pane::title() const
{
    return tr("E911");
}

} // namespace simuwave
