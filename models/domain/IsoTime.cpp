#include "domain/IsoTime.h"

namespace simuwave::isotime {

QByteArray fromMSecs(qint64 ms)
{
    char buf[24];
    if (!writeMSecs(buf, ms)) // outside 1970..9999: the general (slow) path
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
    return QByteArray(buf, 24);
}

bool writeMSecs(char *buf, qint64 ms)
{
    if (ms < 0 || ms >= 253402300800000LL)
        return false;
    // Civil date from days since the epoch (H. Hinnant's days_from_civil inverse).
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
    writeDate(buf, year, month, day);
    const auto put = [buf](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            buf[at + i] = char('0' + value % 10);
    };
    buf[10] = 'T';
    put(11, hour, 2);
    buf[13] = ':';
    put(14, min, 2);
    buf[16] = ':';
    put(17, sec, 2);
    buf[19] = '.';
    put(20, msec, 3);
    buf[23] = 'Z';
    return true;
}

void writeDate(char *out, int year, int month, int day)
{
    for (int i = 3; i >= 0; --i, year /= 10)
        out[i] = char('0' + year % 10);
    out[4] = '-';
    out[5] = char('0' + month / 10);
    out[6] = char('0' + month % 10);
    out[7] = '-';
    out[8] = char('0' + day / 10);
    out[9] = char('0' + day % 10);
}

QByteArray from(const QDateTime &t)
{
    return t.isValid() ? fromMSecs(t.toMSecsSinceEpoch()) : QByteArray();
}

} // namespace simuwave::isotime
