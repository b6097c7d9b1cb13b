#include "sync/SyncWorker.h"

#include "api/ApiClient.h"
#include "api/GetPageJob.h"
#include "cache/RecordDecoder.h"
#include "sync/CacheWriter.h"
#include "sync/SyncPageJob.h"

#include <algorithm>
#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QThread>
#include <QTimeZone>

namespace simuwave {

Q_LOGGING_CATEGORY(lcSync, "simuwave.net.sync")

using cache::Resource;

namespace {

// The watermark of a resource that has never been synced: the initial sync is a delta listing from the
// epoch, so that it is ordered by (updated_at, id) like every later refresh and a record changed while the
// listing runs moves behind the cursor instead of being missed.
const QString kEpoch = QStringLiteral("1970-01-01T00:00:00Z");

QString listPath(Resource r)
{
    return cache::resourceName(r); // the API's path segments match the cache's names
}

// The request a refresh of a finished listing starts with, and whose ETag it revalidates: after the
// server's resume cursor of the last listing when it gave one (only what changed after the last record
// comes back), otherwise from the updated_at watermark (records sharing it come again).
struct RepeatRequest
{
    QString since;
    QString cursor;
};

RepeatRequest repeatRequestOf(const cache::SyncState &s)
{
    if (!s.resumeCursor.isEmpty())
        return {s.resumeSince.isEmpty() ? kEpoch : s.resumeSince, s.resumeCursor};
    return {s.updatedSince.isEmpty() ? kEpoch : s.updatedSince, {}};
}

QDateTime timeOf(const QString &since)
{
    const auto t = cache::RecordDecoder::parseTimestamp(since);
    return t ? *t : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
}

} // namespace

// The listing of one resource in progress.
struct SyncWorker::Listing
{
    Resource resource = Resource::Tenants;
    cache::SyncState state; // as committed
    QString since;          // updated_since of this listing (the cursor is bound to it)
    QDateTime sinceTime;
    QString requestedCursor; // of the page asked last
    QSet<QString> seenCursors;
    bool firstPage = true;
    QString lastUpdatedAt; // updated_at of the last record applied in this run
    QDateTime firstUpdatedTime;
    QDateTime lastUpdatedTime;
    ResourceSyncResult result;
    bool hasMore = false;
    // The watermark moved: one more first-page request at the new updated_since, whose ETag lets the next
    // refresh of an unchanged list cost a single 304 (asked at most once per listing).
    bool revalidate = false;
    bool revalidated = false;
};

// One listing in progress and its requests.
struct SyncWorker::Lane
{
    std::unique_ptr<Listing> listing; // none: idle
    QPointer<ApiJob> job;             // the request whose answer comes next (a page, or the branding)
    QList<Prefetch> prefetched;
    QString deferredCursor; // the next page, asked once the writer has caught up
};

SyncWorker::SyncWorker(const SyncOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_lanes(std::size_t(qMax(1, options.listingsAtOnce)))
    , m_refreshTimer(this) // a child, so that moveToThread() takes it along
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SyncWorker::syncNow);
}

template<typename F> void SyncWorker::toWriter(F &&f)
{
    QMetaObject::invokeMethod(m_writer, std::forward<F>(f), Qt::QueuedConnection);
}

SyncWorker::~SyncWorker()
{
    shutdown();
}

void SyncWorker::openCache(const QString &cachePath)
{
    // Created here, on the worker thread: QNetworkAccessManager and QSqlDatabase are thread bound.
    if (!m_client) {
        m_client = new ApiClient(this);
        m_client->setTransferTimeout(m_options.transferTimeout);
        m_client->setRetryPolicy(m_options.retryPolicy);
        connect(m_client, &ApiClient::waiting, this, &SyncWorker::waiting);
    }
    if (!m_writer) {
        m_writerThread = new QThread(this);
        m_writerThread->setObjectName(QStringLiteral("CacheWriter"));
        m_writer = new CacheWriter;
        m_writer->moveToThread(m_writerThread);
        connect(m_writer, &CacheWriter::pageWritten, this, &SyncWorker::onPageWritten);
        connect(m_writer, &CacheWriter::runFinished, this, &SyncWorker::onRunFinished);
        connect(m_writer, &CacheWriter::recordsWritten, this,
                [this](quint64 ticket, bool ok, const QString &e) {
                    const QString tenantId = m_detailTickets.take(ticket);
                    if (!tenantId.isEmpty())
                        Q_EMIT tenantDetailsRefreshed(tenantId, ok, e);
                });
        connect(m_writer, &CacheWriter::cacheChanged, this, &SyncWorker::cacheChanged);
        connect(m_writer, &CacheWriter::documentChanged, this, &SyncWorker::documentChanged);
        m_writerThread->start();
    }
    // Waited for: nothing else can happen before the cache is open (this thread has nothing else to do).
    CacheSnapshot snapshot;
    QMetaObject::invokeMethod(
        m_writer, [&] { snapshot = m_writer->open(cachePath, m_options.resources, m_options.documents); },
        Qt::BlockingQueuedConnection);
    m_cacheUsable = snapshot.usable;
    m_states = snapshot.states;
    m_documentEtags = snapshot.documentEtags;
    Q_EMIT cacheOpened(snapshot.usable, snapshot.message);
}

void SyncWorker::writeSyncState(Resource resource, const cache::SyncState &state)
{
    m_states.insert(resource, state);
    toWriter([w = m_writer, resource, state] { w->setSyncState(resource, state); });
}

void SyncWorker::setServer(const QUrl &baseUrl, const QString &token)
{
    if (!m_client)
        openCache(QString()); // in-memory cache: nothing was opened yet
    QString why;
    m_haveServer = m_client->setBaseUrl(baseUrl, &why);
    m_client->setBearerToken(token);
    m_forbidden.clear(); // another credential may have the scope
    if (!m_haveServer)
        qCWarning(lcSync) << "server refused:" << why;
    if (m_pausedForAuth && m_running && !m_finishing) {
        m_pausedForAuth = false;
        qCInfo(lcSync) << "new credential: resuming after the last page received";
        bool listing = false;
        for (Lane &lane : m_lanes) {
            if (lane.listing) {
                listing = true;
                startResource(lane, lane.listing->resource);
            }
        }
        if (!listing)
            startLanes(); // the documents phase
    }
}

void SyncWorker::setRefreshInterval(int seconds)
{
    m_options.refreshIntervalSeconds = seconds;
    if (seconds <= 0)
        m_refreshTimer.stop();
    else if (!m_running)
        scheduleRefresh();
}

void SyncWorker::scheduleRefresh()
{
    if (m_options.refreshIntervalSeconds > 0)
        m_refreshTimer.start(std::chrono::seconds(m_options.refreshIntervalSeconds));
}

void SyncWorker::syncNow()
{
    if (m_running)
        return;
    if (!m_cacheUsable || !m_haveServer) {
        ApiError error;
        error.kind = ApiError::Kind::Insecure;
        SyncSummary summary;
        summary.message = !m_cacheUsable ? tr("The offline cache could not be opened.")
                                         : tr("No usable server address is configured.");
        summary.error = error;
        Q_EMIT syncFinished(summary);
        return;
    }
    startRun();
}

void SyncWorker::startRun()
{
    m_refreshTimer.stop();
    m_running = true;
    m_pausedForAuth = false;
    m_summary = {};
    m_queue.clear();
    for (Resource r : std::as_const(m_options.resources)) {
        // A 403 is the credential's scope (API keys never see session-only lists): asked again once the
        // credential changes, not on every refresh.
        if (!m_unavailable.contains(r) && !m_forbidden.contains(r))
            m_queue.append(r);
    }
    m_index = 0;
    m_pagesAhead = 0;
    for (Lane &lane : m_lanes) {
        stopLane(lane);
        lane.listing.reset();
    }
    m_runTimer.start();
    m_progressTimer.start();
    ++m_run;

    // The states afresh (the UI's connection may have written records meanwhile), and whether the cache
    // goes into bulk-load mode for an initial sync. Waited for: the run needs the answer to begin, and the
    // writer is idle between runs.
    CacheSnapshot snapshot;
    QMetaObject::invokeMethod(
        m_writer, [&] { snapshot = m_writer->startRun(m_options.resources, m_queue, m_options.documents); },
        Qt::BlockingQueuedConnection);
    m_states = snapshot.states;
    m_documentEtags = snapshot.documentEtags;
    m_summary.fullSync = snapshot.fullSync;
    Q_EMIT syncStarted(snapshot.fullSync);
    probeUnchanged();
}

// A refresh of lists that have not changed costs one 304 each: those conditional first pages are asked all at
// once rather than one after another, and only the lists that did change are then walked in order. A probe
// that fails for any reason (even a 401) leaves its list to the ordered walk, which handles the failure.
void SyncWorker::probeUnchanged()
{
    m_probes.clear();
    if (!m_summary.fullSync) {
        for (Resource r : std::as_const(m_queue)) {
            const cache::SyncState s = m_states.value(r);
            if (r == Resource::PartnerBranding || !s.fullSyncDone || !s.cursor.isEmpty() || s.etag.isEmpty())
                continue;
            const RepeatRequest repeat = repeatRequestOf(s);
            auto *job = new GetPageJob(m_client, listPath(r), this);
            job->setLimit(m_options.pageLimit);
            job->setUpdatedSince(timeOf(repeat.since));
            if (!repeat.cursor.isEmpty())
                job->setCursor(repeat.cursor);
            job->setIfNoneMatch(s.etag.toLatin1());
            RetryPolicy once = m_client->retryPolicy();
            once.maxAttempts = 1; // the ordered walk retries
            job->setRetryPolicy(once);
            connect(job, &ApiJob::finished, this, [this, job] { onProbeDone(job, true); });
            connect(job, &ApiJob::failed, this, [this, job] { onProbeDone(job, false); });
            m_probes.insert(job, r);
        }
    }
    if (m_probes.isEmpty()) {
        startLanes();
        return;
    }
    const QList<ApiJob *> jobs = m_probes.keys();
    for (ApiJob *job : jobs)
        job->start();
}

void SyncWorker::onProbeDone(ApiJob *job, bool answered)
{
    const auto it = m_probes.find(job);
    if (it == m_probes.end())
        return;
    const Resource r = it.value();
    m_probes.erase(it);
    if (answered && job->notModified()) {
        noteOnline();
        cache::SyncState s = m_states.value(r);
        s.lastSyncedAt = QDateTime::currentDateTimeUtc();
        writeSyncState(r, s);
        ResourceSyncResult result;
        result.resource = r;
        result.outcome = ResourceSyncResult::Outcome::NotModified;
        m_summary.resources.append(result);
        m_queue.removeOne(r);
    }
    if (m_probes.isEmpty() && m_running)
        startLanes();
}

void SyncWorker::startLanes()
{
    bool busy = false;
    for (Lane &lane : m_lanes) {
        if (lane.listing) {
            busy = true;
            if (lane.listing->resource == Resource::Tenants)
                return; // the tenants list runs alone
        }
    }
    for (Lane &lane : m_lanes) {
        if (lane.listing || m_index >= m_queue.size())
            continue;
        const Resource next = m_queue.at(m_index);
        if (next == Resource::Tenants && busy)
            return;
        ++m_index;
        busy = true;
        startResource(lane, next);
        if (next == Resource::Tenants)
            return;
    }
    if (!busy && m_index >= m_queue.size())
        startDocuments();
}

// Starts (or, after a new credential, resumes) the listing of `r` in `lane` from its state as last sent to
// the writer.
void SyncWorker::startResource(Lane &lane, Resource r)
{
    stopLane(lane);
    // A resumed listing keeps what it counted before the pause.
    const ResourceSyncResult counted = lane.listing ? lane.listing->result : ResourceSyncResult{};
    lane.listing = std::make_unique<Listing>();
    Listing &l = *lane.listing;
    l.resource = r;
    l.result = counted;
    l.result.resource = r;
    l.state = m_states.value(r);
    if (r == Resource::PartnerBranding) {
        requestBranding(lane);
        return;
    }
    const cache::SyncState &state = l.state;
    if (!state.cursor.isEmpty()) {
        // An unfinished listing: on from its committed cursor, with the updated_since it is bound to.
        l.since = state.updatedSince.isEmpty() ? kEpoch : state.updatedSince;
        l.sinceTime = timeOf(l.since);
        l.seenCursors.insert(state.cursor);
        requestPage(lane, state.cursor, {});
        return;
    }
    const RepeatRequest repeat = repeatRequestOf(state);
    l.since = repeat.since;
    l.sinceTime = timeOf(repeat.since);
    if (!repeat.cursor.isEmpty())
        l.seenCursors.insert(repeat.cursor);
    // If-None-Match only for the request the ETag was stored for.
    requestPage(lane, repeat.cursor, state.etag);
}

void SyncWorker::requestPage(Lane &lane, const QString &cursor, const QString &ifNoneMatch)
{
    lane.listing->requestedCursor = cursor;
    if (ifNoneMatch.isEmpty() && adoptPrefetch(lane, cursor))
        return;
    dropPrefetch(lane);
    SyncPageJob *job = newPageJob(lane, cursor);
    if (!ifNoneMatch.isEmpty())
        job->setIfNoneMatch(ifNoneMatch.toLatin1());
    lane.job = job;
    job->start();
}

SyncWorker::Lane *SyncWorker::laneOf(const ApiJob *job)
{
    for (Lane &lane : m_lanes) {
        if (job && lane.job == job && lane.listing)
            return &lane;
    }
    return nullptr;
}

// A page of the lane's listing at `cursor` (empty: its first page), answered to onPageFinished().
SyncPageJob *SyncWorker::newPageJob(Lane &lane, const QString &cursor)
{
    const Resource r = lane.listing->resource;
    auto *job = new SyncPageJob(m_client, r, listPath(r), this);
    job->setLimit(m_options.pageLimit);
    job->setUpdatedSince(lane.listing->sinceTime);
    if (!cursor.isEmpty())
        job->setCursor(cursor);
    const std::size_t index = std::size_t(&lane - m_lanes.data());
    connect(job, &SyncPageJob::nextCursorHint, this, [this, index] { topUpPrefetch(m_lanes[index]); });
    connect(job, &ApiJob::finished, this, [this, job] { onPageFinished(job); });
    connect(job, &ApiJob::failed, this, [this, job](const ApiError &e) { onJobFailed(job, e); });
    return job;
}

// A page's body has arrived and is being decoded on a pool thread: ask for the page it points to now, so
// that the server prepares it meanwhile (without this the server waited for every decode). Up to
// PrefetchDepth pages ahead of the lane's job, each asked once the newest page in flight hinted at its
// cursor.
void SyncWorker::topUpPrefetch(Lane &lane)
{
    while (lane.listing && lane.prefetched.size() < PrefetchDepth) {
        const auto *newest = qobject_cast<const SyncPageJob *>(
            lane.prefetched.isEmpty() ? lane.job.data() : lane.prefetched.last().job.data());
        if (!newest || newest->cursorHint().isEmpty())
            return;
        const QString cursor = newest->cursorHint();
        if (lane.listing->seenCursors.contains(cursor) ||
            std::any_of(lane.prefetched.cbegin(), lane.prefetched.cend(),
                        [&cursor](const Prefetch &p) { return p.cursor == cursor; }))
            return; // a loop; the decoded page will say so
        SyncPageJob *job = newPageJob(lane, cursor);
        job->setAutoDelete(false);
        lane.prefetched.append({cursor, job});
        job->start();
    }
}

// The page at `cursor` is the first one prefetched: it becomes the lane's job (processed at once if its
// answer is already in).
bool SyncWorker::adoptPrefetch(Lane &lane, const QString &cursor)
{
    if (lane.prefetched.isEmpty() || cursor.isEmpty() || lane.prefetched.first().cursor != cursor ||
        !lane.prefetched.first().job)
        return false;
    ApiJob *job = lane.prefetched.takeFirst().job;
    lane.job = job;
    if (!job->isRunning()) {
        // Answered before it was adopted: handle it as if it arrived now (after the caller returns).
        QMetaObject::invokeMethod(
            this,
            [this, job = QPointer<ApiJob>(job)] {
                if (!job)
                    return;
                if (job->error().isError())
                    onJobFailed(job, job->error());
                else
                    onPageFinished(job);
            },
            Qt::QueuedConnection);
    }
    topUpPrefetch(lane);
    return true;
}

void SyncWorker::dropPrefetch(Lane &lane)
{
    for (const Prefetch &p : std::exchange(lane.prefetched, {})) {
        if (ApiJob *job = p.job) {
            job->disconnect(this);
            job->abort();
            job->deleteLater();
        }
    }
}

void SyncWorker::stopLane(Lane &lane)
{
    dropPrefetch(lane);
    lane.deferredCursor.clear();
    if (ApiJob *job = std::exchange(lane.job, nullptr)) {
        job->disconnect(this);
        job->abort();
        if (!job->autoDelete())
            job->deleteLater(); // an adopted prefetch
    }
}

void SyncWorker::onPageFinished(ApiJob *apiJob)
{
    Lane *lanePtr = laneOf(apiJob);
    if (!lanePtr)
        return; // an answer for a run that is over, or a prefetch not adopted yet (kept by its lane)
    Lane &lane = *lanePtr;
    if (!apiJob->autoDelete())
        apiJob->deleteLater(); // an adopted prefetch
    auto *job = static_cast<SyncPageJob *>(apiJob);
    lane.job = nullptr;
    noteOnline();
    Listing &l = *lane.listing;

    if (job->notModified()) {
        l.state.lastSyncedAt = QDateTime::currentDateTimeUtc();
        writeSyncState(l.resource, l.state);
        l.result.outcome = ResourceSyncResult::Outcome::NotModified;
        nextResource(lane);
        return;
    }
    const Page &page = job->page();
    // A cursor the server already gave in this listing would make us walk in a circle.
    if (page.hasMore && l.seenCursors.contains(page.nextCursor)) {
        failContract(lane, tr("the next_cursor repeats an earlier one (a paging loop)"), job->requestId());
        return;
    }
    // Checked and decoded on a pool thread already (SyncPageJob).
    cache::RecordPage records = job->takeRecords();
    const QString lastUpdated = job->lastUpdatedAt();
    if (records.upsertCount() + records.tombstones.size() > 0) {
        const auto first = cache::RecordDecoder::parseTimestamp(job->firstUpdatedAt());
        const auto last = cache::RecordDecoder::parseTimestamp(lastUpdated);
        if (!last) {
            failContract(lane, tr("a record has no valid updated_at"), job->requestId());
            return;
        }
        // The listing is ordered by updated_at: going back in time means the server broke the order we rely
        // on to resume without gaps.
        if (l.lastUpdatedTime.isValid() && *last < l.lastUpdatedTime) {
            failContract(lane, tr("the records are not ordered by updated_at"), job->requestId());
            return;
        }
        if (!l.firstUpdatedTime.isValid() && first)
            l.firstUpdatedTime = *first;
        l.lastUpdatedTime = *last;
        l.lastUpdatedAt = lastUpdated;
    }

    cache::SyncState next = l.state;
    next.lastSyncedAt = QDateTime::currentDateTimeUtc();
    if (page.hasMore) {
        next.cursor = page.nextCursor;
        next.updatedSince = l.since;
    } else {
        next.cursor.clear();
        // The watermark, the fallback when the server gives no resume cursor: "changed at or after the last
        // record" (the boundary record comes again as an idempotent upsert, records sharing its updated_at
        // are never skipped). A listing without records keeps the one it had.
        next.updatedSince = !l.lastUpdatedAt.isEmpty()        ? l.lastUpdatedAt
                            : !l.state.updatedSince.isEmpty() ? l.state.updatedSince
                                                              : l.since;
        next.resumeCursor = page.resumeCursor;
        next.resumeSince = page.resumeCursor.isEmpty() ? QString() : l.since;
        // Only a single-page answer to the request we will repeat can be revalidated with its ETag.
        const RepeatRequest repeat = repeatRequestOf(next);
        const bool etagUsable = l.firstPage && repeat.since == l.since && repeat.cursor == l.requestedCursor;
        next.etag = etagUsable ? QString::fromLatin1(job->etag()) : QString();
        next.fullSyncDone = true;
        l.revalidate = !etagUsable && !l.revalidated;
    }
    l.firstPage = false;
    l.hasMore = page.hasMore;
    ++l.result.pages;
    if (page.hasMore) {
        // Ask for the next page first: the server prepares it while this one is written. Unless the writer
        // is too far behind: then once it has caught up (onPageWritten).
        l.seenCursors.insert(page.nextCursor);
        if (m_pagesAhead < qMax(1, m_options.pagesAhead))
            requestPage(lane, page.nextCursor, {});
        else
            lane.deferredCursor = page.nextCursor;
    }
    // Counted as sent: a page the writer cannot store ends the run. The boundary records of the
    // revalidation were already counted.
    if (!l.revalidated)
        l.result.records += records.upsertCount();
    l.result.tombstones += records.tombstones.size();
    l.state = next;
    m_states.insert(l.resource, next);
    ++m_pagesAhead;
    toWriter([w = m_writer, run = m_run, records = std::move(records), next]() mutable {
        w->applyPage(run, std::move(records), next);
    });
    emitProgress(lane, !l.hasMore);
    if (!l.hasMore)
        listingComplete(lane);
}

void SyncWorker::onPageWritten(quint64 run, bool ok, const QString &error)
{
    if (run != m_run)
        return;
    m_pagesAhead = qMax(0, m_pagesAhead - 1);
    if (!ok) {
        if (!m_running || m_finishing)
            return; // the run's end reports it (runFinished)
        ApiError e;
        e.kind = ApiError::Kind::None;
        finishRun(false, e, error);
        return;
    }
    for (Lane &lane : m_lanes) {
        if (!lane.deferredCursor.isEmpty() && lane.listing && !lane.job &&
            m_pagesAhead < qMax(1, m_options.pagesAhead))
            requestPage(lane, std::exchange(lane.deferredCursor, {}), {});
    }
}

// The last page of a listing was handed to the writer.
void SyncWorker::listingComplete(Lane &lane)
{
    Listing &l = *lane.listing;
    if (l.revalidate) {
        // Ask again what the next refresh will ask (after the resume cursor: nothing comes back; from a
        // watermark: the boundary records, idempotent upserts): that answer's ETag is the one the next
        // refresh can revalidate.
        l.revalidate = false;
        l.revalidated = true;
        l.firstPage = true;
        const RepeatRequest repeat = repeatRequestOf(l.state);
        l.since = repeat.since;
        l.sinceTime = timeOf(repeat.since);
        l.seenCursors.clear();
        if (!repeat.cursor.isEmpty())
            l.seenCursors.insert(repeat.cursor);
        requestPage(lane, repeat.cursor, {});
        return;
    }
    // In a bulk load, this list's indexes and search are built now, while the other lists are fetched.
    toWriter([w = m_writer, run = m_run, r = l.resource] { w->finishList(run, r); });
    nextResource(lane);
}

void SyncWorker::requestBranding(Lane &lane)
{
    auto *job = new GetObjectJob(m_client, QStringLiteral("partner/branding"), this);
    if (!lane.listing->state.etag.isEmpty())
        job->setIfNoneMatch(lane.listing->state.etag.toLatin1());
    connect(job, &ApiJob::finished, this, [this, job] { onBrandingFinished(job); });
    connect(job, &ApiJob::failed, this, [this, job](const ApiError &e) { onJobFailed(job, e); });
    lane.job = job;
    job->start();
}

void SyncWorker::onBrandingFinished(ApiJob *job)
{
    Lane *lanePtr = laneOf(job);
    if (!lanePtr)
        return;
    Lane &lane = *lanePtr;
    lane.job = nullptr;
    noteOnline();
    Listing &l = *lane.listing;
    cache::SyncState next = l.state;
    next.lastSyncedAt = QDateTime::currentDateTimeUtc();
    if (job->notModified()) {
        writeSyncState(l.resource, next);
        l.result.outcome = ResourceSyncResult::Outcome::NotModified;
        nextResource(lane);
        return;
    }
    QString why;
    const auto branding = cache::RecordDecoder::branding(job->json(), &why);
    if (!branding) {
        failContract(lane, why, job->requestId());
        return;
    }
    cache::RecordPage page;
    page.resource = Resource::PartnerBranding;
    page.branding.append(*branding);
    next.etag = QString::fromLatin1(job->etag());
    next.fullSyncDone = true;
    l.state = next;
    m_states.insert(l.resource, next);
    l.result.records = 1;
    l.result.pages = 1;
    ++m_pagesAhead;
    toWriter([w = m_writer, run = m_run, page = std::move(page), next]() mutable {
        w->applyPage(run, std::move(page), next);
    });
    emitProgress(lane, true);
    nextResource(lane);
}

// After the lists: the singleton documents, one conditional GET each, all at once (an unchanged refresh
// then costs one round trip of 304s instead of one per document). They never fail a run (a partner
// without a subscription object, or a key without that scope, still has a usable console); a 401 pauses
// like any request (setServer() resumes with this phase), a network failure ends the run as offline.
void SyncWorker::startDocuments()
{
    abortDocuments();
    if (m_options.documents.isEmpty()) {
        finishRun(true, {}, {});
        return;
    }
    m_documentsPending = int(m_options.documents.size());
    for (const QString &path : std::as_const(m_options.documents)) {
        auto *job = new GetDocumentJob(m_client, path, path.endsWith(QLatin1String("/logo")), this);
        if (const QString etag = m_documentEtags.value(path); !etag.isEmpty())
            job->setIfNoneMatch(etag.toLatin1());
        connect(job, &ApiJob::finished, this, [this, job, path] { onDocumentFinished(job, path); });
        connect(job, &ApiJob::failed, this,
                [this, job, path](const ApiError &error) { onDocumentFailed(job, path, error); });
        m_documentJobs.append(job);
        job->start();
    }
}

void SyncWorker::abortDocuments()
{
    const QList<QPointer<ApiJob>> jobs = std::exchange(m_documentJobs, {});
    m_documentsPending = 0;
    for (const QPointer<ApiJob> &job : jobs) {
        if (job) {
            job->disconnect(this);
            job->abort();
        }
    }
}

void SyncWorker::documentDone(ApiJob *job)
{
    m_documentJobs.removeAll(job);
    if (--m_documentsPending == 0 && m_running && !m_pausedForAuth)
        finishRun(true, {}, {});
}

void SyncWorker::onDocumentFailed(ApiJob *job, const QString &path, const ApiError &error)
{
    if (!m_documentJobs.contains(job))
        return;
    if (error.kind == ApiError::Kind::Unauthorized) {
        abortDocuments();
        m_pausedForAuth = true; // setServer() starts this phase again
        Q_EMIT authenticationRequired(error.displayText());
        return;
    }
    if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout) {
        abortDocuments();
        if (!m_offline) {
            m_offline = true;
            Q_EMIT offlineChanged(true, lastSyncedAt());
        }
        finishRun(false, error, tr("Sync of %1 stopped: %2").arg(path, error.displayText()));
        return;
    }
    qCInfo(lcSync) << "document" << path << "skipped:" << error.displayText();
    documentDone(job);
}

void SyncWorker::onDocumentFinished(ApiJob *job, const QString &path)
{
    if (!m_documentJobs.contains(job))
        return;
    noteOnline();
    if (!job->notModified()) {
        cache::CachedDocument doc;
        doc.path = path;
        doc.body = job->body();
        const bool binary = path.endsWith(QLatin1String("/logo"));
        doc.contentType =
            binary ? QStringLiteral("application/octet-stream") : QStringLiteral("application/json");
        doc.etag = QString::fromLatin1(job->etag());
        doc.fetchedAt = QDateTime::currentDateTimeUtc();
        m_documentEtags.insert(path, doc.etag);
        toWriter([w = m_writer, doc] { w->storeDocument(doc); });
    }
    documentDone(job);
}

void SyncWorker::onJobFailed(ApiJob *job, const ApiError &error)
{
    Lane *lanePtr = laneOf(job);
    if (!lanePtr)
        return; // an aborted request, a prefetch not adopted yet, or an answer for a run that is over
    Lane &lane = *lanePtr;
    if (!job->autoDelete())
        job->deleteLater(); // an adopted prefetch
    lane.job = nullptr;
    stopLane(lane);
    Listing &l = *lane.listing;
    switch (error.kind) {
    case ApiError::Kind::Unauthorized:
        // Every lane waits (their listings stay, to resume from what was sent to the writer).
        for (Lane &other : m_lanes)
            stopLane(other);
        m_pausedForAuth = true;
        qCInfo(lcSync) << "401 while syncing" << cache::resourceName(l.resource)
                       << "- waiting for a new credential";
        Q_EMIT authenticationRequired(error.displayText());
        return;
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::NotFound: {
        const bool forbidden = error.kind == ApiError::Kind::Forbidden;
        l.result.outcome =
            forbidden ? ResourceSyncResult::Outcome::Forbidden : ResourceSyncResult::Outcome::Unavailable;
        // Skipped until the credential changes (403) or for this session (404). Remembered in the cache
        // as "nothing more to fetch", so that the next start does not take it for an unfinished initial
        // sync (which would rebuild every index); a later credential that may read it lists it from the
        // start, as a delta from the epoch.
        (forbidden ? m_forbidden : m_unavailable).insert(l.resource);
        if (!l.state.fullSyncDone && l.state.cursor.isEmpty() && l.state.updatedSince.isEmpty()) {
            cache::SyncState done = l.state;
            done.fullSyncDone = true;
            writeSyncState(l.resource, done);
        }
        nextResource(lane);
        return;
    }
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        if (!m_offline) {
            m_offline = true;
            Q_EMIT offlineChanged(true, lastSyncedAt());
        }
        break;
    default:
        break;
    }
    const QString resource = cache::resourceName(l.resource);
    finishRun(false, error, tr("Sync of %1 stopped: %2").arg(resource, error.displayText()));
}

void SyncWorker::failContract(Lane &lane, const QString &why, const QString &requestId)
{
    ApiError error;
    error.kind = ApiError::Kind::Contract;
    error.requestId = requestId;
    const QString resource = cache::resourceName(lane.listing->resource);
    error.message =
        tr("The server's page of %1 does not follow the API contract (%2); nothing of it was stored.")
            .arg(resource, why);
    qCWarning(lcSync) << "contract error:" << resource << why << "request id" << requestId;
    finishRun(false, error, error.displayText());
}

void SyncWorker::nextResource(Lane &lane)
{
    m_summary.resources.append(lane.listing->result);
    lane.listing.reset();
    startLanes();
}

void SyncWorker::finishRun(bool ok, const ApiError &error, const QString &message)
{
    if (!m_running || m_finishing)
        return;
    abortDocuments();
    const QList<ApiJob *> probes = m_probes.keys();
    m_probes.clear();
    for (ApiJob *probe : probes) {
        disconnect(probe, nullptr, this, nullptr);
        probe->abort();
    }
    // The lists still open (the one that failed, and any beside it) end unfinished.
    for (Lane &lane : m_lanes) {
        stopLane(lane);
        if (const std::unique_ptr<Listing> l = std::move(lane.listing)) {
            l->result.outcome = ResourceSyncResult::Outcome::Failed;
            m_summary.resources.append(l->result);
        }
    }
    m_pausedForAuth = false;
    m_summary.ok = ok;
    m_summary.error = error;
    m_summary.message = message;
    // The run ends when the writer has written what it was sent and finished a bulk load (onRunFinished).
    m_finishing = true;
    toWriter([w = m_writer, run = m_run] { w->finishRun(run); });
}

void SyncWorker::onRunFinished(quint64 run, const QString &storeError)
{
    if (run != m_run || !m_finishing)
        return;
    m_finishing = false;
    m_running = false;
    if (!storeError.isEmpty() && m_summary.ok) {
        // A page failed while the run was already ending (all its pages had been sent).
        m_summary.ok = false;
        m_summary.error = {};
        m_summary.message = storeError;
    }
    // In the configured order, whichever lane finished first.
    std::stable_sort(m_summary.resources.begin(), m_summary.resources.end(),
                     [this](const ResourceSyncResult &a, const ResourceSyncResult &b) {
                         return m_options.resources.indexOf(a.resource) <
                                m_options.resources.indexOf(b.resource);
                     });
    m_summary.elapsedMs = m_runTimer.elapsed();
    m_summary.finishedAt = QDateTime::currentDateTimeUtc();
    qCInfo(lcSync).noquote() << (m_summary.ok ? "sync finished:" : "sync failed:") << m_summary.summaryLine()
                             << m_summary.message;
    Q_EMIT syncFinished(m_summary);
    scheduleRefresh();
}

void SyncWorker::noteOnline()
{
    if (m_offline) {
        m_offline = false;
        Q_EMIT offlineChanged(false, lastSyncedAt());
    }
}

// The share of a listing done, estimated from the updated_at reached (the API gives no totals); 1 once its
// last page is in.
double SyncWorker::fractionOf(const Listing &l)
{
    if (!l.hasMore && l.result.pages > 0)
        return 1.0;
    if (!l.firstUpdatedTime.isValid() || !l.lastUpdatedTime.isValid())
        return 0.0;
    const qint64 span = l.firstUpdatedTime.msecsTo(QDateTime::currentDateTimeUtc());
    const qint64 reached = l.firstUpdatedTime.msecsTo(l.lastUpdatedTime);
    return span > 0 ? qBound(0.0, double(reached) / double(span), 0.99) : 0.0;
}

// The lane's list, with the records of the whole run (the lists finished and the ones beside it).
void SyncWorker::emitProgress(const Lane &lane, bool force)
{
    if (!lane.listing)
        return;
    if (!force && m_progressTimer.elapsed() < 100)
        return;
    m_progressTimer.restart();
    const Listing &l = *lane.listing;
    SyncProgress p;
    p.resource = l.resource;
    p.done = l.result.records + l.result.tombstones;
    qint64 total = 0;
    for (const auto &r : std::as_const(m_summary.resources))
        total += r.records + r.tombstones;
    for (const Lane &other : m_lanes) {
        if (other.listing)
            total += other.listing->result.records + other.listing->result.tombstones;
    }
    p.totalDone = total;
    const qint64 ms = qMax<qint64>(1, m_runTimer.elapsed());
    p.recordsPerSecond = double(total) * 1000.0 / double(ms);
    p.fraction = fractionOf(l);
    if (!l.hasMore)
        p.expected = p.done;
    p.slowestFraction = p.fraction;
    for (const Lane &other : m_lanes) {
        if (!other.listing || (!other.listing->hasMore && other.listing->result.pages > 0))
            continue; // idle, or its last page is in
        p.listing.append(other.listing->resource);
        p.slowestFraction = qMin(p.slowestFraction, fractionOf(*other.listing));
    }
    Q_EMIT progress(p);
}

QDateTime SyncWorker::lastSyncedAt()
{
    QDateTime latest;
    for (Resource r : std::as_const(m_options.resources)) {
        const QDateTime t = m_states.value(r).lastSyncedAt;
        if (t.isValid() && (!latest.isValid() || t > latest))
            latest = t;
    }
    return latest;
}

void SyncWorker::cancel()
{
    if (!m_running || m_finishing)
        return;
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.message = ApiError::defaultMessage(error.kind);
    finishRun(false, error, error.message);
}

void SyncWorker::refreshTenantDetails(const QString &tenantId)
{
    if (!m_cacheUsable || !m_haveServer) {
        Q_EMIT tenantDetailsRefreshed(tenantId, false, tr("Not connected."));
        return;
    }
    // Two independent requests; the record is written as each arrives.
    const auto fetch = [this, tenantId](const QString &what, bool limits) {
        auto *job = new GetObjectJob(m_client, QStringLiteral("tenants/%1/%2").arg(tenantId, what), this);
        connect(job, &ApiJob::finished, this, [this, job, tenantId, limits] {
            noteOnline();
            QString why;
            cache::RecordPage page;
            page.resource = limits ? Resource::TenantLimits : Resource::TenantUsage;
            bool ok = false;
            if (limits) {
                if (auto l = cache::RecordDecoder::tenantLimits(job->json(), tenantId, &why)) {
                    page.tenantLimits.append(*l);
                    ok = true;
                }
            } else if (auto u = cache::RecordDecoder::tenantUsage(job->json(), tenantId, &why)) {
                page.tenantUsage.append(*u);
                ok = true;
            }
            if (!ok) {
                Q_EMIT tenantDetailsRefreshed(tenantId, false, why);
                return;
            }
            // Reported once written (recordsWritten).
            const quint64 ticket = ++m_nextTicket;
            m_detailTickets.insert(ticket, tenantId);
            toWriter([w = m_writer, ticket, page] { w->upsertRecords(ticket, page); });
        });
        connect(job, &ApiJob::failed, this, [this, tenantId](const ApiError &e) {
            Q_EMIT tenantDetailsRefreshed(tenantId, false, e.displayText());
        });
        job->start();
    };
    fetch(QStringLiteral("limits"), true);
    fetch(QStringLiteral("usage"), false);
}

void SyncWorker::shutdown()
{
    m_refreshTimer.stop();
    abortDocuments();
    for (Lane &lane : m_lanes) {
        stopLane(lane);
        lane.listing.reset();
    }
    if (m_running) {
        m_summary.resources.clear();
        m_running = false;
        m_finishing = false;
    }
    if (m_writer) {
        // Writes what it was sent, finishes a bulk load still open and closes the connection.
        QMetaObject::invokeMethod(
            m_writer, [w = m_writer] { w->close(); }, Qt::BlockingQueuedConnection);
        m_writerThread->quit();
        m_writerThread->wait();
        delete m_writer;
        m_writer = nullptr;
        delete m_writerThread;
        m_writerThread = nullptr;
    }
    m_cacheUsable = false;
    delete m_client;
    m_client = nullptr;
}

QString SyncSummary::summaryLine() const
{
    QStringList parts;
    for (const auto &r : resources) {
        QString value;
        switch (r.outcome) {
        case ResourceSyncResult::Outcome::Synced:
        case ResourceSyncResult::Outcome::NotModified:
            value = QString::number(r.records + r.tombstones);
            break;
        case ResourceSyncResult::Outcome::Unavailable:
            value = QStringLiteral("unavailable");
            break;
        case ResourceSyncResult::Outcome::Forbidden:
            value = QStringLiteral("forbidden");
            break;
        case ResourceSyncResult::Outcome::Failed:
            value = QStringLiteral("failed");
            break;
        }
        parts << cache::resourceName(r.resource) + QLatin1Char('=') + value;
    }
    parts << QStringLiteral("seconds=%1").arg(double(elapsedMs) / 1000.0, 0, 'f', 3);
    parts << (ok ? QStringLiteral("status=ok") : QStringLiteral("status=failed"));
    return parts.join(QLatin1Char(' '));
}

} // namespace simuwave
