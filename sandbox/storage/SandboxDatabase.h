#pragma once
// The sandbox's own SQLite file (sandbox.db in the data folder, WAL). The core schema (partner, users,
// sessions, API keys, idempotency records, meta) lives here; resource files add their own tables
// through ResourceSetup::schema. Every synced table has `id INTEGER PRIMARY KEY`, `updated_at` (ms
// since the epoch on the sandbox clock) and `deleted` (tombstone flag) with an index on (updated_at, id).
#include <QSqlDatabase>
#include <QStringList>

namespace simuwave::sandbox {

class SandboxDatabase
{
public:
    static QStringList coreSchema();
    // Opens or creates DIR/sandbox.db under `connectionName` and applies every schema statement.
    static bool open(const QString &dir, const QString &connectionName, const QStringList &schema,
                     QString *error);
    static void close(const QString &connectionName);
    static bool isEmpty(const QSqlDatabase &db); // no partner yet = never seeded

    static QString meta(const QSqlDatabase &db, const QString &key);
    static bool setMeta(const QSqlDatabase &db, const QString &key, const QString &value);
};

} // namespace simuwave::sandbox
