#pragma once
// What a resource handler, seed step or lifecycle ticker gets to work with, and the setup record a
// resource file fills in (see the comment at the top of core/Router.h).
#include "core/Api.h"
#include "core/SandboxClock.h"

#include <functional>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

Q_DECLARE_LOGGING_CATEGORY(lcSandboxSql)

namespace simuwave::sandbox {

class Router;

class SandboxContext
{
public:
    SandboxContext(const QString &connectionName, SandboxClock &clock, Knobs &knobs)
        : m_connectionName(connectionName)
        , m_clock(clock)
        , m_knobs(knobs)
    {}
    QSqlDatabase db() const { return QSqlDatabase::database(m_connectionName, false); }
    qint64 nowMs() const { return m_clock.nowMs(); }
    SandboxClock &clock() { return m_clock; }
    Knobs &knobs() { return m_knobs; }

    // Runs one statement with positional bindings; logs and returns false on a SQL error.
    bool exec(QSqlQuery &q, const QString &sql, const QVariantList &binds = {}) const;
    // First column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const;

    // The API key's tenant scope: nullopt when the tenant is allowed, else the 403 answer.
    std::optional<ApiResponse> requireTenant(const ApiRequest &req, qint64 tenantRowId,
                                             const QString &publicId) const;

    // Runs every lifecycle ticker now (the clock-advance endpoint uses it inside its transaction).
    std::function<void(qint64 nowMs)> runLifecycles;

private:
    QString m_connectionName;
    SandboxClock &m_clock;
    Knobs &m_knobs;
};

// Seeding profiles: minimal (partner, users, keys), demo, large, huge.
struct SeedContext
{
    QSqlDatabase db;
    QString profile;
    QRandomGenerator rng; // fixed seed: the same data every time
    qint64 nowMs = 0;
    QList<qint64> tenantIds; // every seeded tenant row id
    qint64 partnerId = 1;
    QJsonObject credentials; // extra entries for the printed credentials line (e.g. a tenant-scoped key)
    bool exec(QSqlQuery &q, const QString &sql, const QVariantList &binds = {}) const;
};

using SeedHook = std::function<bool(SeedContext &)>; // false aborts the seeding transaction
using Ticker =
    std::function<void(SandboxContext &, qint64 nowMs)>; // lifecycle step, called every few hundred ms

struct ResourceSetup
{
    Router &router;
    QStringList &schema;        // CREATE TABLE IF NOT EXISTS ... statements, run on every start
    QList<SeedHook> &seedHooks; // run after the core seed, inside its transaction
    QList<Ticker> &tickers;
};

} // namespace simuwave::sandbox
