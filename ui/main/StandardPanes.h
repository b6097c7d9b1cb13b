#pragma once

namespace simuwave {

class ConsoleContext;
class MainWindow;

// Adds the console's panes to the window in the order of the Partner Guide's menus: Dashboard; Tenants
// (Tenants, Tenant Defaults); Numbers (Buy, Inventory, Porting, E911); Usage Limits; Billing (Invoices,
// Revenue); Settings. The one place that knows every pane class; a new pane is one line here.
// Every pane gets `context` (cache, write path, role, branding); it must outlive the window.
void addStandardPanes(MainWindow &window, ConsoleContext &context);

} // namespace simuwave
