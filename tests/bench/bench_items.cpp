// The numbers inventory at scale: a cache with 1,000,000 numbers (written through the cache's bulk
// path), PhoneNumberTableModel behind a QTableView (offscreen), and the interactions the console issue
// names: open to first rows painted, filter by a 3-digit substring, sort by another column, jump to the
// last row, and resident memory. Targets: each interaction < 100 ms, memory < 300 MB. Figures are
// printed beside the hardware baselines of docs/guides (never asserted).
//
// The cache is built by a child process (this program again, with --build-only): the writer's own
// memory (page cache, bulk-load buffers) never shows in the console's figures. This process then opens
// the finished cache as the console does (SqlCache::open on the UI thread) and measures there.
//
//   bench_items [numbers]                   (default 1000000; SIMUWAVE_BENCH_NUMBERS also works)
//   bench_items --build-only DIR [numbers]  (the child: writes DIR/cache.sqlite and exits)
#include "cache/SqlCache.h"
#include "items/PhoneNumberTableModel.h"

#include <cstdio>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace simuwave;
using namespace simuwave::cache;
using namespace simuwave::items;

namespace {

// A field of /proc/self/status in KiB ("VmRSS", "RssAnon": the heap; "RssFile": mapped file pages, such
// as the cache's mmap window).
qint64 statusKiB(const QByteArray &field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = field + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QString memoryText()
{
    return QStringLiteral("%1 MB (heap %2 MB, mapped files %3 MB)")
        .arg(statusKiB("VmRSS") / 1024.0, 0, 'f', 1)
        .arg(statusKiB("RssAnon") / 1024.0, 0, 'f', 1)
        .arg(statusKiB("RssFile") / 1024.0, 0, 'f', 1);
}

qint64 g_countUs = 0, g_blockUs = 0; // worker-side times of the last step (SQLite alone)
double g_countedMs = 0;              // the step until its row count was known too

bool buildCache(SqlCache &cache, int count)
{
    QRandomGenerator rng(42);
    static const char *statuses[] = {"ACTIVE", "ACTIVE", "ACTIVE", "PENDING", "RELEASED"};
    static const char *cnamStatuses[] = {"synced", "synced", "pending", "failed"};
    static const char *e911Statuses[] = {"registered", "registered", "not_set", "pending", "failed"};
    QString error;
    if (!cache.beginBulkLoad(&error))
        return false;
    const QDateTime base(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    RecordPage tenants;
    tenants.resource = Resource::Tenants;
    for (int i = 0; i < 5000; ++i) {
        Tenant t;
        t.id = QStringLiteral("tnt_%1").arg(i, 5, 10, QLatin1Char('0'));
        t.name = QStringLiteral("Tenant %1 Communications").arg(i);
        t.sipPrefix = QStringLiteral("t%1").arg(i);
        t.status = statusFromApi<TenantStatus>(QStringLiteral("ACTIVE"));
        t.updatedAt = base;
        tenants.tenants.append(t);
    }
    SyncState st;
    if (!cache.applyPage(tenants, st, &error))
        return false;
    for (int start = 0; start < count; start += 1000) {
        RecordPage page;
        page.resource = Resource::PhoneNumbers;
        for (int i = start; i < qMin(start + 1000, count); ++i) {
            PhoneNumber n;
            n.id = QStringLiteral("pn_%1").arg(i, 8, 10, QLatin1Char('0'));
            n.e164 = QStringLiteral("+1%1%2").arg(200 + rng.bounded(800)).arg(2000000 + rng.bounded(7999999));
            n.type = QStringLiteral("local");
            n.tenantId = rng.bounded(10) == 0 ? QString() : tenants.tenants.at(rng.bounded(5000)).id;
            n.status = statusFromApi<NumberStatus>(QLatin1String(statuses[rng.bounded(5)]));
            n.cnam = QStringLiteral("ACME %1").arg(rng.bounded(10000));
            n.cnamStatus = statusFromApi<CnamStatus>(QLatin1String(cnamStatuses[rng.bounded(4)]));
            n.e911Status = statusFromApi<E911Status>(QLatin1String(e911Statuses[rng.bounded(5)]));
            n.monthly = Money::fromCents(100 + rng.bounded(900));
            n.createdAt = base.addSecs(i);
            n.updatedAt = base.addSecs(i);
            page.phoneNumbers.append(n);
        }
        st.cursor = QString::number(start);
        if (!cache.applyPage(page, st, &error)) {
            std::fprintf(stderr, "apply: %s\n", qPrintable(error));
            return false;
        }
    }
    return cache.finishBulkLoad(&error);
}

// Waits (bench only) until the count is known and every row the view shows is loaded, then paints.
double settleAndPaint(QTableView &view, PhoneNumberTableModel &model, QElapsedTimer &t)
{
    auto ready = [&] {
        // Rows may show before the count is known (the first block arrives first).
        if (model.rowCount() == 0)
            return model.isRowCountKnown();
        const int first = qMax(0, view.rowAt(0));
        int last = view.rowAt(view.viewport()->height() - 1);
        if (last < 0)
            last = model.rowCount() - 1;
        for (int r = first; r <= last; ++r) {
            if (!model.isRowLoaded(r))
                return false;
        }
        return true;
    };
    // Sleep until the next event (a worker answer, a posted paint): no polling interval in the figure.
    QTimer wake;
    wake.start(20);
    QElapsedTimer guard;
    guard.start();
    while (!ready() && guard.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    view.viewport()->repaint();
    const double firstRows = t.nsecsElapsed() / 1e6;
    // Then the count (the scroll bar's extent), before the next step starts.
    while ((!model.isRowCountKnown() || !ready()) && guard.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    view.viewport()->repaint();
    g_countedMs = t.nsecsElapsed() / 1e6;
    return firstRows;
}

void line(const char *what, double ms, const char *baseline)
{
    std::printf(
        "  %-44s %9.1f ms   target < 100 ms   [count known at %.1f ms; worker: count %.1f ms, slowest "
        "block %.1f ms] %s\n",
        what, ms, g_countedMs, g_countUs / 1000.0, g_blockUs / 1000.0, baseline);
    g_countUs = g_blockUs = 0;
}

// The child: writes the cache and exits.
int buildOnly(const QString &dir, int count)
{
    QElapsedTimer build;
    build.start();
    SqlCache writer;
    if (!writer.open(QDir(dir).filePath(QStringLiteral("cache.sqlite"))).usable ||
        !buildCache(writer, count)) {
        std::fprintf(stderr, "could not build the cache\n");
        return 1;
    }
    std::printf("bench_items: %d numbers, cache built (bulk path, child process) in %.1f s\n", count,
                build.nsecsElapsed() / 1e9);
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 2 && qstrcmp(argv[1], "--build-only") == 0) {
        QCoreApplication app(argc, argv);
        return buildOnly(QString::fromLocal8Bit(argv[2]), argc > 3 ? QByteArray(argv[3]).toInt() : 1000000);
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int count = 1000000;
    if (argc > 1)
        count = QByteArray(argv[1]).toInt();
    else if (qEnvironmentVariableIsSet("SIMUWAVE_BENCH_NUMBERS"))
        count = qEnvironmentVariableIntValue("SIMUWAVE_BENCH_NUMBERS");

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--build-only"), dir.path(), QString::number(count)});
        if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit ||
            child.exitCode() != 0) {
            std::fprintf(stderr, "the cache-building child failed: %s\n", qPrintable(child.errorString()));
            return 1;
        }
    }
    const QString atStart = memoryText();

    SqlCache cache;
    const CacheOpenReport report = cache.open(path);
    if (!report.usable) {
        std::fprintf(stderr, "could not open the cache: %s\n", qPrintable(report.detail));
        return 1;
    }
    std::printf("  cache opened as the console does (SqlCache::open, quick_check) in %lld ms\n",
                static_cast<long long>(report.elapsedMs));
    const QString beforeModel = memoryText();

    QTableView view;
    view.resize(1280, 800);
    view.setSortingEnabled(false);
    view.show();

    QElapsedTimer t;
    t.start();
    PhoneNumberTableModel model(&cache);
    QObject::connect(&model, &LazySqlTableModel::rowCountKnown, [](int, qint64 us) { g_countUs = us; });
    QObject::connect(&model, &LazySqlTableModel::rowsLoaded,
                     [](int, int, qint64 us) { g_blockUs = qMax(g_blockUs, us); });
    view.setModel(&model);
    const double open = settleAndPaint(view, model, t);
    line("open inventory to first rows painted", open, "(baseline: indexed first page ~60 ms)");

    t.start();
    model.setSearchText(QStringLiteral("555"));
    const double filter = settleAndPaint(view, model, t);
    line("filter by \"555\" (FTS5 trigram)", filter, "(baseline: LIKE '%555%' ~75 ms, FTS5 < 1 ms)");
    std::printf("    %d matching rows\n", model.rowCount());
    {
        QSqlQuery q(cache.database());
        QElapsedTimer l;
        l.start();
        q.exec(QStringLiteral("SELECT count(*) FROM phone_numbers WHERE e164 LIKE '%555%'")); // e164 only
        q.next();
        std::printf("    for comparison, LIKE '%%555%%' count on this cache: %.1f ms (%lld rows)\n",
                    l.nsecsElapsed() / 1e6, q.value(0).toLongLong());
    }

    t.start();
    model.sort(PhoneNumberTableModel::E911StatusColumn, Qt::DescendingOrder);
    const double sortSearch = settleAndPaint(view, model, t);
    line("sort the filtered list by E911 status", sortSearch, "");

    t.start();
    model.setSearchText(QString());
    const double clear = settleAndPaint(view, model, t);
    line("clear the filter (all rows, E911 order)", clear, "");

    t.start();
    model.sort(PhoneNumberTableModel::StatusColumn, Qt::AscendingOrder);
    const double sort = settleAndPaint(view, model, t);
    line("sort all rows by status", sort, "(index (status, e164))");

    t.start();
    view.scrollToBottom();
    const double last = settleAndPaint(view, model, t);
    line("jump to the last row", last, "(baseline: OFFSET 500000 20 ms, keyset 0.2 ms)");

    t.start();
    view.scrollTo(model.index(model.rowCount() / 2, 0), QAbstractItemView::PositionAtCenter);
    const double middle = settleAndPaint(view, model, t);
    line("jump to the middle row (deepest OFFSET)", middle, "");

    const qint64 rss = statusKiB("VmRSS");
    std::printf("  %-44s %9.1f MB   target < 300 MB\n", "resident memory (VmRSS) after the interactions",
                rss / 1024.0);
    std::printf("    after building the cache in the child:      %s\n", qPrintable(atStart));
    std::printf("    cache open, before the model and the view:  %s\n", qPrintable(beforeModel));
    std::printf("    after the interactions:                     %s\n", qPrintable(memoryText()));
    return 0;
}
