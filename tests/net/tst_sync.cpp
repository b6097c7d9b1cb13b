// The sync engine against the real sandbox over HTTP (in-process on a free port, its own temp folder), and
// against a tiny scripted server for pages the sandbox never sends (malformed ones).
#include "ScriptedHttpServer.h"
#include "SyncTestSupport.h"

#include "cache/SqlCache.h"
#include "SandboxServer.h"
#include "sync/SyncEngine.h"

#include <csignal>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>
#include <QUrlQuery>

using namespace simuwave;
using cache::Resource;
using sandbox::SandboxOptions;
using sandbox::SandboxServer;

class TestSync : public QObject
{
    Q_OBJECT

public:
    // The sync runs under the console's process-wide SQLite settings (its main() applies them first): the
    // writer thread, the network thread and the tests' own connections then share no SQLite mutex.
    static void initMain() { s_sqliteConfigured = cache::SqlCache::configureProcess(); }

private:
    static inline bool s_sqliteConfigured = false;

    struct Sandbox
    {
        QTemporaryDir dir;
        std::unique_ptr<SandboxServer> server;
        QJsonObject creds;
        QUrl url;
        QString adminKey;
    };

    std::unique_ptr<Sandbox> startSandbox(const QString &seed = QStringLiteral("demo"), bool knobs = true,
                                          double clockSpeed = 1.0)
    {
        auto s = std::make_unique<Sandbox>();
        SandboxOptions options;
        options.dataDir = s->dir.filePath(QStringLiteral("sandbox"));
        options.seed = seed;
        options.knobs.enabled = knobs;
        options.clockSpeed = clockSpeed;
        s->server = std::make_unique<SandboxServer>();
        QString error;
        if (!s->server->start(options, &error)) {
            qWarning() << "sandbox:" << error;
            return nullptr;
        }
        s->creds = s->server->credentials();
        s->url = s->server->baseUrl();
        s->adminKey = s->creds.value(QLatin1String("admin_api_key")).toString();
        return s;
    }

    // Sets one of the sandbox's fault knobs (latency_ms, error_rate, rate_limit_per_minute); the HTTP status.
    static int setKnob(TestApi &api, const char *knob, const QJsonValue &value)
    {
        return api.call("PUT", QStringLiteral("sandbox/knobs"), {{QLatin1String(knob), value}}).status;
    }

    static SyncOptions fastOptions()
    {
        SyncOptions o;
        o.refreshIntervalSeconds = 0;
        o.transferTimeout = std::chrono::milliseconds(5000);
        o.retryPolicy.maxAttempts = 6;
        o.retryPolicy.baseDelay = std::chrono::milliseconds(20);
        o.retryPolicy.maxDelay = std::chrono::milliseconds(200);
        o.retryPolicy.maxServerDelay = std::chrono::seconds(3);
        return o;
    }

    // Runs one sync to its end; the summary.
    static SyncSummary runOnce(SyncEngine &engine, int timeoutMs = 120'000)
    {
        QSignalSpy finished(&engine, &SyncEngine::syncFinished);
        engine.syncNow();
        if (!finished.wait(timeoutMs))
            return {};
        return finished.first().first().value<SyncSummary>();
    }

    static const ResourceSyncResult *resultFor(const SyncSummary &s, Resource r)
    {
        for (const auto &x : s.resources)
            if (x.resource == r)
                return &x;
        return nullptr;
    }

    static qint64 countOf(const QString &cachePath, Resource r)
    {
        cache::SqlCache c;
        c.open(cachePath);
        return c.count(r);
    }

    static QString binary() { return QStringLiteral(SIMUWAVE_BINARY_DIR "/bin/simuwave-console"); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(s_sqliteConfigured, "SQLite was initialised before main()");
        QStandardPaths::setTestModeEnabled(true);
    }

    // Full sync equals the server's data (every column of every record), then a refresh with no changes costs
    // one 304 per resource and writes nothing.
    // Also with the cache writer allowed a single page behind the listing: every next page then waits for
    // the writer (the flow control's path).
    void fullSyncEqualsServer_data()
    {
        QTest::addColumn<int>("pagesAhead");
        QTest::newRow("default") << SyncOptions().pagesAhead;
        QTest::newRow("one page ahead") << 1;
    }

    void fullSyncEqualsServer()
    {
        QFETCH(int, pagesAhead);
        auto sb = startSandbox();
        QVERIFY(sb);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p/cache.sqlite"));
        SyncOptions options = fastOptions();
        options.pagesAhead = pagesAhead;
        options.pageLimit = 50; // several pages per list
        SyncEngine engine(options);
        QSignalSpy progress(&engine, &SyncEngine::progress);
        engine.start(path, sb->url, sb->adminKey);
        const SyncSummary s = runOnce(engine);
        QVERIFY2(s.ok, qPrintable(s.message));
        QVERIFY(s.fullSync);
        QVERIFY(s.totalRecords() > 100);
        QVERIFY(progress.count() > 0);
        const ResourceSyncResult *tenants = resultFor(s, Resource::Tenants);
        QVERIFY(tenants && tenants->records > 0);

        const SyncSummary again = runOnce(engine);
        QVERIFY2(again.ok, qPrintable(again.message));
        QVERIFY(!again.fullSync);
        for (const auto &r : again.resources) {
            if (r.outcome == ResourceSyncResult::Outcome::Unavailable)
                continue;
            QCOMPARE(int(r.outcome), int(ResourceSyncResult::Outcome::NotModified));
            QCOMPARE(r.records, 0);
        }
        engine.stop();

        TestApi api(sb->url, sb->adminKey);
        qint64 serverRecords = 0;
        const QString diff = compareWithServer(api, path, dir.filePath(QStringLiteral("ref.sqlite")),
                                               SyncOptions::defaultResources(), &serverRecords);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY(serverRecords > 100);
        QCOMPARE(quickCheck(path), QStringLiteral("ok"));
    }

    // The cache cannot store a page (a trigger planted in the file refuses one invoice): the run stops with
    // the cache's reason, the pages listed after that one are not written either (their cursor would jump
    // over the missing records), and the next run, once the cache accepts it, ends equal to the server.
    void cacheWriteFailureStopsTheRunAndResumes()
    {
        auto sb = startSandbox();
        QVERIFY(sb);
        TestApi api(sb->url, sb->adminKey);
        // One invoice from the middle of the listing (ordered by updated_at, then id).
        QList<QPair<QString, QString>> invoices; // (updated_at, id)
        for (const QJsonArray &page : api.listPages(QStringLiteral("invoices"))) {
            for (const QJsonValue &v : page) {
                const QJsonObject o = v.toObject();
                invoices.append({o.value(QLatin1String("updated_at")).toString(),
                                 o.value(QLatin1String("id")).toString()});
            }
        }
        QVERIFY(invoices.size() > 100);
        std::sort(invoices.begin(), invoices.end());
        const auto [refusedAt, refusedId] = invoices.at(invoices.size() / 2);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p/cache.sqlite"));
        {
            cache::SqlCache c;
            QVERIFY(c.open(path).usable);
            QSqlQuery q(c.database());
            // Slow before it refuses (hex of 40 MB of random bytes): the pages after it reach the writer
            // meanwhile, and must be dropped.
            QVERIFY2(
                q.exec(QStringLiteral("CREATE TRIGGER planted BEFORE INSERT ON invoices WHEN new.id = '%1'"
                                      " BEGIN SELECT RAISE(ABORT, 'planted refusal') WHERE"
                                      " length(hex(randomblob(40000000))) > 0; END")
                           .arg(refusedId)),
                qPrintable(q.lastError().text()));
        }
        SyncOptions options = fastOptions();
        options.pageLimit = 20;
        {
            SyncEngine engine(options);
            engine.start(path, sb->url, sb->adminKey);
            const SyncSummary s = runOnce(engine);
            QVERIFY(!s.ok);
            QVERIFY2(s.message.contains(QLatin1String("planted refusal")) &&
                         s.message.contains(QLatin1String("invoices")),
                     qPrintable(s.message));
            engine.stop();
        }
        {
            cache::SqlCache c;
            QVERIFY(c.open(path).usable);
            QVERIFY(!c.invoice(refusedId));
            QVERIFY(!c.syncState(Resource::Invoices).fullSyncDone);
            // The lists completed before it are kept (an initial sync commits each complete list): the
            // tenants, listed alone before the others.
            QVERIFY(c.syncState(Resource::Tenants).fullSyncDone);
            QVERIFY(c.count(Resource::Tenants) > 0);
            QSqlQuery q(c.database());
            QVERIFY(q.exec(QStringLiteral("SELECT max(updated_at) FROM invoices")) && q.next());
            const QDateTime newest = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
            QVERIFY2(newest <= QDateTime::fromString(refusedAt, Qt::ISODateWithMs),
                     qPrintable(newest.toString(Qt::ISODateWithMs) + QLatin1String(" > ") + refusedAt));
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER planted")));
        }
        SyncEngine engine(options);
        engine.start(path, sb->url, sb->adminKey);
        const SyncSummary s = runOnce(engine);
        QVERIFY2(s.ok, qPrintable(s.message));
        engine.stop();
        const QString diff = compareWithServer(api, path, dir.filePath(QStringLiteral("ref.sqlite")),
                                               SyncOptions::defaultResources());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(quickCheck(path), QStringLiteral("ok"));
    }

    // Changes and deletions made through the API reach the cache with the next (delta) sync.
    void deltaSyncWithUpdatesAndDeletions()
    {
        auto sb = startSandbox();
        QVERIFY(sb);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p/cache.sqlite"));
        SyncEngine engine(fastOptions());
        engine.start(path, sb->url, sb->adminKey);
        QVERIFY(runOnce(engine).ok);

        TestApi api(sb->url, sb->adminKey);
        const QJsonArray tenants = api.listPages(QStringLiteral("tenants")).value(0);
        QVERIFY(tenants.size() >= 3);
        const QString renamed = tenants.at(0).toObject().value(QLatin1String("id")).toString();
        const HttpAnswer patch =
            api.call("PATCH", QStringLiteral("tenants/") + renamed,
                     {{QStringLiteral("name"), QStringLiteral("Renamed in delta test")}});
        QCOMPARE(patch.status, 200);
        // Delete a tenant that can be deleted (the sandbox refuses some, e.g. with numbers); one must go.
        QString deleted;
        for (qsizetype i = tenants.size() - 1; i > 0 && deleted.isEmpty(); --i) {
            const QString id = tenants.at(i).toObject().value(QLatin1String("id")).toString();
            const HttpAnswer del = api.call("DELETE", QStringLiteral("tenants/") + id);
            if (del.status == 200 || del.status == 204)
                deleted = id;
        }
        QVERIFY2(!deleted.isEmpty(), "no tenant could be deleted");

        const SyncSummary s = runOnce(engine);
        QVERIFY2(s.ok, qPrintable(s.message));
        QVERIFY(!s.fullSync);
        const ResourceSyncResult *t = resultFor(s, Resource::Tenants);
        QVERIFY(t);
        QVERIFY(t->records >= 1);
        QVERIFY(t->tombstones >= 1 || t->records >= 2);
        engine.stop();

        cache::SqlCache c;
        QVERIFY(c.open(path).usable);
        QCOMPARE(c.tenant(renamed)->name, QStringLiteral("Renamed in delta test"));
        const auto gone = c.tenant(deleted);
        // A deleted tenant is either gone (tombstone) or kept with the server's final status.
        const HttpAnswer after = api.call("GET", QStringLiteral("tenants/") + deleted);
        if (after.status == 404)
            QVERIFY(!gone.has_value());
        c.close();
        const QString diff = compareWithServer(api, path, dir.filePath(QStringLiteral("ref.sqlite")),
                                               SyncOptions::defaultResources());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    static void advanceMs(TestApi &api, int ms)
    {
        QCOMPARE(
            api.call("POST", QStringLiteral("sandbox/clock/advance"), {{QStringLiteral("milliseconds"), ms}})
                .status,
            200);
    }

    static void rename(TestApi &api, const QString &id, const QString &name)
    {
        QCOMPARE(api.call("PATCH", QStringLiteral("tenants/") + id, {{QStringLiteral("name"), name}}).status,
                 200);
    }

    // More records share one updated_at than a page holds (on a stopped sandbox clock every change gets the
    // same stamp). A listing ends with the server's resume cursor, so a refresh asks only what changed after
    // the last record: an unchanged list costs one 304 instead of reading every tied record again (each
    // refresh read them all before), and a change to one of them brings back that one only.
    void tiedRecordsBeyondAPageRefreshWithOne304()
    {
        auto sb = startSandbox(QStringLiteral("demo"), true, 0.0);
        QVERIFY(sb);
        TestApi api(sb->url, sb->adminKey);
        const QJsonArray tenants = api.listPages(QStringLiteral("tenants")).value(0);
        QVERIFY(tenants.size() >= 6);
        QStringList tied;
        QSet<QString> stamps;
        for (int i = 0; i < 6; ++i) {
            tied << tenants.at(i).toObject().value(QLatin1String("id")).toString();
            rename(api, tied.last(), QStringLiteral("Tied %1").arg(i));
            stamps.insert(api.call("GET", QStringLiteral("tenants/") + tied.last())
                              .json.value(QLatin1String("updated_at"))
                              .toString());
        }
        QCOMPARE(stamps.size(), 1); // all six tied
        advanceMs(api, 1);          // the clock moves past them

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p/cache.sqlite"));
        SyncOptions o = fastOptions();
        o.pageLimit = 2; // the six tied records span three pages
        o.resources = {Resource::Tenants};
        SyncEngine engine(o);
        engine.start(path, sb->url, sb->adminKey);
        const SyncSummary full = runOnce(engine);
        QVERIFY2(full.ok, qPrintable(full.message));
        QVERIFY(full.fullSync);
        for (int i = 0; i < 2; ++i) {
            const SyncSummary again = runOnce(engine);
            QVERIFY2(again.ok, qPrintable(again.message));
            const ResourceSyncResult *t = resultFor(again, Resource::Tenants);
            QVERIFY(t);
            QCOMPARE(int(t->outcome), int(ResourceSyncResult::Outcome::NotModified));
            QCOMPARE(t->records, 0);
        }

        // One of them changes: the refresh lists that record alone, then the list is unchanged again.
        rename(api, tied.at(2), QStringLiteral("Changed after the sync"));
        advanceMs(api, 1);
        const SyncSummary changed = runOnce(engine);
        QVERIFY2(changed.ok, qPrintable(changed.message));
        const ResourceSyncResult *t = resultFor(changed, Resource::Tenants);
        QVERIFY(t);
        QCOMPARE(t->records, 1);
        const SyncSummary quiet = runOnce(engine);
        QCOMPARE(int(resultFor(quiet, Resource::Tenants)->outcome),
                 int(ResourceSyncResult::Outcome::NotModified));
        engine.stop();

        cache::SqlCache c;
        QVERIFY(c.open(path).usable);
        QCOMPARE(c.tenant(tied.at(2))->name, QStringLiteral("Changed after the sync"));
        QVERIFY(!c.syncState(Resource::Tenants).resumeCursor.isEmpty());
        c.close();
        const QString diff =
            compareWithServer(api, path, dir.filePath(QStringLiteral("ref.sqlite")), {Resource::Tenants});
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // A record changed within the same millisecond as the last one a listing returned, with a smaller id,
    // sorts before an exact resume point: the sandbox then resumes at that millisecond, so the next refresh
    // still brings the change (here the clock stands still, so every change shares the listing's stamp).
    void changeInTheLastListedMillisecondIsNotMissed()
    {
        auto sb = startSandbox(QStringLiteral("demo"), true, 0.0);
        QVERIFY(sb);
        TestApi api(sb->url, sb->adminKey);
        const QJsonArray tenants = api.listPages(QStringLiteral("tenants")).value(0);
        QVERIFY(tenants.size() >= 3);
        const QString first = tenants.at(0).toObject().value(QLatin1String("id")).toString();
        const QString last = tenants.at(tenants.size() - 1).toObject().value(QLatin1String("id")).toString();
        rename(api, last, QStringLiteral("Listed last"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p/cache.sqlite"));
        SyncOptions o = fastOptions();
        o.resources = {Resource::Tenants};
        SyncEngine engine(o);
        engine.start(path, sb->url, sb->adminKey);
        QVERIFY(runOnce(engine).ok);
        rename(api, first, QStringLiteral("Same millisecond, smaller id"));
        const SyncSummary again = runOnce(engine);
        QVERIFY2(again.ok, qPrintable(again.message));
        engine.stop();
        cache::SqlCache c;
        QVERIFY(c.open(path).usable);
        QCOMPARE(c.tenant(first)->name, QStringLiteral("Same millisecond, smaller id"));
    }

    // `simuwave-console sync` killed with SIGKILL at random moments, then resumed: the cache ends identical
    // to the server and passes quick_check.
    void killedSyncResumes()
    {
        if (!QFileInfo::exists(binary()))
            QSKIP("simuwave-console not built");
        auto sb = startSandbox();
        QVERIFY(sb);
        // Slow requests spread the run out so the kills land in the middle of it: about 30 pages at 40 ms
        // each take well over a second, and every kill comes within half a second of a start. (With 15 ms
        // and kills up to 850 ms in, a faster sandbox let the resumed runs finish before their kill.)
        TestApi api(sb->url, sb->adminKey);
        QCOMPARE(setKnob(api, "latency_ms", 40), 200);
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SIMUWAVE_API_KEY"), sb->adminKey);
        const QStringList args{QStringLiteral("sync"),
                               QStringLiteral("--server"),
                               sb->url.toString(),
                               QStringLiteral("--data-dir"),
                               dir.path(),
                               QStringLiteral("--page-size"),
                               QStringLiteral("25")};
        int killed = 0;
        for (int round = 0; round < 5; ++round) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(binary(), args);
            QVERIFY(p.waitForStarted());
            const int delay = 100 + int(QRandomGenerator::global()->bounded(400));
            QDeadlineTimer deadline(delay);
            while (!deadline.hasExpired() && p.state() == QProcess::Running)
                QTest::qWait(10); // the in-process sandbox answers meanwhile
            if (p.state() == QProcess::Running) {
                ::kill(pid_t(p.processId()), SIGKILL);
                ++killed;
            }
            QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 30'000);
        }
        QVERIFY2(killed >= 2, "the sync finished before it could be killed");
        setKnob(api, "latency_ms", 0);
        QProcess last;
        last.setProcessEnvironment(env);
        last.start(binary(), args);
        QTRY_VERIFY_WITH_TIMEOUT(last.state() == QProcess::NotRunning, 120'000);
        QCOMPARE(last.exitCode(), 0);
        const QString line = QString::fromUtf8(last.readAllStandardOutput()).trimmed();
        QVERIFY2(line.contains(QLatin1String("status=ok")), qPrintable(line));

        const QString path =
            dir.filePath(QStringLiteral("server-127.0.0.1-%1/cache.sqlite").arg(sb->url.port()));
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(quickCheck(path), QStringLiteral("ok"));
        const QString diff = compareWithServer(api, path, dir.filePath(QStringLiteral("ref.sqlite")),
                                               SyncOptions::defaultResources());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        // Resumed, not restarted: every listing is complete and its cursor cleared.
        cache::SqlCache c;
        QVERIFY(c.open(path).usable);
        for (Resource r : {Resource::Tenants, Resource::PhoneNumbers, Resource::Invoices}) {
            QVERIFY(c.syncState(r).fullSyncDone);
            QVERIFY(c.syncState(r).cursor.isEmpty());
        }
    }

    // 503 with Retry-After and 500s (the error-rate knob): retried until the sync completes, data equal.
    void serverErrorsAreRetried()
    {
        auto sb = startSandbox();
        QVERIFY(sb);
        TestApi api(sb->url, sb->adminKey);
        QCOMPARE(setKnob(api, "error_rate", 0.3), 200);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p/cache.sqlite"));
        SyncOptions o = fastOptions();
        o.retryPolicy.maxAttempts = 12;
        o.pageLimit = 100;
        SyncEngine engine(o);
        QSignalSpy waiting(&engine, &SyncEngine::waiting);
        engine.start(path, sb->url, sb->adminKey);
        const SyncSummary s = runOnce(engine, 240'000);
        QVERIFY2(s.ok, qPrintable(s.message));
        QVERIFY(waiting.count() > 0);
        // 503 says Retry-After: 2, so at least one wait of 2 s was announced.
        bool sawRetryAfter = false;
        for (const auto &w : waiting)
            sawRetryAfter = sawRetryAfter || w.first().toInt() >= 2;
        QVERIFY(sawRetryAfter);
        engine.stop();
        setKnob(api, "error_rate", 0);
        const QString diff = compareWithServer(api, path, dir.filePath(QStringLiteral("ref.sqlite")),
                                               SyncOptions::defaultResources());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // 429 until the attempts run out: the sync stops cleanly with the request id; what was committed stays.
    void rateLimitStopsCleanlyWithRequestId()
    {
        auto sb = startSandbox();
        QVERIFY(sb);
        TestApi api(sb->url, sb->adminKey);
        QCOMPARE(setKnob(api, "rate_limit_per_minute", 4), 200);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p/cache.sqlite"));
        SyncOptions o = fastOptions();
        o.retryPolicy.maxAttempts = 2;
        o.retryPolicy.maxServerDelay = std::chrono::seconds(1);
        o.pageLimit = 50;
        SyncEngine engine(o);
        QSignalSpy waiting(&engine, &SyncEngine::waiting);
        engine.start(path, sb->url, sb->adminKey);
        const SyncSummary s = runOnce(engine);
        QVERIFY(!s.ok);
        QCOMPARE(int(s.error.kind), int(ApiError::Kind::RateLimited));
        QVERIFY(!s.error.requestId.isEmpty());
        QVERIFY(s.message.contains(s.error.requestId));
        QVERIFY(waiting.count() > 0);
        engine.stop();
        QCOMPARE(quickCheck(path), QStringLiteral("ok"));
        // What was committed matches its cursor: the committed pages are there, no more.
        cache::SqlCache c;
        QVERIFY(c.open(path).usable);
        const cache::SyncState st = c.syncState(Resource::Tenants);
        if (!st.cursor.isEmpty())
            QCOMPARE(c.count(Resource::Tenants) % 50, 0);
    }

    // Stalled responses (latency above the transfer timeout): timeout, offline state, cache untouched.
    void stalledResponsesGoOffline()
    {
        auto sb = startSandbox();
        QVERIFY(sb);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p/cache.sqlite"));
        SyncOptions o = fastOptions();
        o.transferTimeout = std::chrono::milliseconds(300);
        o.retryPolicy.maxAttempts = 2;
        SyncEngine engine(o);
        QSignalSpy offline(&engine, &SyncEngine::offlineChanged);
        engine.start(path, sb->url, sb->adminKey);
        QVERIFY(runOnce(engine).ok);
        const qint64 before = countOf(path, Resource::Tenants);

        TestApi api(sb->url, sb->adminKey);
        QCOMPARE(setKnob(api, "latency_ms", 1500), 200);
        const SyncSummary s = runOnce(engine);
        QVERIFY(!s.ok);
        QCOMPARE(int(s.error.kind), int(ApiError::Kind::Timeout));
        QVERIFY(engine.isOffline());
        QVERIFY(offline.count() >= 1);
        QCOMPARE(offline.last().at(0).toBool(), true);
        QVERIFY(offline.last().at(1).toDateTime().isValid()); // "last synced" time
        QCOMPARE(countOf(path, Resource::Tenants), before);

        setKnob(api, "latency_ms", 0);
        QVERIFY(runOnce(engine).ok);
        QVERIFY(!engine.isOffline());
        QCOMPARE(offline.last().at(0).toBool(), false);
    }

    // Connection refused (no server): offline, fails cleanly, nothing written.
    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QTemporaryDir dir;
        SyncOptions o = fastOptions();
        o.retryPolicy.maxAttempts = 2;
        SyncEngine engine(o);
        QSignalSpy offline(&engine, &SyncEngine::offlineChanged);
        engine.start(dir.filePath(QStringLiteral("p/cache.sqlite")),
                     QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)), QStringLiteral("sk_test_x"));
        const SyncSummary s = runOnce(engine);
        QVERIFY(!s.ok);
        QCOMPARE(int(s.error.kind), int(ApiError::Kind::Network));
        QVERIFY(engine.isOffline());
        QCOMPARE(offline.count(), 1);
    }

    // 401 in the middle of a sync: pause, ask for a new credential, resume from the committed cursor.
    void unauthorizedMidSyncResumes()
    {
        auto sb = startSandbox();
        QVERIFY(sb);
        TestApi api(sb->url, QString());
        const QString email = sb->creds.value(QLatin1String("admin_email")).toString();
        const QString password = sb->creds.value(QLatin1String("admin_password")).toString();
        const QString token = api.signIn(email, password);
        QVERIFY(!token.isEmpty());
        api.setToken(sb->adminKey);
        QCOMPARE(setKnob(api, "latency_ms", 20), 200);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p/cache.sqlite"));
        SyncOptions o = fastOptions();
        o.pageLimit = 20;
        SyncEngine engine(o);
        QSignalSpy progress(&engine, &SyncEngine::progress);
        QSignalSpy auth(&engine, &SyncEngine::authenticationRequired);
        QSignalSpy finished(&engine, &SyncEngine::syncFinished);
        engine.start(path, sb->url, token);
        engine.syncNow();
        // Two lists being walked (the 401 stops both, and is asked about once).
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(progress.cbegin(), progress.cend(),
                                             [](const QList<QVariant> &report) {
                                                 return report.first().value<SyncProgress>().listing.size() ==
                                                        2;
                                             }),
                                 30'000);
        // Sign the session out on the server: the next page gets a 401.
        TestApi session(sb->url, token);
        QCOMPARE(session.call("DELETE", QStringLiteral("auth/sessions/current")).status / 100, 2);
        // The 401 may already have come while the call above waited for its answer.
        QTRY_VERIFY_WITH_TIMEOUT(auth.count() > 0, 30'000);
        QVERIFY(engine.needsAuthentication());
        QCOMPARE(finished.count(), 0); // paused, not failed
        QTest::qWait(200);
        QCOMPARE(auth.count(), 1); // asked once, although two lists were being walked
        const qint64 applied = progress.last().first().value<SyncProgress>().totalDone;
        QVERIFY(applied > 0);

        const QString again = api.signIn(email, password);
        QVERIFY(!again.isEmpty());
        setKnob(api, "latency_ms", 0);
        engine.setCredentials(sb->url, again);
        QVERIFY(finished.wait(60'000));
        const SyncSummary s = finished.first().first().value<SyncSummary>();
        QVERIFY2(s.ok, qPrintable(s.message));
        engine.stop();
        const QString diff = compareWithServer(api, path, dir.filePath(QStringLiteral("ref.sqlite")),
                                               SyncOptions::defaultResources());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // Two lists at a time: each is a chain of requests (a page's cursor comes with the page before it), so
    // over a slow link the sync takes about as long as its longest list instead of all of them. The tenants
    // are listed alone, before anything else; then the invoices (11 pages) are listed beside the numbers
    // (21 pages) and finish first, which one list at a time never does. The summary keeps the configured
    // order, and the cache equals the server.
    void listsAreWalkedSideBySide()
    {
        auto sb = startSandbox();
        QVERIFY(sb);
        TestApi api(sb->url, sb->adminKey);
        QCOMPARE(setKnob(api, "latency_ms", 40), 200);
        const auto latencyOff = qScopeGuard([&] { setKnob(api, "latency_ms", 0); });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p/cache.sqlite"));
        SyncOptions options = fastOptions();
        options.pageLimit = 20;
        QCOMPARE(options.listingsAtOnce, 2);
        SyncEngine engine(options);
        QList<SyncProgress> progress;
        connect(&engine, &SyncEngine::progress, this, [&](const SyncProgress &p) { progress.append(p); });
        engine.start(path, sb->url, sb->adminKey);
        const SyncSummary s = runOnce(engine);
        QVERIFY2(s.ok, qPrintable(s.message));
        engine.stop();

        const auto completedAt = [&](Resource r) {
            for (qsizetype i = 0; i < progress.size(); ++i) {
                if (progress.at(i).resource == r && progress.at(i).fraction >= 1.0)
                    return i;
            }
            return qsizetype(-1);
        };
        const qsizetype tenantsDone = completedAt(Resource::Tenants);
        QVERIFY(tenantsDone >= 0);
        for (qsizetype i = 0; i < tenantsDone; ++i)
            QCOMPARE(progress.at(i).resource, Resource::Tenants);
        // While both run, a report names both, and its bar is at the one furthest behind.
        bool both = false;
        for (const SyncProgress &p : std::as_const(progress)) {
            QVERIFY(p.slowestFraction <= p.fraction);
            QVERIFY(p.listing.size() <= options.listingsAtOnce);
            both = both ||
                   (p.listing.contains(Resource::PhoneNumbers) && p.listing.contains(Resource::Invoices));
        }
        QVERIFY(both);
        const qsizetype numbersDone = completedAt(Resource::PhoneNumbers);
        const qsizetype invoicesDone = completedAt(Resource::Invoices);
        QVERIFY(numbersDone > tenantsDone && invoicesDone > tenantsDone);
        QVERIFY2(invoicesDone < numbersDone, "the invoices were not listed beside the numbers");

        QList<Resource> order;
        for (const ResourceSyncResult &r : s.resources)
            order.append(r.resource);
        QList<Resource> expected = SyncOptions::defaultResources();
        expected.removeIf([&](Resource r) { return !order.contains(r); });
        QCOMPARE(order, expected);
        QVERIFY(order.contains(Resource::PhoneNumbers) && order.contains(Resource::Invoices));
        const QString diff = compareWithServer(api, path, dir.filePath(QStringLiteral("ref.sqlite")),
                                               SyncOptions::defaultResources());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void malformedPages_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<int>("kind");
        const auto ok = [](const QByteArray &body) { return httpResponse(200, body); };
        const QByteArray tenant =
            R"({"id":"tnt_1","name":"A","sip_prefix":"abc","billing_email":"a@b.co","status":"ACTIVE",)"
            R"("default_cnam":"A","counts":{"users":0,"dids":0,"extensions":0},)"
            R"("timezone":"America/Chicago","created_at":"2025-01-01T00:00:00Z","updated_at":"2025-01-01T00:00:00Z"})";
        QTest::newRow("html page") << httpResponse(200, "<html><body>Welcome</body></html>", {}, "text/html")
                                   << int(ApiError::Kind::Contract);
        QTest::newRow("html 502") << httpResponse(502, "<html>Bad gateway</html>", {}, "text/html")
                                  << int(ApiError::Kind::Server);
        QTest::newRow("truncated json")
            << ok(R"({"data":[)" + tenant + R"(,{"id":"tnt_2")") << int(ApiError::Kind::Contract);
        QTest::newRow("data not an array")
            << ok(R"({"data":{"id":"tnt_1"},"has_more":false,"next_cursor":null})")
            << int(ApiError::Kind::Contract);
        QTest::newRow("has_more missing")
            << ok(R"({"data":[],"next_cursor":null})") << int(ApiError::Kind::Contract);
        QTest::newRow("id as a number")
            << ok(R"({"data":[{"id":17,"name":"A"}],"has_more":false,"next_cursor":null})")
            << int(ApiError::Kind::Contract);
        QTest::newRow("has_more with empty data")
            << ok(R"({"data":[],"has_more":true,"next_cursor":"c1"})") << int(ApiError::Kind::Contract);
        // The same cursor again on the second page: a loop.
        QTest::newRow("repeated cursor")
            << ok(R"({"data":[)" + tenant + R"(],"has_more":true,"next_cursor":"c1"})")
            << int(ApiError::Kind::Contract);
    }

    // Contract violations: the page is rejected, nothing is written, the sync stops with a clear message.
    void malformedPages()
    {
        QFETCH(QByteArray, reply);
        QFETCH(int, kind);
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setFallback([reply](const RecordedRequest &) { return ScriptedReply::send(reply); });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p/cache.sqlite"));
        SyncOptions o = fastOptions();
        o.retryPolicy.maxAttempts = 1;
        o.resources = {Resource::Tenants};
        SyncEngine engine(o);
        engine.start(path, server.baseUrl(), QStringLiteral("sk_test_x"));
        const SyncSummary s = runOnce(engine);
        QVERIFY(!s.ok);
        QCOMPARE(int(s.error.kind), kind);
        QVERIFY(!s.message.isEmpty());
        engine.stop();
        cache::SqlCache c;
        QVERIFY(c.open(path).usable);
        if (QByteArray(QTest::currentDataTag()) == "repeated cursor") {
            // The first page was fine and is kept with its cursor; the looping page was not applied.
            QCOMPARE(c.count(Resource::Tenants), 1);
            QCOMPARE(c.syncState(Resource::Tenants).cursor, QStringLiteral("c1"));
            QVERIFY(!c.syncState(Resource::Tenants).fullSyncDone);
        } else {
            QCOMPARE(c.count(Resource::Tenants), 0);
            QCOMPARE(c.syncState(Resource::Tenants), cache::SyncState{});
        }
    }

    // The next pages are asked before the page before them is decoded, from a quick look at its body's
    // end (up to two pages ahead). Every page is asked once when the hints are right; a hint the decoded
    // page contradicts (here: a record's own "next_cursor" field, after an envelope that put its paging
    // fields first) costs at most one dropped request, whatever that request answers. (Whether the
    // decoy's request leaves before it is dropped depends on timing, so only "at most once" is checked.)
    void pagesAreAskedAheadAndWrongHintsDropped()
    {
        // Tenant n, its closing brace left to the caller.
        const auto tenant = [](int n) {
            const QByteArray id = QByteArray::number(n).rightJustified(2, '0');
            return QByteArray("{\"id\":\"tnt_" + id +
                              "\",\"name\":\"T\",\"sip_prefix\":\"abc\",\"billing_email\":\"a@b.co\","
                              "\"status\":\"ACTIVE\",\"default_cnam\":\"T\","
                              "\"counts\":{\"users\":0,\"dids\":0,\"extensions\":0},"
                              "\"timezone\":\"America/Chicago\",\"created_at\":\"2025-01-01T00:00:00Z\","
                              "\"updated_at\":\"2025-01-01T00:00:" +
                              id + "Z\"");
        };
        // Pages 0..5 at cursors "", c1..c5, two records each; page 3 lists its paging fields first and ends
        // with a record carrying a decoy.
        const auto page = [&](int p) {
            const QByteArray data = "[" + tenant(2 * p) + "}," + tenant(2 * p + 1) +
                                    (p == 3 ? ",\"next_cursor\":\"decoy\",\"has_more\":true}" : "}") + "]";
            const bool more = p < 5;
            const QByteArray paging =
                QByteArray("\"has_more\":") + (more ? "true" : "false") +
                ",\"next_cursor\":" + (more ? "\"c" + QByteArray::number(p + 1) + "\"" : QByteArray("null"));
            return p == 3 ? "{" + paging + ",\"data\":" + data + "}"
                          : "{\"data\":" + data + "," + paging + "}";
        };
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setFallback([&](const RecordedRequest &r) {
            const QUrlQuery q(QUrl(QString::fromLatin1(r.target)).query());
            const QString cursor = q.queryItemValue(QStringLiteral("cursor"));
            if (cursor.isEmpty() && !q.queryItemValue(QStringLiteral("updated_since")).startsWith(u"1970"))
                return ScriptedReply::send(
                    httpResponse(200, R"({"data":[],"has_more":false,"next_cursor":null})"));
            if (cursor.isEmpty())
                return ScriptedReply::send(httpResponse(200, page(0)));
            if (cursor.size() == 2 && cursor.at(0) == QLatin1Char('c'))
                return ScriptedReply::send(httpResponse(200, page(cursor.at(1).digitValue())));
            return ScriptedReply::send(httpResponse(500, R"({"error":"no such page"})"));
        });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p/cache.sqlite"));
        SyncOptions o = fastOptions();
        o.retryPolicy.maxAttempts = 1; // the decoy's 500 would fail the run if it were not dropped
        o.resources = {Resource::Tenants};
        SyncEngine engine(o);
        engine.start(path, server.baseUrl(), QStringLiteral("sk_test_x"));
        const SyncSummary s = runOnce(engine);
        QVERIFY2(s.ok, qPrintable(s.message));
        engine.stop();
        QHash<QString, int> asked;
        for (const RecordedRequest &r : server.requests()) {
            const QUrl url(QString::fromLatin1(r.target));
            const QUrlQuery q(url.query());
            if (url.path() == u"/v1/tenants" &&
                q.queryItemValue(QStringLiteral("updated_since")).startsWith(u"1970"))
                ++asked[q.queryItemValue(QStringLiteral("cursor"))];
        }
        for (const QString &c : {QString(), QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3"),
                                 QStringLiteral("c4"), QStringLiteral("c5")})
            QVERIFY2(asked.value(c) == 1,
                     qPrintable(QStringLiteral("cursor '%1' asked %2 times").arg(c).arg(asked.value(c))));
        QVERIFY(asked.value(QStringLiteral("decoy")) <= 1); // dropped as soon as page 3 was decoded
        cache::SqlCache c;
        QVERIFY(c.open(path).usable);
        QCOMPARE(c.count(Resource::Tenants), 12);
        QVERIFY(c.syncState(Resource::Tenants).fullSyncDone);
    }

    // An API key may not read the users list (403). After a restart (a new engine, as every command-line
    // sync is) that list must not pass for an unfinished initial sync: that would put the whole cache into
    // bulk-load mode and rebuild every index on each refresh.
    void forbiddenListDoesNotRestartTheInitialSync()
    {
        auto sb = startSandbox();
        QVERIFY(sb);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p/cache.sqlite"));
        {
            SyncEngine engine(fastOptions());
            engine.start(path, sb->url, sb->adminKey);
            const SyncSummary first = runOnce(engine);
            QVERIFY2(first.ok, qPrintable(first.message));
            QVERIFY(first.fullSync);
            const ResourceSyncResult *users = resultFor(first, Resource::Users);
            QVERIFY(users);
            QCOMPARE(int(users->outcome), int(ResourceSyncResult::Outcome::Forbidden));
            engine.stop();
        }
        SyncEngine restarted(fastOptions());
        restarted.start(path, sb->url, sb->adminKey);
        const SyncSummary again = runOnce(restarted);
        QVERIFY2(again.ok, qPrintable(again.message));
        QVERIFY(!again.fullSync);
        restarted.stop();
        // The same list is read from the start once a credential may read it (a signed-in admin).
        TestApi api(sb->url, QString());
        const QString token = api.signIn(sb->creds.value(QLatin1String("admin_email")).toString(),
                                         sb->creds.value(QLatin1String("admin_password")).toString());
        QVERIFY(!token.isEmpty());
        SyncEngine admin(fastOptions());
        admin.start(path, sb->url, token);
        const SyncSummary withUsers = runOnce(admin);
        QVERIFY2(withUsers.ok, qPrintable(withUsers.message));
        const ResourceSyncResult *users = resultFor(withUsers, Resource::Users);
        QVERIFY(users && users->records > 0);
        admin.stop();
        QVERIFY(countOf(path, Resource::Users) > 0);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
