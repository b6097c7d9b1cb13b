#include "revenue/RevenueFormat.h"

#include "domain/Money.h"

#include <QCoreApplication>
#include <QDate>

namespace simuwave::revenue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("simuwave::RevenueFormat", text);
}

// "-12.5" / "0.9412" -> the same digits with the locale's decimal point (no double on the way).
QString localDecimal(const QString &text, const QLocale &locale)
{
    QString out = text;
    out.replace(QLatin1Char('.'), locale.decimalPoint());
    return out;
}

} // namespace

QString money(qint64 cents, const QLocale &locale)
{
    return Money::fromCents(cents).format(locale);
}

QString percentOfRatio(const QString &ratio, const QLocale &locale)
{
    if (ratio.isEmpty())
        return QStringLiteral("—");
    // 4 decimals of a ratio = 2 decimals of a percentage: move the point two places.
    const qsizetype dot = ratio.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? ratio : ratio.left(dot);
    const QString frac = (dot < 0 ? QString() : ratio.mid(dot + 1)).leftJustified(4, QLatin1Char('0'));
    bool ok = false;
    const qint64 hundredths = whole.toLongLong(&ok) * 10000 + frac.left(4).toLongLong();
    if (!ok)
        return ratio;
    const QString digits =
        QStringLiteral("%1.%2").arg(hundredths / 100).arg(hundredths % 100, 2, 10, QLatin1Char('0'));
    //: A percentage, e.g. "94.12 %"
    return tr("%1 %").arg(localDecimal(digits, locale));
}

QString growth(const QString &growth, const QLocale &locale)
{
    if (growth.isEmpty())
        return QStringLiteral("—");
    const bool negative = growth.startsWith(QLatin1Char('-'));
    const QString digits = localDecimal(negative ? growth.mid(1) : growth, locale);
    const bool zero = digits == localDecimal(QStringLiteral("0.0"), locale);
    //: Growth against the prior period, e.g. "+12.5 %"
    return tr("%1%2 %").arg(zero ? QString() : negative ? QStringLiteral("−") : QStringLiteral("+"), digits);
}

QString count(qint64 n, const QLocale &locale)
{
    return locale.toString(n);
}

QString month(const QDate &firstDay, const QLocale &locale)
{
    return QStringLiteral("%1 %2")
        .arg(locale.monthName(firstDay.month(), QLocale::ShortFormat))
        .arg(firstDay.year());
}

} // namespace simuwave::revenue
