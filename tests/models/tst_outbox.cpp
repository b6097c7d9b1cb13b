// The durable outbox of pending edits: kept in order across reopening, and untouched when the cache next
// to it is found damaged and rebuilt.
#include "cache/OutboxStore.h"
#include "cache/SqlCache.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace simuwave::cache;

namespace {
OutboxEntry edit(const QString &key, const QString &recordId, const QString &cnam)
{
    OutboxEntry e;
    e.idempotencyKey = key;
    e.method = QStringLiteral("PATCH");
    e.path = QStringLiteral("/v1/phone-numbers/%1").arg(recordId);
    e.body = QJsonObject{{QStringLiteral("cnam"), cnam}};
    e.ifMatch = QStringLiteral("W/\"v7\"");
    e.resource = resourceName(Resource::PhoneNumbers);
    e.recordId = recordId;
    return e;
}
} // namespace

class tst_Outbox : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void enqueueListRemoveMarkAttempt()
    {
        OutboxStore outbox;
        QString error;
        QVERIFY2(outbox.open(m_dir.filePath(QStringLiteral("a.outbox.sqlite")), &error), qPrintable(error));
        QSignalSpy spy(&outbox, &OutboxStore::changed);
        const auto first = outbox.enqueue(
            edit(QStringLiteral("k1"), QStringLiteral("pn_1"), QStringLiteral("ACME")), &error);
        const auto second = outbox.enqueue(
            edit(QStringLiteral("k2"), QStringLiteral("pn_2"), QString::fromUtf8("Café 🍕")), &error);
        QVERIFY(first && second);
        QVERIFY(*second > *first);
        QCOMPARE(spy.count(), 2);
        // The same idempotency key twice is refused: one user action, one entry.
        QVERIFY(!outbox.enqueue(edit(QStringLiteral("k1"), QStringLiteral("pn_1"), QStringLiteral("AGAIN")),
                                &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(outbox.count(), 2);

        QVERIFY(outbox.markAttempt(*first, OutboxEntry::State::Failed, QStringLiteral("Offline")));
        QVERIFY(outbox.markAttempt(*first, OutboxEntry::State::Conflict,
                                   QStringLiteral("412 changed meanwhile")));
        const auto e = outbox.entry(*first);
        QVERIFY(e);
        QCOMPARE(e->attempts, 2);
        QCOMPARE(e->state, OutboxEntry::State::Conflict);
        QCOMPARE(e->lastError, QStringLiteral("412 changed meanwhile"));
        QVERIFY(e->lastAttemptAt.isValid());
        QVERIFY(!outbox.markAttempt(9999, OutboxEntry::State::Failed, QString()));

        QVERIFY(outbox.remove(*first));
        QVERIFY(!outbox.remove(*first));
        const QList<OutboxEntry> rest = outbox.list();
        QCOMPARE(rest.size(), 1);
        QCOMPARE(rest.at(0).idempotencyKey, QStringLiteral("k2"));
        QCOMPARE(rest.at(0).body.value(QLatin1String("cnam")).toString(), QString::fromUtf8("Café 🍕"));
    }

    void survivesReopenInOrder()
    {
        const QString path = m_dir.filePath(QStringLiteral("b.outbox.sqlite"));
        QDateTime created;
        {
            OutboxStore outbox;
            QVERIFY(outbox.open(path));
            for (int i = 0; i < 5; ++i)
                QVERIFY(outbox.enqueue(edit(QStringLiteral("key-%1").arg(i), QStringLiteral("pn_%1").arg(i),
                                            QStringLiteral("N%1").arg(i))));
            created = outbox.list().at(0).createdAt;
        }
        OutboxStore reopened;
        QVERIFY(reopened.open(path));
        const QList<OutboxEntry> entries = reopened.list();
        QCOMPARE(entries.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(entries.at(i).idempotencyKey, QStringLiteral("key-%1").arg(i));
            QCOMPARE(entries.at(i).method, QStringLiteral("PATCH"));
            QCOMPARE(entries.at(i).path, QStringLiteral("/v1/phone-numbers/pn_%1").arg(i));
            QCOMPARE(entries.at(i).ifMatch, QStringLiteral("W/\"v7\""));
            QCOMPARE(entries.at(i).recordId, QStringLiteral("pn_%1").arg(i));
            QCOMPARE(entries.at(i).state, OutboxEntry::State::Pending);
        }
        QCOMPARE(entries.at(0).createdAt, created);
    }

    void survivesCacheRebuild()
    {
        const QString cachePath = m_dir.filePath(QStringLiteral("profile.sqlite"));
        const QString outboxPath = SqlCache::outboxPathFor(cachePath);
        QVERIFY(outboxPath != cachePath);
        QVERIFY(
            !outboxPath.startsWith(cachePath)); // never caught up in the cache's -wal/-shm/.corrupt-* moves
        {
            SqlCache cache;
            QVERIFY(cache.open(cachePath).usable);
            OutboxStore outbox;
            QVERIFY(outbox.open(outboxPath));
            QVERIFY(outbox.enqueue(
                edit(QStringLiteral("survivor"), QStringLiteral("pn_1"), QStringLiteral("KEEP ME"))));
        }
        // The cache is damaged, then rebuilt on open.
        {
            QFile f(cachePath);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("this is not a database at all, just some bytes that replaced it");
        }
        SqlCache cache;
        const CacheOpenReport report = cache.open(cachePath);
        QCOMPARE(report.outcome, CacheOpenReport::Outcome::RebuiltCorrupt);
        QVERIFY(report.message.contains(QLatin1String("pending changes are kept")));
        OutboxStore outbox;
        QVERIFY(outbox.open(outboxPath));
        const QList<OutboxEntry> entries = outbox.list();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).idempotencyKey, QStringLiteral("survivor"));
        QCOMPARE(entries.at(0).body.value(QLatin1String("cnam")).toString(), QStringLiteral("KEEP ME"));
    }

    void newerOutboxIsRefusedNotWiped()
    {
        const QString path = m_dir.filePath(QStringLiteral("c.outbox.sqlite"));
        {
            OutboxStore outbox;
            QVERIFY(outbox.open(path));
            QVERIFY(
                outbox.enqueue(edit(QStringLiteral("future"), QStringLiteral("pn_1"), QStringLiteral("X"))));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bump"));
        OutboxStore outbox;
        QString error;
        QVERIFY(!outbox.open(path, &error));
        QVERIFY2(error.contains(QLatin1String("newer version")), qPrintable(error));
        QVERIFY(QFile(path).size() > 0);
    }
};

QTEST_GUILESS_MAIN(tst_Outbox)
#include "tst_outbox.moc"
