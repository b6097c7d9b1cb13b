#pragma once
#include <array>
#include <optional>
// Value types shared by the cache, its decoder and its users (sync engine, item models).
#include "domain/Invoice.h"
#include "domain/PartnerBranding.h"
#include "domain/PhoneNumber.h"
#include "domain/PortRequest.h"
#include "domain/Tenant.h"
#include "domain/TenantUsage.h"
#include "domain/User.h"

#include <optional>
#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace simuwave::cache {

// Every resource the cache keeps. The order is the order a full sync should follow (tenants first, so
// the tenant names the numbers' and invoices' search index needs are there when they arrive).
enum class Resource
{
    Tenants,
    PhoneNumbers,
    Invoices,
    PortRequests,
    Users,
    PartnerBranding,
    TenantLimits,
    TenantUsage,
};
inline constexpr int kResourceCount = 8;
QList<Resource> allResources();

// Stable machine names: API path segment style ("phone-numbers"), used in sync_state and logs.
QString resourceName(Resource r);
std::optional<Resource> resourceFromName(const QString &name);
// The SQLite table holding the resource's records.
QString tableName(Resource r);

// A deleted record as delta sync reports it: {"id": ..., "deleted": true, "updated_at": ...}.
struct Tombstone
{
    QString id;
    QDateTime updatedAt;

    bool operator==(const Tombstone &) const = default;
};

// Where the sync of one resource stands. Written in the same transaction as the page it describes, so
// after a kill the cursor always matches the data.
struct SyncState
{
    QString cursor;         // opaque next_cursor of an unfinished listing; empty when none
    QString updatedSince;   // watermark for the next delta sync (RFC 3339, as the server wrote it)
    QString etag;           // of the last full answer, for If-None-Match
    QString resumeCursor;   // the server's resume_cursor from the end of the last finished listing
    QString resumeSince;    // the updated_since that resumeCursor belongs to
    QDateTime lastSyncedAt; // when the last page was committed
    bool fullSyncDone = false;
    bool operator==(const SyncState &) const = default;
};

// An invoice in the form the cache stores it: its JSON columns and the rows derived from them
// (invoice_cash, invoice_lines). SqlCache::prepareForStorage() fills these on any thread, so that the sync
// engine's writer only binds values; the writer computes them itself when a page comes without.
struct InvoiceStorage
{
    // The three JSON columns are views (QByteArray::fromRawData) of `text`, which holds their bytes: a page
    // prepared at once shares one buffer among all its invoices.
    QByteArray text;
    QByteArray lineItemsJson; // null when the record has no line items (the cached ones are kept)
    QByteArray paymentsJson;
    QByteArray refundsJson;
    struct Cash
    {
        bool payment = true;        // false: a refund
        std::optional<qint64> atMs; // paid_at of a payment, created_at of a refund
        qint64 cents = 0;           // signed: refunds negative
    };
    QList<Cash> cash;
    // base fee; extensions quantity and cents; local and toll-free DIDs; DID cents; minutes and cents
    std::array<qint64, 8> lineSums{};
};

// One page of decoded records of a single resource. Only the list matching `resource` is used.
struct RecordPage
{
    Resource resource = Resource::Tenants;
    QList<Tenant> tenants;
    QList<PhoneNumber> phoneNumbers;
    QList<Invoice> invoices;
    QList<PortRequest> portRequests;
    QList<User> users;
    QList<PartnerBranding> branding; // at most one: the partner has one branding
    QList<TenantLimits> tenantLimits;
    QList<TenantUsage> tenantUsage;
    QList<Tombstone> tombstones;
    QList<InvoiceStorage> invoiceStorage; // empty, or one per invoice (SqlCache::prepareForStorage)

    qsizetype upsertCount() const;
    QStringList upsertIds() const; // record ids (tenant id for limits/usage, "branding" for branding)
};

// What a committed page changed, announced after the commit so item models can update the rows they show
// instead of resetting. `reset` means "too much changed, reload" (bulk load finished, cache rebuilt).
struct CacheChange
{
    Resource resource = Resource::Tenants;
    QString table;
    QStringList upsertedIds;
    QStringList deletedIds;
    bool reset = false;
};

// A singleton API object kept by its path ("partner", "partner/subscription", "tenant-defaults",
// "billing-profiles", "partner/branding/logo"): read whole, shown by the panes that need it. JSON for most;
// the logo is an image.
struct CachedDocument
{
    QString path;
    QByteArray body;
    QString contentType; // "application/json", "image/png", ...
    QString etag;
    QDateTime fetchedAt;

    // The body as a JSON object (empty when it is not one).
    QJsonObject object() const;
    // A list answer's "data" array (empty when there is none).
    QJsonArray data() const;
};

// Something the console noticed itself and must tell the user about once (a port request changing
// status, a tenant crossing its alert threshold): (kind, key) is unique, so recording it twice is harmless
// and tells the caller it was already known.
struct LocalEvent
{
    qint64 id = 0;
    QString kind;      // "port-status", "limit-alert", ...
    QString key;       // unique within the kind, e.g. "prt_1:foc_received" or "tnt_1:2026-11:spend:80"
    QString subjectId; // the record it is about (port request id, tenant id)
    QString title;     // translated when it was recorded
    QString detail;
    QDateTime createdAt;
    bool seen = false;
};

// The id under which the single branding record is stored.
inline QString brandingRecordId()
{
    return QStringLiteral("branding");
}

} // namespace simuwave::cache

Q_DECLARE_METATYPE(simuwave::cache::CacheChange)
Q_DECLARE_METATYPE(simuwave::cache::LocalEvent)
