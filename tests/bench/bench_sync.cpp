// Initial sync of the sandbox's `large` seed end to end (HTTP on loopback -> strict decode -> SQLite cache)
// side by side with the physical baseline in the same run: curl fetching the same pages (same URLs, same
// Authorization header, one connection) plus `sqlite3 .import` of the same rows, alternating with the sync
// for several rounds. Then a delta refresh with no changes across all resources, opening the large cache
// including quick_check, and the initial sync over a slow link (a latency per request) with two lists at a
// time against one. Prints figures; asserts nothing about time.
//
//   bench_sync [seed]   (default large; SIMUWAVE_BENCH_SEED also works; SIMUWAVE_BENCH_ROUNDS, default 3;
//                        SIMUWAVE_BENCH_LATENCY_MS, default 30, 0 = no slow-link rounds)
#include "../net/SyncTestSupport.h"
#include "BenchSupport.h"

#include "cache/SqlCache.h"
#include "SandboxServer.h"
#include "sync/SyncEngine.h"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSharedPointer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>
#endif

using namespace simuwave;
using bench::runSync;
using bench::say;
using cache::Resource;

namespace {

// Waits for a process while the in-process sandbox keeps answering (bench only: a nested loop is fine here).
bool runProcess(QProcess &p, int timeoutMs = 600'000)
{
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (p.state() != QProcess::NotRunning)
        loop.exec();
    return p.state() == QProcess::NotRunning && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QString csvField(const QJsonValue &v)
{
    QString s;
    if (v.isString())
        s = v.toString();
    else if (v.isDouble())
        s = QString::number(v.toDouble(), 'g', 17);
    else if (v.isBool())
        s = v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    else if (v.isNull() || v.isUndefined())
        return {};
    else
        s = QString::fromUtf8(
            QJsonDocument(v.isObject() ? QJsonDocument(v.toObject()) : QJsonDocument(v.toArray()))
                .toJson(QJsonDocument::Compact));
    s.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

// CPU time in milliseconds (user + system): of this process, of its finished children (curl, sqlite3), and of
// the calling thread (the main thread runs the in-process sandbox). Where the wall time goes on 2 cores
// shared by the server and the client: a sync that uses both cores fully cannot end sooner than their
// CPU time divided by the cores.
enum class Cpu
{
    Process,
    Children,
    MainThread
};
static qint64 cpuMs(Cpu which)
{
#ifdef Q_OS_UNIX
    if (which == Cpu::MainThread) {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
    }
    rusage u{};
    getrusage(which == Cpu::Process ? RUSAGE_SELF : RUSAGE_CHILDREN, &u);
    return (qint64(u.ru_utime.tv_sec) + u.ru_stime.tv_sec) * 1000 +
           (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000;
#else
    Q_UNUSED(which)
    return 0;
#endif
}

// CPU time in milliseconds of this process's thread called `name` (Linux: /proc/self/task/<tid>/comm and
// its stat's utime and stime); -1 where there is no such thread or no /proc. The sync engine names its cache
// writer's thread "CacheWriter": every SQLite write of the sync runs there one after another, so its busy
// share of the wall time says how close the sync is to what that one thread allows.
static qint64 threadCpuMs(const QByteArray &name)
{
#ifdef Q_OS_LINUX
    const long ticks = sysconf(_SC_CLK_TCK);
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        if (!comm.open(QIODevice::ReadOnly) || comm.readAll().trimmed() != name)
            continue;
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // After the command's closing parenthesis: field 3 (state) first, so utime (14) and stime (15) are
        // the 12th and 13th.
        const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (f.size() > 12 && ticks > 0)
            return (f.at(11).toLongLong() + f.at(12).toLongLong()) * 1000 / ticks;
    }
#else
    Q_UNUSED(name)
#endif
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    cache::SqlCache::configureProcess(); // as the console's main() does
    QCoreApplication app(argc, argv);
    QString seed = qEnvironmentVariable("SIMUWAVE_BENCH_SEED", QStringLiteral("large"));
    if (argc > 1)
        seed = QString::fromLocal8Bit(argv[1]);

    QTemporaryDir dir;
    sandbox::SandboxOptions options;
    options.dataDir = dir.filePath(QStringLiteral("sandbox"));
    options.seed = seed;
    options.partnerRateLimitPerMinute = 100'000; // the bench measures the client, not the platform's limit
    // A stopped sandbox clock: no lifecycle changes records while the bench runs, so every run lists the
    // same records and "a refresh with no changes" really has none (about ten numbers a second change on
    // a running clock).
    options.clockSpeed = 0;
    options.knobs.enabled = true; // for the admin clock endpoint below; every fault knob stays off
    sandbox::SandboxServer server;
    QString error;
    QElapsedTimer seedTimer;
    seedTimer.start();
    if (!server.start(options, &error)) {
        say(QStringLiteral("sandbox failed: ") + error);
        return 1;
    }
    say(QStringLiteral("bench_sync: seed %1 ready in %2 ms").arg(seed).arg(seedTimer.elapsed()));
#ifdef Q_OS_UNIX
    // The seed wrote hundreds of megabytes: flushed now, the kernel's writeback does not compete with the
    // first round (it made that round's sync a third slower than the next ones).
    ::sync();
#endif
    const QUrl url = server.baseUrl();
    const QString key = server.credentials().value(QLatin1String("admin_api_key")).toString();
    // Records stamped in the clock's current millisecond are listed again by every refresh (a resume point
    // stays inside that millisecond, see sandbox ListQuery); one millisecond later the clock is past them.
    if (TestApi(url, QString())
            .call("POST", QStringLiteral("sandbox/clock/advance"), {{QStringLiteral("milliseconds"), 1}})
            .status != 200) {
        say(QStringLiteral("sandbox clock could not be advanced"));
        return 1;
    }

    // --- 1. the console's initial sync end to end, and the physical baseline, in alternating rounds ------
    // This machine's speed drifts by a third within minutes (shared hosts): a sync and a baseline timed
    // minutes apart can disagree by that much. So each round times a sync and, right after it, the
    // baseline; the ratio is taken per round, and the medians are reported.
    const int rounds = qMax(1, qEnvironmentVariableIsSet("SIMUWAVE_BENCH_ROUNDS")
                                   ? qEnvironmentVariableIntValue("SIMUWAVE_BENCH_ROUNDS")
                                   : 3);
    SyncOptions syncOptions;
    syncOptions.refreshIntervalSeconds = 0;
    QElapsedTimer t;

    // The baseline's URLs are the ones the sync asks for: the delta listing from the epoch, 1000 per page,
    // cursors followed (collected first, untimed).
    TestApi api(url, key);
    struct Fetch
    {
        Resource resource;
        QUrl url;
        QString file;
    };
    QList<Fetch> fetches;
    const QString since = QStringLiteral("1970-01-01T00:00:00.000Z");
    for (Resource r : syncOptions.resources) {
        if (r == Resource::PartnerBranding)
            continue;
        QString cursor;
        for (int page = 0; page < 100000; ++page) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
            if (!cursor.isEmpty())
                q.addQueryItem(QStringLiteral("cursor"),
                               QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
            q.addQueryItem(QStringLiteral("updated_since"),
                           QString::fromLatin1(QUrl::toPercentEncoding(since)));
            const HttpAnswer a = api.call("GET", cache::resourceName(r), {}, {}, q);
            if (a.status != 200)
                break;
            QUrl u = url;
            u.setPath(url.path() + QLatin1Char('/') + cache::resourceName(r));
            u.setQuery(q);
            fetches.append(
                {r, u,
                 dir.filePath(QStringLiteral("curl/%1-%2.json").arg(cache::resourceName(r)).arg(page))});
            if (!a.json.value(QLatin1String("has_more")).toBool())
                break;
            cursor = a.json.value(QLatin1String("next_cursor")).toString();
        }
    }
    QDir().mkpath(dir.filePath(QStringLiteral("curl")));
    const QString config = dir.filePath(QStringLiteral("curl/config"));
    {
        QFile f(config);
        f.open(QIODevice::WriteOnly);
        QTextStream out(&f);
        // The header goes through the config file, not argv (it holds the key).
        out << "header = \"Authorization: Bearer " << key << "\"\n";
        out << "header = \"Accept: application/json\"\n";
        out << "silent\nfail\n";
        for (const Fetch &x : std::as_const(fetches))
            out << "url = \"" << x.url.toString(QUrl::FullyEncoded) << "\"\noutput = \"" << x.file << "\"\n";
    }

    // The same rows as CSV, from the pages curl fetched (untimed; once, after the first round's curl).
    QStringList importScript{QStringLiteral(".mode csv")};
    qint64 baselineRows = 0;
    const auto writeCsv = [&] {
        QHash<Resource, QStringList> columns;
        QHash<Resource, QSharedPointer<QFile>> csv;
        for (const Fetch &x : std::as_const(fetches)) {
            QFile f(x.file);
            f.open(QIODevice::ReadOnly);
            const QJsonArray data =
                QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("data")).toArray();
            if (data.isEmpty())
                continue;
            if (!csv.contains(x.resource)) {
                auto out = QSharedPointer<QFile>::create(
                    dir.filePath(QStringLiteral("curl/%1.csv").arg(cache::tableName(x.resource))));
                out->open(QIODevice::WriteOnly);
                // Every key any record of this page has (tombstones have fewer).
                QStringList cols;
                for (const QJsonValue &v : data)
                    for (const QString &k : v.toObject().keys())
                        if (!cols.contains(k))
                            cols << k;
                columns.insert(x.resource, cols);
                out->write(cols.join(QLatin1Char(',')).toUtf8() + '\n');
                csv.insert(x.resource, out);
                importScript
                    << QStringLiteral(".import '%1' %2").arg(out->fileName(), cache::tableName(x.resource));
            }
            const QStringList &cols = columns[x.resource];
            QByteArray chunk;
            for (const QJsonValue &v : data) {
                const QJsonObject o = v.toObject();
                QStringList fields;
                for (const QString &c : cols)
                    fields << csvField(o.value(c));
                chunk += fields.join(QLatin1Char(',')).toUtf8() + '\n';
                ++baselineRows;
            }
            csv[x.resource]->write(chunk);
        }
        for (auto &f : csv)
            f->close();
    };

    struct Round
    {
        qint64 syncMs = 0;
        qint64 curlMs = 0;
        qint64 importMs = 0;
        qint64 consoleCpuMs = 0, sandboxCpuMs = 0; // during the sync
        qint64 writerCpuMs = -1;                   // of it, the cache writer's thread
        double ratio() const { return double(syncMs) / double(qMax<qint64>(1, curlMs + importMs)); }
    };
    QList<Round> done;
    std::unique_ptr<SyncEngine> engine;
    QString cachePath;
    qint64 records = 0;
    for (int round = 1; round <= rounds; ++round) {
        Round r;
        // The console: a new profile's cache, synced from nothing.
        if (engine) {
            engine->stop();
            engine.reset();
            QDir(QFileInfo(cachePath).absolutePath()).removeRecursively();
        }
        cachePath = dir.filePath(QStringLiteral("console-%1/cache.sqlite").arg(round));
        engine = std::make_unique<SyncEngine>(syncOptions);
        engine->start(cachePath, url, key);
        const qint64 processCpu0 = cpuMs(Cpu::Process), sandboxCpu0 = cpuMs(Cpu::MainThread);
        t.start();
        const SyncSummary full = runSync(*engine);
        r.syncMs = t.elapsed();
        r.sandboxCpuMs = cpuMs(Cpu::MainThread) - sandboxCpu0;
        r.consoleCpuMs = cpuMs(Cpu::Process) - processCpu0 - r.sandboxCpuMs;
        r.writerCpuMs = threadCpuMs("CacheWriter"); // a new thread with each engine: all of it is this sync
        if (!full.ok) {
            say(QStringLiteral("sync failed: ") + full.message);
            return 1;
        }
        records = full.totalRecords();
        say(QStringLiteral("round %1: initial sync: %2 records in %3 ms = %4 records/s   [%5]")
                .arg(round)
                .arg(records)
                .arg(r.syncMs)
                .arg(qRound64(records * 1000.0 / qMax<qint64>(1, r.syncMs)))
                .arg(full.summaryLine()));
        say(QStringLiteral("round %1: CPU during the sync: console %2 ms + sandbox %3 ms on %4 cores "
                           "(no sooner than %5 ms with every core busy)")
                .arg(round)
                .arg(r.consoleCpuMs)
                .arg(r.sandboxCpuMs)
                .arg(QThread::idealThreadCount())
                .arg((r.consoleCpuMs + r.sandboxCpuMs) / qMax(1, QThread::idealThreadCount())));
        if (r.writerCpuMs >= 0)
            say(QStringLiteral(
                    "round %1: of it the cache writer's thread (SQLite, one write after another) %2 "
                    "ms, busy %3 % of the sync")
                    .arg(round)
                    .arg(r.writerCpuMs)
                    .arg(qRound64(r.writerCpuMs * 100.0 / qMax<qint64>(1, r.syncMs))));

        // The baseline: curl the same pages, then sqlite3 .import the same rows into a new file.
        QProcess curl;
        const qint64 childCpu0 = cpuMs(Cpu::Children), curlSandboxCpu0 = cpuMs(Cpu::MainThread);
        t.restart();
        curl.start(QStringLiteral("curl"), {QStringLiteral("--config"), config});
        const bool curlOk = runProcess(curl);
        r.curlMs = t.elapsed();
        const qint64 curlCpu = cpuMs(Cpu::Children) - childCpu0;
        const qint64 curlSandboxCpu = cpuMs(Cpu::MainThread) - curlSandboxCpu0;
        if (!curlOk) {
            say(QStringLiteral("curl failed: ") + QString::fromLocal8Bit(curl.readAllStandardError()));
            return 1;
        }
        if (round == 1)
            writeCsv();
        const QString baselineDb = dir.filePath(QStringLiteral("baseline.sqlite"));
        QFile::remove(baselineDb);
        QProcess sqlite;
        sqlite.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const qint64 importCpu0 = cpuMs(Cpu::Children);
        t.restart();
        sqlite.start(QStringLiteral("sqlite3"), {baselineDb});
        sqlite.write(importScript.join(QLatin1Char('\n')).toUtf8() + '\n');
        sqlite.closeWriteChannel();
        const bool importOk = runProcess(sqlite);
        r.importMs = t.elapsed();
        const qint64 importCpu = cpuMs(Cpu::Children) - importCpu0;
        if (!importOk)
            say(QStringLiteral("sqlite3 .import failed"));
        say(QStringLiteral("round %1: baseline: curl %2 pages in %3 ms + sqlite3 .import %4 rows in %5 ms = "
                           "%6 ms; ratio %7x")
                .arg(round)
                .arg(fetches.size())
                .arg(r.curlMs)
                .arg(baselineRows)
                .arg(r.importMs)
                .arg(r.curlMs + r.importMs)
                .arg(r.ratio(), 0, 'f', 2));
        say(QStringLiteral(
                "round %1: CPU during the baseline: curl %2 ms + sandbox %3 ms, then sqlite3 %4 ms")
                .arg(round)
                .arg(curlCpu)
                .arg(curlSandboxCpu)
                .arg(importCpu));
        done.append(r);
    }
    const auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
    };
    QList<double> syncs, baselines, ratios, consoleCpu, writerBusy;
    for (const Round &r : std::as_const(done)) {
        syncs << double(r.syncMs);
        baselines << double(r.curlMs + r.importMs);
        ratios << r.ratio();
        consoleCpu << double(r.consoleCpuMs);
        if (r.writerCpuMs >= 0)
            writerBusy << r.writerCpuMs * 100.0 / double(qMax<qint64>(1, r.syncMs));
    }
    const double syncMs = median(syncs);
    say(QStringLiteral(
            "initial sync: %1 records, median of %2 rounds %3 ms = %4 records/s (target >= 100000)")
            .arg(records)
            .arg(rounds)
            .arg(qRound64(syncMs))
            .arg(qRound64(records * 1000.0 / qMax(1.0, syncMs))));
    // The console's own cost: were the server free and every core the console's, this is as fast as it
    // could list (its CPU time spread over all cores, which its pipeline does not quite reach).
    say(QStringLiteral("console CPU per record: median %1 us; with every core to itself at most %2 records/s")
            .arg(median(consoleCpu) * 1000.0 / qMax<qint64>(1, records), 0, 'f', 1)
            .arg(qRound64(records * 1000.0 * QThread::idealThreadCount() / qMax(1.0, median(consoleCpu)))));
    if (!writerBusy.isEmpty())
        say(QStringLiteral("cache writer's thread busy: median %1 % of the sync (the sync cannot end before "
                           "it has done its writes, index builds and search)")
                .arg(qRound64(median(writerBusy))));
    say(QStringLiteral("baseline (curl + sqlite3 .import): median %1 ms").arg(qRound64(median(baselines))));
    say(QStringLiteral("ratio sync / baseline: median %1x of rounds %2 (target <= 1.5x)")
            .arg(median(ratios), 0, 'f', 2)
            .arg([&] {
                QStringList out;
                for (double r : std::as_const(ratios))
                    out << QString::number(r, 'f', 2);
                return out.join(QLatin1String(", "));
            }()));

    // --- 2. delta refresh with no changes (one 304 per resource) ----------------------------------------
    QList<qint64> deltas;
    QString lastDelta;
    for (int i = 0; i < 7; ++i) {
        t.restart();
        const SyncSummary d = runSync(*engine);
        deltas << t.elapsed();
        lastDelta = d.summaryLine();
        if (!d.ok)
            say(QStringLiteral("delta failed: ") + d.message);
    }
    std::sort(deltas.begin(), deltas.end());
    say(QStringLiteral(
            "delta refresh, no changes, %1 resources: median %2 ms (min %3, max %4; target < 100 ms)")
            .arg(syncOptions.resources.size())
            .arg(deltas.at(deltas.size() / 2))
            .arg(deltas.first())
            .arg(deltas.last()));
    say(QStringLiteral("  last refresh: %1").arg(lastDelta));
    engine->stop();

    // --- 3. opening the large cache including quick_check -----------------------------------------------
    QList<qint64> opens;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer o;
        o.start();
        cache::SqlCache c;
        const cache::CacheOpenReport report = c.open(cachePath);
        opens << o.elapsed();
        if (!report.usable)
            say(QStringLiteral("open failed: ") + report.detail);
        c.close();
    }
    std::sort(opens.begin(), opens.end());
    say(QStringLiteral("open large cache incl. quick_check: median %1 ms (target < 1000 ms); file %2 MB")
            .arg(opens.at(1))
            .arg(QFileInfo(cachePath).size() / (1024 * 1024)));

    // --- 4. the initial sync over a slow link: two lists at a time against one ----------------------------
    // Over a real network each page costs a round trip (its cursor comes with the page before), so a list
    // is a chain of round trips. The sandbox's latency knob adds the same delay to every request; the
    // console walks two lists side by side (SyncOptions::listingsAtOnce) against one at a time, alternating.
    const int latencyMs = qEnvironmentVariableIsSet("SIMUWAVE_BENCH_LATENCY_MS")
                              ? qEnvironmentVariableIntValue("SIMUWAVE_BENCH_LATENCY_MS")
                              : 30;
    if (latencyMs > 0) {
        TestApi admin(url, key);
        if (admin.call("PUT", QStringLiteral("sandbox/knobs"), {{QStringLiteral("latency_ms"), latencyMs}})
                .status != 200) {
            say(QStringLiteral("sandbox latency could not be set"));
            return 1;
        }
        QHash<int, QList<double>> slow; // lists at once -> sync times (ms)
        for (int round = 1; round <= 2; ++round) {
            for (const int lanes : {2, 1}) {
                SyncOptions o = syncOptions;
                o.listingsAtOnce = lanes;
                const QString path =
                    dir.filePath(QStringLiteral("slow-%1-%2/cache.sqlite").arg(round).arg(lanes));
                SyncEngine slowEngine(o);
                slowEngine.start(path, url, key);
                t.restart();
                const SyncSummary s = runSync(slowEngine);
                slow[lanes] << double(t.elapsed());
                slowEngine.stop();
                QDir(QFileInfo(path).absolutePath()).removeRecursively();
                if (!s.ok) {
                    say(QStringLiteral("slow sync failed: ") + s.message);
                    return 1;
                }
                say(QStringLiteral("round %1: initial sync at %2 ms per request, %3 list(s) at a time: %4 ms")
                        .arg(round)
                        .arg(latencyMs)
                        .arg(lanes)
                        .arg(qRound64(slow[lanes].last())));
            }
        }
        admin.call("PUT", QStringLiteral("sandbox/knobs"), {{QStringLiteral("latency_ms"), 0}});
        const double two = median(slow[2]), one = median(slow[1]);
        say(QStringLiteral("initial sync at %1 ms per request: median %2 ms with two lists at a time, %3 ms "
                           "with one (%4x)")
                .arg(latencyMs)
                .arg(qRound64(two))
                .arg(qRound64(one))
                .arg(two / qMax(1.0, one), 0, 'f', 2));
    }

    return 0;
}
