#pragma once
// A signed-in console without a window, for pane and dialog tests: a real sandbox (in-process, real HTTP
// on loopback), a real cache file synced by the real SyncEngine, the real WriteQueue and a ConsoleContext
// filled in the way SessionController fills it. Build the pane on `context`, drive it with QTest, check
// the sandbox over HTTP with `api` (the admin's session) and the cache with `cache`.
//
//   ConsoleTestFixture f;
//   QVERIFY2(f.start(), qPrintable(f.error));          // demo seed, admin
//   QVERIFY2(f.start("minimal", ConsoleTestFixture::Role::ReadOnly), qPrintable(f.error));
//   TenantsPane pane(f.context); ...
//   QVERIFY(f.waitForSync());                            // after an edit, pull the server's state again
#include "../net/SyncTestSupport.h"

#include "api/ApiClient.h"
#include "cache/OutboxStore.h"
#include "cache/SqlCache.h"
#include "main/ConsoleContext.h"
#include "SandboxServer.h"
#include "sync/SyncEngine.h"
#include "write/WriteQueue.h"

#include <memory>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

struct ConsoleTestFixture
{
    enum class Role
    {
        Admin,    // partner_admin: may write
        ReadOnly, // partner_user (the support staff): every write refused, the sandbox answers 403
    };

    QTemporaryDir dir;
    std::unique_ptr<simuwave::sandbox::SandboxServer> server;
    QJsonObject creds;
    QUrl url;
    std::unique_ptr<TestApi> api; // the admin's session, for set-up and checks over HTTP
    QString token;                // the console's own credential (admin or support, per Role)
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<simuwave::ApiClient> client;
    std::unique_ptr<simuwave::SyncEngine> sync;
    std::unique_ptr<simuwave::cache::SqlCache> cache;
    std::unique_ptr<simuwave::cache::OutboxStore> outbox;
    std::unique_ptr<simuwave::WriteQueue> writeQueue;
    std::unique_ptr<simuwave::ConsoleContext> context;
    QString error;

    ~ConsoleTestFixture() { stop(); }

    QString cachePath() const { return dir.filePath(QStringLiteral("profile/cache.sqlite")); }

    // Starts the sandbox with `seed` (demo | minimal | large), signs in with `role`, syncs everything once
    // and fills `context`. `knobs` enables /v1/sandbox/* (clock advance, fault knobs).
    bool start(const QString &seed = QStringLiteral("demo"), Role role = Role::Admin, bool knobs = true)
    {
        using namespace simuwave;
        QStandardPaths::setTestModeEnabled(true);
        sandbox::SandboxOptions options;
        options.dataDir = dir.filePath(QStringLiteral("sandbox"));
        options.seed = seed;
        options.knobs.enabled = knobs;
        server = std::make_unique<sandbox::SandboxServer>();
        if (!server->start(options, &error))
            return false;
        creds = server->credentials();
        url = server->baseUrl();
        api = std::make_unique<TestApi>(url, QString());
        const QString adminToken = api->signIn(creds.value(QLatin1String("admin_email")).toString(),
                                               creds.value(QLatin1String("admin_password")).toString());
        if (adminToken.isEmpty()) {
            error = QStringLiteral("admin sign-in failed");
            return false;
        }
        api->setToken(adminToken);
        token = role == Role::Admin ? adminToken
                                    : api->signIn(creds.value(QLatin1String("support_email")).toString(),
                                                  creds.value(QLatin1String("support_password")).toString());
        if (token.isEmpty()) {
            error = QStringLiteral("support sign-in failed");
            return false;
        }

        settings =
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
        context = std::make_unique<ConsoleContext>(*settings);
        client = std::make_unique<ApiClient>();
        client->setBaseUrl(url);
        client->setBearerToken(token);

        SyncOptions syncOptions;
        syncOptions.refreshIntervalSeconds = 0;
        syncOptions.transferTimeout = std::chrono::milliseconds(10'000);
        sync = std::make_unique<SyncEngine>(syncOptions);
        context->setApi(client.get());
        context->setSyncEngine(sync.get());
        QSignalSpy opened(sync.get(), &SyncEngine::cacheOpened);
        sync->start(cachePath(), url, token);
        if (!opened.wait(30'000) || !opened.first().first().toBool()) {
            error = QStringLiteral("the sync engine could not open the cache");
            return false;
        }
        if (!waitForSync())
            return false;

        cache = std::make_unique<cache::SqlCache>();
        if (!cache->open(cachePath()).usable) {
            error = QStringLiteral("the UI cache connection could not open");
            return false;
        }
        outbox = std::make_unique<cache::OutboxStore>();
        if (!outbox->open(cache::SqlCache::outboxPathFor(cachePath()), &error))
            return false;
        writeQueue = std::make_unique<WriteQueue>(client.get(), cache.get(), outbox.get());
        const bool admin = role == Role::Admin;
        const QString reason = QStringLiteral("Read-only: your role (Partner User) cannot make changes.");
        writeQueue->setWriteAllowed(admin, admin ? QString() : reason);
        context->setWriteQueue(writeQueue.get());
        context->setWriteAccess(admin, admin ? QString() : reason);
        context->setOnline(true);
        context->setCache(cache.get());
        return true;
    }

    // One sync round to its end (initial or refresh); false with `error` when it failed.
    bool waitForSync(int timeoutMs = 120'000)
    {
        QSignalSpy finished(sync.get(), &simuwave::SyncEngine::syncFinished);
        sync->syncNow();
        if (!finished.wait(timeoutMs)) {
            error = QStringLiteral("sync did not finish");
            return false;
        }
        const auto summary = finished.first().first().value<simuwave::SyncSummary>();
        if (!summary.ok) {
            error = QStringLiteral("sync failed: ") + summary.message;
            return false;
        }
        return true;
    }

    // Advances the sandbox clock (needs knobs): lifecycles (ports, invoices, usage) move on. Sessions last
    // 8 hours on that clock, so both sign in again afterwards (as a user would) and the console's client and
    // sync engine take the new credential.
    bool advanceClock(qint64 seconds)
    {
        const HttpAnswer a = api->call("POST", QStringLiteral("sandbox/clock/advance"),
                                       {{QStringLiteral("seconds"), seconds}});
        if (a.status / 100 != 2) {
            error =
                QStringLiteral("clock advance answered %1: %2").arg(a.status).arg(QString::fromUtf8(a.body));
            return false;
        }
        const bool admin = token == api->token();
        const QString adminToken = api->signIn(creds.value(QLatin1String("admin_email")).toString(),
                                               creds.value(QLatin1String("admin_password")).toString());
        const QString own = admin ? adminToken
                                  : api->signIn(creds.value(QLatin1String("support_email")).toString(),
                                                creds.value(QLatin1String("support_password")).toString());
        if (adminToken.isEmpty() || own.isEmpty()) {
            error = QStringLiteral("signing in again after the clock advance failed");
            return false;
        }
        api->setToken(adminToken);
        token = own;
        client->setBearerToken(token);
        sync->setCredentials(url, token);
        return true;
    }

    void stop()
    {
        if (context)
            context->setCache(nullptr);
        if (context)
            context->setWriteQueue(nullptr);
        writeQueue.reset();
        if (sync)
            sync->stop();
        if (context)
            context->setSyncEngine(nullptr);
        sync.reset();
        outbox.reset();
        cache.reset();
        client.reset();
        context.reset();
        settings.reset();
        api.reset();
        server.reset();
    }
};
