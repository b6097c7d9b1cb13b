#include "storage/Seeder.h"

#include "core/Auth.h"
#include "core/Wire.h"
#include "storage/SandboxDatabase.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace simuwave::sandbox::seeder {

static constexpr quint32 FixedSeed = 20261124;

// A deterministic key from the seeded generator (sk_test_ + 40 hex digits).
static QByteArray seededKey(QRandomGenerator &rng)
{
    QByteArray raw(20, Qt::Uninitialized);
    rng.fillRange(reinterpret_cast<quint32 *>(raw.data()), 5);
    return "sk_test_" + raw.toHex();
}

static bool seedCore(SeedContext &s, QJsonObject &creds)
{
    QSqlQuery q(s.db);
    const qint64 now = s.nowMs;
    const qint64 day = 24LL * 3600 * 1000;
    if (!s.exec(
            q,
            QStringLiteral(
                "INSERT INTO partners(id, company_name, billing_email, status, trial_ends_at, tier, "
                "wallet_balance_cents, auto_recharge_enabled, auto_recharge_threshold_cents, "
                "auto_recharge_amount_cents, statement_descriptor, stripe_mode, stripe_status, "
                "custom_domain, "
                "custom_domain_status, brand_name, primary_color, from_email, support_email, created_at, "
                "updated_at) "
                "VALUES(1, 'Acme Phones LLC', 'billing@acmephones.example', 'ACTIVE', ?, 'professional', "
                "250000, 1, "
                "5000, 50000, 'ACME PHONES', 'connect', 'active', 'phones.acmephones.example', 'ACTIVE', "
                "'Acme Phones', '#1F6FEB', 'no-reply@acmephones.example', 'help@acmephones.example', ?, ?)"),
            {now - 640 * day, now - 654 * day, now - 640 * day}))
        return false;

    struct SeedUser
    {
        const char *email, *name, *role, *password, *totp;
    };
    const SeedUser users[] = {
        {"admin@acmephones.example", "Dana Whitaker", "partner_admin", "AcmeAdmin-2026", nullptr},
        {"support@acmephones.example", "Sam Ortiz", "partner_user", "AcmeSupport-2026", nullptr},
        {"ops@acmephones.example", "Riley Chen", "partner_admin", "AcmeOps-2026",
         "KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF"},
    };
    for (const SeedUser &u : users) {
        QByteArray salt(16, Qt::Uninitialized);
        s.rng.fillRange(reinterpret_cast<quint32 *>(salt.data()), 4);
        if (!s.exec(q,
                    QStringLiteral(
                        "INSERT INTO users(email, name, role, password_salt, password_hash, totp_secret, "
                        "email_verified, last_login_at, created_at, updated_at) VALUES(?,?,?,?,?,?,1,?,?,?)"),
                    {QString::fromLatin1(u.email), QString::fromLatin1(u.name), QString::fromLatin1(u.role),
                     salt, auth::hashPassword(QString::fromLatin1(u.password), salt),
                     u.totp ? QVariant(QString::fromLatin1(u.totp)) : QVariant(), now - day, now - 630 * day,
                     now - 630 * day}))
            return false;
    }
    creds.insert(QStringLiteral("admin_email"), QString::fromLatin1(users[0].email));
    creds.insert(QStringLiteral("admin_password"), QString::fromLatin1(users[0].password));
    creds.insert(QStringLiteral("support_email"), QString::fromLatin1(users[1].email));
    creds.insert(QStringLiteral("support_password"), QString::fromLatin1(users[1].password));
    creds.insert(QStringLiteral("totp_email"), QString::fromLatin1(users[2].email));
    creds.insert(QStringLiteral("totp_password"), QString::fromLatin1(users[2].password));
    creds.insert(QStringLiteral("totp_secret"), QString::fromLatin1(users[2].totp));

    struct SeedKey
    {
        const char *credName, *name, *status;
        QStringList scopes;
        int rate;
        qint64 expiresAt;
    };
    QStringList all = auth::allScopes().values(), reads = auth::readScopes().values();
    all.sort();
    reads.sort();
    const SeedKey keys[] = {
        {"admin_api_key", "Sandbox admin (all scopes)", "ACTIVE", all, 10000, 0},
        {"readonly_api_key", "Reporting (read only)", "ACTIVE", reads, 1000, 0},
        {"revoked_api_key", "Old CRM integration", "REVOKED", all, 100, 0},
        {"expired_api_key", "Contractor access 2025", "ACTIVE", all, 100, now - 30 * day},
    };
    for (const SeedKey &k : keys) {
        const QByteArray key = seededKey(s.rng);
        if (!s.exec(
                q,
                QStringLiteral(
                    "INSERT INTO api_keys(name, key_hash, last4, scopes, rate_limit_per_minute, status, "
                    "expires_at, revoked_at, created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,?,?)"),
                {QString::fromLatin1(k.name), QString::fromLatin1(wire::sha256Hex(key)),
                 QString::fromLatin1(key.right(4)), k.scopes.join(QLatin1Char(' ')), k.rate,
                 QString::fromLatin1(k.status), k.expiresAt ? QVariant(k.expiresAt) : QVariant(),
                 QLatin1String(k.status) == QLatin1String("REVOKED") ? QVariant(now - 60 * day) : QVariant(),
                 now - 200 * day, now - 200 * day}))
            return false;
        creds.insert(QString::fromLatin1(k.credName), QString::fromLatin1(key));
    }
    if (!s.exec(q,
                QStringLiteral(
                    "INSERT INTO wallet_transactions(type, amount_cents, balance_after_cents, description, "
                    "reference, created_at, updated_at) VALUES('top_up', 250000, 250000, "
                    "'Wallet top-up', 'seed', ?, ?)"),
                {now - 30 * day, now - 30 * day}))
        return false;
    return true;
}

bool seed(const QSqlDatabase &db, const QString &profile, qint64 nowMs, const QList<SeedHook> &hooks,
          QJsonObject *credentials, QString *error)
{
    QSqlDatabase conn = db;
    SeedContext s{conn, profile, QRandomGenerator(FixedSeed), nowMs, {}, 1, {}};
    if (!conn.transaction()) {
        *error = conn.lastError().text();
        return false;
    }
    QJsonObject creds;
    bool ok = seedCore(s, creds);
    for (qsizetype i = 0; ok && i < hooks.size(); ++i) {
        QElapsedTimer step;
        step.start();
        ok = hooks.at(i)(s);
        qInfo("Seed step %d of '%s': %lld ms", int(i), qPrintable(profile), step.elapsed());
        if (!ok)
            qWarning("Seed step %d of '%s' failed", int(i), qPrintable(profile));
    }
    if (ok) {
        for (auto it = s.credentials.constBegin(); it != s.credentials.constEnd(); ++it)
            creds.insert(it.key(), it.value());
        ok = SandboxDatabase::setMeta(
                 conn, QStringLiteral("credentials"),
                 QString::fromUtf8(QJsonDocument(creds).toJson(QJsonDocument::Compact))) &&
             SandboxDatabase::setMeta(conn, QStringLiteral("seed_profile"), profile);
    }
    if (!ok || !conn.commit()) {
        *error = QStringLiteral("Seeding '%1' failed: %2").arg(profile, conn.lastError().text());
        conn.rollback();
        return false;
    }
    *credentials = creds;
    return true;
}

} // namespace simuwave::sandbox::seeder
