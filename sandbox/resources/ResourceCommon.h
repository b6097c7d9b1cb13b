#pragma once
// Helpers shared by the tenant and phone-number resources: addresses, usage limits, tenant records.
#include "core/BodyReader.h"
#include "core/SandboxContext.h"
#include "domain/Address.h"
#include "domain/UsageLimits.h"

namespace simuwave::sandbox {

// Reads an address object at `field` (e.g. "e911_address"), checks field types and the guide's E911
// rules, and records per-field errors ("e911_address.zip"). nullopt when absent/null or invalid.
std::optional<Address> readAddress(BodyReader &body, const QJsonValue &value, const QString &field);
QJsonValue addressJson(const QString &storedJson); // stored compact JSON text -> object or null
QString storeAddress(const Address &a);

// A limits object (caps null = unlimited); errors are named prefix + field ("limits.max_dids").
std::optional<UsageLimits> readLimits(BodyReader &body, const QJsonObject &o, const QString &prefix);
QJsonObject limitsJson(const UsageLimits &l, qint64 updatedAtMs);

struct TenantRecord
{
    qint64 id = 0;
    QString name, status;
    UsageLimits limits;
    qint64 didsCount = 0, extensionsCount = 0, spendCents = 0, minutes = 0;
};
std::optional<TenantRecord> loadTenant(SandboxContext &ctx, qint64 id);
// Marks the tenant changed (delta sync) after its counts, limits or status changed.
void touchTenant(SandboxContext &ctx, qint64 id);
// Suspends for a usage cap when auto-suspend is on (no-op for SUSPENDED/CANCELLED tenants).
bool autoSuspendForLimit(SandboxContext &ctx, const TenantRecord &t);
// After the tenant's usage grew: records the partner's alert for every meter that newly reached its alert
// threshold or its cap this cycle, and auto-suspends when the spend or minutes cap is hit (the DID and
// extension caps refuse the (N+1)th instead). Returns true when something changed.
bool checkUsageLimits(SandboxContext &ctx, qint64 tenantId);
QJsonObject tenantJsonById(SandboxContext &ctx, qint64 id);

// The tier table of the guide (cents and decimal-string rates).
struct TierPlan
{
    const char *tier, *name;
    qint64 monthlyFeeCents;                                                                 // -1 = custom
    qint64 maxExtensions;                                                                   // -1 = unlimited
    const char *perExtension, *didLocal, *didTollFree, *perMinuteLocal, *perMinuteTollFree; // null = custom
    qint64 didLocalCents, didTollFreeCents;
};
const QList<TierPlan> &tierTable();
const TierPlan *tierPlan(const QString &tier);
QString partnerTier(SandboxContext &ctx);

// An empty (never null) string for NOT NULL text columns: a null QString binds as SQL NULL.
inline QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

constexpr qint64 NumberSetupFeeCents = 100; // "$1.00 typically"

} // namespace simuwave::sandbox
