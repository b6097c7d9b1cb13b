#pragma once
// How the revenue pane and its models write figures: money from integer cents (QLocale currency layout),
// the endpoint's ratio and growth strings as percentages without going through a double, counts.
#include <QLocale>
#include <QString>

namespace simuwave::revenue {

QString money(qint64 cents, const QLocale &locale = QLocale());
// "0.9412" -> "94.12 %"; "—" for a null ratio.
QString percentOfRatio(const QString &ratio, const QLocale &locale = QLocale());
// "12.5" -> "+12.5 %", "-3.0" -> "−3.0 %"; "—" for null (no prior figure).
QString growth(const QString &growth, const QLocale &locale = QLocale());
QString count(qint64 n, const QLocale &locale = QLocale());
// Month of the trends, "Nov 2026" in the locale's short month name.
QString month(const QDate &firstDay, const QLocale &locale = QLocale());

} // namespace simuwave::revenue
