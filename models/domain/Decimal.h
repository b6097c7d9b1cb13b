#pragma once
// Fixed-point decimal text <-> scaled integers, shared by Money, Rate and tax rates.
// Everything is done digit by digit on integers: no double ever touches an amount.
#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

namespace simuwave::decimal {

// 128-bit intermediate for products such as micros x quantity (GCC/Clang; __extension__ keeps -Wpedantic
// quiet).
__extension__ typedef __int128 Int128;

enum class ParseError
{
    None,
    Empty,
    Whitespace,
    Garbage,
    TooManyDecimals,
    Overflow
};

// Parses "-12.5" with at most `decimals` fraction digits into value * 10^decimals.
// Accepts only ASCII digits, one optional leading '-', and one '.' with digits on both sides.
// Rejects whitespace, '+', exponents, thousands separators, locale digits.
std::optional<qint64> parseScaled(QStringView text, int decimals, ParseError *error = nullptr);

// value / 10^scale as text with between minDecimals and scale fraction digits (trailing zeros trimmed
// down to minDecimals). Plain ASCII: "-0.016", "2.50".
QString formatScaled(qint64 value, int scale, int minDecimals);
// The same text written into `out` (at least kScaledTextMax bytes, not terminated); returns its length.
// For writers of many amounts (the cache's JSON columns), which need no QString for each.
constexpr int kScaledTextMax = 48;
int writeScaled(char *out, qint64 value, int scale, int minDecimals);

// Same number, but laid out by `locale` (group separators, decimal point, native digits) and wrapped in
// the locale's currency pattern for `currencyCode` ("$1,234.50", "1.234,50 $", "($0.05)").
QString formatCurrency(qint64 value, int scale, int minDecimals, const QString &currencyCode,
                       const QLocale &locale);

// The symbol shown for an ISO 4217 code in `locale`: the locale's own symbol for its own currency,
// well-known symbols otherwise, the code itself as the last resort.
QString currencySymbol(const QString &currencyCode, const QLocale &locale);

// A translated message "<field>: <what is wrong>" for a parse failure; `example` shows the expected form.
QString parseErrorMessage(ParseError error, const QString &field, QStringView text, int decimals,
                          const QString &example);

// Rounds value / divisor half away from zero (the "half-up" of invoices, symmetric for refunds).
// divisor > 0. Works on 128-bit intermediates; returns nullopt when the result does not fit in qint64.
std::optional<qint64> divideRoundHalfUp(Int128 value, qint64 divisor);

// A value shown inside a message, cut short so a 10 MB paste never becomes a 10 MB dialog.
QString quoteForMessage(QStringView text);

} // namespace simuwave::decimal
