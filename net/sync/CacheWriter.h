#pragma once
// The sync engine's writing end of the offline cache. It owns the engine's cache connection (SqlCache) on
// a thread of its own, so that SQLite's work (each page, the grouped commits of a bulk load, the indexes
// and search of a list once it is complete) never holds up the network: while a page is written, the
// worker's thread already handles the next replies and asks for the pages after them. Without it, the
// requests stalled behind every write and the end-of-list index builds could not overlap with anything.
//
// Commands arrive as queued calls from the SyncWorker and are carried out in the order they were sent;
// results go back as signals. Only open(), startRun() and close() answer directly: the worker waits for
// them (BlockingQueuedConnection) because nothing can happen before them.
//
// A page that cannot be written fails its run. The writer then drops the later pages of that run: writing
// them would put a cursor beyond the records that are missing.
#include "cache/CacheTypes.h"

#include <memory>
#include <QHash>
#include <QObject>
#include <QStringList>

namespace simuwave {

namespace cache {
class SqlCache;
}

// What the worker keeps in memory of the cache: the sync state of every resource and the ETags of the
// stored documents. The worker is the only writer of both, so after this snapshot it keeps them itself.
struct CacheSnapshot
{
    bool usable = false;
    QString message;       // translated, for the user (empty when all is well)
    bool fullSync = false; // a resource of the run has not finished its initial sync
    bool bulk = false;     // ... and the cache went into bulk-load mode for it
    QHash<cache::Resource, cache::SyncState> states;
    QHash<QString, QString> documentEtags; // path -> ETag
};

class CacheWriter : public QObject
{
    Q_OBJECT
public:
    explicit CacheWriter(QObject *parent = nullptr);
    ~CacheWriter() override;

    // Opens the cache file (empty: in memory); the states of `resources` and the documents' ETags.
    CacheSnapshot open(const QString &path, const QList<cache::Resource> &resources,
                       const QStringList &documents);
    // A new run: the states read afresh. The initial sync of an empty (or half-loaded) cache goes through
    // the cache's bulk load when one of the big lists in `queue` needs it.
    CacheSnapshot startRun(const QList<cache::Resource> &resources, const QList<cache::Resource> &queue,
                           const QStringList &documents);
    // One page and the sync state after it, all or nothing. Answers pageWritten().
    void applyPage(quint64 run, cache::RecordPage page, const cache::SyncState &next);
    void setSyncState(cache::Resource resource, const cache::SyncState &state);
    void storeDocument(const cache::CachedDocument &document);
    // A list of a bulk-loading run is complete: its indexes and search now, while the next lists load.
    void finishList(quint64 run, cache::Resource resource);
    // The run is over: the bulk load finished (also after a failure). Answers runFinished().
    void finishRun(quint64 run);
    // Records outside a sync page (one tenant's limits or usage). Answers recordsWritten().
    void upsertRecords(quint64 ticket, const cache::RecordPage &records);
    // Finishes a bulk load still open and closes the connection.
    void close();

Q_SIGNALS:
    void pageWritten(quint64 run, bool ok, const QString &error);
    // `error`: the first write of the run that failed, empty when all went in.
    void runFinished(quint64 run, const QString &error);
    void recordsWritten(quint64 ticket, bool ok, const QString &error);
    void cacheChanged(const simuwave::cache::CacheChange &change);
    void documentChanged(const QString &path);

private:
    CacheSnapshot snapshot(const QList<cache::Resource> &resources, const QStringList &documents);

    std::unique_ptr<cache::SqlCache> m_cache;
    quint64 m_failedRun = 0; // a page of this run failed: its later pages are dropped
    QString m_runError;
};

} // namespace simuwave
