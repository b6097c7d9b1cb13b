#include "main/StandardPanes.h"

#include "dashboard/DashboardPane.h"
#include "e911/E911Pane.h"
#include "invoices/InvoicesPane.h"
#include "limits/UsageLimitsPane.h"
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

void addStandardPanes(MainWindow &window)
{
    // Ctrl+1..9 go to the panes used most; Tenant Defaults and Settings are rarer (Ctrl+K reaches them too).
    const auto key = [](int digit) { return QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + digit)); };

    window.addPane(new DashboardPane, QString(), key(1));

    window.addSection(QStringLiteral("tenants"),
                      QCoreApplication::translate("simuwave::StandardPanes", "Tenants"));
    window.addPane(new TenantsPane, QStringLiteral("tenants"), key(2));
    window.addPane(new TenantDefaultsPane, QStringLiteral("tenants"));

    window.addSection(QStringLiteral("numbers"),
                      QCoreApplication::translate("simuwave::StandardPanes", "Numbers"));
    window.addPane(new BuyNumbersPane, QStringLiteral("numbers"), key(4));
    window.addPane(new NumberInventoryPane, QStringLiteral("numbers"), key(3));
    window.addPane(new PortingPane, QStringLiteral("numbers"), key(5));
    window.addPane(new E911Pane, QStringLiteral("numbers"), key(6));

    window.addPane(new UsageLimitsPane, QString(), key(7));

    window.addSection(QStringLiteral("billing"),
                      QCoreApplication::translate("simuwave::StandardPanes", "Billing"));
    window.addPane(new InvoicesPane, QStringLiteral("billing"), key(8));
    window.addPane(new RevenuePane, QStringLiteral("billing"), key(9));

    window.addPane(new SettingsPane, QString(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
}

} // namespace simuwave
