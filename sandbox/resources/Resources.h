#pragma once
// One setup function per resource file; ResourceRegistry.cpp calls them in order (seed hooks run in
// that order too, so tenants and numbers exist before invoices or ports are seeded).
// To add a resource file: declare its function here and add one line to setupAllResources().
#include "core/SandboxContext.h"

namespace simuwave::sandbox {

void setupAuthResources(ResourceSetup &setup); // AuthRoutes.cpp: /v1/auth/sessions, /v1/me
void setupPartnerResources(
    ResourceSetup &setup); // PartnerRoutes.cpp: /v1/partner, branding, subscription, wallet
void setupTenantResources(
    ResourceSetup &setup); // TenantRoutes.cpp: /v1/tenants, limits, usage, tenant-defaults
void setupPhoneNumberResources(
    ResourceSetup &setup); // PhoneNumberRoutes.cpp: /v1/phone-numbers and lifecycles
void setupBillingProfileResources(ResourceSetup &setup);  // BillingProfileRoutes.cpp: /v1/billing-profiles
void setupTaxJurisdictionResources(ResourceSetup &setup); // TaxJurisdictionRoutes.cpp: /v1/tax-jurisdictions
void setupInvoiceResources(ResourceSetup &setup);         // InvoiceRoutes.cpp: /v1/invoices (+ seed, overdue)
void setupAnalyticsResources(ResourceSetup &setup);       // AnalyticsRoutes.cpp: /v1/analytics/revenue
void setupPortRequestResources(
    ResourceSetup &setup); // PortRequestRoutes.cpp: /v1/port-requests (+ lifecycle)
void setupNotificationSettingsResources(ResourceSetup &setup); // NotificationSettingsRoutes.cpp
void setupApiKeyResources(ResourceSetup &setup);               // ApiKeyRoutes.cpp: /v1/api-keys
void setupWebhookResources(ResourceSetup &setup);              // WebhookRoutes.cpp: /v1/webhooks, deliveries
void setupUserResources(ResourceSetup &setup);                 // UserRoutes.cpp: /v1/users (team)
void setupAdminResources(
    ResourceSetup &setup); // AdminRoutes.cpp: /v1/sandbox/* (only when knobs are enabled)

void setupAllResources(ResourceSetup &setup); // every resource above except admin

} // namespace simuwave::sandbox
