#include "domain/Statuses.h"

#include <QCoreApplication>

#include <span>

namespace simuwave {

namespace {

constexpr char kContext[] = "simuwave::status";

template<typename E> struct Entry
{
    E value;
    const char *wire;    // exact API spelling
    const char *display; // source text for translation
};

// QT_TRANSLATE_NOOP marks the labels for lupdate; translation happens in displayNameOf().
constexpr Entry<TenantStatus> kTenant[] = {
    {TenantStatus::Trial, "TRIAL", QT_TRANSLATE_NOOP("simuwave::status", "Trial")},
    {TenantStatus::Active, "ACTIVE", QT_TRANSLATE_NOOP("simuwave::status", "Active")},
    {TenantStatus::Suspended, "SUSPENDED", QT_TRANSLATE_NOOP("simuwave::status", "Suspended")},
    {TenantStatus::Cancelled, "CANCELLED", QT_TRANSLATE_NOOP("simuwave::status", "Cancelled")},
};
constexpr Entry<NumberStatus> kNumber[] = {
    {NumberStatus::Active, "ACTIVE", QT_TRANSLATE_NOOP("simuwave::status", "Active")},
    {NumberStatus::Pending, "PENDING", QT_TRANSLATE_NOOP("simuwave::status", "Pending")},
    {NumberStatus::Released, "RELEASED", QT_TRANSLATE_NOOP("simuwave::status", "Released")},
};
constexpr Entry<CnamStatus> kCnam[] = {
    {CnamStatus::Synced, "synced", QT_TRANSLATE_NOOP("simuwave::status", "Synced")},
    {CnamStatus::Pending, "pending", QT_TRANSLATE_NOOP("simuwave::status", "Pending")},
    {CnamStatus::Failed, "failed", QT_TRANSLATE_NOOP("simuwave::status", "Failed")},
};
constexpr Entry<E911Status> kE911[] = {
    {E911Status::Registered, "registered", QT_TRANSLATE_NOOP("simuwave::status", "Registered")},
    {E911Status::NotSet, "not_set", QT_TRANSLATE_NOOP("simuwave::status", "Not Set")},
    {E911Status::Pending, "pending", QT_TRANSLATE_NOOP("simuwave::status", "Pending")},
    {E911Status::Failed, "failed", QT_TRANSLATE_NOOP("simuwave::status", "Failed")},
};
constexpr Entry<PortStatus> kPort[] = {
    {PortStatus::Pending, "PENDING", QT_TRANSLATE_NOOP("simuwave::status", "Pending")},
    {PortStatus::Submitted, "SUBMITTED", QT_TRANSLATE_NOOP("simuwave::status", "Submitted")},
    {PortStatus::FocReceived, "FOC_RECEIVED", QT_TRANSLATE_NOOP("simuwave::status", "FOC Received")},
    {PortStatus::Completed, "COMPLETED", QT_TRANSLATE_NOOP("simuwave::status", "Completed")},
    {PortStatus::Rejected, "REJECTED", QT_TRANSLATE_NOOP("simuwave::status", "Rejected")},
    {PortStatus::Cancelled, "CANCELLED", QT_TRANSLATE_NOOP("simuwave::status", "Cancelled")},
};
constexpr Entry<InvoiceStatus> kInvoice[] = {
    {InvoiceStatus::Draft, "draft", QT_TRANSLATE_NOOP("simuwave::status", "Draft")},
    {InvoiceStatus::Sent, "sent", QT_TRANSLATE_NOOP("simuwave::status", "Sent")},
    {InvoiceStatus::PartiallyPaid, "partially_paid", QT_TRANSLATE_NOOP("simuwave::status", "Partially Paid")},
    {InvoiceStatus::Paid, "paid", QT_TRANSLATE_NOOP("simuwave::status", "Paid")},
    {InvoiceStatus::Overdue, "overdue", QT_TRANSLATE_NOOP("simuwave::status", "Overdue")},
    {InvoiceStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("simuwave::status", "Cancelled")},
};
constexpr Entry<UserRole> kRole[] = {
    {UserRole::PartnerAdmin, "partner_admin", QT_TRANSLATE_NOOP("simuwave::status", "Partner Admin")},
    {UserRole::PartnerUser, "partner_user",
     QT_TRANSLATE_NOOP("simuwave::status", "Partner User (read-only)")},
};
constexpr Entry<ApiKeyStatus> kApiKey[] = {
    {ApiKeyStatus::Active, "ACTIVE", QT_TRANSLATE_NOOP("simuwave::status", "Active")},
    {ApiKeyStatus::Revoked, "REVOKED", QT_TRANSLATE_NOOP("simuwave::status", "Revoked")},
    {ApiKeyStatus::Expired, "EXPIRED", QT_TRANSLATE_NOOP("simuwave::status", "Expired")},
};
constexpr Entry<WebhookDeliveryStatus> kDelivery[] = {
    {WebhookDeliveryStatus::Delivered, "DELIVERED", QT_TRANSLATE_NOOP("simuwave::status", "Delivered")},
    {WebhookDeliveryStatus::Pending, "PENDING", QT_TRANSLATE_NOOP("simuwave::status", "Pending")},
    {WebhookDeliveryStatus::Failed, "FAILED", QT_TRANSLATE_NOOP("simuwave::status", "Failed")},
    {WebhookDeliveryStatus::Dead, "DEAD", QT_TRANSLATE_NOOP("simuwave::status", "Dead")},
};

// "Not Set", " not-set ", "NOT_SET" -> "not_set"
QString normalized(const QString &s)
{
    QString n = s.trimmed().toLower();
    for (QChar &c : n) {
        if (c == u' ' || c == u'-')
            c = u'_';
    }
    return n;
}

template<typename E> E fromApiIn(std::span<const Entry<E>> table, const QString &s)
{
    // Exact wire spelling first: that is what the server sends, and a sync parses millions of these.
    for (const auto &e : table) {
        if (s == QLatin1String(e.wire))
            return e.value;
    }
    const QString n = normalized(s);
    for (const auto &e : table) {
        if (n.compare(QLatin1String(e.wire), Qt::CaseInsensitive) == 0)
            return e.value;
    }
    return E::Unknown;
}

template<typename E> QString toApiIn(std::span<const Entry<E>> table, E v)
{
    for (const auto &e : table) {
        if (e.value == v)
            return QString::fromLatin1(e.wire);
    }
    return {};
}

template<typename E> QString displayIn(std::span<const Entry<E>> table, E v)
{
    for (const auto &e : table) {
        if (e.value == v)
            return QCoreApplication::translate(kContext, e.display);
    }
    return QCoreApplication::translate("simuwave::status", "Unknown");
}

template<typename E> QList<E> valuesIn(std::span<const Entry<E>> table)
{
    QList<E> out;
    for (const auto &e : table)
        out.append(e.value);
    return out;
}

} // namespace

QString unknownStatusDisplay(const QString &raw)
{
    return raw.isEmpty() ? QCoreApplication::translate("simuwave::status", "Unknown") : raw;
}

#define SIMUWAVE_STATUS_FUNCTIONS(E, table, fromApiName)                                                     \
    E fromApiName(const QString &s)                                                                          \
    {                                                                                                        \
        return fromApiIn<E>(table, s);                                                                       \
    }                                                                                                        \
    QString toApi(E v)                                                                                       \
    {                                                                                                        \
        return toApiIn<E>(table, v);                                                                         \
    }                                                                                                        \
    QString displayName(E v)                                                                                 \
    {                                                                                                        \
        return displayIn<E>(table, v);                                                                       \
    }                                                                                                        \
    template<> E enumFromApi<E>(const QString &s)                                                            \
    {                                                                                                        \
        return fromApiIn<E>(table, s);                                                                       \
    }                                                                                                        \
    template<> QList<E> knownValues<E>()                                                                     \
    {                                                                                                        \
        return valuesIn<E>(table);                                                                           \
    }

SIMUWAVE_STATUS_FUNCTIONS(TenantStatus, kTenant, tenantStatusFromApi)
SIMUWAVE_STATUS_FUNCTIONS(NumberStatus, kNumber, numberStatusFromApi)
SIMUWAVE_STATUS_FUNCTIONS(CnamStatus, kCnam, cnamStatusFromApi)
SIMUWAVE_STATUS_FUNCTIONS(E911Status, kE911, e911StatusFromApi)
SIMUWAVE_STATUS_FUNCTIONS(PortStatus, kPort, portStatusFromApi)
SIMUWAVE_STATUS_FUNCTIONS(InvoiceStatus, kInvoice, invoiceStatusFromApi)
SIMUWAVE_STATUS_FUNCTIONS(UserRole, kRole, userRoleFromApi)
SIMUWAVE_STATUS_FUNCTIONS(ApiKeyStatus, kApiKey, apiKeyStatusFromApi)
SIMUWAVE_STATUS_FUNCTIONS(WebhookDeliveryStatus, kDelivery, webhookDeliveryStatusFromApi)

#undef SIMUWAVE_STATUS_FUNCTIONS

} // namespace simuwave
