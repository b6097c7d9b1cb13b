#pragma once
// Deterministic seeding (fixed random seed) of an empty data folder, in ONE transaction with prepared
// statements. The core seed writes the partner, its users (an admin, a read-only support user, an
// admin with 2FA) and API keys; then every resource's SeedHook runs in registration order with the
// same SeedContext (profile, rng, clock, the seeded tenant ids), so a later hook (invoices, ports,
// wallet history) can build on the tenants and numbers seeded before it.
#include "core/SandboxContext.h"

#include <QJsonObject>

namespace simuwave::sandbox::seeder {

bool seed(const QSqlDatabase &db, const QString &profile, qint64 nowMs, const QList<SeedHook> &hooks,
          QJsonObject *credentials, QString *error);

} // namespace simuwave::sandbox::seeder
