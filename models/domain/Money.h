#pragma once
// Money as integer minor units (cents) plus an ISO 4217 code. Never a double: amounts come from the
// API as integer cents or decimal strings and are parsed digit by digit.
#include <QJsonValue>
#include <QLocale>
#include <QString>

#include <compare>
#include <optional>

namespace simuwave {

class Money
{
public:
    Money() = default; // 0 USD
    static Money fromCents(qint64 cents, const QString &currency = QStringLiteral("USD"));

    qint64 cents() const { return m_cents; }
    QString currency() const { return m_currency; }

    // Decimal text as the API and CSV files write it: "12.50", "12.5", "-3" (at most 2 decimals, ASCII
    // only, no spaces, exponents or group separators). On failure returns nullopt and sets *error to a
    // translated message naming `field` ("Amount" when empty).
    static std::optional<Money> parse(const QString &decimal, const QString &currency = QStringLiteral("USD"),
                                      QString *error = nullptr, const QString &field = {});
    // A JSON amount in integer cents (the API's `*_cents` fields). 12.5, "12", true, null are refused.
    // Note: QJsonValue cannot tell 12 from 12.0 or 1.2e1 once parsed; those integral values are accepted.
    static std::optional<Money> fromJson(const QJsonValue &v, const QString &currency = QStringLiteral("USD"),
                                         QString *error = nullptr, const QString &field = {});
    QJsonValue toJson() const { return QJsonValue(m_cents); }

    QString toDecimalString() const;                         // "1234.50", "-0.05": API / CSV form
    QString format(const QLocale &locale = QLocale()) const; // "$1,234.50" laid out by QLocale

    // Same-currency arithmetic (Q_ASSERT). Results saturate at the qint64 limits instead of wrapping;
    // use the checked forms where an overflow must be reported.
    Money operator+(const Money &o) const;
    Money operator-(const Money &o) const;
    Money operator-() const;
    Money &operator+=(const Money &o);
    Money &operator-=(const Money &o);
    Money multipliedBy(qint64 quantity) const;
    std::optional<Money> checkedAdd(const Money &o) const;
    std::optional<Money> checkedSubtract(const Money &o) const;
    std::optional<Money> checkedMultiply(qint64 quantity) const;

    // Orders by cents, then currency (only meaningful within one currency).
    std::strong_ordering operator<=>(const Money &o) const
    {
        if (auto c = m_cents <=> o.m_cents; c != 0)
            return c;
        return QString::compare(m_currency, o.m_currency) <=> 0;
    }
    bool operator==(const Money &) const = default;

    bool isNegative() const { return m_cents < 0; }
    bool isZero() const { return m_cents == 0; }
    bool isPositive() const { return m_cents > 0; }

private:
    qint64 m_cents = 0;
    QString m_currency = QStringLiteral("USD");
};

} // namespace simuwave
