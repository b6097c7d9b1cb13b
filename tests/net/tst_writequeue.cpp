// The write path against the real sandbox over HTTP: validation first, Idempotency-Key + If-Match, the
// server's answer in the cache, the durable outbox offline and its replay, conflicts, read-only roles.
#include "SyncTestSupport.h"

#include "api/ApiClient.h"
#include "cache/OutboxStore.h"
#include "cache/SqlCache.h"
#include "SandboxServer.h"
#include "write/WriteQueue.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace simuwave;
using sandbox::SandboxOptions;
using sandbox::SandboxServer;

class TestWriteQueue : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
    SandboxOptions m_options;
    QJsonObject m_creds;
    QUrl m_url;

    bool startServer()
    {
        m_server = std::make_unique<SandboxServer>();
        QString error;
        if (!m_server->start(m_options, &error)) {
            qWarning() << error;
            return false;
        }
        m_url = m_server->baseUrl();
        m_options.port = quint16(m_url.port()); // come back on the same address
        m_creds = m_server->credentials();
        return true;
    }
    QString adminKey() const { return m_creds.value(QLatin1String("admin_api_key")).toString(); }

    struct Fixture
    {
        QTemporaryDir dir;
        ApiClient client;
        cache::SqlCache cache;
        cache::OutboxStore outbox;
        std::unique_ptr<WriteQueue> queue;
    };

    std::unique_ptr<Fixture> fixture(const QString &token)
    {
        auto f = std::make_unique<Fixture>();
        f->client.setBaseUrl(m_url);
        f->client.setBearerToken(token);
        RetryPolicy fast;
        fast.maxAttempts = 2;
        fast.baseDelay = std::chrono::milliseconds(10);
        fast.maxDelay = std::chrono::milliseconds(50);
        f->client.setRetryPolicy(fast);
        f->client.setTransferTimeout(std::chrono::milliseconds(3000));
        const QString path = f->dir.filePath(QStringLiteral("cache.sqlite"));
        if (!f->cache.open(path).usable || !f->outbox.open(cache::SqlCache::outboxPathFor(path)))
            return nullptr;
        f->queue = std::make_unique<WriteQueue>(&f->client, &f->cache, &f->outbox);
        f->queue->setRetryInterval(0);
        return f;
    }

    QJsonObject firstTenant(TestApi &api, QByteArray *etag)
    {
        const QJsonArray page = api.listPages(QStringLiteral("tenants")).value(0);
        const QString id = page.at(0).toObject().value(QLatin1String("id")).toString();
        const HttpAnswer a = api.call("GET", QStringLiteral("tenants/") + id);
        if (etag)
            *etag = a.etag;
        return a.json;
    }

private Q_SLOTS:
    void init()
    {
        m_options = {};
        m_options.dataDir =
            m_dir.filePath(QStringLiteral("sandbox-%1").arg(QUuid::createUuid().toString(QUuid::Id128)));
        m_options.seed = QStringLiteral("demo");
        QVERIFY(startServer());
    }
    void cleanup() { m_server.reset(); }

    void validationRefusesBeforeSending()
    {
        auto f = fixture(adminKey());
        QVERIFY(f);
        TestApi api(m_url, adminKey());
        const QJsonObject tenant = firstTenant(api, nullptr);
        const QString id = tenant.value(QLatin1String("id")).toString();
        const auto r = f->queue->submit(EditCommand::patch(
            QStringLiteral("tenants"), id,
            {{QStringLiteral("name"), QString()}, {QStringLiteral("sip_prefix"), QStringLiteral("a!")}}));
        QVERIFY(!r.accepted);
        QStringList fields;
        for (const auto &e : r.errors)
            fields << e.field;
        QVERIFY(fields.contains(QStringLiteral("name")));
        QVERIFY(fields.contains(QStringLiteral("sip_prefix")));
        QCOMPARE(f->queue->pendingCount(), 0);
        QCOMPARE(api.call("GET", QStringLiteral("tenants/") + id).json.value(QLatin1String("name")),
                 tenant.value(QLatin1String("name")));
    }

    void editWritesServerAnswerIntoCache()
    {
        auto f = fixture(adminKey());
        QVERIFY(f);
        TestApi api(m_url, adminKey());
        QByteArray etag;
        const QString id = firstTenant(api, &etag).value(QLatin1String("id")).toString();
        QSignalSpy ok(f->queue.get(), &WriteQueue::commandSucceeded);
        QSignalSpy changed(&f->cache, &cache::AbstractCache::changed);
        const auto r = f->queue->submit(EditCommand::patch(
            QStringLiteral("tenants"), id, {{QStringLiteral("name"), QStringLiteral("Renamed Co")}},
            QString::fromLatin1(etag)));
        QVERIFY2(r.accepted, qPrintable(r.reason));
        QVERIFY(ok.wait(10'000));
        QCOMPARE(f->queue->pendingCount(), 0);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(f->cache.tenant(id)->name, QStringLiteral("Renamed Co"));
        QCOMPARE(
            api.call("GET", QStringLiteral("tenants/") + id).json.value(QLatin1String("name")).toString(),
            QStringLiteral("Renamed Co"));
    }

    void serverValidationKeepsFields()
    {
        auto f = fixture(adminKey());
        QVERIFY(f);
        TestApi api(m_url, adminKey());
        const QString id = firstTenant(api, nullptr).value(QLatin1String("id")).toString();
        QSignalSpy rejected(f->queue.get(), &WriteQueue::commandRejected);
        // A time zone only the server checks.
        const auto r = f->queue->submit(
            EditCommand::patch(QStringLiteral("tenants"), id,
                               {{QStringLiteral("timezone"), QStringLiteral("Mars/Olympus_Mons")}}));
        QVERIFY(r.accepted);
        QVERIFY(rejected.wait(10'000));
        const auto fields = rejected.first().at(1).value<QMap<QString, QString>>();
        QVERIFY(fields.contains(QStringLiteral("timezone")));
        QCOMPARE(f->queue->pendingCount(), 1); // kept for the user, not dropped
        QCOMPARE(int(f->queue->entries().first().state), int(cache::OutboxEntry::State::Conflict));
    }

    // Offline: the edit waits in the durable outbox, survives, and is replayed when the server is back.
    void offlineEditReplaysWhenBack()
    {
        TestApi api(m_url, adminKey());
        QByteArray etag;
        const QString id = firstTenant(api, &etag).value(QLatin1String("id")).toString();
        auto f = fixture(adminKey());
        QVERIFY(f);
        m_server.reset(); // the sandbox goes away
        QSignalSpy offline(f->queue.get(), &WriteQueue::offlineChanged);
        QSignalSpy count(f->queue.get(), &WriteQueue::pendingCountChanged);
        auto r = f->queue->submit(EditCommand::patch(
            QStringLiteral("tenants"), id, {{QStringLiteral("name"), QStringLiteral("Offline Rename")}},
            QString::fromLatin1(etag)));
        QVERIFY(r.accepted);
        QTRY_VERIFY_WITH_TIMEOUT(!f->queue->isOnline(), 10'000);
        QCOMPARE(offline.last().first().toBool(), true);
        QCOMPARE(f->queue->pendingCount(), 1);
        const cache::OutboxEntry entry = f->queue->entries().first();
        QCOMPARE(int(entry.state), int(cache::OutboxEntry::State::Pending));
        QVERIFY(!entry.idempotencyKey.isEmpty());
        QVERIFY(!entry.lastError.isEmpty());
        // A second command and its cancellation, item by item.
        r = f->queue->submit(EditCommand::patch(
            QStringLiteral("tenants"), id, {{QStringLiteral("name"), QStringLiteral("Cancelled Rename")}}));
        QVERIFY(r.accepted);
        QCOMPARE(f->queue->pendingCount(), 2);
        QVERIFY(f->queue->cancel(r.entryId));
        QCOMPARE(f->queue->pendingCount(), 1);
        QVERIFY(count.count() >= 3);

        QVERIFY(startServer()); // same data folder, same port
        QSignalSpy ok(f->queue.get(), &WriteQueue::commandSucceeded);
        f->queue->setOnline(true);
        QVERIFY(ok.wait(10'000));
        QCOMPARE(f->queue->pendingCount(), 0);
        QCOMPARE(
            api.call("GET", QStringLiteral("tenants/") + id).json.value(QLatin1String("name")).toString(),
            QStringLiteral("Offline Rename"));
        QCOMPARE(f->cache.tenant(id)->name, QStringLiteral("Offline Rename"));
    }

    // The record changed on the server while the edit waited: a 412 on replay keeps both versions.
    void conflictOnReplay()
    {
        TestApi api(m_url, adminKey());
        QByteArray etag;
        const QString id = firstTenant(api, &etag).value(QLatin1String("id")).toString();
        auto f = fixture(adminKey());
        QVERIFY(f);
        f->queue->setOnline(false);
        QVERIFY(f->queue
                    ->submit(EditCommand::patch(QStringLiteral("tenants"), id,
                                                {{QStringLiteral("name"), QStringLiteral("Mine")}},
                                                QString::fromLatin1(etag)))
                    .accepted);
        QCOMPARE(api.call("PATCH", QStringLiteral("tenants/") + id,
                          {{QStringLiteral("name"), QStringLiteral("Theirs")}})
                     .status,
                 200);
        QSignalSpy conflict(f->queue.get(), &WriteQueue::conflict);
        f->queue->setOnline(true);
        QVERIFY(conflict.wait(10'000));
        const QJsonObject mine = conflict.first().at(1).toJsonObject();
        const QJsonObject theirs = conflict.first().at(2).toJsonObject();
        const QString serverEtag = conflict.first().at(3).toString();
        QCOMPARE(mine.value(QLatin1String("name")).toString(), QStringLiteral("Mine"));
        QCOMPARE(theirs.value(QLatin1String("name")).toString(), QStringLiteral("Theirs"));
        QVERIFY(!serverEtag.isEmpty());
        QCOMPARE(f->queue->pendingCount(), 1);
        const cache::OutboxEntry e = f->queue->entries().first();
        QCOMPARE(int(e.state), int(cache::OutboxEntry::State::Conflict));
        QCOMPARE(
            api.call("GET", QStringLiteral("tenants/") + id).json.value(QLatin1String("name")).toString(),
            QStringLiteral("Theirs")); // nothing overwritten silently
        QCOMPARE(f->cache.tenant(id)->name, QStringLiteral("Theirs"));

        // The user keeps their version on top of the server's.
        QSignalSpy ok(f->queue.get(), &WriteQueue::commandSucceeded);
        QVERIFY(f->queue->retryOnServerVersion(e.id, serverEtag));
        QVERIFY(ok.wait(10'000));
        QCOMPARE(
            api.call("GET", QStringLiteral("tenants/") + id).json.value(QLatin1String("name")).toString(),
            QStringLiteral("Mine"));
        QCOMPARE(f->queue->pendingCount(), 0);
    }

    void readOnlyRefusedLocally()
    {
        auto f = fixture(m_creds.value(QLatin1String("readonly_api_key")).toString());
        QVERIFY(f);
        f->queue->setWriteAllowed(false);
        QString why;
        QVERIFY(!f->queue->canWrite(&why));
        QVERIFY(!why.isEmpty());
        const auto r =
            f->queue->submit(EditCommand::patch(QStringLiteral("tenants"), QStringLiteral("tnt_1"),
                                                {{QStringLiteral("name"), QStringLiteral("X Co")}}));
        QVERIFY(!r.accepted);
        QCOMPARE(r.reason, why);
        QCOMPARE(f->queue->pendingCount(), 0);
    }

    // A key without write scopes that the console believed could write: 403, permission denied, kept visible.
    void forbiddenFromServer()
    {
        TestApi api(m_url, adminKey());
        const QJsonObject tenant = firstTenant(api, nullptr);
        const QString id = tenant.value(QLatin1String("id")).toString();
        auto f = fixture(m_creds.value(QLatin1String("readonly_api_key")).toString());
        QVERIFY(f);
        QSignalSpy denied(f->queue.get(), &WriteQueue::permissionDenied);
        QVERIFY(f->queue
                    ->submit(EditCommand::patch(QStringLiteral("tenants"), id,
                                                {{QStringLiteral("name"), QStringLiteral("Forced Co")}}))
                    .accepted);
        QVERIFY(denied.wait(10'000));
        QCOMPARE(int(f->queue->entries().first().state), int(cache::OutboxEntry::State::Failed));
        QVERIFY(!f->cache.tenant(id)); // no optimistic local change
        QCOMPARE(api.call("GET", QStringLiteral("tenants/") + id).json.value(QLatin1String("name")),
                 tenant.value(QLatin1String("name")));
    }
};

QTEST_GUILESS_MAIN(TestWriteQueue)
#include "tst_writequeue.moc"
