#pragma once
// Brings a cache database to a schema version by running migration steps, each step and its
// PRAGMA user_version bump in one transaction: a crash or a failing statement mid-step leaves the
// database at the previous version, and the step runs again next time.
#include "cache/CacheSchema.h"

#include <QSqlDatabase>

namespace simuwave::cache {

class CacheMigrator
{
public:
    // Reads PRAGMA user_version; -1 (and *error) when the database cannot be read.
    static int userVersion(const QSqlDatabase &db, QString *error = nullptr);

    // Runs every step with from < step.version <= targetVersion, in order. Stops at the first failing
    // step (rolled back, version unchanged) and returns false with the step and SQLite's message.
    static bool migrate(const QSqlDatabase &db, const QList<MigrationStep> &steps, int targetVersion,
                        QString *error = nullptr);
};

} // namespace simuwave::cache
