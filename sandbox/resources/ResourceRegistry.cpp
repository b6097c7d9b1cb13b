#include "resources/Resources.h"

namespace simuwave::sandbox {

void setupAllResources(ResourceSetup &setup)
{
    setupAuthResources(setup);
    setupPartnerResources(setup);
    setupTenantResources(setup);
    setupPhoneNumberResources(setup);
    setupBillingProfileResources(setup);
    setupTaxJurisdictionResources(setup);
    setupInvoiceResources(setup);
    setupAnalyticsResources(setup);
    setupPortRequestResources(setup);
    setupNotificationSettingsResources(setup);
    setupApiKeyResources(setup);
    setupWebhookResources(setup);
    setupUserResources(setup);
    // Further resource files (invoices, ports, webhooks, ...) add their line here.
}

} // namespace simuwave::sandbox
