#pragma once
// The sync engine's worker: lives on the engine's QThread with its own ApiClient / QNetworkAccessManager, so
// a large sync never blocks the UI. Its cache connection lives on a second thread (CacheWriter), so that
// SQLite's work never holds up the network: decoded pages are handed to the writer in order, at most
// SyncOptions::pagesAhead of them waiting. The worker keeps the sync states in memory (it is their only
// writer). Every call arrives as a queued invocation from SyncEngine; every report leaves as a signal.
//
// One run walks the configured resources in order, up to SyncOptions::listingsAtOnce of them at a time (each
// in a lane of its own: its listing, its request in flight and the pages asked ahead; the tenants alone,
// first). A list resource is read as a delta listing (updated_since = the resource's watermark, 1970 for the
// initial sync) ordered by (updated_at, id) with tombstones; each page is decoded strictly and applied in
// ONE cache transaction together with the cursor that follows it (pages of the lists side by side
// interleave, each with its own list's cursor), so a kill at any moment resumes every list from its last
// committed page. When a listing ends the
// watermark becomes the updated_at of its last record; the next refresh asks "changed at or after it" with
// If-None-Match, which costs one 304 when nothing changed.
#include "api/ApiError.h"
#include "cache/CacheTypes.h"
#include "sync/SyncTypes.h"

#include <memory>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <vector>

class QThread;

namespace simuwave {

class ApiClient;
class ApiJob;
class CacheWriter;
class SyncPageJob;

class SyncWorker : public QObject
{
    Q_OBJECT
public:
    explicit SyncWorker(const SyncOptions &options, QObject *parent = nullptr);
    ~SyncWorker() override;

public Q_SLOTS:
    // Opens the cache file (on this thread). Reports cacheOpened().
    void openCache(const QString &cachePath);
    // Where to sync from and with what bearer credential (kept in memory only). While paused on a 401 this
    // resumes the interrupted run from the committed cursors.
    void setServer(const QUrl &baseUrl, const QString &token);
    void syncNow();
    void cancel();
    void setRefreshInterval(int seconds);
    // Limits and usage of one tenant (one request each), written into the cache.
    void refreshTenantDetails(const QString &tenantId);
    // Stops everything and closes the cache; call before the thread ends.
    void shutdown();

Q_SIGNALS:
    void cacheOpened(bool usable, const QString &message);
    void syncStarted(bool fullSync);
    void progress(const simuwave::SyncProgress &progress);
    void syncFinished(const simuwave::SyncSummary &summary);
    // A 401: sign in again; the run waits and resumes after setServer() with the new credential.
    void authenticationRequired(const QString &message);
    void offlineChanged(bool offline, const QDateTime &lastSyncedAt);
    // A request holds back (Retry-After, backoff, rate limit).
    void waiting(int seconds);
    void cacheChanged(const simuwave::cache::CacheChange &change);
    void documentChanged(const QString &path);
    void tenantDetailsRefreshed(const QString &tenantId, bool ok, const QString &message);

private:
    struct Listing;
    struct Lane;

    void startRun();
    void probeUnchanged();
    void onProbeDone(ApiJob *job, bool answered);
    // Gives every idle lane the next resource of the queue; the documents follow once all are idle.
    void startLanes();
    void startResource(Lane &lane, cache::Resource resource);
    void requestPage(Lane &lane, const QString &cursor, const QString &ifNoneMatch);
    Lane *laneOf(const ApiJob *job);
    void onPageFinished(ApiJob *job);
    void onPageWritten(quint64 run, bool ok, const QString &error);
    void onRunFinished(quint64 run, const QString &storeError);
    void writeSyncState(cache::Resource resource, const cache::SyncState &state);
    void listingComplete(Lane &lane);
    // Runs `f` on the writer's thread, after every command sent before it.
    template<typename F> void toWriter(F &&f);
    void requestBranding(Lane &lane);
    void onBrandingFinished(ApiJob *job);
    void onJobFailed(ApiJob *job, const ApiError &error);
    SyncPageJob *newPageJob(Lane &lane, const QString &cursor);
    void topUpPrefetch(Lane &lane);
    bool adoptPrefetch(Lane &lane, const QString &cursor);
    void dropPrefetch(Lane &lane);
    // Aborts the lane's requests (its listing stays, to be resumed or reported).
    void stopLane(Lane &lane);
    void startDocuments();
    void abortDocuments();
    void documentDone(ApiJob *job);
    void onDocumentFinished(ApiJob *job, const QString &path);
    void onDocumentFailed(ApiJob *job, const QString &path, const ApiError &error);
    void nextResource(Lane &lane);
    void finishRun(bool ok, const ApiError &error, const QString &message);
    void failContract(Lane &lane, const QString &why, const QString &requestId);
    void noteOnline();
    static double fractionOf(const Listing &l);
    void emitProgress(const Lane &lane, bool force);
    QDateTime lastSyncedAt();
    void scheduleRefresh();

    SyncOptions m_options;
    ApiClient *m_client = nullptr;
    QThread *m_writerThread = nullptr;
    CacheWriter *m_writer = nullptr; // lives on m_writerThread
    bool m_cacheUsable = false;
    QHash<cache::Resource, cache::SyncState> m_states; // as sent to the writer
    QHash<QString, QString> m_documentEtags;
    bool m_haveServer = false;

    quint64 m_run = 0;    // numbers the runs, so that the writer's late answers are told apart
    int m_pagesAhead = 0; // pages sent to the writer and not written yet (all lanes)
    quint64 m_nextTicket = 0;
    QHash<quint64, QString> m_detailTickets; // refreshTenantDetails writes in flight -> tenant id
    bool m_running = false;
    bool m_finishing = false; // the writer finishes the run (bulk load end); syncFinished follows
    bool m_pausedForAuth = false;
    bool m_offline = false;
    QList<cache::Resource> m_queue;
    int m_index = 0;                           // the next resource of m_queue to start
    QHash<ApiJob *, cache::Resource> m_probes; // a refresh's conditional first pages in flight (all at once)
    QList<QPointer<ApiJob>> m_documentJobs;    // the documents phase in flight (all at once)
    int m_documentsPending = 0;
    SyncSummary m_summary;
    QElapsedTimer m_runTimer;
    // The pages after a lane's job, each asked as soon as the page before it hinted at its cursor (its body
    // has arrived and is decoded meanwhile): adopted in order as the lane's job when the decoded page
    // before confirms the cursor, all dropped otherwise. Not auto-deleted, so that an answer arriving before
    // its adoption is kept. Each page's hint stays on its job (SyncPageJob::cursorHint), so a page whose
    // body arrived before it was adopted still leads to the next one. Cursors come one body at a time, so
    // more than two rarely helps.
    struct Prefetch
    {
        QString cursor;
        QPointer<ApiJob> job;
    };
    static constexpr int PrefetchDepth = 2;
    std::vector<Lane> m_lanes;           // SyncOptions::listingsAtOnce of them
    QSet<cache::Resource> m_unavailable; // 404 on this server: not asked again this session
    QSet<cache::Resource> m_forbidden;   // 403 for this credential: skipped until setServer()
    QTimer m_refreshTimer;
    QElapsedTimer m_progressTimer;
};

} // namespace simuwave
