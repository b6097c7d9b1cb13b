#include "core/Wire.h"

#include "domain/IsoTime.h"

#include <cstring>
#include <QHash>

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QTimeZone>

namespace simuwave::sandbox::wire {

static constexpr int IdDigits = 8;

// The row id in base 36, zero-padded to IdDigits: written back to front ending at `end`; returns the start.
static char *writeIdDigits(char *end, qint64 rowId)
{
    static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    auto v = quint64(rowId < 0 ? 0 : rowId);
    char *p = end;
    do {
        *--p = digits[v % 36];
        v /= 36;
    } while (v != 0);
    while (end - p < IdDigits)
        *--p = '0';
    return p;
}

QString publicId(QStringView prefix, qint64 rowId)
{
    char buf[16];
    char *const end = buf + sizeof buf;
    const char *start = writeIdDigits(end, rowId);
    return prefix.toString() + QLatin1Char('_') + QLatin1String(start, end);
}

qsizetype writePublicId(char *out, const char *prefix, qint64 rowId)
{
    char buf[16];
    char *const end = buf + sizeof buf;
    const char *start = writeIdDigits(end, rowId);
    // The sandbox's prefixes are a few letters; a longer one is cut rather than overrun `out`.
    const qsizetype prefixLength = qMin(qsizetype(std::strlen(prefix)), kPublicIdMax - 1 - (end - start));
    std::memcpy(out, prefix, size_t(prefixLength));
    out[prefixLength] = '_';
    std::memcpy(out + prefixLength + 1, start, size_t(end - start));
    return prefixLength + 1 + (end - start);
}

qint64 rowId(QStringView prefix, const QString &publicId)
{
    if (publicId.size() != prefix.size() + 1 + IdDigits || !publicId.startsWith(prefix) ||
        publicId.at(prefix.size()) != QLatin1Char('_'))
        return 0;
    const QString digits = publicId.mid(prefix.size() + 1);
    for (QChar c : digits)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('z'))))
            return 0;
    bool ok = false;
    const qint64 v = digits.toLongLong(&ok, 36);
    return ok && v > 0 ? v : 0;
}

QJsonValue publicIdOrNull(QStringView prefix, qint64 id)
{
    return id > 0 ? QJsonValue(publicId(prefix, id)) : QJsonValue(QJsonValue::Null);
}

QByteArray isoTimeLatin1(qint64 ms)
{
    return isotime::fromMSecs(ms);
}

QString isoTime(qint64 ms)
{
    return QString::fromLatin1(isoTimeLatin1(ms));
}

QJsonValue isoTimeOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(isoTime(ms)) : QJsonValue(QJsonValue::Null);
}

std::optional<qint64> parseTime(const QString &text)
{
    const QString t = text.trimmed();
    // A zone is required: Z or +hh:mm / -hh:mm at the end.
    const bool hasZone =
        t.endsWith(QLatin1Char('Z')) || t.endsWith(QLatin1Char('z')) ||
        (t.size() > 6 && (t.at(t.size() - 6) == QLatin1Char('+') || t.at(t.size() - 6) == QLatin1Char('-')) &&
         t.at(t.size() - 3) == QLatin1Char(':'));
    if (!hasZone || t.size() < 20)
        return std::nullopt;
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
}

QByteArray encodeCursor(const QByteArray &payload)
{
    return payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> decodeCursor(const QString &cursor)
{
    auto res = QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                     QByteArray::AbortOnBase64DecodingErrors);
    if (!res || cursor.isEmpty())
        return std::nullopt;
    return *res;
}

QByteArray etagFor(const QByteArray &body)
{
    // 128 bits of Qt's hardware-assisted hash with fixed seeds (stable across runs on one machine): an
    // ETag only has to change when the body does, and SHA-1 of a 300 KB list page cost 15 % of serving it.
    const size_t a = qHashBits(body.constData(), size_t(body.size()), 0x5157u);
    const size_t b = qHashBits(body.constData(), size_t(body.size()), 0x91e10da5u);
    return '"' + QByteArray::number(quint64(a), 16).rightJustified(16, '0') +
           QByteArray::number(quint64(b), 16).rightJustified(16, '0') + '"';
}

bool etagMatches(const QByteArray &headerValue, const QByteArray &etag)
{
    const QByteArray strip = etag.startsWith("W/") ? etag.mid(2) : etag;
    for (QByteArray part : headerValue.split(',')) {
        part = part.trimmed();
        if (part == "*")
            return true;
        if (part.startsWith("W/"))
            part = part.mid(2);
        if (part == strip)
            return true;
    }
    return false;
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return raw.toHex();
}

} // namespace simuwave::sandbox::wire
