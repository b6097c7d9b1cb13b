// Revenue analytics from the offline cache at scale: the sandbox's `large` seed (about 300,000 invoices
// with their payments) synced into a cache, then RevenueFigures::compute for every period on a
// connection of its own (what RevenueCalculator does off the UI thread), side by side with the platform's
// own GET /v1/analytics/revenue (the sandbox computing the same from its tables, one HTTP round trip).
// Also checks that both agree on the large data (cards, trends, ranking). Prints figures; asserts nothing
// about time.
//
//   bench_revenue [seed]   (default large; SIMUWAVE_BENCH_SEED also works)
//   SIMUWAVE_BENCH_DIR=/tmp/x bench_revenue   keeps the sandbox data and the cache there: a second run
//                                             starts from them (a delta sync) instead of seeding again.
#include "../net/SyncTestSupport.h"
#include "BenchSupport.h"

#include "cache/SqlCache.h"
#include "revenue/RevenueFigures.h"
#include "SandboxServer.h"
#include "sync/SyncEngine.h"

#include <algorithm>
#include <cstdio>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QTemporaryDir>

using namespace simuwave;
using bench::runSync;
using bench::say;

namespace {

qint64 median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

// The headline figures and the ranking against the endpoint's answer; empty when they agree.
QString differences(const RevenueFigures &f, const QJsonObject &a)
{
    QStringList out;
    const QJsonObject m = a.value(QLatin1String("metrics")).toObject();
    const auto check = [&out](const char *name, qint64 mine, qint64 theirs) {
        if (mine != theirs)
            out << QStringLiteral("%1 %2 != %3").arg(QLatin1String(name)).arg(mine).arg(theirs);
    };
    check("mrr", f.mrrCents, m.value(QLatin1String("mrr_cents")).toInteger());
    check("revenue", f.revenueCents, m.value(QLatin1String("revenue_cents")).toInteger());
    check("active", f.activeTenants, m.value(QLatin1String("active_tenants")).toInteger());
    check("lifetime", f.lifetimeRevenueCents, m.value(QLatin1String("lifetime_revenue_cents")).toInteger());
    check("outstanding", f.outstandingCents, m.value(QLatin1String("outstanding_cents")).toInteger());
    if (f.collectionRate != m.value(QLatin1String("collection_rate")).toString())
        out << QStringLiteral("collection rate");
    const QJsonObject g = m.value(QLatin1String("growth")).toObject();
    if (f.growth.revenue != g.value(QLatin1String("revenue")).toString() ||
        f.growth.mrr != g.value(QLatin1String("mrr")).toString() ||
        f.growth.activeTenants != g.value(QLatin1String("active_tenants")).toString() ||
        f.growth.arpu != g.value(QLatin1String("arpu")).toString())
        out << QStringLiteral("growth");
    const QJsonArray trends = a.value(QLatin1String("trends")).toArray();
    for (int i = 0; i < trends.size() && i < f.trends.size(); ++i) {
        const QJsonObject t = trends.at(i).toObject();
        if (f.trends.at(i).revenueCents != t.value(QLatin1String("revenue_cents")).toInteger() ||
            f.trends.at(i).invoicesSent != t.value(QLatin1String("invoices_sent")).toInteger() ||
            f.trends.at(i).invoicesPaid != t.value(QLatin1String("invoices_paid")).toInteger() ||
            f.trends.at(i).churnedTenants != t.value(QLatin1String("churned_tenants")).toInteger())
            out << QStringLiteral("trend %1").arg(t.value(QLatin1String("month")).toString());
    }
    const QJsonArray ranked = a.value(QLatin1String("tenants_by_revenue")).toArray();
    if (ranked.size() != f.tenantsByRevenue.size()) {
        out << QStringLiteral("ranking size %1 != %2").arg(f.tenantsByRevenue.size()).arg(ranked.size());
    } else {
        for (int i = 0; i < ranked.size(); ++i) {
            const QJsonObject t = ranked.at(i).toObject();
            if (f.tenantsByRevenue.at(i).tenantId != t.value(QLatin1String("tenant_id")).toString() ||
                f.tenantsByRevenue.at(i).lifetimeRevenueCents !=
                    t.value(QLatin1String("lifetime_revenue_cents")).toInteger()) {
                out << QStringLiteral("ranking from row %1").arg(i);
                break;
            }
        }
    }
    return out.join(QStringLiteral(", "));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv); // simuwave_ui's statics expect a GUI application
    QString seed = qEnvironmentVariable("SIMUWAVE_BENCH_SEED", QStringLiteral("large"));
    if (argc > 1)
        seed = QString::fromLocal8Bit(argv[1]);

    QTemporaryDir temporary;
    const QString keep = qEnvironmentVariable("SIMUWAVE_BENCH_DIR");
    const QDir dir(keep.isEmpty() ? temporary.path() : keep);
    sandbox::SandboxOptions options;
    options.dataDir = dir.filePath(QStringLiteral("sandbox"));
    options.seed = seed;
    options.partnerRateLimitPerMinute = 100'000;
    sandbox::SandboxServer server;
    QString error;
    QElapsedTimer t;
    t.start();
    if (!server.start(options, &error)) {
        say(QStringLiteral("sandbox failed: ") + error);
        return 1;
    }
    say(QStringLiteral("bench_revenue: seed %1 ready in %2 ms").arg(seed).arg(t.elapsed()));
    const QUrl url = server.baseUrl();
    const QString key = server.credentials().value(QLatin1String("admin_api_key")).toString();

    const QString cachePath = dir.filePath(QStringLiteral("console/cache.sqlite"));
    SyncOptions syncOptions;
    syncOptions.refreshIntervalSeconds = 0;
    SyncEngine engine(syncOptions);
    engine.start(cachePath, url, key);
    t.restart();
    const SyncSummary full = runSync(engine);
    if (!full.ok) {
        say(QStringLiteral("sync failed: ") + full.message);
        return 1;
    }
    say(QStringLiteral("synced %1 records in %2 ms").arg(full.totalRecords()).arg(t.elapsed()));
    engine.stop();

    cache::SqlCache cache;
    if (!cache.open(cachePath).usable) {
        say(QStringLiteral("cache did not open"));
        return 1;
    }
    const RevenueInputs inputs = RevenueInputs::read(cache);
    QSqlQuery count(cache.database());
    count.exec(QStringLiteral("SELECT COUNT(*) FROM invoices"));
    count.next();
    say(QStringLiteral("cache: %1 invoices").arg(count.value(0).toLongLong()));
    count.finish();

    TestApi api(url, key);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-revenue"));
    db.setDatabaseName(cachePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        say(QStringLiteral("worker connection did not open"));
        return 1;
    }
    int disagreements = 0;
    for (RevenuePeriod p : revenue::allPeriods()) {
        QList<qint64> mine, platform;
        QString diff;
        for (int i = 0; i < 3; ++i) {
            t.restart();
            const HttpAnswer a = api.call("GET", QStringLiteral("analytics/revenue"), {}, {},
                                          QUrlQuery{{QStringLiteral("period"), revenue::periodKey(p)}});
            platform << t.elapsed();
            const QDateTime now = QDateTime::fromString(
                a.json.value(QLatin1String("generated_at")).toString(), Qt::ISODateWithMs);
            t.restart();
            const RevenueFigures f = RevenueFigures::compute(db, inputs, p, now);
            mine << t.elapsed();
            diff = differences(f, a.json);
        }
        if (!diff.isEmpty())
            ++disagreements;
        say(QStringLiteral("period %1: from the cache median %2 ms (off the UI thread); platform endpoint "
                           "over HTTP median %3 ms; %4")
                .arg(revenue::periodKey(p), -3)
                .arg(median(mine))
                .arg(median(platform))
                .arg(diff.isEmpty() ? QStringLiteral("figures equal")
                                    : QStringLiteral("DIFFERENT: ") + diff));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bench-revenue"));
    return disagreements ? 1 : 0;
}
