#pragma once
// Every custom item-data role of the console's item models, in one place (after Trojita's ItemRoles.h),
// so that delegates, proxies and panes agree on numbers. Values that a delegate turns into a badge or a
// colour are given as enum values (int) plus the raw server text: the models never pick colours.
#include <Qt>

namespace simuwave::items {

enum ItemRole : int
{
    // Start well above Qt::UserRole so that roles of other models in the same view never collide.
    RoleBase = Qt::UserRole + 0x100,
    RecordIdRole,       // QString: the API id of the row's record ("tnt_...", "pn_...", "inv_...")
    RowIdRole,          // qint64: the cache's row_id (INTEGER PRIMARY KEY) of the record
    IsLoadedRole,       // bool: the row's block has arrived (false: draw a placeholder, data follows)
    StatusRole,         // int: the record's main status enum (TenantStatus, NumberStatus, InvoiceStatus,
                        //      PortStatus) as an int, on every column; Unknown for a value we do not know
    RawStatusRole,      // QString: the main status exactly as the server sent it
    SortKeyRole,        // QVariant: the raw value the column sorts by in SQL (cents, ISO date, E.164 ...)
    MoneyCentsRole,     // qint64: a money column's amount in integer cents (never a double)
    CurrencyRole,       // QString: ISO 4217 code of the money column
    E911StatusRole,     // int: E911Status of a number, on every column
    RawE911StatusRole,  // QString: the E911 status as the server sent it
    CnamStatusRole,     // int: CnamStatus of a number, on every column
    RawCnamStatusRole,  // QString: the CNAM status as the server sent it
    TenantIdRole,       // QString: the tenant the record belongs to (empty: unassigned number)
    TenantNameRole,     // QString: that tenant's name from the cache (empty when unassigned or unknown)
    IsUnassignedRole,   // bool: a number assigned to no tenant
    NeedsAttentionRole, // bool: the row needs the partner's action (E911 Not Set/Failed/Unknown, CNAM
                        //       failed, an overdue invoice, a rejected port)
    IsOverdueRole,      // bool: an unpaid invoice past its due date (status Overdue, or due date passed)
    E164Role,           // QString: the number in E.164 ("+15551234567"); port requests: the first number
    DateRole,           // QDate or QDateTime of a date column (for delegates and date filters)
    DaysInStatusRole,   // int: port requests, whole days since the last status change
    BulkOutcomeRole,    // int: BulkCommandRunner::Outcome of a bulk operation's item
                        // (ui/widgets/BulkResultModel)
    UsageUsedRole,      // qint64: usage limits, a capped column's amount used this cycle (cents for spend)
    UsageLimitRole,     // qint64: that column's cap; an invalid QVariant = unlimited
    UsagePercentRole,   // int: used ÷ cap in whole percent (rounded down); invalid = unlimited
    UsageLevelRole,     // int: UsageLevel of that column (the delegate picks the bar's colour from it)
    AlertThresholdRole, // int: the tenant's alert threshold in percent
    ForecastStateRole,  // int: UsageForecast::State of the tenant's worst capped meter at month end
};

// How close a capped quantity is to its cap: what the Usage Limits bars show.
enum class UsageLevel : int
{
    Unlimited = 0, // no cap
    Normal,        // below the alert threshold
    PastThreshold, // at or past the alert threshold (amber)
    AtCap          // at or over the cap (red)
};

} // namespace simuwave::items
