// Cache write throughput: 100,000 phone-number records (the API's JSON) decoded and applied in
// 1000-record pages, each page in one transaction with its sync state, as the sync engine does it.
// Side by side: `sqlite3 .import` of the same rows into the same table (SQLite's own bulk path),
// and the time to reopen the resulting cache including PRAGMA quick_check.
//
//   bench_cache [records]      (default 100000; SIMUWAVE_BENCH_RECORDS also works)
#include "cache/RecordDecoder.h"
#include "cache/SqlCache.h"

#include <cstdio>
#include <ctime>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <sys/resource.h>

using namespace simuwave::cache;

namespace {

constexpr int kPageSize = 1000;

// CPU seconds of this process: the machine is shared, so wall time alone says little about our code.
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

double childCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct Row
{
    QString id, e164, tenantId, status, cnam, cnamStatus, e911Status, street, city, state, zip, created,
        updated;
    qint64 monthly;
};

QString randomId(QRandomGenerator &rng, const char *prefix)
{
    static const char alphabet[] = "0123456789abcdefghjkmnpqrstvwxyz";
    QString s = QLatin1String(prefix);
    for (int i = 0; i < 20; ++i)
        s.append(QLatin1Char(alphabet[rng.bounded(32)]));
    return s;
}

// The sandbox's ids: the type prefix and the row number in base 36 over 8 characters ("pn_0000002s"),
// so a full sync ordered by id appends to the id index. `randomIds` models a server with random ids.
QList<Row> makeRows(int count, bool randomIds)
{
    QRandomGenerator rng(42); // fixed: every run measures the same data
    static const char *statuses[] = {"ACTIVE", "ACTIVE", "ACTIVE", "PENDING", "RELEASED"};
    static const char *cnamStatuses[] = {"synced", "synced", "pending", "failed"};
    static const char *e911Statuses[] = {"registered", "registered", "not_set", "pending", "failed"};
    QList<QString> tenants;
    for (int i = 0; i < 5000; ++i)
        tenants.append(randomId(rng, "tnt_"));
    QList<Row> rows;
    rows.reserve(count);
    const QDateTime base(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        Row r;
        r.id = randomIds
                   ? randomId(rng, "pn_")
                   : QStringLiteral("pn_") + QString::number(i + 1, 36).rightJustified(8, QLatin1Char('0'));
        r.e164 = QStringLiteral("+1%1%2").arg(200 + rng.bounded(800)).arg(2000000 + rng.bounded(7999999));
        r.tenantId = rng.bounded(10) == 0 ? QString() : tenants.at(rng.bounded(tenants.size()));
        r.status = QLatin1String(statuses[rng.bounded(5)]);
        r.cnam = QStringLiteral("ACME %1").arg(rng.bounded(10000));
        r.cnamStatus = QLatin1String(cnamStatuses[rng.bounded(4)]);
        r.e911Status = QLatin1String(e911Statuses[rng.bounded(5)]);
        r.street = QStringLiteral("%1 Main St").arg(1 + rng.bounded(9999));
        r.city = QStringLiteral("Springfield");
        r.state = QStringLiteral("IL");
        r.zip = QStringLiteral("%1").arg(60000 + rng.bounded(9999));
        // Ascending updated_at, as a full sync ordered by (updated_at, id) delivers them.
        r.created = base.addSecs(i).toString(Qt::ISODate);
        r.updated = base.addSecs(i).toString(Qt::ISODate);
        r.monthly = 100 + rng.bounded(900);
        rows.append(r);
    }
    return rows;
}

QJsonObject toJson(const Row &r)
{
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("e164"), r.e164},
        {QStringLiteral("type"), QStringLiteral("local")},
        {QStringLiteral("tenant_id"), r.tenantId.isEmpty() ? QJsonValue() : QJsonValue(r.tenantId)},
        {QStringLiteral("tenant_name"), QJsonValue()},
        {QStringLiteral("status"), r.status},
        {QStringLiteral("call_flow"), QJsonValue()},
        {QStringLiteral("cnam"), r.cnam},
        {QStringLiteral("cnam_status"), r.cnamStatus},
        {QStringLiteral("e911_address"), QJsonObject{{QStringLiteral("street"), r.street},
                                                     {QStringLiteral("city"), r.city},
                                                     {QStringLiteral("state"), r.state},
                                                     {QStringLiteral("zip"), r.zip},
                                                     {QStringLiteral("country"), QStringLiteral("US")}}},
        {QStringLiteral("e911_status"), r.e911Status},
        {QStringLiteral("e911_error"), QJsonValue()},
        {QStringLiteral("rate_center"), QStringLiteral("SPRINGFIELD")},
        {QStringLiteral("region"), QStringLiteral("IL")},
        {QStringLiteral("monthly_cents"), r.monthly},
        {QStringLiteral("created_at"), r.created},
        {QStringLiteral("updated_at"), r.updated},
    };
}

// The response bodies as the server would send them.
QList<QByteArray> makePages(const QList<Row> &rows)
{
    QList<QByteArray> pages;
    for (int start = 0; start < rows.size(); start += kPageSize) {
        QJsonArray data;
        for (int i = start; i < qMin<int>(start + kPageSize, rows.size()); ++i)
            data.append(toJson(rows.at(i)));
        const bool more = start + kPageSize < rows.size();
        QJsonObject body{{QStringLiteral("data"), data},
                         {QStringLiteral("has_more"), more},
                         {QStringLiteral("next_cursor"),
                          more ? QJsonValue(QStringLiteral("c%1").arg(start + kPageSize)) : QJsonValue()}};
        pages.append(QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    return pages;
}

struct RunResult
{
    double applySeconds = 0;
    double finishSeconds = 0;
    double applyCpu = 0, finishCpu = 0;
    double parseSeconds = 0;  // QJsonDocument::fromJson
    double decodeSeconds = 0; // RecordDecoder (strict field checks into structs)
    bool ok = false;
};

RunResult runSync(const QString &path, const QList<QByteArray> &pages, bool bulk)
{
    RunResult result;
    SqlCache cache;
    const CacheOpenReport report = cache.open(path);
    if (!report.usable) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(report.detail));
        return result;
    }
    QString error;
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuSeconds();
    if (bulk && !cache.beginBulkLoad(&error)) {
        std::fprintf(stderr, "beginBulkLoad: %s\n", qPrintable(error));
        return result;
    }
    SyncState state;
    QElapsedTimer stage;
    for (const QByteArray &body : pages) {
        stage.start();
        QJsonParseError parseError;
        const QJsonObject o = QJsonDocument::fromJson(body, &parseError).object();
        result.parseSeconds += stage.nsecsElapsed() / 1e9;
        stage.start();
        RecordPage page;
        if (!RecordDecoder::decodePage(Resource::PhoneNumbers, o.value(QLatin1String("data")).toArray(),
                                       &page, &error)) {
            std::fprintf(stderr, "decode: %s\n", qPrintable(error));
            return result;
        }
        result.decodeSeconds += stage.nsecsElapsed() / 1e9;
        state.cursor = o.value(QLatin1String("next_cursor")).toString();
        state.updatedSince = page.phoneNumbers.constLast().updatedAt.toString(Qt::ISODateWithMs);
        state.lastSyncedAt = QDateTime::currentDateTimeUtc();
        state.fullSyncDone = !o.value(QLatin1String("has_more")).toBool();
        if (!cache.applyPage(page, state, &error)) {
            std::fprintf(stderr, "apply: %s\n", qPrintable(error));
            return result;
        }
    }
    result.applySeconds = t.nsecsElapsed() / 1e9;
    result.applyCpu = cpuSeconds() - cpu0;
    if (bulk) {
        QElapsedTimer f;
        f.start();
        const double cpu1 = cpuSeconds();
        if (!cache.finishBulkLoad(&error)) {
            std::fprintf(stderr, "finishBulkLoad: %s\n", qPrintable(error));
            return result;
        }
        result.finishSeconds = f.nsecsElapsed() / 1e9;
        result.finishCpu = cpuSeconds() - cpu1;
    }
    result.ok = cache.count(Resource::PhoneNumbers) > 0;
    return result;
}

QString csvField(const QString &s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"'))) {
        QString q = s;
        q.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return s;
}

// sqlite3 .import of the same rows into the same table (no secondary indexes, no search): SQLite's own
// bulk path on this machine. Returns seconds, or -1.
double importBaseline(const QString &dir, const QList<Row> &rows, double *cpu)
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        return -1;
    const QString csv = dir + QStringLiteral("/numbers.csv");
    {
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly))
            return -1;
        QTextStream out(&f);
        const QDateTime epoch = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
        for (const Row &r : rows) {
            const qint64 ms = QDateTime::fromString(r.updated, Qt::ISODate).toMSecsSinceEpoch();
            Q_UNUSED(epoch);
            out << csvField(r.id) << ',' << r.e164 << ",local," << r.tenantId << ',' << r.status << ",,"
                << csvField(r.cnam) << ',' << r.cnamStatus << ',' << csvField(r.street) << ',' << r.city
                << ',' << r.state << ',' << r.zip << ",US," << r.e911Status << ",,SPRINGFIELD,IL,"
                << r.monthly << ',' << ms << ',' << ms << '\n';
        }
    }
    const QString db = dir + QStringLiteral("/baseline.sqlite");
    const QString script = QStringLiteral(
        "PRAGMA journal_mode=WAL;\nPRAGMA synchronous=NORMAL;\n"
        "CREATE TABLE phone_numbers(id TEXT NOT NULL UNIQUE, e164 TEXT NOT NULL, type TEXT,"
        " tenant_id TEXT, status TEXT NOT NULL, call_flow TEXT, cnam TEXT, cnam_status TEXT, e911_street "
        "TEXT,"
        " e911_city TEXT, e911_state TEXT, e911_zip TEXT, e911_country TEXT, e911_status TEXT, e911_error "
        "TEXT,"
        " rate_center TEXT, region TEXT, monthly_cents INTEGER NOT NULL DEFAULT 0, created_at INTEGER,"
        " updated_at INTEGER NOT NULL);\n");
    QProcess setup;
    setup.start(sqlite3, {db});
    setup.write(script.toUtf8());
    setup.closeWriteChannel();
    setup.waitForFinished(-1);
    QProcess import;
    QElapsedTimer t;
    const double child0 = childCpuSeconds();
    t.start();
    import.start(sqlite3,
                 {db, QStringLiteral(".mode csv"), QStringLiteral(".import %1 phone_numbers").arg(csv)});
    import.waitForFinished(-1);
    const double seconds = t.nsecsElapsed() / 1e9;
    *cpu = childCpuSeconds() - child0;
    if (import.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 .import failed: %s\n", import.readAllStandardError().constData());
        return -1;
    }
    return seconds;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int records = qEnvironmentVariableIntValue("SIMUWAVE_BENCH_RECORDS");
    if (argc > 1)
        records = QByteArray(argv[1]).toInt();
    if (records <= 0)
        records = 100000;
    QTemporaryDir dir;
    const QList<Row> rows = makeRows(records, false);
    const QList<QByteArray> pages = makePages(rows);
    const QList<QByteArray> randomPages = makePages(makeRows(records, true));
    qint64 bytes = 0;
    for (const QByteArray &p : pages)
        bytes += p.size();
    std::printf("bench_cache: %d phone-number records (sandbox-style sequential ids), %lld pages of %d, %.1f "
                "MB of JSON\n",
                records, qlonglong(pages.size()), kPageSize, bytes / 1e6);

    // SIMUWAVE_BENCH_ONLY=bulk skips the slow page-by-page run (for profiling).
    const bool onlyBulk = qgetenv("SIMUWAVE_BENCH_ONLY") == "bulk";
    const RunResult normal =
        onlyBulk ? RunResult{} : runSync(dir.filePath(QStringLiteral("normal.sqlite")), pages, false);
    const RunResult bulk =
        runSync(dir.filePath(onlyBulk ? QStringLiteral("normal.sqlite") : QStringLiteral("bulk.sqlite")),
                pages, true);
    const RunResult random = runSync(dir.filePath(QStringLiteral("random.sqlite")), randomPages, true);
    double baselineCpu = 0;
    const double baseline = importBaseline(dir.path(), rows, &baselineCpu);

    auto rate = [records](double s) { return s > 0 ? records / s : 0.0; };
    std::printf("  %-44s %8s %12s %8s %12s\n", "", "wall s", "records/s", "cpu s", "records/cpu-s");
    auto line = [&](const char *what, double wall, double cpu) {
        std::printf("  %-44s %8.3f %12.0f %8.3f %12.0f\n", what, wall, rate(wall), cpu, rate(cpu));
    };
    line("page by page (indexes + FTS maintained)", normal.applySeconds, normal.applyCpu);
    std::printf("    of which JSON parse %.3f s, record decoding %.3f s (wall)\n", normal.parseSeconds,
                normal.decodeSeconds);
    line("bulk mode: pages", bulk.applySeconds, bulk.applyCpu);
    std::printf("    of which JSON parse %.3f s, record decoding %.3f s (wall)\n", bulk.parseSeconds,
                bulk.decodeSeconds);
    line("bulk mode: rebuilding indexes + FTS", bulk.finishSeconds, bulk.finishCpu);
    line("bulk mode: total (initial full sync path)", bulk.applySeconds + bulk.finishSeconds,
         bulk.applyCpu + bulk.finishCpu);
    line("bulk mode total, random ids instead", random.applySeconds + random.finishSeconds,
         random.applyCpu + random.finishCpu);
    if (baseline > 0) {
        line("baseline: sqlite3 .import, same rows/table", baseline, baselineCpu);
        std::printf("  ratio to baseline (wall): page by page %.2fx, bulk pages %.2fx, bulk total %.2fx\n",
                    normal.applySeconds / baseline, bulk.applySeconds / baseline,
                    (bulk.applySeconds + bulk.finishSeconds) / baseline);
    } else {
        std::printf("  baseline: sqlite3 not found or failed\n");
    }

    SqlCache cache;
    QElapsedTimer t;
    t.start();
    const CacheOpenReport report = cache.open(dir.filePath(QStringLiteral("normal.sqlite")));
    const double openMs = t.nsecsElapsed() / 1e6;
    std::printf("  reopen with quick_check: %.1f ms (report: %lld ms), %lld numbers, outcome %d\n", openMs,
                qlonglong(report.elapsedMs), qlonglong(cache.count(Resource::PhoneNumbers)),
                int(report.outcome));
    t.restart();
    const QList<qint64> hits = cache.searchRowIds(Resource::PhoneNumbers, QStringLiteral("555"), -1);
    std::printf("  search \"555\": %lld hits in %.1f ms\n", qlonglong(hits.size()), t.nsecsElapsed() / 1e6);
    return (normal.ok || onlyBulk) && bulk.ok ? 0 : 1;
}
