#pragma once
// Strict decoders from the API's JSON records to the domain records the cache stores.
//
// Server data is never trusted or "fixed up": a record whose field has the wrong type (an id as a number,
// an amount as "12.5", a timestamp without a time zone) or lacks a required field is rejected with a
// translated reason naming the resource, the record id and the field. Unknown fields are ignored (the
// API may grow); unknown enum values are kept raw in StatusValue so the UI can show them as sent.
#include "cache/CacheTypes.h"

#include <optional>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringView>

namespace simuwave::cache {

class RecordDecoder
{
public:
    static std::optional<Tenant> tenant(const QJsonObject &o, QString *error = nullptr);
    static std::optional<PhoneNumber> phoneNumber(const QJsonObject &o, QString *error = nullptr);
    static std::optional<Invoice> invoice(const QJsonObject &o, QString *error = nullptr);
    static std::optional<PortRequest> portRequest(const QJsonObject &o, QString *error = nullptr);
    static std::optional<User> user(const QJsonObject &o, QString *error = nullptr);
    static std::optional<PartnerBranding> branding(const QJsonObject &o, QString *error = nullptr);
    // Limits and usage are answered per tenant (GET /tenants/{id}/limits): `tenantId` is the id from the
    // URL; a tenant_id in the body must match it. Empty `tenantId`: the body must carry tenant_id.
    static std::optional<TenantLimits> tenantLimits(const QJsonObject &o, const QString &tenantId,
                                                    QString *error = nullptr);
    static std::optional<TenantUsage> tenantUsage(const QJsonObject &o, const QString &tenantId,
                                                  QString *error = nullptr);

    // {"id", "deleted": true, "updated_at"}. Returns nullopt with *error empty when `o` is no tombstone
    // ("deleted" absent or false), nullopt with *error set when it claims to be one but is malformed.
    static std::optional<Tombstone> tombstone(const QJsonObject &o, QString *error = nullptr);

    // A whole `data` array of a list/delta page: every element must be a valid record of `resource` or a
    // valid tombstone, else the page is rejected (false, *error says which element and why) and *page is
    // left empty. All or nothing, so a bad record can never be half-applied.
    static bool decodePage(Resource resource, const QJsonArray &data, RecordPage *page,
                           QString *error = nullptr);

    // RFC 3339 with a mandatory zone: "2025-03-01T12:00:00Z", "...12:00:00.123+02:00". UTC result.
    static std::optional<QDateTime> parseTimestamp(QStringView text);
    // "2025-03-01" (a calendar date, no time).
    static std::optional<QDate> parseDate(QStringView text);
};

} // namespace simuwave::cache
