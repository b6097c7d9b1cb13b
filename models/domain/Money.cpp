#include "domain/Money.h"

#include "domain/Decimal.h"

#include <QCoreApplication>
#include <QVariant>

#include <limits>

namespace simuwave {

namespace {
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

QString fieldOrDefault(const QString &field)
{
    return field.isEmpty() ? QCoreApplication::translate("simuwave::domain", "Amount") : field;
}
} // namespace

Money Money::fromCents(qint64 cents, const QString &currency)
{
    Money m;
    m.m_cents = cents;
    m.m_currency = currency;
    return m;
}

std::optional<Money> Money::parse(const QString &decimal, const QString &currency, QString *error,
                                  const QString &field)
{
    decimal::ParseError e = decimal::ParseError::None;
    const auto cents = decimal::parseScaled(decimal, 2, &e);
    if (!cents) {
        if (error)
            *error =
                decimal::parseErrorMessage(e, fieldOrDefault(field), decimal, 2, QStringLiteral("12.50"));
        return std::nullopt;
    }
    if (error)
        error->clear();
    return fromCents(*cents, currency);
}

std::optional<Money> Money::fromJson(const QJsonValue &v, const QString &currency, QString *error,
                                     const QString &field)
{
    // Qt keeps JSON integers that fit in 64 bits as qlonglong; anything else arrives as a double,
    // which we refuse rather than round.
    const QVariant var = v.toVariant();
    if (v.isDouble() && var.typeId() == QMetaType::LongLong) {
        if (error)
            error->clear();
        return fromCents(var.toLongLong(), currency);
    }
    if (error) {
        const QString f = fieldOrDefault(field);
        if (v.isDouble())
            *error = QCoreApplication::translate("simuwave::domain",
                                                 "%1: the server sent an amount that is not a whole number "
                                                 "of cents.")
                         .arg(f);
        else if (v.isNull() || v.isUndefined())
            *error = QCoreApplication::translate("simuwave::domain", "%1: the server sent no amount.").arg(f);
        else
            *error = QCoreApplication::translate("simuwave::domain",
                                                 "%1: the server sent an amount that is not a number of "
                                                 "cents.")
                         .arg(f);
    }
    return std::nullopt;
}

QString Money::toDecimalString() const
{
    return decimal::formatScaled(m_cents, 2, 2);
}

QString Money::format(const QLocale &locale) const
{
    return decimal::formatCurrency(m_cents, 2, 2, m_currency, locale);
}

namespace {
qint64 saturateAdd(qint64 a, qint64 b)
{
    qint64 r;
    if (qAddOverflow(a, b, &r))
        return b > 0 ? kMax : kMin;
    return r;
}
qint64 saturateSub(qint64 a, qint64 b)
{
    qint64 r;
    if (qSubOverflow(a, b, &r))
        return b < 0 ? kMax : kMin;
    return r;
}
} // namespace

Money Money::operator+(const Money &o) const
{
    Q_ASSERT(m_currency == o.m_currency);
    return fromCents(saturateAdd(m_cents, o.m_cents), m_currency);
}

Money Money::operator-(const Money &o) const
{
    Q_ASSERT(m_currency == o.m_currency);
    return fromCents(saturateSub(m_cents, o.m_cents), m_currency);
}

Money Money::operator-() const
{
    return fromCents(saturateSub(0, m_cents), m_currency);
}

Money &Money::operator+=(const Money &o)
{
    *this = *this + o;
    return *this;
}

Money &Money::operator-=(const Money &o)
{
    *this = *this - o;
    return *this;
}

Money Money::multipliedBy(qint64 quantity) const
{
    qint64 r;
    if (qMulOverflow(m_cents, quantity, &r))
        return fromCents(((m_cents < 0) != (quantity < 0)) ? kMin : kMax, m_currency);
    return fromCents(r, m_currency);
}

std::optional<Money> Money::checkedAdd(const Money &o) const
{
    qint64 r;
    if (m_currency != o.m_currency || qAddOverflow(m_cents, o.m_cents, &r))
        return std::nullopt;
    return fromCents(r, m_currency);
}

std::optional<Money> Money::checkedSubtract(const Money &o) const
{
    qint64 r;
    if (m_currency != o.m_currency || qSubOverflow(m_cents, o.m_cents, &r))
        return std::nullopt;
    return fromCents(r, m_currency);
}

std::optional<Money> Money::checkedMultiply(qint64 quantity) const
{
    qint64 r;
    if (qMulOverflow(m_cents, quantity, &r))
        return std::nullopt;
    return fromCents(r, m_currency);
}

} // namespace simuwave
