#include "sync/CacheWriter.h"

#include "cache/SqlCache.h"

#include <QLoggingCategory>
#include <QThreadPool>

namespace simuwave {

Q_LOGGING_CATEGORY(lcWriter, "simuwave.net.sync.writer")

using cache::Resource;

CacheWriter::CacheWriter(QObject *parent)
    : QObject(parent)
{}

CacheWriter::~CacheWriter()
{
    close();
}

CacheSnapshot CacheWriter::open(const QString &path, const QList<Resource> &resources,
                                const QStringList &documents)
{
    m_cache = std::make_unique<cache::SqlCache>();
    connect(m_cache.get(), &cache::AbstractCache::changed, this, &CacheWriter::cacheChanged);
    connect(m_cache.get(), &cache::AbstractCache::documentChanged, this, &CacheWriter::documentChanged);
    const cache::CacheOpenReport report = m_cache->open(path);
    if (!report.usable) {
        qCWarning(lcWriter) << "cache not usable:" << report.detail;
        m_cache.reset();
        CacheSnapshot none;
        none.message = report.message;
        return none;
    }
    CacheSnapshot s = snapshot(resources, documents);
    s.message = report.message;
    return s;
}

CacheSnapshot CacheWriter::snapshot(const QList<Resource> &resources, const QStringList &documents)
{
    CacheSnapshot s;
    if (!m_cache)
        return s;
    s.usable = true;
    for (Resource r : resources)
        s.states.insert(r, m_cache->syncState(r));
    for (const QString &path : documents) {
        if (const auto stored = m_cache->document(path); stored && !stored->etag.isEmpty())
            s.documentEtags.insert(path, stored->etag);
    }
    return s;
}

CacheSnapshot CacheWriter::startRun(const QList<Resource> &resources, const QList<Resource> &queue,
                                    const QStringList &documents)
{
    m_runError.clear();
    CacheSnapshot s = snapshot(resources, documents);
    if (!m_cache)
        return s;
    bool bulk = false;
    for (Resource r : queue) {
        const cache::SyncState st = s.states.value(r);
        if (st.fullSyncDone)
            continue;
        s.fullSync = true;
        // Only the big lists are worth dropping and rebuilding the indexes for: an empty users list (or one
        // this credential may not read) must not cost a rebuild of 400,000 rows' indexes. A cursor means
        // a killed initial sync being resumed.
        const bool big = r == Resource::Tenants || r == Resource::PhoneNumbers || r == Resource::Invoices;
        if (big && (!st.cursor.isEmpty() || m_cache->count(r) == 0))
            bulk = true;
    }
    if (bulk) {
        QString error;
        s.bulk = m_cache->beginBulkLoad(&error);
        if (!s.bulk)
            qCWarning(lcWriter) << "bulk load not started:" << error;
    }
    return s;
}

void CacheWriter::applyPage(quint64 run, cache::RecordPage page, const cache::SyncState &next)
{
    if (run == m_failedRun)
        return; // a page before it is missing
    QString error;
    const bool ok = m_cache && m_cache->applyPage(page, next, &error);
    if (!ok) {
        m_failedRun = run;
        if (!m_cache)
            error = tr("The offline cache is not open.");
        m_runError =
            tr("The offline cache could not store %1: %2").arg(cache::resourceName(page.resource), error);
    }
    // Freeing a thousand decoded invoices is measurable (3 % of an initial sync): a pool thread does it.
    QThreadPool::globalInstance()->start(
        [written = std::make_shared<cache::RecordPage>(std::move(page))]() mutable { written.reset(); });
    Q_EMIT pageWritten(run, ok, ok ? QString() : m_runError);
}

void CacheWriter::setSyncState(Resource resource, const cache::SyncState &state)
{
    QString error;
    if (m_cache && !m_cache->setSyncState(resource, state, &error))
        qCWarning(lcWriter) << "sync state of" << cache::resourceName(resource) << "not stored:" << error;
}

void CacheWriter::storeDocument(const cache::CachedDocument &document)
{
    QString error;
    if (m_cache && !m_cache->storeDocument(document, &error))
        qCWarning(lcWriter) << "document" << document.path << "not stored:" << error;
}

void CacheWriter::finishList(quint64 run, Resource resource)
{
    if (!m_cache || run == m_failedRun || !m_cache->isBulkLoading())
        return;
    QString error;
    if (!m_cache->finishBulkLoadOf(resource, &error))
        qCWarning(lcWriter) << "indexes of" << cache::resourceName(resource) << "not restored yet:" << error;
}

void CacheWriter::finishRun(quint64 run)
{
    if (m_cache && m_cache->isBulkLoading()) {
        // Also after a failure: the panes need their indexes and search; a resumed initial sync starts a
        // new bulk load from the committed cursors.
        QString error;
        if (!m_cache->finishBulkLoad(&error))
            qCWarning(lcWriter) << "finishing the bulk load failed:" << error;
    }
    Q_EMIT runFinished(run, std::exchange(m_runError, {}));
}

void CacheWriter::upsertRecords(quint64 ticket, const cache::RecordPage &records)
{
    QString error;
    const bool ok = m_cache && m_cache->upsertRecords(records, &error);
    if (!m_cache)
        error = tr("The offline cache is not open.");
    Q_EMIT recordsWritten(ticket, ok, error);
}

void CacheWriter::close()
{
    if (!m_cache)
        return;
    if (m_cache->isBulkLoading())
        m_cache->finishBulkLoad();
    m_cache->close();
    m_cache.reset();
}

} // namespace simuwave
