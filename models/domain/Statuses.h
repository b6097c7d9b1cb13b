#pragma once
// Every status the Partner Guide names, one enum class each, with an explicit Unknown. The server may
// grow new values at any time: an unknown value never crashes, is kept verbatim in StatusValue::raw
// and is shown as-is.
#include <QList>
#include <QString>

namespace simuwave {

enum class TenantStatus
{
    Unknown,
    Trial,
    Active,
    Suspended,
    Cancelled
}; // TRIAL ACTIVE SUSPENDED CANCELLED
enum class NumberStatus
{
    Unknown,
    Active,
    Pending,
    Released
}; // ACTIVE PENDING RELEASED
enum class CnamStatus
{
    Unknown,
    Synced,
    Pending,
    Failed
}; // synced pending failed
enum class E911Status
{
    Unknown,
    Registered,
    NotSet,
    Pending,
    Failed
}; // registered not_set pending failed
enum class PortStatus
{
    Unknown,
    Pending,
    Submitted,
    FocReceived,
    Completed,
    Rejected,
    Cancelled
}; // PENDING ... CANCELLED
enum class InvoiceStatus
{
    Unknown,
    Draft,
    Sent,
    PartiallyPaid,
    Paid,
    Overdue,
    Cancelled
}; // draft sent partially_paid ...
enum class UserRole
{
    Unknown,
    PartnerAdmin,
    PartnerUser
}; // partner_admin partner_user
enum class ApiKeyStatus
{
    Unknown,
    Active,
    Revoked,
    Expired
}; // ACTIVE REVOKED EXPIRED
enum class WebhookDeliveryStatus
{
    Unknown,
    Delivered,
    Pending,
    Failed,
    Dead
}; // DELIVERED PENDING FAILED DEAD

// The enum plus exactly what the server sent.
template<typename E> struct StatusValue
{
    E value = E::Unknown;
    QString raw;
    bool isUnknown() const { return value == E::Unknown; }
    bool operator==(const StatusValue &) const = default;
};

// Parsing is lenient about case, surrounding spaces and ' '/'-' versus '_' ("Not Set", "not-set",
// "NOT_SET" all mean E911Status::NotSet); anything else is Unknown.
TenantStatus tenantStatusFromApi(const QString &s);
NumberStatus numberStatusFromApi(const QString &s);
CnamStatus cnamStatusFromApi(const QString &s);
E911Status e911StatusFromApi(const QString &s);
PortStatus portStatusFromApi(const QString &s);
InvoiceStatus invoiceStatusFromApi(const QString &s);
UserRole userRoleFromApi(const QString &s);
ApiKeyStatus apiKeyStatusFromApi(const QString &s);
WebhookDeliveryStatus webhookDeliveryStatusFromApi(const QString &s);

// The wire spelling (empty for Unknown: send StatusValue::raw back instead if needed).
QString toApi(TenantStatus v);
QString toApi(NumberStatus v);
QString toApi(CnamStatus v);
QString toApi(E911Status v);
QString toApi(PortStatus v);
QString toApi(InvoiceStatus v);
QString toApi(UserRole v);
QString toApi(ApiKeyStatus v);
QString toApi(WebhookDeliveryStatus v);

// Translated label ("Active", "Not Set", "FOC Received", "Partially Paid", "Partner User (read-only)").
QString displayName(TenantStatus v);
QString displayName(NumberStatus v);
QString displayName(CnamStatus v);
QString displayName(E911Status v);
QString displayName(PortStatus v);
QString displayName(InvoiceStatus v);
QString displayName(UserRole v);
QString displayName(ApiKeyStatus v);
QString displayName(WebhookDeliveryStatus v);

// Generic access for templates, item models and combo boxes.
template<typename E> E enumFromApi(const QString &s);
template<> TenantStatus enumFromApi<TenantStatus>(const QString &s);
template<> NumberStatus enumFromApi<NumberStatus>(const QString &s);
template<> CnamStatus enumFromApi<CnamStatus>(const QString &s);
template<> E911Status enumFromApi<E911Status>(const QString &s);
template<> PortStatus enumFromApi<PortStatus>(const QString &s);
template<> InvoiceStatus enumFromApi<InvoiceStatus>(const QString &s);
template<> UserRole enumFromApi<UserRole>(const QString &s);
template<> ApiKeyStatus enumFromApi<ApiKeyStatus>(const QString &s);
template<> WebhookDeliveryStatus enumFromApi<WebhookDeliveryStatus>(const QString &s);

// Every known value (without Unknown), in the guide's order.
template<typename E> QList<E> knownValues();
template<> QList<TenantStatus> knownValues<TenantStatus>();
template<> QList<NumberStatus> knownValues<NumberStatus>();
template<> QList<CnamStatus> knownValues<CnamStatus>();
template<> QList<E911Status> knownValues<E911Status>();
template<> QList<PortStatus> knownValues<PortStatus>();
template<> QList<InvoiceStatus> knownValues<InvoiceStatus>();
template<> QList<UserRole> knownValues<UserRole>();
template<> QList<ApiKeyStatus> knownValues<ApiKeyStatus>();
template<> QList<WebhookDeliveryStatus> knownValues<WebhookDeliveryStatus>();

template<typename E> StatusValue<E> statusFromApi(const QString &raw)
{
    return StatusValue<E>{enumFromApi<E>(raw), raw};
}

template<typename E> StatusValue<E> statusValue(E value)
{
    return StatusValue<E>{value, toApi(value)};
}

// The raw server text when Unknown (or a translated "Unknown" if the server sent nothing).
QString unknownStatusDisplay(const QString &raw);

template<typename E> QString displayName(const StatusValue<E> &s)
{
    return s.value == E::Unknown ? unknownStatusDisplay(s.raw) : displayName(s.value);
}

// A Partner User is read-only; an unknown role gets no more rights than that.
inline bool canWrite(UserRole role)
{
    return role == UserRole::PartnerAdmin;
}

// What the guide's statuses mean, in one place so that every pane counts the same way.
// TRIAL and ACTIVE tenants take calls; SUSPENDED and CANCELLED do not.
inline bool canMakeCalls(TenantStatus s)
{
    return s == TenantStatus::Trial || s == TenantStatus::Active;
}
// Not Set and Failed numbers cannot reach 911; an unknown status is counted too rather than hidden.
inline bool needsE911Attention(E911Status s)
{
    return s == E911Status::NotSet || s == E911Status::Failed || s == E911Status::Unknown;
}
// A rejected port stays open until it is resubmitted or cancelled (Appendix B).
inline bool isPortOpen(PortStatus s)
{
    return s != PortStatus::Completed && s != PortStatus::Cancelled;
}
// Sent, Partially Paid and Overdue invoices still have money due.
inline bool isInvoiceUnpaid(InvoiceStatus s)
{
    return s == InvoiceStatus::Sent || s == InvoiceStatus::PartiallyPaid || s == InvoiceStatus::Overdue;
}
inline bool isApiKeyUsable(ApiKeyStatus s)
{
    return s == ApiKeyStatus::Active;
}
// Delivered and Dead deliveries will not be retried by the platform.
inline bool isDeliveryFinal(WebhookDeliveryStatus s)
{
    return s == WebhookDeliveryStatus::Delivered || s == WebhookDeliveryStatus::Dead;
}

} // namespace simuwave
