#pragma once
// The SQLite implementation of the offline cache: one file per profile, WAL, opened through QtSql's
// QSQLITE driver with a connection name unique to this instance.
//
// The hot write path (applyPage) binds through the SQLite C API on the QSQLITE connection's own handle:
// QSqlQuery's per-value QVariant round trips cost more than SQLite itself at 100,000 records/s.
// Reads use QSqlQuery objects prepared once and kept.
#include "cache/AbstractCache.h"

#include <memory>
#include <QSqlDatabase>

namespace simuwave::cache {

struct CacheOpenReport
{
    enum class Outcome
    {
        Opened,           // existing cache, current schema
        Created,          // no cache before: a full sync follows
        Migrated,         // older schema brought up to date; data kept
        RebuiltCorrupt,   // unreadable or damaged file moved aside, new cache created
        RebuiltNewer,     // written by a newer console version: replaced by an empty cache
        RebuiltMigration, // a schema update failed: replaced by an empty cache
        InMemory,         // folder not writable (or file unopenable): this session only
        Failed,           // not even the memory fallback worked
    };
    Outcome outcome = Outcome::Failed;
    bool usable = false;
    bool fullResyncNeeded = false; // the cache starts empty: sync everything
    bool inMemory = false;
    int foundVersion = 0; // user_version found on disk
    int version = 0;      // user_version now
    QString movedAsideTo; // where a damaged file went (with "-wal"/"-shm" alongside)
    QString message;      // translated, for the user (status bar / banner); empty when all is well
    QString detail;       // SQLite's own words, for the log
    qint64 elapsedMs = 0; // opening, quick_check and migrations
};

class SqlCache : public AbstractCache
{
    Q_OBJECT
public:
    explicit SqlCache(QObject *parent = nullptr);
    ~SqlCache() override;

    // Opens (creating, migrating or rebuilding as needed) the cache at `path`; the folder is created.
    // Empty path: an in-memory cache. Must be called on the thread that will use this instance.
    CacheOpenReport open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const;
    bool isInMemory() const;

    // This instance's connection, for item models' own read-only queries (same thread only).
    QSqlDatabase database() const;
    QString connectionName() const;

    // Where the durable outbox of pending edits lives next to a cache file (see OutboxStore): a separate
    // file, so rebuilding a damaged cache never loses an edit.
    static QString outboxPathFor(const QString &cachePath);
    // Computes the storage form of the page's records ahead of applyPage() (RecordPage::invoiceStorage).
    // Pure and thread-safe: the sync engine runs it on the pool thread that decoded the page.
    static void prepareForStorage(RecordPage *page);
    // Process-wide SQLite settings, applied before SQLite's first use (main() calls it first thing; later
    // it changes nothing and returns false). Every connection here stays on the thread that opened it
    // (QtSql's rule), so SQLite's per-call connection mutexes and its allocation statistics, which take a
    // global mutex on every allocation, only cost time.
    static bool configureProcess();

    bool applyPage(const RecordPage &page, const SyncState &next, QString *error = nullptr) override;
    bool upsertRecords(const RecordPage &records, QString *error = nullptr) override;
    SyncState syncState(Resource resource) override;
    bool setSyncState(Resource resource, const SyncState &state, QString *error = nullptr) override;
    bool beginBulkLoad(QString *error = nullptr) override;
    bool finishBulkLoad(QString *error = nullptr) override;
    bool finishBulkLoadOf(Resource resource, QString *error = nullptr) override;
    bool isBulkLoading() const override;
    bool clearAll(QString *error = nullptr) override;
    QList<qint64> searchRowIds(Resource resource, const QString &text, int limit = 1000) override;
    QStringList searchIds(Resource resource, const QString &text, int limit = 1000) override;
    qint64 count(Resource resource) override;
    std::optional<Tenant> tenant(const QString &id) override;
    std::optional<PhoneNumber> phoneNumber(const QString &id) override;
    std::optional<Invoice> invoice(const QString &id) override;
    std::optional<PortRequest> portRequest(const QString &id) override;
    std::optional<User> user(const QString &id) override;
    std::optional<PartnerBranding> branding() override;
    std::optional<TenantLimits> tenantLimits(const QString &tenantId) override;
    std::optional<TenantUsage> tenantUsage(const QString &tenantId) override;
    std::optional<CachedDocument> document(const QString &path) override;
    bool storeDocument(const CachedDocument &document, QString *error = nullptr) override;
    bool recordEvent(const LocalEvent &event, QString *error = nullptr) override;
    QList<LocalEvent> events(const QString &kind = {}, int limit = 500) override;
    bool markEventsSeen(const QString &kind, QString *error = nullptr) override;

private:
    bool applyBulkPage(const RecordPage &page, const SyncState &next, QString *error);
    bool finishBulk(const QStringList &tables, QString *error);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace simuwave::cache
