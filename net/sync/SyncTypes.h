#pragma once
// Value types the sync engine reports through queued signals (status bar, command line, tests).
#include "api/ApiError.h"
#include "api/RetryPolicy.h"
#include "cache/CacheTypes.h"

#include <chrono>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace simuwave {

// How one sync run is tuned. Defaults are the console's; tests shorten the timeouts.
struct SyncOptions
{
    int pageLimit = 1000;                              // records per page (the API's maximum)
    std::chrono::milliseconds transferTimeout{30'000}; // no byte for this long = a stalled transfer
    RetryPolicy retryPolicy;                           // connection refused, resets, 5xx, 429 ...
    int refreshIntervalSeconds = 60;                   // background refresh; 0 = off
    // Decoded pages waiting for the cache writer, at most, before the next page is asked for. Enough to
    // keep listing while the writer builds a complete list's indexes (about a second for 100,000 numbers),
    // few enough to bound the memory that decoded pages hold.
    int pagesAhead = 32;
    // Lists walked side by side. Each list is a chain of requests (a page's cursor comes with the page
    // before it), so over a real network one list costs a round trip per page; two chains at once make a
    // sync of numbers and invoices take about as long as the longer of the two instead of both. The
    // tenants list runs alone, first, so that the others never meet a tenant it is about to delete.
    int listingsAtOnce = 2;
    // Resources to keep in step (list resources and the branding object). Every tenant's usage comes from
    // the tenant-usage list; limits ride on the tenant records. SyncEngine::refreshTenantDetails fetches
    // one tenant's limits and usage afresh when it is opened.
    QList<cache::Resource> resources = defaultResources();
    // Singleton objects kept verbatim in the cache (CachedDocument) after the lists, each with
    // If-None-Match. A path ending in "/logo" is an image. 403/404 skip a document quietly.
    QStringList documents = defaultDocuments();

    static QList<cache::Resource> defaultResources()
    {
        using cache::Resource;
        return {Resource::Tenants,      Resource::TenantUsage, Resource::PhoneNumbers,   Resource::Invoices,
                Resource::PortRequests, Resource::Users,       Resource::PartnerBranding};
    }
    static QStringList defaultDocuments()
    {
        return {QStringLiteral("partner"),
                QStringLiteral("partner/subscription"),
                QStringLiteral("partner/branding/logo"),
                QStringLiteral("tenant-defaults"),
                QStringLiteral("billing-profiles"),
                QStringLiteral("tax-jurisdictions"),
                QStringLiteral("notification-settings")};
    }
};

// Where a running sync stands, for a progress bar: `expected` is -1 while unknown (the API gives no
// totals); `fraction` estimates the share of the resource done from the updated_at reached so far.
struct SyncProgress
{
    cache::Resource resource = cache::Resource::Tenants;
    qint64 done = 0; // records (and tombstones) applied for this resource in this run
    qint64 expected = -1;
    double fraction = 0; // 0..1, estimate
    double recordsPerSecond = 0;
    qint64 totalDone = 0; // all resources of this run
    // The lists being walked now (up to SyncOptions::listingsAtOnce, this one among them unless it just
    // ended), and the fraction of the one furthest behind: one progress bar for lists side by side.
    QList<cache::Resource> listing;
    double slowestFraction = 0;
};

// The outcome of one resource in a run.
struct ResourceSyncResult
{
    enum class Outcome
    {
        Synced,      // pages applied (or nothing changed)
        NotModified, // one 304
        Unavailable, // the server has no such list (404): skipped
        Forbidden,   // the credential lacks the scope (403): skipped
        Failed,
    };
    cache::Resource resource = cache::Resource::Tenants;
    Outcome outcome = Outcome::Synced;
    qint64 records = 0;    // upserts applied
    qint64 tombstones = 0; // deletions applied
    int pages = 0;
};

struct SyncSummary
{
    bool ok = false;
    bool fullSync = false; // at least one resource had not finished its initial sync before this run
    QList<ResourceSyncResult> resources;
    qint64 elapsedMs = 0;
    ApiError error;  // when !ok: why it stopped (with the request id)
    QString message; // translated, one line, when !ok
    QDateTime finishedAt;

    qint64 totalRecords() const
    {
        qint64 n = 0;
        for (const auto &r : resources)
            n += r.records + r.tombstones;
        return n;
    }
    // "tenants=5000 phone-numbers=100000 ... seconds=1.23" (machine-friendly, for the command line).
    QString summaryLine() const;
};

} // namespace simuwave

Q_DECLARE_METATYPE(simuwave::SyncProgress)
Q_DECLARE_METATYPE(simuwave::SyncSummary)
