#include "storage/SandboxDatabase.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

namespace simuwave::sandbox {

QStringList SandboxDatabase::coreSchema()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS partners(id INTEGER PRIMARY KEY, company_name TEXT NOT NULL, "
            "billing_email TEXT, status TEXT NOT NULL, trial_ends_at INTEGER, tier TEXT NOT NULL, "
            "pending_tier TEXT, "
            "pending_tier_at INTEGER, wallet_balance_cents INTEGER NOT NULL DEFAULT 0, "
            "auto_recharge_enabled INTEGER NOT NULL DEFAULT 0, auto_recharge_threshold_cents INTEGER, "
            "auto_recharge_amount_cents INTEGER, statement_descriptor TEXT, stripe_mode TEXT, stripe_status "
            "TEXT, "
            "custom_domain TEXT, custom_domain_status TEXT, custom_domain_due INTEGER, brand_name TEXT, "
            "primary_color TEXT, from_email "
            "TEXT, "
            "support_email TEXT, logo BLOB, logo_content_type TEXT, logo_updated_at INTEGER, "
            "created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS users(id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE COLLATE "
            "NOCASE, "
            "name TEXT, role TEXT NOT NULL, password_salt BLOB, password_hash BLOB, totp_secret TEXT, "
            "email_verified INTEGER NOT NULL DEFAULT 1, last_login_at INTEGER, created_at INTEGER NOT NULL, "
            "updated_at INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS users_sync ON users(updated_at, id)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS sessions(id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, "
            "token_hash TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, "
            "revoked_at INTEGER)"),
        // scopes: space separated; tenant_ids: comma separated tenant row ids (empty = every tenant).
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS api_keys(id INTEGER PRIMARY KEY, name TEXT NOT NULL, key_hash TEXT "
            "NOT NULL "
            "UNIQUE, last4 TEXT NOT NULL, scopes TEXT NOT NULL, tenant_ids TEXT NOT NULL DEFAULT '', "
            "rate_limit_per_minute INTEGER NOT NULL DEFAULT 100, status TEXT NOT NULL DEFAULT 'ACTIVE', "
            "expires_at INTEGER, revoked_at INTEGER, last_used_at INTEGER, created_at INTEGER NOT NULL, "
            "updated_at INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS api_keys_sync ON api_keys(updated_at, id)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS idempotency(key TEXT PRIMARY KEY, request_hash TEXT NOT NULL, "
            "status INTEGER NOT NULL, content_type TEXT, body BLOB, created_at INTEGER NOT NULL)"),
        // The partner's wallet ledger (top-ups, DID purchases, monthly charges, refunds, adjustments).
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS wallet_transactions(id INTEGER PRIMARY KEY, type TEXT NOT NULL, "
            "amount_cents INTEGER NOT NULL, balance_after_cents INTEGER NOT NULL, description TEXT, "
            "reference TEXT, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, "
            "deleted INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS wallet_transactions_sync ON wallet_transactions(updated_at, id)"),
    };
}

bool SandboxDatabase::open(const QString &dir, const QString &connectionName, const QStringList &schema,
                           QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("Cannot create the data folder %1").arg(dir);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(QDir(dir).filePath(QStringLiteral("sandbox.db")));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    for (const char *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA busy_timeout=5000",
          "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-65536"})
        q.exec(QString::fromLatin1(pragma));
    db.transaction();
    for (const QString &stmt : schema) {
        if (!q.exec(stmt)) {
            // Columns added after a data folder was first created: "ALTER TABLE ... ADD COLUMN" runs on every
            // open, and a column that is already there is not an error.
            if (stmt.startsWith(QLatin1String("ALTER TABLE")) &&
                q.lastError().text().contains(QLatin1String("duplicate column")))
                continue;
            *error = QStringLiteral("Schema statement failed (%1): %2").arg(q.lastError().text(), stmt);
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

void SandboxDatabase::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

bool SandboxDatabase::isEmpty(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return !(q.exec(QStringLiteral("SELECT 1 FROM partners LIMIT 1")) && q.next());
}

QString SandboxDatabase::meta(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool SandboxDatabase::setMeta(const QSqlDatabase &db, const QString &key, const QString &value)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}

} // namespace simuwave::sandbox
