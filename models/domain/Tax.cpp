#include "domain/Tax.h"

#include "domain/Decimal.h"

#include <QCoreApplication>

#include <limits>

namespace simuwave {

std::optional<qint64> parseTaxRatePpm(const QString &text, QString *error, const QString &field)
{
    decimal::ParseError e = decimal::ParseError::None;
    const auto ppm = decimal::parseScaled(text, 6, &e);
    if (!ppm) {
        if (error) {
            const QString f =
                field.isEmpty() ? QCoreApplication::translate("simuwave::domain", "Tax rate") : field;
            *error = decimal::parseErrorMessage(e, f, text, 6, QStringLiteral("0.085"));
        }
        return std::nullopt;
    }
    if (error)
        error->clear();
    return ppm;
}

QString taxRatePpmToDecimalString(qint64 ppm)
{
    return decimal::formatScaled(ppm, 6, 0);
}

QString formatTaxRatePercent(qint64 ppm, const QLocale &locale)
{
    // ppm / 10'000 = percent with up to 4 decimals; laid out with the locale's digits and decimal point.
    const QString plain = decimal::formatScaled(ppm, 4, 0);
    QString out;
    for (QChar c : plain) {
        if (c == u'-')
            out += locale.negativeSign();
        else if (c == u'.')
            out += locale.decimalPoint();
        else
            out += locale.toString(qlonglong(c.unicode() - u'0'));
    }
    return out + locale.percent();
}

Money applyTaxPpm(const Money &amount, qint64 ppm)
{
    const decimal::Int128 product = decimal::Int128(amount.cents()) * ppm;
    const auto cents = decimal::divideRoundHalfUp(product, kTaxPpmPerUnit);
    if (!cents) {
        const bool negative = (amount.cents() < 0) != (ppm < 0);
        return Money::fromCents(negative ? std::numeric_limits<qint64>::min()
                                         : std::numeric_limits<qint64>::max(),
                                amount.currency());
    }
    return Money::fromCents(*cents, amount.currency());
}

Money withTaxPpm(const Money &amount, qint64 ppm)
{
    return amount + applyTaxPpm(amount, ppm);
}

} // namespace simuwave
