#include "settings/SettingsPane.h"

#include "main/NotAvailableView.h"

#include <QVBoxLayout>

namespace simuwave {

SettingsPane::SettingsPane(ConsoleContext &context, QWidget *parent)
    : Pane(parent)
    , m_context(context)
{
    setObjectName(id());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new NotAvailableView(
        tr("Settings are not available yet"),
        tr("Your account, team, branding, API keys and webhooks will be managed here."), this));
}

QString SettingsPane::id() const
{
    return QStringLiteral("settings");
}

QString SettingsPane::title() const
{
    return tr("Settings");
}

} // namespace simuwave
