// Schema migrations: every earlier version is brought up to date with its data; a newer version is
// rebuilt; a step that fails midway leaves user_version and the schema as they were.
#include "cache/CacheMigrator.h"
#include "cache/CacheSchema.h"
#include "cache/SqlCache.h"
#include "QueryPlan.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace simuwave::cache;

namespace {

// A raw connection, as an older console version would have had.
class RawDb
{
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql)
    {
        QSqlQuery q(db());
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning() << q.lastError().text() << sql;
        return ok;
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    bool hasObject(const QString &name)
    {
        return value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'").arg(name))
                   .toInt() == 1;
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

// Rows in the shape of schema version 1 (what a v1 console wrote).
void insertVersion1Rows(RawDb &raw)
{
    QVERIFY(
        raw.exec(QStringLiteral("INSERT INTO tenants(id, name, sip_prefix, status, created_at, updated_at)"
                                " VALUES('tnt_1', 'Acme Plumbing', 'acmeplumb', 'ACTIVE', 0, 1000)")));
    QVERIFY(raw.exec(QStringLiteral(
        "INSERT INTO phone_numbers(id, e164, tenant_id, status, cnam, monthly_cents, created_at, updated_at)"
        " VALUES('pn_1', '+15015550101', 'tnt_1', 'ACTIVE', 'ACME', 150, 0, 1000)")));
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO invoices(id, number, tenant_id, status, subtotal_cents, "
                                    "tax_cents, total_cents, paid_cents,"
                                    " due_cents, created_at, updated_at) VALUES('inv_1', 'INV-0001', "
                                    "'tnt_1', 'sent', 100, 0, 100, 0, 100, 0, 1000)")));
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO sync_state(resource, cursor, updated_since, full_sync_done)"
                                    " VALUES('phone-numbers', 'c42', '2025-01-01T00:00:01Z', 1)")));
}

} // namespace

class tst_CacheMigration : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_n)); }

private slots:
    void stepsAreConsecutive()
    {
        const auto steps = schema::migrationSteps();
        QCOMPARE(steps.size(), schema::kCurrentVersion);
        for (int i = 0; i < steps.size(); ++i)
            QCOMPARE(steps.at(i).version, i + 1);
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < schema::kCurrentVersion; ++v)
            QTest::addRow("from v%d", v) << v;
    }
    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        const QString path = freshPath();
        {
            RawDb raw(path);
            QString error;
            QVERIFY2(CacheMigrator::migrate(raw.db(), schema::migrationSteps(), from, &error),
                     qPrintable(error));
            QCOMPARE(CacheMigrator::userVersion(raw.db()), from);
            if (from >= 1)
                insertVersion1Rows(raw);
            if (QTest::currentTestFailed())
                return;
        }
        SqlCache cache;
        const CacheOpenReport report = cache.open(path);
        QVERIFY2(report.usable, qPrintable(report.detail));
        QCOMPARE(report.foundVersion, from);
        QCOMPARE(report.version, schema::kCurrentVersion);
        if (from == 0) {
            QCOMPARE(report.outcome, CacheOpenReport::Outcome::Created);
            QVERIFY(report.fullResyncNeeded);
            return;
        }
        QCOMPARE(report.outcome, CacheOpenReport::Outcome::Migrated);
        QVERIFY(!report.fullResyncNeeded);
        // Data and sync position survive...
        QCOMPARE(cache.tenant(QStringLiteral("tnt_1"))->name, QStringLiteral("Acme Plumbing"));
        QCOMPARE(cache.phoneNumber(QStringLiteral("pn_1"))->monthly.cents(), 150);
        QCOMPARE(cache.syncState(Resource::PhoneNumbers).cursor, QStringLiteral("c42"));
        QVERIFY(cache.syncState(Resource::PhoneNumbers).fullSyncDone);
        // ...and what the later steps add works on the old rows: indexes, and search over them.
        QCOMPARE(cache.searchIds(Resource::PhoneNumbers, QStringLiteral("plumbing")),
                 QStringList{QStringLiteral("pn_1")});
        QCOMPARE(cache.searchIds(Resource::Invoices, QStringLiteral("acmeplu")),
                 QStringList{QStringLiteral("inv_1")});
        const QString plan =
            queryPlan(cache.database(),
                      QStringLiteral("SELECT id FROM phone_numbers WHERE tenant_id = 'x' ORDER BY e164"));
        QVERIFY2(plan.contains(QLatin1String("phone_numbers_by_tenant")), qPrintable(plan));
        // Opening again: nothing left to do.
        cache.close();
        QCOMPARE(cache.open(path).outcome, CacheOpenReport::Outcome::Opened);
    }

    // A new cache file gets 16 KiB pages (fewer pages to write during an initial sync); one written
    // earlier with SQLite's 4 KiB keeps them and its rows.
    void newCacheHasLargePagesAnOldOneKeepsItsOwn()
    {
        const auto pageSize = [](SqlCache &cache) {
            QSqlQuery q(cache.database());
            return q.exec(QStringLiteral("PRAGMA page_size")) && q.next() ? q.value(0).toInt() : -1;
        };
        SqlCache fresh;
        QVERIFY(fresh.open(freshPath()).usable);
        QCOMPARE(pageSize(fresh), 16384);
        fresh.close();

        const QString path = freshPath();
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA page_size=4096")));
            QString error;
            QVERIFY2(CacheMigrator::migrate(raw.db(), schema::migrationSteps(), 1, &error),
                     qPrintable(error));
            insertVersion1Rows(raw);
            if (QTest::currentTestFailed())
                return;
        }
        SqlCache old;
        QVERIFY(old.open(path).usable);
        QCOMPARE(pageSize(old), 4096);
        QCOMPARE(old.tenant(QStringLiteral("tnt_1"))->name, QStringLiteral("Acme Plumbing"));
    }

    // Version 5 adds tenants.cancelled_at: a cancelled tenant cached before gets its last update as the
    // guess, and the tenants list (only it) is read again from the start by the next sync.
    void version5GuessesCancellationAndRereadsTenants()
    {
        const QString path = freshPath();
        {
            RawDb raw(path);
            QVERIFY(CacheMigrator::migrate(raw.db(), schema::migrationSteps(), 4));
            insertVersion1Rows(raw);
            QVERIFY(raw.exec(
                QStringLiteral("INSERT INTO tenants(id, name, sip_prefix, status, created_at, updated_at)"
                               " VALUES('tnt_2', 'Gone Ltd', 'gone', 'CANCELLED', 0, 5000)")));
            QVERIFY(raw.exec(QStringLiteral(
                "INSERT INTO invoices(id, number, tenant_id, status, subtotal_cents, tax_cents, total_cents,"
                " paid_cents, due_cents, line_items_json, payments_json, refunds_json, updated_at) VALUES"
                " ('inv_2', 'INV-0002', 'tnt_1', 'paid', 900, 0, 900, 900, 0,"
                " '[{\"kind\":\"extensions\",\"quantity\":3,\"amount_cents\":900}]',"
                " '[{\"amount_cents\":900,\"paid_at\":\"1970-01-01T00:00:01.500Z\"}]',"
                " '[{\"amount_cents\":100,\"created_at\":\"1970-01-01T00:00:02Z\"}]', 1000)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO sync_state(resource, cursor, updated_since, etag, "
                                            "full_sync_done) VALUES('tenants', NULL, "
                                            "'2025-01-01T00:00:02Z', '\"e1\"', 1)")));
        }
        SqlCache cache;
        const CacheOpenReport report = cache.open(path);
        QVERIFY2(report.usable, qPrintable(report.detail));
        QCOMPARE(report.outcome, CacheOpenReport::Outcome::Migrated);
        QVERIFY(!report.fullResyncNeeded);
        QCOMPARE(cache.tenant(QStringLiteral("tnt_2"))->cancelledAt.toMSecsSinceEpoch(), 5000);
        QVERIFY(!cache.tenant(QStringLiteral("tnt_1"))->cancelledAt.isValid());
        const SyncState tenants = cache.syncState(Resource::Tenants);
        QVERIFY(tenants.updatedSince.isEmpty());
        QVERIFY(tenants.etag.isEmpty());
        QVERIFY(tenants.fullSyncDone); // a delta from the epoch, not a bulk rebuild
        QCOMPARE(cache.syncState(Resource::PhoneNumbers).cursor, QStringLiteral("c42"));
        // The invoices' cash and line items are in their tables, at epoch milliseconds.
        QSqlQuery q(cache.database());
        QVERIFY(q.exec(QStringLiteral("SELECT payment, at, amount_cents FROM invoice_cash ORDER BY at")));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toLongLong(), 1500);
        QCOMPARE(q.value(2).toLongLong(), 900);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(q.value(1).toLongLong(), 2000);
        QCOMPARE(q.value(2).toLongLong(), -100);
        QVERIFY(q.exec(QStringLiteral("SELECT ext_qty, ext_cents FROM invoice_lines l JOIN invoices i ON "
                                      "i.row_id = l.invoice_row WHERE i.id = 'inv_2'")) &&
                q.next());
        QCOMPARE(q.value(0).toLongLong(), 3);
        QCOMPARE(q.value(1).toLongLong(), 900);
    }

    // A version 6 console was killed during a bulk load (indexes and search triggers dropped, their DDL kept
    // in cache_meta to restore), then the console was upgraded: version 7 replaces the invoices' search
    // triggers before the stored version 6 DDL is restored. The new triggers stay, the indexes come back,
    // and every search works.
    void bulkLoadCutShortThenUpgraded()
    {
        const QString path = freshPath();
        {
            RawDb raw(path);
            QVERIFY(CacheMigrator::migrate(raw.db(), schema::migrationSteps(), 6));
            insertVersion1Rows(raw);
            QVERIFY(raw.exec(QStringLiteral(
                "INSERT INTO cache_meta(key, value) SELECT 'bulk_load_ddl', json_group_array(sql) FROM"
                " sqlite_master WHERE (type = 'trigger' AND name LIKE '%fts%') OR name = "
                "'invoices_by_number'")));
            QSqlQuery q(raw.db());
            QVERIFY(q.exec(QStringLiteral("SELECT type, name FROM sqlite_master WHERE (type = 'trigger' AND"
                                          " name LIKE '%fts%') OR name = 'invoices_by_number'")));
            QStringList drops;
            while (q.next())
                drops << QStringLiteral("DROP %1 %2").arg(q.value(0).toString(), q.value(1).toString());
            q.finish();
            QCOMPARE(drops.size(), 10);
            for (const QString &d : std::as_const(drops))
                QVERIFY(raw.exec(d));
        }
        SqlCache cache;
        const CacheOpenReport report = cache.open(path);
        QVERIFY2(report.usable, qPrintable(report.detail));
        QVERIFY2(report.detail.isEmpty(), qPrintable(report.detail));
        QCOMPARE(report.outcome, CacheOpenReport::Outcome::Migrated);
        QVERIFY(!cache.isBulkLoading());
        QSqlQuery q(cache.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cache_meta WHERE key = 'bulk_load_ddl'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'invoices_by_number'")) &&
            q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'tenants_fts_ai'")) &&
                q.next());
        QVERIFY2(!q.value(0).toString().contains(QLatin1String("invoices_fts")) &&
                     !q.value(0).toString().contains(QLatin1String("phone_numbers_fts")),
                 qPrintable(q.value(0).toString()));
        q.finish();
        QCOMPARE(cache.searchIds(Resource::Invoices, QStringLiteral("INV-0001")),
                 QStringList{QStringLiteral("inv_1")});
        QCOMPARE(cache.searchIds(Resource::Invoices, QStringLiteral("acmeplu")),
                 QStringList{QStringLiteral("inv_1")});
        QCOMPARE(cache.searchIds(Resource::PhoneNumbers, QStringLiteral("plumbing")),
                 QStringList{QStringLiteral("pn_1")});
        // The restored triggers keep the search right for later writes.
        QString error;
        QVERIFY(cache.database().transaction());
        QVERIFY(QSqlQuery(cache.database())
                    .exec(QStringLiteral("UPDATE invoices SET number = 'INV-7777' WHERE id = 'inv_1'")));
        QVERIFY(cache.database().commit());
        QCOMPARE(cache.searchIds(Resource::Invoices, QStringLiteral("7777")),
                 QStringList{QStringLiteral("inv_1")});
        QCOMPARE(cache.searchIds(Resource::Invoices, QStringLiteral("INV-0001")), QStringList());
    }

    void newerVersionIsRebuilt()
    {
        const QString path = freshPath();
        {
            RawDb raw(path);
            QVERIFY(CacheMigrator::migrate(raw.db(), schema::migrationSteps(), schema::kCurrentVersion));
            insertVersion1Rows(raw);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE from_the_future(x)")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(schema::kCurrentVersion + 5)));
        }
        SqlCache cache;
        const CacheOpenReport report = cache.open(path);
        QVERIFY(report.usable);
        QCOMPARE(report.outcome, CacheOpenReport::Outcome::RebuiltNewer);
        QCOMPARE(report.foundVersion, schema::kCurrentVersion + 5);
        QCOMPARE(report.version, schema::kCurrentVersion);
        QVERIFY(report.fullResyncNeeded);
        QVERIFY(report.message.contains(QLatin1String("newer version")));
        QCOMPARE(cache.count(Resource::Tenants), 0);
        QCOMPARE(cache.syncState(Resource::PhoneNumbers), SyncState());
        QCOMPARE(CacheMigrator::userVersion(cache.database()), schema::kCurrentVersion);
    }

    // A crash mid-migration is simulated by a step whose later statement fails: the whole step, including
    // the statements before the failure and the version bump, must be rolled back.
    void failingStepLeavesVersionUnchanged()
    {
        const QString path = freshPath();
        RawDb raw(path);
        QVERIFY(CacheMigrator::migrate(raw.db(), schema::migrationSteps(), 1));
        insertVersion1Rows(raw);
        // Something in the way of a statement in the middle of step 2 (its first index is created before).
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE phone_numbers_by_e164(x)")));
        QString error;
        QVERIFY(!CacheMigrator::migrate(raw.db(), schema::migrationSteps(), schema::kCurrentVersion, &error));
        QVERIFY2(error.contains(QLatin1String("version 2")), qPrintable(error));
        QCOMPARE(CacheMigrator::userVersion(raw.db()), 1);
        QVERIFY(!raw.hasObject(QStringLiteral("tenants_by_name"))); // created before the failure: rolled back
        QVERIFY(!raw.hasObject(QStringLiteral("tenants_fts")));
        QCOMPARE(raw.value(QStringLiteral("SELECT name FROM tenants WHERE id = 'tnt_1'")).toString(),
                 QStringLiteral("Acme Plumbing"));
        // The cause gone, the migration simply runs again.
        QVERIFY(raw.exec(QStringLiteral("DROP TABLE phone_numbers_by_e164")));
        QVERIFY2(CacheMigrator::migrate(raw.db(), schema::migrationSteps(), schema::kCurrentVersion, &error),
                 qPrintable(error));
        QCOMPARE(CacheMigrator::userVersion(raw.db()), schema::kCurrentVersion);
        QVERIFY(raw.hasObject(QStringLiteral("tenants_by_name")));
    }

    void failingStepInAGivenListStopsThere()
    {
        const QString path = freshPath();
        RawDb raw(path);
        const QList<MigrationStep> steps = {
            {1, QStringLiteral("one"), {QStringLiteral("CREATE TABLE a(x)")}},
            {2,
             QStringLiteral("two"),
             {QStringLiteral("CREATE TABLE b(x)"), QStringLiteral("INSERT INTO nowhere VALUES(1)")}},
            {3, QStringLiteral("three"), {QStringLiteral("CREATE TABLE c(x)")}},
        };
        QVERIFY(!CacheMigrator::migrate(raw.db(), steps, 3));
        QCOMPARE(CacheMigrator::userVersion(raw.db()), 1);
        QVERIFY(raw.hasObject(QStringLiteral("a")));
        QVERIFY(!raw.hasObject(QStringLiteral("b")));
        QVERIFY(!raw.hasObject(QStringLiteral("c")));
    }

    void cacheWhoseMigrationFailsIsRebuilt()
    {
        const QString path = freshPath();
        {
            RawDb raw(path);
            QVERIFY(CacheMigrator::migrate(raw.db(), schema::migrationSteps(), 1));
            insertVersion1Rows(raw);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE phone_numbers_by_e164(x)")));
        }
        SqlCache cache;
        const CacheOpenReport report = cache.open(path);
        QVERIFY(report.usable);
        QCOMPARE(report.outcome, CacheOpenReport::Outcome::RebuiltMigration);
        QVERIFY(report.fullResyncNeeded);
        QCOMPARE(report.version, schema::kCurrentVersion);
        QCOMPARE(cache.count(Resource::PhoneNumbers), 0);
    }
};

QTEST_GUILESS_MAIN(tst_CacheMigration)
#include "tst_cachemigration.moc"
