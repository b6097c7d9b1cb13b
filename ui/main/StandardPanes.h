#pragma once

namespace simuwave {

class MainWindow;

// Adds the console's panes to the window in the order of the Partner Guide's menus: Dashboard; Tenants
// (Tenants, Tenant Defaults); Numbers (Buy, Inventory, Porting, E911); Usage Limits; Billing (Invoices,
// Revenue); Settings. The one place that knows every pane class; a new pane is one line here.
void addStandardPanes(MainWindow &window);

} // namespace simuwave
