#pragma once
// Strict decoders from the API's JSON records to the domain records the cache stores.
//
// Server data is never trusted or "fixed up": a record whose field has the wrong type (an id as a number,
// an amount as "12.5", a timestamp without a time zone) or lacks a required field is rejected with a
// translated reason naming the resource, the record id and the field. Unknown fields are ignored (the
// API may grow); unknown enum values are kept raw in StatusValue so the UI can show them as sent.
#include "cache/CacheTypes.h"

#include <optional>
#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringView>

namespace simuwave::cache {

// The paging fields of a list answer ({"data": [...], "next_cursor", "has_more", "resume_cursor"}), and the
// updated_at of the first and last element of `data` as the server wrote them (empty for an empty page).
struct PageEnvelope
{
    QString nextCursor;
    QString resumeCursor; // kept for the last page only (a middle page's next_cursor is the way on)
    bool hasMore = false;
    QString firstUpdatedAt;
    QString lastUpdatedAt;
};

// Two JSON front ends share every check below: QJsonObject (the write path, documents, tests) and a raw
// body parsed with simdjson (the sync path, decodePageJson). Both accept and reject the same records with
// the same reasons; a repeated key counts once with its last value, as in QJsonObject.
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

    // The list envelope, strictly: false with a translated reason when data is missing or not an array, an
    // element is not an object, has_more is missing or not a boolean, next_cursor or resume_cursor is
    // neither a string nor null, or has_more is true with empty data (a loop) or without a cursor.
    // `data` (optional) receives the array.
    static bool decodeEnvelope(const QJsonObject &envelope, PageEnvelope *out, QJsonArray *data,
                               QString *why);

    // A whole list answer straight from its body, without QJsonDocument: the body checks of
    // JsonGuard::parseObject (empty, HTML, nested deeper than maxDepth, invalid JSON, not an object), then
    // decodeEnvelope and decodePage with the same rules and reasons. Invalid UTF-8 is refused, as
    // QJsonDocument does. Stricter than QJsonDocument, refused as invalid JSON: raw control characters inside
    // strings, numbers such as "1." or ".5" (RFC 8259 forbids both) and integers beyond 64 bits anywhere,
    // even in a field nobody reads. `paddingAfter`: how many readable bytes follow the body in memory; with
    // at least simdjson's padding (64) the body is parsed in place, else it is copied once.
    static bool decodePageJson(Resource resource, QByteArrayView body, int maxDepth, RecordPage *page,
                               PageEnvelope *envelope, QString *why, qsizetype paddingAfter = 0);

    // RFC 3339 with a mandatory zone: "2025-03-01T12:00:00Z", "...12:00:00.123+02:00". UTC result.
    static std::optional<QDateTime> parseTimestamp(QStringView text);
    // "2025-03-01" (a calendar date, no time).
    static std::optional<QDate> parseDate(QStringView text);
};

} // namespace simuwave::cache
