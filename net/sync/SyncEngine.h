#pragma once
// The sync engine as the console sees it: lives on the UI thread, runs a SyncWorker on its own QThread
// (own QNetworkAccessManager; its cache connection on a second thread, the CacheWriter's) and forwards the
// worker's reports as signals. The UI
// connects the status bar to progress(), offlineChanged(), waiting() and authenticationRequired(); item
// models re-read through the UI's own cache instance on cacheChanged().
#include "cache/CacheTypes.h"
#include "sync/SyncTypes.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QThread;

namespace simuwave {

class SyncWorker;

class SyncEngine : public QObject
{
    Q_OBJECT
public:
    explicit SyncEngine(const SyncOptions &options = {}, QObject *parent = nullptr);
    ~SyncEngine() override; // stops the thread (waits for it)

    // Starts the worker thread, opens `cachePath` there and points it at the server. The credential is held
    // in memory only. Background refreshes follow every refreshIntervalSeconds after each run.
    void start(const QString &cachePath, const QUrl &baseUrl, const QString &token);
    // A new credential after authenticationRequired() (or a profile switch): a paused run resumes.
    void setCredentials(const QUrl &baseUrl, const QString &token);
    void syncNow();
    void cancel();
    void setRefreshInterval(int seconds);
    void refreshTenantDetails(const QString &tenantId);
    // Stops the worker and closes its cache; blocks until the thread has ended.
    void stop();

    bool isRunning() const { return m_syncing; }
    bool isOffline() const { return m_offline; }
    bool needsAuthentication() const { return m_needsAuth; }
    QDateTime lastSyncedAt() const { return m_lastSyncedAt; }
    SyncSummary lastSummary() const { return m_lastSummary; }

Q_SIGNALS:
    void cacheOpened(bool usable, const QString &message);
    void syncStarted(bool fullSync);
    void progress(const simuwave::SyncProgress &progress);
    void syncFinished(const simuwave::SyncSummary &summary);
    void authenticationRequired(const QString &message);
    // "Offline — last synced 14:03": lastSyncedAt is the newest commit of any resource.
    void offlineChanged(bool offline, const QDateTime &lastSyncedAt);
    void waiting(int seconds);
    void cacheChanged(const simuwave::cache::CacheChange &change);
    // A document (CachedDocument) was stored by the engine's connection.
    void documentChanged(const QString &path);
    void tenantDetailsRefreshed(const QString &tenantId, bool ok, const QString &message);

private:
    SyncOptions m_options;
    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr; // lives on m_thread; deleted there
    bool m_syncing = false;
    bool m_offline = false;
    bool m_needsAuth = false;
    QDateTime m_lastSyncedAt;
    SyncSummary m_lastSummary;
};

} // namespace simuwave
