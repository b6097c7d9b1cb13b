#pragma once
// Helpers shared by the billing resources (billing profiles, tax jurisdictions, invoices, analytics,
// port requests): reading the tenants table without depending on its exact column set, dates on the
// sandbox clock, and the money/rate conversions of line items.
//
// Tenant <-> billing link: a tenant's billing profile is tenants.billing_profile_id (the public id
// "bp_...", owned by the tenants resource; the invoice seed fills it for seeded tenants). The tenant's
// tax jurisdiction lives in tenant_billing.tax_jurisdiction_id (the Tenant schema has no such field);
// tenants without one are not taxed.
#include "core/SandboxContext.h"

#include <QDate>
#include <QSet>

namespace simuwave::sandbox::billing {

QString tr(const char *text);

// The columns the tenants table really has (PRAGMA table_info), so that optional ones
// (billing_profile_id, cancelled_at, extensions_count, dids_count) are only used when present.
QSet<QString> tenantColumns(const QSqlDatabase &db);

// SQL expression for the tenant's cancellation time (ms) or NULL.
QString tenantCancelledExpr(const QSqlDatabase &db);

QDate dateOf(qint64 ms);             // UTC date on the sandbox clock
qint64 startOfDayMs(const QDate &d); // 00:00:00.000 UTC
QString isoDate(const QDate &d);     // 2026-05-01
std::optional<QDate> parseIsoDate(const QString &text);

// Rate strings "0.018" <-> micros; nullopt with an error for bad input.
std::optional<qint64> parseRateMicros(const QString &text, QString *error, const QString &field);
QString microsToDecimal(qint64 micros);
// unit price (micros) x quantity, half-up to the cent (domain Rate).
qint64 lineAmountCents(qint64 unitMicros, qint64 quantity);
// Tax on an amount at parts-per-million, half-up (domain Tax).
qint64 taxCents(qint64 amountCents, qint64 ppm);

// Percent growth as the YAML's Growth string ("12.5", one decimal, half-up) or null when prior == 0.
QJsonValue growthString(qint64 current, qint64 prior);
// num / den as a 4-decimal string half-up ("0.9412"), null when den == 0.
QJsonValue ratioString(qint64 num, qint64 den);
// a / b rounded half-up (b > 0), 0 when b == 0.
qint64 divHalfUp(qint64 a, qint64 b);

ApiResponse internalError(); // 500 when the sandbox's own database fails

} // namespace simuwave::sandbox::billing
