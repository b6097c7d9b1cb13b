#pragma once
// RFC 3339 text for a time, as the API writes it: UTC with milliseconds ("2026-11-24T22:19:20.123Z").
// Written by hand for 1970..9999: list pages and cached invoices format hundreds of thousands of these,
// and QDateTime::toString cost more than the rest of the record.
#include <QByteArray>
#include <QDateTime>

namespace simuwave::isotime {

QByteArray fromMSecs(qint64 msSinceEpoch);
// The same 24 characters into out[0..23], no terminator, for a time in 1970..9999; false (nothing written)
// outside it.
bool writeMSecs(char *out, qint64 msSinceEpoch);
// "YYYY-MM-DD" into out[0..9], no terminator; the year must be 0..9999.
void writeDate(char *out, int year, int month, int day);
// Empty for an invalid time.
QByteArray from(const QDateTime &t);

} // namespace simuwave::isotime
