#pragma once
// The offline cache as the rest of the console sees it (after Trojita's AbstractCache/SQLCache split):
// the sync engine writes pages through it, item models and panes read records and search through it.
// SqlCache is the implementation; anything else (a test double, a memory-only cache) can stand in.
//
// Threading: an instance belongs to the thread that opened it (a QSqlDatabase connection is thread
// bound). The sync engine opens its own instance on its worker thread; the UI opens another on the same
// file. changed() is emitted by the writing instance after each commit: connect with a queued connection
// (automatic across threads) and re-read through the UI's own instance.
#include "cache/CacheTypes.h"

#include <optional>
#include <QJsonArray>
#include <QObject>

namespace simuwave::cache {

class AbstractCache : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Applies one page of a resource's listing in ONE transaction together with the sync state that
    // describes the position after it: idempotent upserts (an older updated_at never overwrites a newer
    // record), deletes for tombstones, and `next`. All or nothing: on false nothing was written and
    // *error says why. Emits changed() after the commit.
    virtual bool applyPage(const RecordPage &page, const SyncState &next, QString *error = nullptr) = 0;

    // Decodes a `data` array strictly (RecordDecoder::decodePage) and applies it. A single bad record
    // rejects the whole page before anything is written.
    bool applyJsonPage(Resource resource, const QJsonArray &data, const SyncState &next,
                       QString *error = nullptr);

    // Writes one record outside a sync page (the server's answer to an edit). Sync state is untouched.
    virtual bool upsertRecords(const RecordPage &records, QString *error = nullptr) = 0;

    virtual SyncState syncState(Resource resource) = 0;
    virtual bool setSyncState(Resource resource, const SyncState &state, QString *error = nullptr) = 0;

    // Initial full sync of big accounts: secondary indexes and search triggers are dropped until
    // finishBulkLoad() rebuilds them in one pass (much faster than maintaining them row by row), and pages
    // are grouped into larger commits (a kill, or a page that fails, loses the uncommitted pages together
    // with their cursor: data and cursor stay consistent, the next sync resumes from the last commit).
    // changed() for the pages comes at each grouped commit, then one `reset` change per resource from
    // finishBulkLoad(). Reads stay correct meanwhile, only slower; the loading connection's search answers
    // nothing until finishBulkLoad(), other connections find a list's records once its search is rebuilt
    // (finishBulkLoadOf() or finishBulkLoad()). Call finishBulkLoad() when the full sync ends, whether it
    // succeeded or not; a bulk load interrupted by a crash is finished at the next open. One connection at a
    // time loads a file, in any process (a lock file beside it): meanwhile beginBulkLoad() elsewhere answers
    // false, opening the file leaves the load alone, and other connections' writes stay complete.
    virtual bool beginBulkLoad(QString *error = nullptr) = 0;
    virtual bool finishBulkLoad(QString *error = nullptr) = 0;
    // One resource's listing is complete while the load goes on for others: its tables get their indexes
    // and search back now (one `reset` change for it), so that this work overlaps with the listing of the
    // next resources instead of all of it waiting for the end. No-op outside a bulk load.
    virtual bool finishBulkLoadOf(Resource resource, QString *error = nullptr) = 0;
    virtual bool isBulkLoading() const = 0;

    // Drops every record and sync state (e.g. the server says the account changed): a full resync follows.
    virtual bool clearAll(QString *error = nullptr) = 0;

    // Substring search (case-insensitive for ASCII) over the resource's search columns: tenants by name,
    // billing email and SIP prefix; numbers by E.164 digits (a query written as a phone number in any form
    // is reduced to its digits), CNAM and tenant name;
    // invoices by number, tenant name and SIP prefix. Answers row_id values (the tables' INTEGER PRIMARY
    // KEY) in ascending order, at most `limit` (-1 = all). Other resources answer nothing.
    virtual QList<qint64> searchRowIds(Resource resource, const QString &text, int limit = 1000) = 0;
    virtual QStringList searchIds(Resource resource, const QString &text, int limit = 1000) = 0;

    virtual qint64 count(Resource resource) = 0;
    virtual std::optional<Tenant> tenant(const QString &id) = 0;
    virtual std::optional<PhoneNumber> phoneNumber(const QString &id) = 0;
    virtual std::optional<Invoice> invoice(const QString &id) = 0;
    virtual std::optional<PortRequest> portRequest(const QString &id) = 0;
    virtual std::optional<User> user(const QString &id) = 0;
    virtual std::optional<PartnerBranding> branding() = 0;
    virtual std::optional<TenantLimits> tenantLimits(const QString &tenantId) = 0;
    virtual std::optional<TenantUsage> tenantUsage(const QString &tenantId) = 0;

    // Singleton API objects by path (see CachedDocument). storeDocument() replaces the stored one and
    // emits documentChanged(path) after the commit.
    virtual std::optional<CachedDocument> document(const QString &path) = 0;
    virtual bool storeDocument(const CachedDocument &document, QString *error = nullptr) = 0;

    // Records `event` unless (kind, key) is already known. Returns true only when it was new: the caller
    // shows its notification then, and never again. Emits eventRecorded() for a new one.
    virtual bool recordEvent(const LocalEvent &event, QString *error = nullptr) = 0;
    // Newest first; an empty kind = every kind.
    virtual QList<LocalEvent> events(const QString &kind = {}, int limit = 500) = 0;
    virtual bool markEventsSeen(const QString &kind, QString *error = nullptr) = 0;

Q_SIGNALS:
    void changed(const simuwave::cache::CacheChange &change);
    void documentChanged(const QString &path);
    void eventRecorded(const simuwave::cache::LocalEvent &event);
};

} // namespace simuwave::cache
