#pragma once
// Per-unit prices finer than a cent ($0.016 per minute) in integer micro-units of the currency
// (1 USD = 1'000'000 micros). Multiplying by a quantity rounds half-up to the cent, once, at the end.
#include "domain/Money.h"

#include <QLocale>
#include <QString>

#include <compare>
#include <optional>

namespace simuwave {

class Rate
{
public:
    static constexpr int kDecimals = 6;
    static constexpr int kMinDecimals = 2; // in its text: "2.50", never "2.5"
    static constexpr qint64 kMicrosPerUnit = 1'000'000;
    static constexpr qint64 kMicrosPerCent = 10'000;

    Rate() = default; // 0 USD
    static Rate fromMicros(qint64 micros, const QString &currency = QStringLiteral("USD"));
    static Rate fromMoney(const Money &m); // $2.50 -> 2'500'000 micros (saturates)

    // "0.016" -> 16000 micros; up to 6 decimals, same strict syntax as Money::parse. Translated error
    // naming `field` ("Rate" when empty).
    static std::optional<Rate> parse(const QString &decimal, const QString &currency = QStringLiteral("USD"),
                                     QString *error = nullptr, const QString &field = {});

    qint64 micros() const { return m_micros; }
    QString currency() const { return m_currency; }

    QString toDecimalString() const; // "0.016", "2.50" (trailing zeros trimmed, at least 2 decimals)
    QString format(const QLocale &locale = QLocale()) const; // "$0.016"

    // Rate x quantity rounded half-up (away from zero for negatives) to the cent. Saturates on overflow;
    // checkedTimes reports it instead.
    Money times(qint64 quantity) const;
    std::optional<Money> checkedTimes(qint64 quantity) const;

    std::strong_ordering operator<=>(const Rate &o) const
    {
        if (auto c = m_micros <=> o.m_micros; c != 0)
            return c;
        return QString::compare(m_currency, o.m_currency) <=> 0;
    }
    bool operator==(const Rate &) const = default;

    bool isNegative() const { return m_micros < 0; }
    bool isZero() const { return m_micros == 0; }

private:
    qint64 m_micros = 0;
    QString m_currency = QStringLiteral("USD");
};

} // namespace simuwave
