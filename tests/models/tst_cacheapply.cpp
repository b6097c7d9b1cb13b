// applyPage: idempotent upserts, tombstones, ties, sync state in the same transaction, all-or-nothing pages,
// change notifications, search, and text that must survive intact. Real SQLite files in a QTemporaryDir.
#include "cache/RecordDecoder.h"
#include "cache/SqlCache.h"
#include "QueryPlan.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>
#include <sys/wait.h>
#include <unistd.h>

using namespace simuwave;
using namespace simuwave::cache;

namespace {

QString ts(int second)
{
    return QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).addSecs(second).toString(Qt::ISODate);
}

QJsonObject numberJson(const QString &id, const QString &e164, int updatedSecond,
                       const QString &cnam = QStringLiteral("ACME"),
                       const QString &tenantId = QStringLiteral("tnt_1"))
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("e164"), e164},
        {QStringLiteral("type"), QStringLiteral("local")},
        {QStringLiteral("tenant_id"), tenantId.isEmpty() ? QJsonValue() : QJsonValue(tenantId)},
        {QStringLiteral("status"), QStringLiteral("ACTIVE")},
        {QStringLiteral("call_flow"), QJsonValue()},
        {QStringLiteral("cnam"), cnam},
        {QStringLiteral("cnam_status"), QStringLiteral("synced")},
        {QStringLiteral("e911_address"), QJsonValue()},
        {QStringLiteral("e911_status"), QStringLiteral("not_set")},
        {QStringLiteral("monthly_cents"), 150},
        {QStringLiteral("created_at"), ts(0)},
        {QStringLiteral("updated_at"), ts(updatedSecond)}};
}

QJsonObject tenantJson(const QString &id, const QString &name, int updatedSecond,
                       const QString &sipPrefix = QStringLiteral("acme"))
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("sip_prefix"), sipPrefix},
                       {QStringLiteral("billing_email"), QStringLiteral("billing@%1.test").arg(sipPrefix)},
                       {QStringLiteral("default_cnam"), QStringLiteral("")},
                       {QStringLiteral("timezone"), QStringLiteral("America/Chicago")},
                       {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                       {QStringLiteral("e911_address"), QJsonValue()},
                       {QStringLiteral("billing_profile_id"), QJsonValue()},
                       {QStringLiteral("counts"), QJsonObject{{QStringLiteral("users"), 1},
                                                              {QStringLiteral("dids"), 2},
                                                              {QStringLiteral("extensions"), 3}}},
                       {QStringLiteral("created_at"), ts(0)},
                       {QStringLiteral("updated_at"), ts(updatedSecond)}};
}

QJsonObject invoiceJson(const QString &id, const QString &number, const QString &tenantId, int updatedSecond,
                        bool withItems = true)
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("number"), number},
                  {QStringLiteral("tenant_id"), tenantId},
                  {QStringLiteral("status"), QStringLiteral("sent")},
                  {QStringLiteral("issue_date"), QStringLiteral("2025-02-01")},
                  {QStringLiteral("due_date"), QStringLiteral("2025-02-15")},
                  {QStringLiteral("period_start"), QStringLiteral("2025-01-01")},
                  {QStringLiteral("period_end"), QStringLiteral("2025-01-31")},
                  {QStringLiteral("currency"), QStringLiteral("USD")},
                  {QStringLiteral("subtotal_cents"), 1000},
                  {QStringLiteral("tax_cents"), 85},
                  {QStringLiteral("total_cents"), 1085},
                  {QStringLiteral("paid_cents"), 0},
                  {QStringLiteral("due_cents"), 1085},
                  {QStringLiteral("created_at"), ts(0)},
                  {QStringLiteral("updated_at"), ts(updatedSecond)}};
    if (withItems)
        o.insert(QStringLiteral("line_items"),
                 QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("did")},
                                        {QStringLiteral("description"), QStringLiteral("DID +15015550100")},
                                        {QStringLiteral("quantity"), 1},
                                        {QStringLiteral("unit_price"), QStringLiteral("10.00")},
                                        {QStringLiteral("amount_cents"), 1000}}});
    return o;
}

// Caps the cache file at its current size: the next growth fails with SQLITE_FULL, as on a full disk.
bool capAtCurrentSize(SqlCache &cache)
{
    QSqlQuery q(cache.database());
    if (!q.exec(QStringLiteral("PRAGMA page_count")) || !q.next())
        return false;
    const int pages = q.value(0).toInt();
    q.finish();
    return q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
}

QJsonObject tombstoneJson(const QString &id, int updatedSecond)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("deleted"), true},
                       {QStringLiteral("updated_at"), ts(updatedSecond)}};
}

SyncState state(const QString &cursor, int second, bool done = false)
{
    SyncState s;
    s.cursor = cursor;
    s.updatedSince = ts(second);
    s.etag = QStringLiteral("\"e-%1\"").arg(cursor);
    s.lastSyncedAt = QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
    s.fullSyncDone = done;
    return s;
}

// Another process on the same cache file (a second console, a command-line sync): `first` runs in a forked
// child, which then says it is ready and waits; go() lets it run `then`. Each returns the child's exit
// status (0 = fine). A child still waiting when the test ends (a failed check) is killed.
class PeerProcess
{
public:
    PeerProcess(const std::function<int()> &first, const std::function<int()> &then)
    {
        if (::pipe(m_ready) != 0 || ::pipe(m_go) != 0)
            return;
        m_child = fork();
        if (m_child != 0)
            return;
        ::close(m_ready[0]);
        ::close(m_go[1]);
        if (const int status = first())
            _exit(status);
        char c = 'r';
        if (::write(m_ready[1], &c, 1) != 1 || ::read(m_go[0], &c, 1) != 1)
            _exit(100);
        _exit(then());
    }
    ~PeerProcess()
    {
        ::close(m_ready[0]);
        ::close(m_go[1]);
        if (m_child > 0) {
            ::kill(m_child, SIGKILL);
            ::waitpid(m_child, nullptr, 0);
        }
    }
    PeerProcess(const PeerProcess &) = delete;
    PeerProcess &operator=(const PeerProcess &) = delete;

    // Waits until the child is ready; false when it failed before (or could not start).
    bool ready()
    {
        if (m_child <= 0)
            return false;
        ::close(std::exchange(m_ready[1], -1));
        ::close(std::exchange(m_go[0], -1));
        char c = 0;
        return ::read(m_ready[0], &c, 1) == 1;
    }
    // Lets it run `then`; its exit status (-1: it did not exit normally).
    int go()
    {
        char c = 'g';
        if (::write(m_go[1], &c, 1) != 1)
            return -1;
        int status = 0;
        const pid_t child = std::exchange(m_child, 0);
        if (::waitpid(child, &status, 0) != child || !WIFEXITED(status))
            return -1;
        return WEXITSTATUS(status);
    }

private:
    int m_ready[2] = {-1, -1};
    int m_go[2] = {-1, -1};
    pid_t m_child = 0;
};

} // namespace

class tst_CacheApply : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<SqlCache> m_cache;

    // One tenant page and one number page, as a sync's first lists.
    bool applyTenantAndNumberPages(QString *error)
    {
        return m_cache->applyJsonPage(
                   Resource::Tenants,
                   {tenantJson(QStringLiteral("tnt_1"), QStringLiteral("Acme Plumbing"), 1)},
                   state(QStringLiteral("t"), 1, true), error) &&
               m_cache->applyJsonPage(Resource::PhoneNumbers,
                                      {numberJson(QStringLiteral("pn_1"), QStringLiteral("+15015550101"), 2)},
                                      state(QStringLiteral("n"), 2, true), error);
    }

    static int indexesAndTriggersOn(SqlCache &cache, const QString &table)
    {
        QSqlQuery q(cache.database());
        q.prepare(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type IN ('index','trigger') AND sql IS"
                           " NOT NULL AND tbl_name = ?"));
        q.addBindValue(table);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    // The invoices' derived rows (cash events and line summaries, each with its invoice's id) and their JSON
    // columns, comparable between caches whose row ids differ.
    static QStringList derivedRows(SqlCache &c)
    {
        QSqlQuery q(c.database());
        QStringList out;
        for (const QString &sql :
             {QStringLiteral(
                  "SELECT i.id, c.tenant_id, c.payment, c.at, c.amount_cents FROM invoice_cash c JOIN"
                  " invoices i ON i.row_id = c.invoice_row ORDER BY 1, 3, 4, 5"),
              QStringLiteral(
                  "SELECT i.id, l.base_cents, l.ext_qty, l.ext_cents, l.did_local_qty,"
                  " l.did_toll_free_qty, l.did_cents, l.min_qty, l.min_cents FROM invoice_lines l JOIN"
                  " invoices i ON i.row_id = l.invoice_row ORDER BY 1"),
              QStringLiteral(
                  "SELECT count(*) FROM invoice_lines WHERE invoice_row NOT IN (SELECT row_id FROM "
                  "invoices)"),
              QStringLiteral(
                  "SELECT id, line_items_json, payments_json, refunds_json FROM invoices ORDER BY 1")}) {
            if (!q.exec(sql))
                return QStringList{q.lastError().text()};
            while (q.next()) {
                QStringList row;
                for (int i = 0; i < q.record().count(); ++i) {
                    const QVariant v = q.value(i);
                    // JSON columns compared by meaning: the writers may order keys differently.
                    const QJsonDocument d = QJsonDocument::fromJson(v.toString().toUtf8());
                    row << (v.isNull() ? QStringLiteral("NULL")
                            : d.isArray()
                                ? QString::fromUtf8(QJsonDocument(d.array()).toJson(QJsonDocument::Compact))
                                : v.toString());
                }
                out << row.join(QLatin1Char('|'));
            }
        }
        return out;
    }

private slots:
    void init()
    {
        static int n = 0;
        m_path = m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++n));
        m_cache = std::make_unique<SqlCache>();
        const CacheOpenReport r = m_cache->open(m_path);
        QVERIFY2(r.usable, qPrintable(r.detail));
        QCOMPARE(r.outcome, CacheOpenReport::Outcome::Created);
        QVERIFY(r.fullResyncNeeded);
    }
    void cleanup() { m_cache.reset(); }

    void upsertIsIdempotentAndSyncStateCommitsWithThePage()
    {
        const QJsonArray page{numberJson(QStringLiteral("pn_1"), QStringLiteral("+15015550101"), 10),
                              numberJson(QStringLiteral("pn_2"), QStringLiteral("+15015550102"), 11)};
        QString error;
        QVERIFY2(
            m_cache->applyJsonPage(Resource::PhoneNumbers, page, state(QStringLiteral("c1"), 11), &error),
            qPrintable(error));
        QVERIFY2(
            m_cache->applyJsonPage(Resource::PhoneNumbers, page, state(QStringLiteral("c1"), 11), &error),
            qPrintable(error));
        QCOMPARE(m_cache->count(Resource::PhoneNumbers), 2);
        QCOMPARE(m_cache->syncState(Resource::PhoneNumbers), state(QStringLiteral("c1"), 11));
        const auto n = m_cache->phoneNumber(QStringLiteral("pn_2"));
        QVERIFY(n);
        QCOMPARE(n->e164, QStringLiteral("+15015550102"));
        QCOMPARE(n->monthly.cents(), 150);
        QCOMPARE(n->updatedAt, QDateTime(QDate(2025, 1, 1), QTime(0, 0, 11), Qt::UTC));
        QVERIFY(!n->e911Address);
        QVERIFY(n->callFlow.isEmpty());
        // Other resources keep their own state.
        QCOMPARE(m_cache->syncState(Resource::Tenants), SyncState());
    }

    void olderVersionNeverOverwritesNewerAndTiesApply()
    {
        QString error;
        QVERIFY(m_cache->applyJsonPage(
            Resource::PhoneNumbers,
            {numberJson(QStringLiteral("pn_1"), QStringLiteral("+15015550101"), 20, QStringLiteral("NEW"))},
            state(QStringLiteral("a"), 20), &error));
        // A stale copy (earlier updated_at) arrives late: ignored.
        QVERIFY(m_cache->applyJsonPage(
            Resource::PhoneNumbers,
            {numberJson(QStringLiteral("pn_1"), QStringLiteral("+15015550101"), 5, QStringLiteral("OLD"))},
            state(QStringLiteral("b"), 20), &error));
        QCOMPARE(m_cache->phoneNumber(QStringLiteral("pn_1"))->cnam, QStringLiteral("NEW"));
        // Same id on two pages with the same updated_at (a tie): the later page's copy is applied, once.
        QVERIFY(m_cache->applyJsonPage(
            Resource::PhoneNumbers,
            {numberJson(QStringLiteral("pn_1"), QStringLiteral("+15015550101"), 20, QStringLiteral("TIE"))},
            state(QStringLiteral("c"), 20), &error));
        QCOMPARE(m_cache->phoneNumber(QStringLiteral("pn_1"))->cnam, QStringLiteral("TIE"));
        QCOMPARE(m_cache->count(Resource::PhoneNumbers), 1);
        // The same id twice within one page: last one wins.
        QVERIFY(m_cache->applyJsonPage(
            Resource::PhoneNumbers,
            {numberJson(QStringLiteral("pn_1"), QStringLiteral("+15015550101"), 30, QStringLiteral("X")),
             numberJson(QStringLiteral("pn_1"), QStringLiteral("+15015550101"), 31, QStringLiteral("Y"))},
            state(QStringLiteral("d"), 31), &error));
        QCOMPARE(m_cache->phoneNumber(QStringLiteral("pn_1"))->cnam, QStringLiteral("Y"));
    }

    void tombstonesDelete()
    {
        QString error;
        QVERIFY(
            m_cache->applyJsonPage(Resource::PhoneNumbers,
                                   {numberJson(QStringLiteral("pn_1"), QStringLiteral("+15015550101"), 10),
                                    numberJson(QStringLiteral("pn_2"), QStringLiteral("+15015550102"), 10)},
                                   state(QStringLiteral("a"), 10), &error));
        QVERIFY(m_cache->applyJsonPage(
            Resource::PhoneNumbers,
            {tombstoneJson(QStringLiteral("pn_1"), 12), tombstoneJson(QStringLiteral("pn_unknown"), 12),
             tombstoneJson(QStringLiteral("pn_2"), 5)}, // older than the record: re-created since
            state(QStringLiteral("b"), 12), &error));
        QVERIFY(!m_cache->phoneNumber(QStringLiteral("pn_1")));
        QVERIFY(m_cache->phoneNumber(QStringLiteral("pn_2")));
        QCOMPARE(m_cache->searchIds(Resource::PhoneNumbers, QStringLiteral("5550101")), QStringList());
        QCOMPARE(m_cache->syncState(Resource::PhoneNumbers).cursor, QStringLiteral("b"));
    }

    void badRecordRejectsWholePage()
    {
        QString error;
        QVERIFY(m_cache->applyJsonPage(
            Resource::PhoneNumbers, {numberJson(QStringLiteral("pn_1"), QStringLiteral("+15015550101"), 10)},
            state(QStringLiteral("a"), 10), &error));
        QSignalSpy spy(m_cache.get(), &AbstractCache::changed);
        QJsonObject bad = numberJson(QStringLiteral("pn_3"), QStringLiteral("+15015550103"), 12);
        bad.insert(QStringLiteral("monthly_cents"), QStringLiteral("12.5"));
        const QJsonArray page{
            numberJson(QStringLiteral("pn_1"), QStringLiteral("+15015550101"), 11, QStringLiteral("CHANGED")),
            numberJson(QStringLiteral("pn_2"), QStringLiteral("+15015550102"), 11), bad,
            tombstoneJson(QStringLiteral("pn_1"), 13)};
        QVERIFY(
            !m_cache->applyJsonPage(Resource::PhoneNumbers, page, state(QStringLiteral("b"), 13), &error));
        QVERIFY2(error.contains(QLatin1String("monthly_cents")), qPrintable(error));
        QCOMPARE(m_cache->count(Resource::PhoneNumbers), 1);
        QCOMPARE(m_cache->phoneNumber(QStringLiteral("pn_1"))->cnam, QStringLiteral("ACME"));
        QCOMPARE(m_cache->syncState(Resource::PhoneNumbers).cursor, QStringLiteral("a"));
        QCOMPARE(spy.count(), 0);
    }

    void diskFullRollsBackAndKeepsOldData()
    {
        QString error;
        QVERIFY(m_cache->applyJsonPage(
            Resource::PhoneNumbers, {numberJson(QStringLiteral("pn_1"), QStringLiteral("+15015550101"), 10)},
            state(QStringLiteral("a"), 10), &error));
        QVERIFY(capAtCurrentSize(*m_cache));
        QSqlQuery q(m_cache->database());
        QJsonArray big;
        for (int i = 0; i < 2000; ++i)
            big.append(numberJson(QStringLiteral("pn_big_%1").arg(i),
                                  QStringLiteral("+1501556%1").arg(i, 4, 10, QLatin1Char('0')), 20,
                                  QString(15, QLatin1Char('Z'))));
        QSignalSpy spy(m_cache.get(), &AbstractCache::changed);
        QVERIFY(!m_cache->applyJsonPage(Resource::PhoneNumbers, big, state(QStringLiteral("b"), 20), &error));
        QVERIFY2(error.contains(QLatin1String("disk is full")), qPrintable(error));
        QCOMPARE(spy.count(), 0);
        QCOMPARE(m_cache->count(Resource::PhoneNumbers), 1);
        QCOMPARE(m_cache->syncState(Resource::PhoneNumbers).cursor, QStringLiteral("a"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA quick_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        q.finish();
        // The cache keeps working once there is room again.
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
        q.finish();
        QVERIFY2(m_cache->applyJsonPage(Resource::PhoneNumbers, big, state(QStringLiteral("b"), 20), &error),
                 qPrintable(error));
        QCOMPARE(m_cache->count(Resource::PhoneNumbers), 2001);
    }

    // A tenant's usage keeps its meters (a cap or none) and its alerts through the cache, in a plain write
    // and in a bulk load.
    void usageMetersAndAlertsRoundTrip_data()
    {
        QTest::addColumn<bool>("bulk");
        QTest::newRow("page") << false;
        QTest::newRow("bulk load") << true;
    }
    void usageMetersAndAlertsRoundTrip()
    {
        QFETCH(bool, bulk);
        TenantUsage u;
        u.tenantId = QStringLiteral("tnt_7");
        u.periodStart = QDate(2026, 11, 1);
        u.periodEnd = QDate(2026, 11, 30);
        u.spendCents = UsageMeter{12345, 20000, 61, false, false};
        u.extensions = UsageMeter{4, std::nullopt, std::nullopt, false, false};
        u.dids = UsageMeter{10, 10, 100, true, true};
        u.minutes = UsageMeter{900, 1000, 90, true, false};
        u.minutesLocal = 700;
        u.minutesTollFree = 200;
        u.alerts = {UsageAlert{QStringLiteral("dids"), QStringLiteral("exceeded"), 10, 10,
                               QDateTime::fromMSecsSinceEpoch(1'764'000'000'123, Qt::UTC)},
                    UsageAlert{QStringLiteral("minutes"), QString::fromUtf8("warn \"80\" \u00e9"), 800, 1000,
                               QDateTime::fromMSecsSinceEpoch(1'763'000'000'000, Qt::UTC)}};
        u.updatedAt = QDateTime::fromMSecsSinceEpoch(1'764'000'001'000, Qt::UTC);
        RecordPage page;
        page.resource = Resource::TenantUsage;
        page.tenantUsage = {u};
        QString error;
        if (bulk)
            QVERIFY2(m_cache->beginBulkLoad(&error), qPrintable(error));
        QVERIFY2(m_cache->applyPage(page, state(QStringLiteral("u"), 5), &error), qPrintable(error));
        if (bulk)
            QVERIFY2(m_cache->finishBulkLoad(&error), qPrintable(error));
        const auto got = m_cache->tenantUsage(QStringLiteral("tnt_7"));
        QVERIFY(got);
        QCOMPARE(got->periodStart, u.periodStart);
        QCOMPARE(got->periodEnd, u.periodEnd);
        const std::pair<const UsageMeter *, const UsageMeter *> meters[] = {{&got->spendCents, &u.spendCents},
                                                                            {&got->extensions, &u.extensions},
                                                                            {&got->dids, &u.dids},
                                                                            {&got->minutes, &u.minutes}};
        for (const auto &[a, b] : meters) {
            QCOMPARE(a->used, b->used);
            QCOMPARE(a->limit, b->limit);
            QCOMPARE(a->percent, b->percent);
            QCOMPARE(a->alerted, b->alerted);
            QCOMPARE(a->exceeded, b->exceeded);
        }
        QCOMPARE(got->minutesLocal, 700);
        QCOMPARE(got->minutesTollFree, 200);
        QCOMPARE(got->alerts.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(got->alerts.at(i).meter, u.alerts.at(i).meter);
            QCOMPARE(got->alerts.at(i).level, u.alerts.at(i).level);
            QCOMPARE(got->alerts.at(i).used, u.alerts.at(i).used);
            QCOMPARE(got->alerts.at(i).limit, u.alerts.at(i).limit);
            QCOMPARE(got->alerts.at(i).at, u.alerts.at(i).at);
        }
    }

    // The console's UI opens its own connection while the sync engine's is bulk-loading the same file: that
    // open must leave the load alone (restoring the triggers under the loader made it store the invoices'
    // derived rows twice: "UNIQUE constraint failed: invoice_lines.invoice_row"). A load nobody finishes is
    // still repaired by the next open.
    void openingDuringABulkLoadLeavesItAlone()
    {
        QString error;
        QVERIFY2(m_cache->beginBulkLoad(&error), qPrintable(error));
        QVERIFY2(m_cache->applyJsonPage(Resource::Invoices,
                                        {invoiceJson(QStringLiteral("inv_1"), QStringLiteral("INV-1"),
                                                     QStringLiteral("tnt_1"), 1)},
                                        state(QStringLiteral("i1"), 1), &error),
                 qPrintable(error));
        const auto triggers = [](SqlCache &c) {
            QSqlQuery q(c.database());
            q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'invoices_derived_ai'"));
            return q.next() ? q.value(0).toInt() : -1;
        };
        {
            SqlCache ui;
            QVERIFY(ui.open(m_path).usable);
            QVERIFY(!ui.isBulkLoading());
            QCOMPARE(triggers(ui), 0);
        }
        QVERIFY(m_cache->isBulkLoading());
        QVERIFY2(m_cache->applyJsonPage(Resource::Invoices,
                                        {invoiceJson(QStringLiteral("inv_2"), QStringLiteral("INV-2"),
                                                     QStringLiteral("tnt_1"), 2)},
                                        state(QStringLiteral("i2"), 2), &error),
                 qPrintable(error));
        QVERIFY2(m_cache->finishBulkLoad(&error), qPrintable(error));
        QCOMPARE(triggers(*m_cache), 1);
        QSqlQuery q(m_cache->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(did_cents) FROM invoice_lines")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        q.finish();

        // Left unfinished by its loader (closed mid-load): the next open repairs it.
        QVERIFY2(m_cache->beginBulkLoad(&error), qPrintable(error));
        m_cache->close();
        SqlCache later;
        QVERIFY(later.open(m_path).usable);
        QVERIFY(!later.isBulkLoading());
        QCOMPARE(triggers(later), 1);
        QCOMPARE(later.searchIds(Resource::Invoices, QStringLiteral("INV-2")),
                 QStringList{QStringLiteral("inv_2")});
    }

    // The same with the loader in another process (a command-line sync while the console is open on the same
    // profile): opening the file leaves the load to it, a second load is refused while it runs, and this
    // process's own invoice writes meanwhile get their derived rows although the triggers are gone. When
    // the loader finishes, every invoice has one set of derived rows, as the triggers would have written
    // them, and search finds all of them.
    void anotherProcessesBulkLoadIsLeftToIt()
    {
        m_cache.reset();
        const auto paid = [](int n, int second) {
            QJsonObject o = invoiceJson(QStringLiteral("inv_%1").arg(n), QStringLiteral("INV-%1").arg(n),
                                        QStringLiteral("tnt_%1").arg(n), second);
            o.insert(QStringLiteral("paid_cents"), 100 * n);
            o.insert(QStringLiteral("payments"),
                     QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("pay_%1").arg(n)},
                                            {QStringLiteral("amount_cents"), 100 * n},
                                            {QStringLiteral("paid_at"), ts(second)},
                                            {QStringLiteral("method"), QStringLiteral("card")}}});
            return o;
        };
        SqlCache loading; // opened in the child only
        PeerProcess loader(
            [&] {
                if (!loading.open(m_path).usable || !loading.beginBulkLoad())
                    return 3;
                // A listing that completes commits the pages before it.
                const bool ok =
                    loading.applyJsonPage(Resource::Invoices, {paid(1, 1)}, state(QStringLiteral("i1"), 1)) &&
                    loading.finishBulkLoadOf(Resource::PortRequests);
                return ok ? 0 : 4;
            },
            [&] {
                const bool ok =
                    loading.applyJsonPage(Resource::Invoices, {paid(3, 3)}, state(QStringLiteral("i3"), 3)) &&
                    loading.finishBulkLoad();
                return ok ? 0 : 6;
            });
        QVERIFY(loader.ready()); // the loader failed before it was ready
        const auto triggers = [](SqlCache &cache) {
            QSqlQuery q(cache.database());
            q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'invoices_derived_ai'"));
            return q.next() ? q.value(0).toInt() : -1;
        };
        QString error;
        {
            SqlCache ui;
            QVERIFY(ui.open(m_path).usable);
            QVERIFY(!ui.isBulkLoading());
            QCOMPARE(triggers(ui), 0);
            QVERIFY(!ui.beginBulkLoad(&error));
            QCOMPARE(error, SqlCache::tr("Another connection is loading this cache."));
            RecordPage edit;
            QVERIFY2(RecordDecoder::decodePage(Resource::Invoices, {paid(2, 2)}, &edit, &error),
                     qPrintable(error));
            QVERIFY2(ui.upsertRecords(edit, &error), qPrintable(error));
            QSqlQuery q(ui.database());
            QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM invoice_lines l JOIN invoices i ON"
                                          " i.row_id = l.invoice_row WHERE i.id = 'inv_2'), (SELECT count(*)"
                                          " FROM invoice_cash c JOIN invoices i ON i.row_id = c.invoice_row"
                                          " WHERE i.id = 'inv_2')")) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.value(1).toInt() > 0);
        }
        QCOMPARE(loader.go(), 0);

        SqlCache after;
        QVERIFY(after.open(m_path).usable);
        QVERIFY(!after.isBulkLoading());
        QCOMPARE(triggers(after), 1);
        for (int n = 1; n <= 3; ++n)
            QCOMPARE(after.searchIds(Resource::Invoices, QStringLiteral("INV-%1").arg(n)),
                     QStringList{QStringLiteral("inv_%1").arg(n)});
        SqlCache reference;
        QVERIFY(reference.open(m_dir.filePath(QStringLiteral("reference.sqlite"))).usable);
        for (int n = 1; n <= 3; ++n)
            QVERIFY2(reference.applyJsonPage(Resource::Invoices, {paid(n, n)}, state(QString(), n), &error),
                     qPrintable(error));
        const QStringList expected = derivedRows(reference);
        QCOMPARE(expected.size(), 10); // 3 cash rows, 3 summaries, no orphan (a count), 3 invoices
        QCOMPARE(derivedRows(after), expected);
    }

    // A cache in memory (no path, or a folder that is not writable) has no file to put a lock beside: it is
    // loaded record by record, and no lock file appears in the working folder.
    void cacheInMemoryIsLoadedWithoutALock()
    {
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path()));
        const auto back = qScopeGuard([&] { QDir::setCurrent(before); });
        SqlCache memory;
        QVERIFY(memory.open(QString()).inMemory);
        QString error;
        QVERIFY(!memory.beginBulkLoad(&error));
        QCOMPARE(error, SqlCache::tr("A cache in memory is loaded record by record."));
        QVERIFY(!memory.isBulkLoading());
        QVERIFY2(memory.applyJsonPage(Resource::Tenants,
                                      {tenantJson(QStringLiteral("tnt_1"), QStringLiteral("Acme"), 1)},
                                      state(QStringLiteral("t"), 1), &error),
                 qPrintable(error));
        QCOMPARE(memory.searchIds(Resource::Tenants, QStringLiteral("acme")),
                 QStringList{QStringLiteral("tnt_1")});
        QVERIFY(QDir(m_dir.path())
                    .entryList({QStringLiteral("*bulk-lock*")}, QDir::Hidden | QDir::Files)
                    .isEmpty());
    }

    // The indexes of a bulk load are sorted in runs through temporary files with a small page cache and a
    // helper thread; the connection has its own settings again afterwards (in-memory temporary storage,
    // the large cache, no helper threads), and the indexes answer.
    void bulkLoadEndRestoresConnectionSettings()
    {
        QString error;
        QVERIFY2(m_cache->beginBulkLoad(&error), qPrintable(error));
        QJsonArray page;
        for (int i = 0; i < 50; ++i)
            page.append(numberJson(QStringLiteral("pn_s%1").arg(i),
                                   QStringLiteral("+1501558%1").arg(i, 4, 10, QLatin1Char('0')), 30 + i));
        QVERIFY2(m_cache->applyJsonPage(Resource::PhoneNumbers, page, state(QStringLiteral("s"), 80), &error),
                 qPrintable(error));
        QVERIFY2(m_cache->finishBulkLoad(&error), qPrintable(error));
        QSqlQuery q(m_cache->database());
        const auto pragma = [&q](const char *name) {
            return q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) && q.next()
                       ? q.value(0).toInt()
                       : -1;
        };
        QCOMPARE(pragma("temp_store"), 2); // MEMORY
        QCOMPARE(pragma("cache_size"), -128 * 1024);
        QCOMPARE(pragma("threads"), 0);
        const QString plan =
            queryPlan(m_cache->database(),
                      QStringLiteral("SELECT id FROM phone_numbers WHERE status = 'ACTIVE' ORDER BY e164"));
        QVERIFY2(plan.contains(QLatin1String("phone_numbers_by_status")), qPrintable(plan));
    }

    // A page that fails during a bulk load (here: the disk fills up) takes the uncommitted pages before it
    // with it: the cache holds exactly what its cursor says, and the same pages apply again once there is
    // room.
    void diskFullDuringBulkLoadKeepsCursorAndDataTogether()
    {
        QString error;
        QVERIFY(m_cache->applyJsonPage(
            Resource::PhoneNumbers, {numberJson(QStringLiteral("pn_1"), QStringLiteral("+15015550101"), 10)},
            state(QStringLiteral("a"), 10), &error));
        QVERIFY2(m_cache->beginBulkLoad(&error), qPrintable(error));
        const auto page = [](int n, int count) {
            QJsonArray a;
            for (int i = 0; i < count; ++i)
                a.append(numberJson(QStringLiteral("pn_%1_%2").arg(n).arg(i),
                                    QStringLiteral("+1501557%1%2").arg(n).arg(i, 3, 10, QLatin1Char('0')),
                                    20 + n, QString(15, QLatin1Char('Z'))));
            return a;
        };
        QVERIFY2(m_cache->applyJsonPage(Resource::PhoneNumbers, page(1, 10), state(QStringLiteral("p1"), 21),
                                        &error),
                 qPrintable(error));
        QVERIFY2(m_cache->applyJsonPage(Resource::PhoneNumbers, page(2, 10), state(QStringLiteral("p2"), 22),
                                        &error),
                 qPrintable(error));
        QVERIFY(capAtCurrentSize(*m_cache));
        QSqlQuery q(m_cache->database());
        // Larger than the pages the dropped indexes left free (with 16 KiB pages, that is room for a few
        // thousand records).
        QVERIFY(!m_cache->applyJsonPage(Resource::PhoneNumbers, page(3, 10000),
                                        state(QStringLiteral("p3"), 23), &error));
        QVERIFY2(error.contains(QLatin1String("disk is full")), qPrintable(error));
        QCOMPARE(m_cache->syncState(Resource::PhoneNumbers).cursor, QStringLiteral("a"));
        QCOMPARE(m_cache->count(Resource::PhoneNumbers), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA quick_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        q.finish();
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
        q.finish();
        for (int n = 1; n <= 3; ++n)
            QVERIFY2(m_cache->applyJsonPage(Resource::PhoneNumbers, page(n, n == 3 ? 10000 : 10),
                                            state(QStringLiteral("p%1").arg(n), 20 + n), &error),
                     qPrintable(error));
        QVERIFY2(m_cache->finishBulkLoad(&error), qPrintable(error));
        QCOMPARE(m_cache->count(Resource::PhoneNumbers), 10021);
        QCOMPARE(m_cache->syncState(Resource::PhoneNumbers).cursor, QStringLiteral("p3"));
        QCOMPARE(m_cache->searchIds(Resource::PhoneNumbers, QStringLiteral("150155739999")),
                 QStringList{QStringLiteral("pn_3_9999")});
    }

    // Scenario: SIGKILL while pages are being written. After a restart quick_check passes (the cache is
    // opened, not rebuilt) and the cursor matches the data exactly: every page up to the cursor, nothing
    // after.
    void killedWhileWritingKeepsCursorAndDataTogether_data()
    {
        QTest::addColumn<bool>("bulk");
        QTest::addColumn<int>("afterPage"); // page by page: kill once this page is committed (plus a jitter)
        QTest::newRow("page by page, after page 2") << false << 2;
        QTest::newRow("page by page, after page 5") << false << 5;
        QTest::newRow("page by page, after page 9") << false << 9;
        QTest::newRow("in a bulk load") << true << 0;
    }
    void killedWhileWritingKeepsCursorAndDataTogether()
    {
        QFETCH(bool, bulk);
        QFETCH(int, afterPage);
        m_cache.reset();
        const int pageSize = 200;
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // The writer: pages until killed. Page p holds numbers p*pageSize .. p*pageSize+pageSize-1 and
            // its sync state says "page-p".
            SqlCache writer;
            if (!writer.open(m_path).usable)
                _exit(3);
            if (bulk && !writer.beginBulkLoad())
                _exit(4);
            for (int p = 0;; ++p) {
                QJsonArray data;
                for (int i = 0; i < pageSize; ++i) {
                    const int n = p * pageSize + i;
                    data.append(numberJson(QStringLiteral("pn_%1").arg(n, 8, 10, QLatin1Char('0')),
                                           QStringLiteral("+1501%1").arg(n, 7, 10, QLatin1Char('0')), n));
                }
                if (!writer.applyJsonPage(Resource::PhoneNumbers, data,
                                          state(QStringLiteral("page-%1").arg(p), p)))
                    _exit(5);
            }
        }
        if (bulk) {
            QTest::qWait(500);
        } else {
            SqlCache watcher;
            QVERIFY(watcher.open(m_path).usable);
            QTRY_VERIFY_WITH_TIMEOUT(
                watcher.syncState(Resource::PhoneNumbers).cursor.mid(5).toInt() >= afterPage, 60000);
            QTest::qWait(QRandomGenerator::global()->bounded(40)); // somewhere inside a later page
        }
        QCOMPARE(::kill(child, SIGKILL), 0);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY2(WIFSIGNALED(status), "the writer stopped by itself");

        SqlCache cache;
        const CacheOpenReport report = cache.open(m_path);
        QCOMPARE(report.outcome, CacheOpenReport::Outcome::Opened); // quick_check passed, nothing rebuilt
        const SyncState st = cache.syncState(Resource::PhoneNumbers);
        const qint64 count = cache.count(Resource::PhoneNumbers);
        QVERIFY(!cache.isBulkLoading()); // an interrupted bulk load is finished at open
        if (st.cursor.isEmpty()) {
            QVERIFY(bulk); // nothing committed yet: only possible within the first bulk group
            QCOMPARE(count, 0);
            return;
        }
        QVERIFY(st.cursor.mid(5).toInt() >= afterPage);
        const int lastPage = st.cursor.mid(5).toInt();
        QCOMPARE(count, qint64(lastPage + 1) * pageSize);
        QVERIFY(cache.phoneNumber(
            QStringLiteral("pn_%1").arg((lastPage + 1) * pageSize - 1, 8, 10, QLatin1Char('0'))));
        QVERIFY(!cache.phoneNumber(
            QStringLiteral("pn_%1").arg((lastPage + 1) * pageSize, 8, 10, QLatin1Char('0'))));
        // Search covers everything committed.
        QCOMPARE(cache.searchIds(Resource::PhoneNumbers, QStringLiteral("15010000000")),
                 QStringList{QStringLiteral("pn_00000000")});
    }

    void changeNotificationsCarryIds()
    {
        QSignalSpy spy(m_cache.get(), &AbstractCache::changed);
        QString error;
        QVERIFY(
            m_cache->applyJsonPage(Resource::PhoneNumbers,
                                   {numberJson(QStringLiteral("pn_1"), QStringLiteral("+15015550101"), 10),
                                    numberJson(QStringLiteral("pn_2"), QStringLiteral("+15015550102"), 10),
                                    tombstoneJson(QStringLiteral("pn_9"), 10)},
                                   state(QStringLiteral("a"), 10), &error));
        QCOMPARE(spy.count(), 1);
        const auto change = spy.at(0).at(0).value<CacheChange>();
        QCOMPARE(change.resource, Resource::PhoneNumbers);
        QCOMPARE(change.table, QStringLiteral("phone_numbers"));
        QCOMPARE(change.upsertedIds, (QStringList{QStringLiteral("pn_1"), QStringLiteral("pn_2")}));
        QCOMPARE(change.deletedIds, QStringList{QStringLiteral("pn_9")});
        QVERIFY(!change.reset);
    }

    void secondInstanceSeesCommittedPages()
    {
        SqlCache reader;
        const CacheOpenReport r = reader.open(m_path);
        QVERIFY(r.usable);
        QVERIFY(reader.connectionName() != m_cache->connectionName());
        QString error;
        QVERIFY(m_cache->applyJsonPage(Resource::Tenants,
                                       {tenantJson(QStringLiteral("tnt_1"), QStringLiteral("Acme"), 1)},
                                       state(QStringLiteral("t"), 1), &error));
        QCOMPARE(reader.count(Resource::Tenants), 1);
        QCOMPARE(reader.tenant(QStringLiteral("tnt_1"))->name, QStringLiteral("Acme"));
    }

    // A second console on the same profile, in the middle of a long write: this one waits for it (the busy
    // timeout), then gives up with a message that says why; nothing of its page is written, and the same
    // page applies once the other is done.
    void secondInstanceWritingWaitsThenSaysWhy()
    {
        QString error;
        QVERIFY2(m_cache->applyJsonPage(Resource::Tenants,
                                        {tenantJson(QStringLiteral("tnt_1"), QStringLiteral("Acme"), 1)},
                                        state(QStringLiteral("t1"), 1), &error),
                 qPrintable(error));
        SqlCache other; // the other console: opened in the child only, a write transaction held open
        PeerProcess console(
            [&] {
                if (!other.open(m_path).usable)
                    return 3;
                QSqlQuery q(other.database());
                const bool ok =
                    q.exec(QStringLiteral("BEGIN IMMEDIATE")) &&
                    q.exec(QStringLiteral("UPDATE tenants SET name = 'Other' WHERE id = 'tnt_1'"));
                return ok ? 0 : 4;
            },
            [&] { return QSqlQuery(other.database()).exec(QStringLiteral("COMMIT")) ? 0 : 6; });
        QVERIFY(console.ready());

        const QJsonArray page{
            tenantJson(QStringLiteral("tnt_2"), QStringLiteral("Beta"), 2, QStringLiteral("beta"))};
        QElapsedTimer waited;
        waited.start();
        QVERIFY(!m_cache->applyJsonPage(Resource::Tenants, page, state(QStringLiteral("t2"), 2), &error));
        QVERIFY2(waited.elapsed() >= 4000, "gave up without waiting for the other console");
        QVERIFY2(
            error.contains(SqlCache::tr("The offline cache is in use by another SimuWave Console on this "
                                        "profile. (%1)")
                               .section(QLatin1String(" ("), 0, 0)),
            qPrintable(error));
        QVERIFY(!m_cache->tenant(QStringLiteral("tnt_2")));
        QCOMPARE(m_cache->syncState(Resource::Tenants).cursor, QStringLiteral("t1"));

        QCOMPARE(console.go(), 0);
        QVERIFY2(m_cache->applyJsonPage(Resource::Tenants, page, state(QStringLiteral("t2"), 2), &error),
                 qPrintable(error));
        QCOMPARE(m_cache->tenant(QStringLiteral("tnt_1"))->name, QStringLiteral("Other"));
        QCOMPARE(m_cache->tenant(QStringLiteral("tnt_2"))->name, QStringLiteral("Beta"));
        QCOMPARE(m_cache->syncState(Resource::Tenants).cursor, QStringLiteral("t2"));
    }

    void searchFindsSubstrings()
    {
        QString error;
        QVERIFY(m_cache->applyJsonPage(Resource::Tenants,
                                       {tenantJson(QStringLiteral("tnt_1"), QStringLiteral("Acme Plumbing"),
                                                   1, QStringLiteral("acmeplumb")),
                                        tenantJson(QStringLiteral("tnt_2"), QStringLiteral("Zenith Dental"),
                                                   1, QStringLiteral("zenith"))},
                                       state(QStringLiteral("t"), 1), &error));
        QVERIFY(m_cache->applyJsonPage(
            Resource::PhoneNumbers,
            {numberJson(QStringLiteral("pn_1"), QStringLiteral("+15015550101"), 2,
                        QStringLiteral("ACME PLUMB")),
             numberJson(QStringLiteral("pn_2"), QStringLiteral("+13125559876"), 2, QStringLiteral("SMILE"),
                        QStringLiteral("tnt_2")),
             numberJson(QStringLiteral("pn_3"), QStringLiteral("+442071234567"), 2, QString(), QString())},
            state(QStringLiteral("n"), 2), &error));
        QVERIFY(m_cache->applyJsonPage(Resource::Invoices,
                                       {invoiceJson(QStringLiteral("inv_1"), QStringLiteral("INV-2025-0001"),
                                                    QStringLiteral("tnt_1"), 3),
                                        invoiceJson(QStringLiteral("inv_2"), QStringLiteral("INV-2025-0002"),
                                                    QStringLiteral("tnt_2"), 3)},
                                       state(QStringLiteral("i"), 3), &error));
        const auto ids = [this](Resource r, const char *q) {
            return m_cache->searchIds(r, QString::fromUtf8(q));
        };
        QCOMPARE(ids(Resource::Tenants, "plumb"), QStringList{QStringLiteral("tnt_1")});
        QCOMPARE(ids(Resource::Tenants, "PLUMB"), QStringList{QStringLiteral("tnt_1")});
        QCOMPARE(ids(Resource::Tenants, "zenith.test"),
                 QStringList{QStringLiteral("tnt_2")}); // billing email
        QCOMPARE(ids(Resource::Tenants, "nothing like it"), QStringList());
        QCOMPARE(ids(Resource::PhoneNumbers, "5550101"), QStringList{QStringLiteral("pn_1")}); // digits
        QCOMPARE(ids(Resource::PhoneNumbers, "(312) 555-98"),
                 QStringList{QStringLiteral("pn_2")}); // formatted
        QCOMPARE(ids(Resource::PhoneNumbers, "312-555-9876"),
                 QStringList{QStringLiteral("pn_2")}); // other punctuation
        QCOMPARE(ids(Resource::PhoneNumbers, "+4420712"),
                 QStringList{QStringLiteral("pn_3")});                                        // international
        QCOMPARE(ids(Resource::PhoneNumbers, "smile"), QStringList{QStringLiteral("pn_2")});  // CNAM
        QCOMPARE(ids(Resource::PhoneNumbers, "dental"), QStringList{QStringLiteral("pn_2")}); // tenant name
        // Found by its CNAM and by its tenant's name: listed once.
        QCOMPARE(ids(Resource::PhoneNumbers, "plumb"), QStringList{QStringLiteral("pn_1")});
        QCOMPARE(ids(Resource::PhoneNumbers, "55"),
                 (QStringList{QStringLiteral("pn_1"), QStringLiteral("pn_2")})); // < 3 chars
        QCOMPARE(ids(Resource::Invoices, "2025-0002"), QStringList{QStringLiteral("inv_2")});
        QCOMPARE(ids(Resource::Invoices, "acme plu"), QStringList{QStringLiteral("inv_1")}); // tenant name
        QCOMPARE(ids(Resource::Invoices, "zenit"), QStringList{QStringLiteral("inv_2")});    // SIP prefix
        QCOMPARE(ids(Resource::Invoices, "Zen"), QStringList{QStringLiteral("inv_2")});      // one trigram
        QCOMPARE(ids(Resource::Invoices, "zenith.test"), QStringList()); // not by the tenant's e-mail
        QCOMPARE(ids(Resource::Invoices, "0001"), QStringList{QStringLiteral("inv_1")});
        QCOMPARE(ids(Resource::Invoices, "%"), QStringList()); // LIKE wildcards are literal
        QCOMPARE(ids(Resource::Users, "acme"), QStringList());

        // A renamed tenant is found under its new name through its numbers and invoices.
        QVERIFY(
            m_cache->applyJsonPage(Resource::Tenants,
                                   {tenantJson(QStringLiteral("tnt_2"), QStringLiteral("Bright Orthodontics"),
                                               9, QStringLiteral("bright"))},
                                   state(QStringLiteral("t2"), 9), &error));
        QCOMPARE(ids(Resource::PhoneNumbers, "orthodon"), QStringList{QStringLiteral("pn_2")});
        QCOMPARE(ids(Resource::PhoneNumbers, "dental"), QStringList());
        QCOMPARE(ids(Resource::Invoices, "bright"), QStringList{QStringLiteral("inv_2")});
        // Reassigned number follows its new tenant.
        QVERIFY(m_cache->applyJsonPage(Resource::PhoneNumbers,
                                       {numberJson(QStringLiteral("pn_1"), QStringLiteral("+15015550101"), 10,
                                                   QStringLiteral("ACME PLUMB"), QStringLiteral("tnt_2"))},
                                       state(QStringLiteral("n2"), 10), &error));
        QCOMPARE(ids(Resource::PhoneNumbers, "orthodon"),
                 (QStringList{QStringLiteral("pn_1"), QStringLiteral("pn_2")}));
    }

    void textStoredIntact_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("emoji") << QString::fromUtf8("Pizza 🍕 Palace 👩‍👩‍👧");
        QTest::newRow("rtl") << QString::fromUtf8("شركة الاتصالات ‏Acme");
        QTest::newRow("nul") << QString::fromUtf8("Nul\0Byte", 8);
        QTest::newRow("combining") << QString::fromUtf8("Cafe\u0301 Zoe\u0308");
        QTest::newRow("very long") << QString(5000, QChar(0x4E2D));
        QTest::newRow("quotes and sql") << QStringLiteral("Robert'); DROP TABLE tenants;-- \"x\"");
    }
    void textStoredIntact()
    {
        QFETCH(QString, name);
        QString error;
        QVERIFY2(m_cache->applyJsonPage(Resource::Tenants, {tenantJson(QStringLiteral("tnt_x"), name, 1)},
                                        state(QStringLiteral("t"), 1), &error),
                 qPrintable(error));
        const auto t = m_cache->tenant(QStringLiteral("tnt_x"));
        QVERIFY(t);
        QCOMPARE(t->name.size(), name.size());
        QCOMPARE(t->name, name);
        // Reopen: still the same bytes from disk.
        m_cache->close();
        QVERIFY(m_cache->open(m_path).usable);
        QCOMPARE(m_cache->tenant(QStringLiteral("tnt_x"))->name, name);
        if (name.size() >= 3 && !name.contains(QChar(0)))
            QCOMPARE(m_cache->searchIds(Resource::Tenants, name.mid(name.size() / 2 - 1, 3)),
                     QStringList{QStringLiteral("tnt_x")});
    }

    void invoiceLineItemsKeptWhenOmitted()
    {
        QString error;
        QVERIFY(m_cache->applyJsonPage(
            Resource::Invoices,
            {invoiceJson(QStringLiteral("inv_1"), QStringLiteral("INV-1"), QStringLiteral("tnt_1"), 1)},
            state(QStringLiteral("i"), 1), &error));
        QVERIFY(m_cache->applyJsonPage(Resource::Invoices,
                                       {invoiceJson(QStringLiteral("inv_1"), QStringLiteral("INV-1"),
                                                    QStringLiteral("tnt_1"), 2, false)},
                                       state(QStringLiteral("i"), 2), &error));
        const auto inv = m_cache->invoice(QStringLiteral("inv_1"));
        QVERIFY(inv && inv->lineItems);
        QCOMPARE(inv->lineItems->size(), 1);
        QCOMPARE(inv->lineItems->at(0).unitPrice.micros(), 10'000'000);
        QCOMPARE(inv->lineItems->at(0).amount.cents(), 1000);
        QCOMPARE(inv->total.cents(), 1085);
        QCOMPARE(inv->dueDate, QDate(2025, 2, 15));
    }

    void tenantLimitsFromTenantRecords()
    {
        QJsonObject t = tenantJson(QStringLiteral("tnt_1"), QStringLiteral("Acme"), 1);
        t.insert(QStringLiteral("limits"), QJsonObject{{QStringLiteral("monthly_spend_cents"), 50000},
                                                       {QStringLiteral("max_extensions"), QJsonValue()},
                                                       {QStringLiteral("max_dids"), 10},
                                                       {QStringLiteral("max_monthly_minutes"), QJsonValue()},
                                                       {QStringLiteral("alert_threshold_percent"), 75},
                                                       {QStringLiteral("auto_suspend"), true}});
        QString error;
        QVERIFY2(m_cache->applyJsonPage(Resource::Tenants, {t}, state(QStringLiteral("t"), 1), &error),
                 qPrintable(error));
        const auto l = m_cache->tenantLimits(QStringLiteral("tnt_1"));
        QVERIFY(l);
        QCOMPARE(l->limits.monthlySpendCents, std::optional<qint64>(50000));
        QCOMPARE(l->limits.maxExtensions, std::optional<qint64>());
        QCOMPARE(l->limits.alertThresholdPercent, 75);
        QVERIFY(m_cache->tenant(QStringLiteral("tnt_1"))->limits);
        // Deleting the tenant takes its limits along.
        QVERIFY(m_cache->applyJsonPage(Resource::Tenants, {tombstoneJson(QStringLiteral("tnt_1"), 5)},
                                       state(QStringLiteral("t"), 5), &error));
        QVERIFY(!m_cache->tenantLimits(QStringLiteral("tnt_1")));
    }

    void bulkLoadDefersIndexesAndSearch()
    {
        QSqlQuery q(m_cache->database());
        const auto countIndexes = [&q] {
            q.exec(QStringLiteral(
                "SELECT count(*) FROM sqlite_master WHERE type IN ('index','trigger') AND sql IS NOT NULL"));
            q.next();
            const int n = q.value(0).toInt();
            q.finish();
            return n;
        };
        const int before = countIndexes();
        QVERIFY(before > 20);
        QString error;
        QVERIFY2(m_cache->beginBulkLoad(&error), qPrintable(error));
        QVERIFY(m_cache->isBulkLoading());
        QVERIFY(countIndexes() < before);
        QSignalSpy spy(m_cache.get(), &AbstractCache::changed);
        QVERIFY2(applyTenantAndNumberPages(&error), qPrintable(error));
        QCOMPARE(m_cache->count(Resource::PhoneNumbers), 1);
        QVERIFY(m_cache->searchIds(Resource::PhoneNumbers, QStringLiteral("plumbing")).isEmpty());
        QVERIFY2(m_cache->finishBulkLoad(&error), qPrintable(error));
        QVERIFY(!m_cache->isBulkLoading());
        QCOMPARE(countIndexes(), before);
        QCOMPARE(m_cache->searchIds(Resource::PhoneNumbers, QStringLiteral("plumbing")),
                 QStringList{QStringLiteral("pn_1")});
        QCOMPARE(m_cache->syncState(Resource::PhoneNumbers).cursor, QStringLiteral("n"));
        // Pages were announced (at the grouped commit) and then a reset per resource.
        bool sawNumbers = false, sawReset = false;
        for (const QList<QVariant> &args : std::as_const(spy)) {
            const auto c = args.at(0).value<CacheChange>();
            sawNumbers = sawNumbers || c.upsertedIds.contains(QStringLiteral("pn_1"));
            sawReset = sawReset || (c.reset && c.resource == Resource::PhoneNumbers);
        }
        QVERIFY(sawNumbers);
        QVERIFY(sawReset);
        // Triggers are back: a later delta keeps search current.
        QVERIFY(m_cache->applyJsonPage(Resource::PhoneNumbers,
                                       {numberJson(QStringLiteral("pn_2"), QStringLiteral("+15015550102"), 3,
                                                   QStringLiteral("NEWCOMER"))},
                                       state(QStringLiteral("n2"), 3), &error));
        QCOMPARE(m_cache->searchIds(Resource::PhoneNumbers, QStringLiteral("newcomer")),
                 QStringList{QStringLiteral("pn_2")});
    }

    // The sync engine finishes each big list as soon as its listing is complete, while the next list is
    // still loading: only that list's indexes and search come back; the rest follow at the end, or at the
    // next open after a kill.
    void bulkLoadFinishedOneResourceAtATime()
    {
        QSqlQuery q(m_cache->database());
        const auto objectsOn = [this](const QString &table) { return indexesAndTriggersOn(*m_cache, table); };
        const int numbersBefore = objectsOn(QStringLiteral("phone_numbers"));
        const int tenantsBefore = objectsOn(QStringLiteral("tenants"));
        QVERIFY(numbersBefore > 3);
        QVERIFY(tenantsBefore > 3);
        QString error;
        QVERIFY2(m_cache->beginBulkLoad(&error), qPrintable(error));
        QVERIFY2(applyTenantAndNumberPages(&error), qPrintable(error));
        QVERIFY(objectsOn(QStringLiteral("phone_numbers")) < numbersBefore);

        QSignalSpy spy(m_cache.get(), &AbstractCache::changed);
        QVERIFY2(m_cache->finishBulkLoadOf(Resource::PhoneNumbers, &error), qPrintable(error));
        QVERIFY(m_cache->isBulkLoading());
        QCOMPARE(objectsOn(QStringLiteral("phone_numbers")), numbersBefore);
        QVERIFY(objectsOn(QStringLiteral("tenants")) < tenantsBefore);
        // What the panes see through their own connection meanwhile.
        SqlCache reader;
        QVERIFY(reader.open(m_path).usable);
        QVERIFY(!reader.isBulkLoading());
        QCOMPARE(reader.searchIds(Resource::PhoneNumbers, QStringLiteral("5550101")),
                 QStringList{QStringLiteral("pn_1")});
        QVERIFY(reader.searchIds(Resource::Tenants, QStringLiteral("plumbing")).isEmpty());
        bool numbersReset = false, tenantsReset = false;
        for (const QList<QVariant> &args : std::as_const(spy)) {
            const auto c = args.at(0).value<CacheChange>();
            numbersReset = numbersReset || (c.reset && c.resource == Resource::PhoneNumbers);
            tenantsReset = tenantsReset || (c.reset && c.resource == Resource::Tenants);
        }
        QVERIFY(numbersReset);
        QVERIFY(!tenantsReset);

        // The numbers' search triggers are back while the load goes on: a later number is found at once.
        QVERIFY(m_cache->applyJsonPage(Resource::PhoneNumbers,
                                       {numberJson(QStringLiteral("pn_2"), QStringLiteral("+15015550102"), 3,
                                                   QStringLiteral("NEWCOMER"))},
                                       state(QStringLiteral("n2"), 3), &error));
        QVERIFY2(
            q.exec(QStringLiteral("SELECT count(*) FROM phone_numbers_fts WHERE cnam LIKE '%newcomer%'")) &&
                q.next(),
            qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();
        QVERIFY2(m_cache->finishBulkLoadOf(Resource::PhoneNumbers, &error),
                 qPrintable(error)); // again: no-op
        reader.close();

        // Killed before the end: the next open restores the tenants' part, and the numbers' is not doubled.
        m_cache->close();
        QVERIFY(m_cache->open(m_path).usable);
        QVERIFY(!m_cache->isBulkLoading());
        QCOMPARE(objectsOn(QStringLiteral("tenants")), tenantsBefore);
        QCOMPARE(objectsOn(QStringLiteral("phone_numbers")), numbersBefore);
        QSqlQuery reopened(m_cache->database());
        QVERIFY(reopened.exec(QStringLiteral("SELECT count(*) FROM phone_numbers_fts")) && reopened.next());
        QCOMPARE(reopened.value(0).toInt(), 2);
        reopened.finish();
        QCOMPARE(m_cache->searchIds(Resource::Tenants, QStringLiteral("plumbing")),
                 QStringList{QStringLiteral("tnt_1")});
    }

    void interruptedBulkLoadIsFinishedAtNextOpen()
    {
        QString error;
        QVERIFY(m_cache->beginBulkLoad(&error));
        QVERIFY(m_cache->applyJsonPage(
            Resource::PhoneNumbers, {numberJson(QStringLiteral("pn_1"), QStringLiteral("+15015550101"), 2)},
            state(QStringLiteral("n"), 2), &error));
        m_cache->close(); // as after a kill: no finishBulkLoad()
        QVERIFY(m_cache->open(m_path).usable);
        QVERIFY(!m_cache->isBulkLoading());
        QCOMPARE(m_cache->searchIds(Resource::PhoneNumbers, QStringLiteral("5550101")),
                 QStringList{QStringLiteral("pn_1")});
    }

    // invoice_cash / invoice_lines (schema v5) follow the invoices through every path: a new invoice, a
    // payment and a refund, a page without line items (kept), a tombstone, and a bulk load (rebuilt).
    void invoiceCashAndLinesFollowTheInvoices()
    {
        const auto withCash = [](QJsonObject o, const QJsonArray &payments, const QJsonArray &refunds) {
            o.insert(QStringLiteral("line_items"),
                     QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("base_fee")},
                                            {QStringLiteral("description"), QStringLiteral("Plan")},
                                            {QStringLiteral("quantity"), 1},
                                            {QStringLiteral("unit_price"), QStringLiteral("7.00")},
                                            {QStringLiteral("amount_cents"), 700}},
                                QJsonObject{{QStringLiteral("kind"), QStringLiteral("minutes")},
                                            {QStringLiteral("description"), QStringLiteral("Minutes")},
                                            {QStringLiteral("quantity"), 150},
                                            {QStringLiteral("unit_price"), QStringLiteral("0.02")},
                                            {QStringLiteral("amount_cents"), 300}}});
            o.insert(QStringLiteral("payments"), payments);
            o.insert(QStringLiteral("refunds"), refunds);
            return o;
        };
        const QJsonObject pay{{QStringLiteral("id"), QStringLiteral("pay_1")},
                              {QStringLiteral("amount_cents"), 1085},
                              {QStringLiteral("method"), QStringLiteral("manual")},
                              {QStringLiteral("note"), QJsonValue(QJsonValue::Null)},
                              {QStringLiteral("paid_at"), QStringLiteral("2025-02-10T12:00:00.250Z")}};
        const QJsonObject refund{{QStringLiteral("id"), QStringLiteral("ref_1")},
                                 {QStringLiteral("amount_cents"), 85},
                                 {QStringLiteral("created_at"), QStringLiteral("2025-02-11T00:00:00+01:00")}};
        QSqlQuery q(m_cache->database());
        const auto cash = [&q] {
            q.exec(
                QStringLiteral("SELECT group_concat(payment || ':' || at || ':' || amount_cents, ' ') FROM "
                               "(SELECT * FROM invoice_cash ORDER BY at)"));
            q.next();
            const QString out = q.value(0).toString();
            q.finish();
            return out;
        };
        const auto lines = [&q] {
            q.exec(
                QStringLiteral("SELECT base_cents || '/' || min_qty || '/' || min_cents FROM invoice_lines"));
            const QString out = q.next() ? q.value(0).toString() : QString();
            q.finish();
            return out;
        };
        const qint64 paidAt =
            QDateTime(QDate(2025, 2, 10), QTime(12, 0, 0, 250), Qt::UTC).toMSecsSinceEpoch();
        const qint64 refundAt = QDateTime(QDate(2025, 2, 10), QTime(23, 0), Qt::UTC).toMSecsSinceEpoch();
        QString error;
        QVERIFY2(
            m_cache->applyJsonPage(Resource::Invoices,
                                   {withCash(invoiceJson(QStringLiteral("inv_1"), QStringLiteral("INV-1"),
                                                         QStringLiteral("tnt_1"), 1),
                                             {pay}, {})},
                                   state(QString(), 1), &error),
            qPrintable(error));
        QCOMPARE(cash(), QStringLiteral("1:%1:1085").arg(paidAt));
        QCOMPARE(lines(), QStringLiteral("700/150/300"));
        // Written as the platform writes it (and as earlier versions stored it): the same text, so the
        // derived-row triggers do not fire when a cache filled by an earlier version meets this invoice.
        QVERIFY(q.exec(QStringLiteral("SELECT payments_json, refunds_json FROM invoices")) && q.next());
        QCOMPARE(q.value(0).toByteArray(), QJsonDocument(QJsonArray{pay}).toJson(QJsonDocument::Compact));
        QCOMPARE(q.value(1).toByteArray(), QByteArray("[]"));
        q.finish();
        QVERIFY(m_cache->applyJsonPage(Resource::Invoices,
                                       {withCash(invoiceJson(QStringLiteral("inv_1"), QStringLiteral("INV-1"),
                                                             QStringLiteral("tnt_1"), 2),
                                                 {pay}, {refund})},
                                       state(QString(), 2), &error));
        QCOMPARE(cash(), QStringLiteral("1:%1:1085 0:%2:-85").arg(paidAt).arg(refundAt));
        // A list page without line items keeps the cached ones, and their summary.
        QVERIFY(m_cache->applyJsonPage(Resource::Invoices,
                                       {invoiceJson(QStringLiteral("inv_1"), QStringLiteral("INV-1"),
                                                    QStringLiteral("tnt_1"), 3, false)},
                                       state(QString(), 3), &error));
        QCOMPARE(lines(), QStringLiteral("700/150/300"));
        QVERIFY(cash().isEmpty()); // that page listed no payments
        QVERIFY(m_cache->applyJsonPage(Resource::Invoices, {tombstoneJson(QStringLiteral("inv_1"), 4)},
                                       state(QString(), 4), &error));
        QVERIFY(lines().isEmpty());

        // Bulk load: the triggers are off, the tables are rebuilt at the end, and the triggers are back.
        QVERIFY2(m_cache->beginBulkLoad(&error), qPrintable(error));
        QVERIFY(m_cache->applyJsonPage(Resource::Invoices,
                                       {withCash(invoiceJson(QStringLiteral("inv_2"), QStringLiteral("INV-2"),
                                                             QStringLiteral("tnt_1"), 5),
                                                 {pay}, {refund})},
                                       state(QString(), 5), &error));
        QVERIFY2(m_cache->finishBulkLoad(&error), qPrintable(error));
        QCOMPARE(cash(), QStringLiteral("1:%1:1085 0:%2:-85").arg(paidAt).arg(refundAt));
        QCOMPARE(lines(), QStringLiteral("700/150/300"));
        QVERIFY(m_cache->applyJsonPage(Resource::Invoices,
                                       {withCash(invoiceJson(QStringLiteral("inv_2"), QStringLiteral("INV-2"),
                                                             QStringLiteral("tnt_1"), 6),
                                                 {pay}, {})},
                                       state(QString(), 6), &error));
        QCOMPARE(cash(), QStringLiteral("1:%1:1085").arg(paidAt));

        // Once the invoices' part of a bulk load is finished early, their triggers are back: an invoice
        // written later in the same load gets its derived rows once (from the triggers), not twice.
        QVERIFY2(m_cache->beginBulkLoad(&error), qPrintable(error));
        QVERIFY2(m_cache->finishBulkLoadOf(Resource::Invoices, &error), qPrintable(error));
        QVERIFY(m_cache->isBulkLoading());
        QVERIFY(m_cache->applyJsonPage(Resource::Invoices,
                                       {withCash(invoiceJson(QStringLiteral("inv_3"), QStringLiteral("INV-3"),
                                                             QStringLiteral("tnt_1"), 7),
                                                 {pay}, {refund})},
                                       state(QString(), 7), &error));
        QVERIFY2(m_cache->finishBulkLoad(&error), qPrintable(error));
        QVERIFY(
            q.exec(QStringLiteral("SELECT (SELECT count(*) FROM invoice_cash WHERE invoice_row = i.row_id),"
                                  " (SELECT count(*) FROM invoice_lines WHERE invoice_row = i.row_id)"
                                  " FROM invoices i WHERE i.id = 'inv_3'")) &&
            q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(q.value(1).toInt(), 1);
        q.finish();
    }

    // A bulk load writes invoice_cash and invoice_lines itself (from the decoded invoices, its triggers are
    // dropped); the triggers compute them from the stored JSON. Both ways, and with the storage form
    // prepared ahead (prepareForStorage, as the sync engine does on its pool thread), the same invoices
    // give the same rows and the same JSON columns: several payments and refunds, a payment in another
    // time zone whose UTC time falls in the next month, line items of every kind, an invoice without line
    // items (new, then keeping its summary), one moved to another tenant, and a tombstone in the middle of
    // the load.
    void bulkDerivedRowsEqualTheTriggers()
    {
        const auto item = [](const char *kind, int qty, int cents) {
            return QJsonObject{{QStringLiteral("kind"), QLatin1String(kind)},
                               {QStringLiteral("description"), QStringLiteral("\"%1\" line\n").arg(kind)},
                               {QStringLiteral("quantity"), qty},
                               {QStringLiteral("unit_price"), QStringLiteral("0.025")},
                               {QStringLiteral("amount_cents"), cents}};
        };
        const auto invoice = [&](int n, const QString &tenant, int second, bool items, const QJsonArray &pays,
                                 const QJsonArray &refunds) {
            QJsonObject o = invoiceJson(QStringLiteral("inv_%1").arg(n), QStringLiteral("INV-%1").arg(n),
                                        tenant, second, false);
            if (items)
                o.insert(QStringLiteral("line_items"),
                         QJsonArray{item("base_fee", 1, 4900), item("extensions", 7, 4200),
                                    item("did_local", 24, 6000), item("did_toll_free", 2, 1000),
                                    item("minutes", 1659, 4148), item("minutes", 10, 30),
                                    item("credit", 1, -500)});
            o.insert(QStringLiteral("payments"), pays);
            o.insert(QStringLiteral("refunds"), refunds);
            return o;
        };
        const auto pay = [](int cents, const QString &at) {
            return QJsonObject{{QStringLiteral("id"), QStringLiteral("pay_%1").arg(cents)},
                               {QStringLiteral("amount_cents"), cents},
                               {QStringLiteral("paid_at"), at},
                               {QStringLiteral("method"), QStringLiteral("card \u00e9")},
                               {QStringLiteral("note"), QStringLiteral("by \"phone\"\n%1").arg(cents)}};
        };
        const auto refund = [](int cents, const QString &at) {
            return QJsonObject{{QStringLiteral("id"), QStringLiteral("ref_%1").arg(cents)},
                               {QStringLiteral("amount_cents"), cents},
                               {QStringLiteral("created_at"), at}};
        };
        const QList<QJsonArray> pages = {
            {invoice(1, QStringLiteral("tnt_1"), 1, true,
                     {pay(1000, QStringLiteral("2025-02-10T12:00:00.250Z")),
                      pay(85, QStringLiteral("2025-02-11T08:30:00+02:00"))},
                     {refund(40, QStringLiteral("2025-02-12T00:00:00Z"))}),
             invoice(2, QStringLiteral("tnt_2"), 1, false,
                     {pay(5, QStringLiteral("2025-02-28T23:59:59.999-05:00"))}, {}),
             invoice(3, QStringLiteral("tnt_2"), 2, true, {}, {}),
             invoice(4, QStringLiteral("tnt_1"), 5, true, {pay(700, QStringLiteral("2025-03-02T00:00:00Z"))},
                     {})},
            // inv_2 again with line items, inv_1 again without them (its summary stays) on another tenant,
            // inv_3 deleted, an older version of inv_4 (ignored: its rows stay those of the newer one).
            {invoice(2, QStringLiteral("tnt_2"), 3, true, {},
                     {refund(5, QStringLiteral("2025-03-01T00:00:00Z"))}),
             invoice(1, QStringLiteral("tnt_3"), 3, false,
                     {pay(1000, QStringLiteral("2025-02-10T12:00:00.250Z"))}, {}),
             tombstoneJson(QStringLiteral("inv_3"), 3),
             invoice(4, QStringLiteral("tnt_1"), 4, false, {}, {})},
        };
        QString error;
        for (const QJsonArray &page : pages)
            QVERIFY2(m_cache->applyJsonPage(Resource::Invoices, page, state(QString(), 9), &error),
                     qPrintable(error));
        const QStringList byTriggers = derivedRows(*m_cache);
        QCOMPARE(byTriggers.size(), 10); // 3 cash rows, 3 summaries, no orphan (a count), 3 invoices

        for (const bool prepared : {false, true}) {
            SqlCache bulk;
            QVERIFY(bulk.open(m_dir.filePath(QStringLiteral("bulk-%1.sqlite").arg(prepared))).usable);
            QVERIFY2(bulk.beginBulkLoad(&error), qPrintable(error));
            for (const QJsonArray &data : pages) {
                RecordPage page;
                QVERIFY2(RecordDecoder::decodePage(Resource::Invoices, data, &page, &error),
                         qPrintable(error));
                if (prepared) {
                    SqlCache::prepareForStorage(&page);
                    QCOMPARE(page.invoiceStorage.size(), page.invoices.size());
                }
                QVERIFY2(bulk.applyPage(page, state(QString(), 9), &error), qPrintable(error));
            }
            QVERIFY2(bulk.finishBulkLoad(&error), qPrintable(error));
            QCOMPARE(derivedRows(bulk), byTriggers);
        }
    }

    void otherResourcesRoundTrip()
    {
        QString error;
        const QJsonObject user{{QStringLiteral("id"), QStringLiteral("usr_1")},
                               {QStringLiteral("email"), QStringLiteral("ro@partner.test")},
                               {QStringLiteral("name"), QStringLiteral("Read Only")},
                               {QStringLiteral("role"), QStringLiteral("partner_user")},
                               {QStringLiteral("status"), QStringLiteral("active")},
                               {QStringLiteral("email_verified"), true},
                               {QStringLiteral("two_factor_enabled"), false},
                               {QStringLiteral("last_login_at"), QJsonValue()},
                               {QStringLiteral("created_at"), ts(0)},
                               {QStringLiteral("updated_at"), ts(1)}};
        QVERIFY2(m_cache->applyJsonPage(Resource::Users, {user}, state(QStringLiteral("u"), 1), &error),
                 qPrintable(error));
        QCOMPARE(m_cache->user(QStringLiteral("usr_1"))->role.value, UserRole::PartnerUser);
        const QJsonObject branding{{QStringLiteral("brand_name"), QStringLiteral("Acme Voice")},
                                   {QStringLiteral("primary_color"), QStringLiteral("#112233")},
                                   {QStringLiteral("from_email"), QStringLiteral("no-reply@acme.test")},
                                   {QStringLiteral("support_email"), QStringLiteral("help@acme.test")},
                                   {QStringLiteral("logo_set"), true},
                                   {QStringLiteral("logo_content_type"), QStringLiteral("image/png")},
                                   {QStringLiteral("updated_at"), ts(1)}};
        QVERIFY2(m_cache->applyJsonPage(Resource::PartnerBranding, {branding}, state(QString(), 1), &error),
                 qPrintable(error));
        QCOMPARE(m_cache->branding()->primaryColor, QStringLiteral("#112233"));
        QVERIFY(m_cache->branding()->logoSet);
    }
};

QTEST_GUILESS_MAIN(tst_CacheApply)
#include "tst_cacheapply.moc"
