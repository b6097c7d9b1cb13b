#pragma once
// Wire formats shared by every resource: public ids, timestamps, opaque cursors, ETags.
#include <optional>
#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace simuwave::sandbox::wire {

// Public ids are a prefix plus the row's integer key in 8 base-36 digits ("tnt_0000002s"), so that
// sorting ids as strings gives the same order as the integer keys the sandbox pages on.
QString publicId(QStringView prefix, qint64 rowId);
// The same text into `out` (at least kPublicIdMax bytes, no terminator), for pages written as JSON text;
// its length. `prefix` is a short ASCII word.
constexpr int kPublicIdMax = 32;
qsizetype writePublicId(char *out, const char *prefix, qint64 rowId);
qint64 rowId(QStringView prefix, const QString &publicId);   // 0 when it is not an id of that kind
QJsonValue publicIdOrNull(QStringView prefix, qint64 rowId); // null for 0

// UTC RFC 3339 with milliseconds: 2026-11-24T22:19:20.123Z
QString isoTime(qint64 msSinceEpoch);
QByteArray isoTimeLatin1(qint64 msSinceEpoch);
QJsonValue isoTimeOrNull(qint64 msSinceEpoch); // null for 0
// Accepts RFC 3339 with Z or an offset; a time without a zone is refused.
std::optional<qint64> parseTime(const QString &text);

QByteArray encodeCursor(const QByteArray &payload); // opaque base64url
std::optional<QByteArray> decodeCursor(const QString &cursor);

QByteArray etagFor(const QByteArray &body); // a strong ETag with quotes
bool etagMatches(const QByteArray &headerValue,
                 const QByteArray &etag); // If-Match / If-None-Match lists, *, W/

QByteArray sha256Hex(const QByteArray &data);
QByteArray randomToken(int bytes); // hex from the system CSPRNG

} // namespace simuwave::sandbox::wire
