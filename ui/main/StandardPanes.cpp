#include "main/StandardPanes.h"

#include "dashboard/DashboardPane.h"
#include "e911/E911Pane.h"
#include "invoices/InvoicesPane.h"
#include "limits/UsageLimitsPane.h"
#include "main/ConsoleContext.h"
#include "main/MainWindow.h"
#include "numbers/BuyNumbersPane.h"
#include "numbers/NumberInventoryPane.h"
#include "porting/PortingPane.h"
#include "revenue/RevenuePane.h"
#include "settings/SettingsPane.h"
#include "tenants/TenantDefaultsPane.h"
#include "tenants/TenantsPane.h"

#include <QCoreApplication>

namespace simuwave {

void addStandardPanes(MainWindow &window, ConsoleContext &context)
{
    // Ctrl+1..9 go to the panes used most; Tenant Defaults and Settings are rarer (Ctrl+K reaches them too).
    const auto key = [](int digit) { return QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + digit)); };

    window.addPane(new DashboardPane(context), QString(), key(1));

    window.addSection(QStringLiteral("tenants"),
                      QCoreApplication::translate("simuwave::StandardPanes", "Tenants"));
    window.addPane(new TenantsPane(context), QStringLiteral("tenants"), key(2));
    window.addPane(new TenantDefaultsPane(context), QStringLiteral("tenants"));

    window.addSection(QStringLiteral("numbers"),
                      QCoreApplication::translate("simuwave::StandardPanes", "Numbers"));
    window.addPane(new BuyNumbersPane(context), QStringLiteral("numbers"), key(4));
    window.addPane(new NumberInventoryPane(context), QStringLiteral("numbers"), key(3));
    window.addPane(new PortingPane(context), QStringLiteral("numbers"), key(5));
    window.addPane(new E911Pane(context), QStringLiteral("numbers"), key(6));

    window.addPane(new UsageLimitsPane(context), QString(), key(7));

    window.addSection(QStringLiteral("billing"),
                      QCoreApplication::translate("simuwave::StandardPanes", "Billing"));
    window.addPane(new InvoicesPane(context), QStringLiteral("billing"), key(8));
    window.addPane(new RevenuePane(context), QStringLiteral("billing"), key(9));

    window.addPane(new SettingsPane(context), QString(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
}

} // namespace simuwave
