#include "domain/Rate.h"

#include "domain/Decimal.h"

#include <QCoreApplication>

#include <limits>

namespace simuwave {

Rate Rate::fromMicros(qint64 micros, const QString &currency)
{
    Rate r;
    r.m_micros = micros;
    r.m_currency = currency;
    return r;
}

Rate Rate::fromMoney(const Money &m)
{
    qint64 micros;
    if (qMulOverflow(m.cents(), kMicrosPerCent, &micros))
        micros = m.isNegative() ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
    return fromMicros(micros, m.currency());
}

std::optional<Rate> Rate::parse(const QString &decimal, const QString &currency, QString *error,
                                const QString &field)
{
    decimal::ParseError e = decimal::ParseError::None;
    const auto micros = decimal::parseScaled(decimal, kDecimals, &e);
    if (!micros) {
        if (error) {
            const QString f =
                field.isEmpty() ? QCoreApplication::translate("simuwave::domain", "Rate") : field;
            *error = decimal::parseErrorMessage(e, f, decimal, kDecimals, QStringLiteral("0.016"));
        }
        return std::nullopt;
    }
    if (error)
        error->clear();
    return fromMicros(*micros, currency);
}

QString Rate::toDecimalString() const
{
    return decimal::formatScaled(m_micros, kDecimals, kMinDecimals);
}

QString Rate::format(const QLocale &locale) const
{
    return decimal::formatCurrency(m_micros, kDecimals, 2, m_currency, locale);
}

std::optional<Money> Rate::checkedTimes(qint64 quantity) const
{
    const decimal::Int128 product = decimal::Int128(m_micros) * quantity;
    const auto cents = decimal::divideRoundHalfUp(product, kMicrosPerCent);
    if (!cents)
        return std::nullopt;
    return Money::fromCents(*cents, m_currency);
}

Money Rate::times(qint64 quantity) const
{
    if (auto m = checkedTimes(quantity))
        return *m;
    const bool negative = (m_micros < 0) != (quantity < 0);
    return Money::fromCents(
        negative ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max(), m_currency);
}

} // namespace simuwave
