// A damaged cache (garbage = SQLITE_NOTADB, truncated or overwritten pages = SQLITE_CORRUPT / quick_check
// errors) is moved aside with its -wal/-shm, recreated empty, and the report asks for a full resync.
// A folder that cannot be written falls back to a memory cache with a clear message.
#include "cache/SqlCache.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace simuwave::cache;

namespace {

QJsonObject numberJson(int i)
{
    const QString stamp = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i).toString(Qt::ISODate);
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("pn_%1").arg(i)},
                       {QStringLiteral("e164"), QStringLiteral("+1501555%1").arg(i, 4, 10, QLatin1Char('0'))},
                       {QStringLiteral("type"), QStringLiteral("local")},
                       {QStringLiteral("tenant_id"), QStringLiteral("tnt_%1").arg(i % 50)},
                       {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                       {QStringLiteral("cnam"), QStringLiteral("CNAM %1").arg(i)},
                       {QStringLiteral("cnam_status"), QStringLiteral("synced")},
                       {QStringLiteral("e911_status"), QStringLiteral("not_set")},
                       {QStringLiteral("monthly_cents"), 150},
                       {QStringLiteral("created_at"), stamp},
                       {QStringLiteral("updated_at"), stamp}};
}

// A real cache with a few thousand numbers, closed cleanly (WAL checkpointed into the main file).
void makeCache(const QString &path, int numbers = 3000)
{
    SqlCache cache;
    QVERIFY(cache.open(path).usable);
    QJsonArray page;
    for (int i = 0; i < numbers; ++i)
        page.append(numberJson(i));
    SyncState s;
    s.cursor = QStringLiteral("c1");
    QString error;
    QVERIFY2(cache.applyJsonPage(Resource::PhoneNumbers, page, s, &error), qPrintable(error));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class tst_CacheCorruption : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath()
    {
        const QString sub = m_dir.filePath(QStringLiteral("p%1").arg(++m_n));
        QDir().mkpath(sub);
        return sub + QStringLiteral("/profile.sqlite");
    }

    // Opens `path`, expects a rebuild and checks the moved-aside files; returns the report.
    CacheOpenReport expectRebuilt(const QString &path, const QByteArray &mainBytes, bool withSideFiles)
    {
        SqlCache cache;
        const CacheOpenReport report = cache.open(path);
        [&] {
            QVERIFY2(report.usable, qPrintable(report.detail));
            QCOMPARE(report.outcome, CacheOpenReport::Outcome::RebuiltCorrupt);
            QVERIFY(report.fullResyncNeeded);
            QVERIFY(!report.inMemory);
            QVERIFY2(report.message.contains(QLatin1String("damaged")), qPrintable(report.message));
            QVERIFY(!report.detail.isEmpty());
            const QString name = QFileInfo(report.movedAsideTo).fileName();
            QVERIFY2(QRegularExpression(QStringLiteral("^profile\\.sqlite\\.corrupt-\\d{8}T\\d{6}$"))
                         .match(name)
                         .hasMatch(),
                     qPrintable(name));
            QCOMPARE(readFile(report.movedAsideTo), mainBytes); // kept byte for byte for inspection
            if (withSideFiles) {
                QVERIFY(QFileInfo::exists(report.movedAsideTo + QStringLiteral("-wal")));
                QVERIFY(QFileInfo::exists(report.movedAsideTo + QStringLiteral("-shm")));
            }
            // A fresh, working cache in its place.
            QCOMPARE(cache.count(Resource::PhoneNumbers), 0);
            QString error;
            SyncState s;
            s.cursor = QStringLiteral("again");
            QVERIFY2(cache.applyJsonPage(Resource::PhoneNumbers, {numberJson(1)}, s, &error),
                     qPrintable(error));
            QCOMPARE(cache.count(Resource::PhoneNumbers), 1);
        }();
        cache.close();
        if (!QTest::currentTestFailed()) {
            SqlCache again;
            const CacheOpenReport second = again.open(path);
            if (second.outcome != CacheOpenReport::Outcome::Opened)
                qWarning() << "second open" << int(second.outcome) << second.detail;
            [&] { QCOMPARE(second.outcome, CacheOpenReport::Outcome::Opened); }();
        }
        return report;
    }

private slots:
    void garbageFileWithWalAndShm()
    {
        const QString path = freshPath();
        QByteArray garbage(64 * 1024, Qt::Uninitialized);
        QRandomGenerator rng(7);
        for (char &c : garbage)
            c = char(rng.bounded(256));
        writeFile(path, garbage);
        writeFile(path + QStringLiteral("-wal"), QByteArray(4096, 'w'));
        writeFile(path + QStringLiteral("-shm"), QByteArray(32768, 's'));
        const CacheOpenReport report = expectRebuilt(path, garbage, true);
        // The side files went along untouched.
        QCOMPARE(readFile(report.movedAsideTo + QStringLiteral("-wal")), QByteArray(4096, 'w'));
    }

    void textFileIsNotADatabase()
    {
        const QString path = freshPath();
        const QByteArray text("<html><body>502 Bad Gateway</body></html>\n");
        writeFile(path, text);
        expectRebuilt(path, text, false);
    }

    void truncatedFile()
    {
        const QString path = freshPath();
        makeCache(path);
        if (QTest::currentTestFailed())
            return;
        QByteArray bytes = readFile(path);
        QVERIFY(bytes.size() > 100 * 1024);
        bytes.truncate(bytes.size() * 2 / 5);
        writeFile(path, bytes);
        writeFile(path + QStringLiteral("-wal"), QByteArray());
        writeFile(path + QStringLiteral("-shm"), QByteArray());
        expectRebuilt(path, bytes, true);
    }

    void truncatedBelowTheHeader()
    {
        const QString path = freshPath();
        makeCache(path, 10);
        if (QTest::currentTestFailed())
            return;
        const QByteArray bytes = readFile(path).left(50);
        writeFile(path, bytes);
        expectRebuilt(path, bytes, false);
    }

    void overwrittenPages()
    {
        const QString path = freshPath();
        makeCache(path);
        if (QTest::currentTestFailed())
            return;
        QByteArray bytes = readFile(path);
        // Scribble over b-tree pages in the middle (page 1, the header, stays intact).
        for (qsizetype i = 8192; i < bytes.size() - 8192; i += 4096)
            bytes.replace(i + 8, 64, QByteArray(64, '\xA5'));
        writeFile(path, bytes);
        expectRebuilt(path, bytes, false);
    }

    void healthyCacheIsKept()
    {
        const QString path = freshPath();
        makeCache(path);
        SqlCache cache;
        const CacheOpenReport report = cache.open(path);
        QCOMPARE(report.outcome, CacheOpenReport::Outcome::Opened);
        QVERIFY(report.message.isEmpty());
        QVERIFY(!report.fullResyncNeeded);
        QCOMPARE(cache.count(Resource::PhoneNumbers), 3000);
        QCOMPARE(cache.syncState(Resource::PhoneNumbers).cursor, QStringLiteral("c1"));
        QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("*.corrupt-*")}, QDir::Files),
                 QStringList());
    }

    void unwritableFolderFallsBackToMemory()
    {
        // Root ignores permission bits, so use a folder that cannot exist (a file is in the way).
        const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
        writeFile(blocker, "x");
        const QString path = blocker + QStringLiteral("/cache/profile.sqlite");
        SqlCache cache;
        const CacheOpenReport report = cache.open(path);
        QVERIFY(report.usable);
        QVERIFY(report.inMemory);
        QCOMPARE(report.outcome, CacheOpenReport::Outcome::InMemory);
        QVERIFY(report.fullResyncNeeded);
        QVERIFY2(report.message.contains(QLatin1String("not writable")), qPrintable(report.message));
        QVERIFY(report.message.contains(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        QString error;
        QVERIFY2(cache.applyJsonPage(Resource::PhoneNumbers, {numberJson(5)}, SyncState(), &error),
                 qPrintable(error));
        QCOMPARE(cache.searchIds(Resource::PhoneNumbers, QStringLiteral("5550005")),
                 QStringList{QStringLiteral("pn_5")});
        // The sync worker's instance on the same profile shares the memory database.
        SqlCache worker;
        QVERIFY(worker.open(path).inMemory);
        QCOMPARE(worker.count(Resource::PhoneNumbers), 1);
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_GUILESS_MAIN(tst_CacheCorruption)
#include "tst_cachecorruption.moc"
