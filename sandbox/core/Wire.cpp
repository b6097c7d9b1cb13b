#include "core/Wire.h"

#include <QHash>

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QTimeZone>

namespace simuwave::sandbox::wire {

static constexpr int IdDigits = 8;

QString publicId(QStringView prefix, qint64 rowId)
{
    return prefix.toString() + QLatin1Char('_') +
           QString::number(rowId, 36).rightJustified(IdDigits, QLatin1Char('0'));
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
    if (ms < 0 || ms >= 253402300800000LL) // outside 1970..9999: the general (slow) path
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
    // Civil date from days since the epoch (H. Hinnant's days_from_civil inverse): list pages format
    // two timestamps per record, and QDateTime::toString cost more than the record's SQL.
    qint64 days = ms / 86'400'000;
    qint64 rest = ms % 86'400'000;
    days += 719468;
    const qint64 era = days / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
    const int msec = int(rest % 1000);
    rest /= 1000;
    const int sec = int(rest % 60);
    rest /= 60;
    const int min = int(rest % 60);
    const int hour = int(rest / 60);
    char buf[25];
    const auto put = [&buf](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            buf[at + i] = char('0' + value % 10);
    };
    put(0, year, 4);
    buf[4] = '-';
    put(5, month, 2);
    buf[7] = '-';
    put(8, day, 2);
    buf[10] = 'T';
    put(11, hour, 2);
    buf[13] = ':';
    put(14, min, 2);
    buf[16] = ':';
    put(17, sec, 2);
    buf[19] = '.';
    put(20, msec, 3);
    buf[23] = 'Z';
    return QByteArray(buf, 24);
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
