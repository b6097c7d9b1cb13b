#include "domain/Decimal.h"

#include <charconv>
#include <cstring>
#include <QCoreApplication>

#include <limits>

namespace simuwave::decimal {

namespace {

constexpr qint64 pow10(int n)
{
    qint64 r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}
} // namespace

std::optional<qint64> parseScaled(QStringView text, int decimals, ParseError *error)
{
    auto fail = [error](ParseError e) -> std::optional<qint64> {
        if (error)
            *error = e;
        return std::nullopt;
    };
    if (error)
        *error = ParseError::None;
    if (text.isEmpty())
        return fail(ParseError::Empty);
    if (text.front().isSpace() || text.back().isSpace())
        return fail(ParseError::Whitespace);

    qsizetype i = 0;
    const bool negative = text.front() == u'-';
    if (negative)
        ++i;
    // Accumulate toward the negative side so that the full qint64 range (including its minimum) parses.
    qint64 acc = 0;
    int intDigits = 0;
    int fracDigits = 0;
    bool seenPoint = false;
    bool tooManyDecimals = false;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'.') {
            if (seenPoint || intDigits == 0)
                return fail(ParseError::Garbage);
            seenPoint = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return fail(ParseError::Garbage);
        if (seenPoint) {
            if (fracDigits == decimals) {
                tooManyDecimals = true; // keep scanning: garbage later on is the better message
                continue;
            }
            ++fracDigits;
        } else {
            ++intDigits;
        }
        const int digit = c.unicode() - u'0';
        if (qMulOverflow(acc, qint64(10), &acc) || qSubOverflow(acc, qint64(digit), &acc))
            return fail(ParseError::Overflow);
    }
    if (intDigits == 0 || (seenPoint && fracDigits == 0 && !tooManyDecimals))
        return fail(ParseError::Garbage);
    if (tooManyDecimals)
        return fail(ParseError::TooManyDecimals);
    if (qMulOverflow(acc, pow10(decimals - fracDigits), &acc))
        return fail(ParseError::Overflow);
    if (!negative) {
        if (acc == std::numeric_limits<qint64>::min())
            return fail(ParseError::Overflow);
        acc = -acc;
    }
    return acc;
}

int writeScaled(char *out, qint64 value, int scale, int minDecimals)
{
    char *at = out;
    if (value < 0)
        *at++ = '-';
    // Work on the unsigned magnitude so that the minimum qint64 is formatted correctly.
    const quint64 magnitude = value < 0 ? quint64(0) - quint64(value) : quint64(value);
    const quint64 div = quint64(pow10(scale));
    at = std::to_chars(at, out + kScaledTextMax, magnitude / div).ptr;
    // The fraction's digits, zero-padded to `scale`, then trailing zeros trimmed down to minDecimals.
    char fraction[20];
    quint64 rest = magnitude % div;
    for (int i = scale; i-- > 0; rest /= 10)
        fraction[i] = char('0' + rest % 10);
    int keep = scale;
    while (keep > minDecimals && fraction[keep - 1] == '0')
        --keep;
    if (keep > 0) {
        *at++ = '.';
        std::memcpy(at, fraction, size_t(keep));
        at += keep;
    }
    return int(at - out);
}

namespace {
struct Parts
{
    bool negative = false;
    QString whole;    // ASCII digits, no sign
    QString fraction; // ASCII digits, trimmed down to minDecimals
};

Parts split(qint64 value, int scale, int minDecimals)
{
    char text[kScaledTextMax];
    const QLatin1StringView all(text, writeScaled(text, value, scale, minDecimals));
    Parts p;
    p.negative = all.startsWith(QLatin1Char('-'));
    const QLatin1StringView digits = all.sliced(p.negative ? 1 : 0);
    const qsizetype point = digits.indexOf(QLatin1Char('.'));
    p.whole = point < 0 ? QString(digits) : QString(digits.first(point));
    if (point >= 0)
        p.fraction = QString(digits.sliced(point + 1));
    return p;
}
} // namespace

QString formatScaled(qint64 value, int scale, int minDecimals)
{
    char text[kScaledTextMax];
    return QString::fromLatin1(text, writeScaled(text, value, scale, minDecimals));
}

QString currencySymbol(const QString &currencyCode, const QLocale &locale)
{
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currencyCode)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    static const struct
    {
        const char16_t *code;
        const char16_t *symbol;
    } known[] = {{u"USD", u"$"},   {u"EUR", u"\u20AC"}, {u"GBP", u"\u00A3"},
                 {u"CAD", u"CA$"}, {u"AUD", u"A$"},     {u"MXN", u"MX$"}};
    for (const auto &k : known) {
        if (currencyCode != QStringView(k.code))
            continue;
        const QString symbol = QString::fromUtf16(k.symbol);
        // "$" in a Canadian locale means CAD: say US$ (or the code) so amounts are never ambiguous.
        if (symbol == locale.currencySymbol(QLocale::CurrencySymbol))
            return currencyCode == QLatin1String("USD") ? QStringLiteral("US$") : currencyCode;
        return symbol;
    }
    return currencyCode;
}

QString formatCurrency(qint64 value, int scale, int minDecimals, const QString &currencyCode,
                       const QLocale &locale)
{
    const Parts p = split(value, scale, minDecimals);
    // QLocale only formats currency for integers or doubles. Let it lay out a sentinel "1" (sign,
    // symbol position, spacing, accounting brackets) and put our exact digits where the 1 went.
    const QString sentinel = locale.toString(qlonglong(1));
    const QString pattern =
        locale.toCurrencyString(qlonglong(p.negative ? -1 : 1), currencySymbol(currencyCode, locale));
    bool ok = false;
    const qlonglong whole = p.whole.toLongLong(&ok);
    QString number = ok ? locale.toString(whole) : p.whole;
    if (!p.fraction.isEmpty()) {
        QString fraction;
        for (QChar c : p.fraction)
            fraction += locale.toString(qlonglong(c.unicode() - u'0'));
        number += locale.decimalPoint() + fraction;
    }
    const qsizetype at = pattern.lastIndexOf(sentinel);
    if (at < 0) // a locale without a recognisable pattern: plain and unambiguous
        return (p.negative ? QStringLiteral("-") : QString()) + number + u' ' + currencyCode;
    QString out = pattern;
    out.replace(at, sentinel.size(), number);
    return out;
}

QString quoteForMessage(QStringView text)
{
    constexpr qsizetype maxShown = 40;
    QString shown;
    for (QChar c : text.left(maxShown))
        shown += (c.category() == QChar::Other_Control) ? QChar(0xFFFD) : c;
    if (text.size() > maxShown)
        shown += QChar(0x2026);
    return u'\u201C' + shown + u'\u201D';
}

QString parseErrorMessage(ParseError error, const QString &field, QStringView text, int decimals,
                          const QString &example)
{
    switch (error) {
    case ParseError::None:
        return {};
    case ParseError::Empty:
        return QCoreApplication::translate("simuwave::domain", "%1: enter a number, for example %2.")
            .arg(field, example);
    case ParseError::Whitespace:
        return QCoreApplication::translate("simuwave::domain", "%1: remove the spaces around %2.")
            .arg(field, quoteForMessage(text));
    case ParseError::Garbage:
        return QCoreApplication::translate(
                   "simuwave::domain",
                   "%1: %2 is not a plain number; use digits, an optional minus sign and a decimal "
                   "point, for example %3.")
            .arg(field, quoteForMessage(text), example);
    case ParseError::TooManyDecimals:
        return QCoreApplication::translate(
                   "simuwave::domain", "%1: %2 has too many decimal places; use at most %3, for example %4.")
            .arg(field, quoteForMessage(text), QString::number(decimals), example);
    case ParseError::Overflow:
        return QCoreApplication::translate("simuwave::domain", "%1: %2 is too large.")
            .arg(field, quoteForMessage(text));
    }
    return {};
}

std::optional<qint64> divideRoundHalfUp(Int128 value, qint64 divisor)
{
    Q_ASSERT(divisor > 0);
    const bool negative = value < 0;
    Int128 magnitude = negative ? -value : value;
    Int128 q = magnitude / divisor;
    const Int128 r = magnitude % divisor;
    if (r * 2 >= divisor)
        ++q;
    const Int128 result = negative ? -q : q;
    if (result > std::numeric_limits<qint64>::max() || result < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return qint64(result);
}

} // namespace simuwave::decimal
