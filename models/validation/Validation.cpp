#include "validation/Validation.h"

#include "domain/Decimal.h"
#include "domain/Money.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <array>

namespace simuwave::validation {

namespace {

// Labels kept in tables (QT_TRANSLATE_NOOP) are translated here; sentences call
// QCoreApplication::translate directly so that lupdate files them under "simuwave::validation".
QString translated(const char *text)
{
    return QCoreApplication::translate("simuwave::validation", text);
}

// Length as the partner counts it: code points, so an emoji or a Hebrew letter is one character.
qsizetype characterCount(const QString &v)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v.at(i).isHighSurrogate() && i + 1 < v.size() && v.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

// Control characters (NUL, tabs, line breaks...), unpaired surrogates and the bidi override/isolate
// controls that can make a name display as something it is not.
bool hasInvisibleControl(const QString &v)
{
    for (qsizetype i = 0; i < v.size(); ++i) {
        const QChar c = v.at(i);
        if (c.category() == QChar::Other_Control)
            return true;
        const char16_t u = c.unicode();
        if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            return true;
        if (c.isHighSurrogate()) {
            if (i + 1 >= v.size() || !v.at(i + 1).isLowSurrogate())
                return true;
            ++i;
        } else if (c.isLowSurrogate()) {
            return true;
        }
    }
    return false;
}

bool hasWhitespace(const QString &v)
{
    return std::any_of(v.begin(), v.end(), [](QChar c) { return c.isSpace(); });
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiDigit(c) || isAsciiLetter(c);
}

bool allAsciiDigits(QStringView v)
{
    return !v.isEmpty() && std::all_of(v.begin(), v.end(), isAsciiDigit);
}

constexpr std::array kUsStates = {"AK", "AL", "AR", "AS", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA",
                                  "GU", "HI", "IA", "ID", "IL", "IN", "KS", "KY", "LA", "MA", "MD", "ME",
                                  "MI", "MN", "MO", "MP", "MS", "MT", "NC", "ND", "NE", "NH", "NJ", "NM",
                                  "NV", "NY", "OH", "OK", "OR", "PA", "PR", "RI", "SC", "SD", "TN", "TX",
                                  "UT", "VA", "VI", "VT", "WA", "WI", "WV", "WY"};

bool isUsStateCode(const QString &code)
{
    return std::any_of(kUsStates.begin(), kUsStates.end(),
                       [&code](const char *s) { return code == QLatin1String(s); });
}

QString stateMessage(const QString &code, const QString &label)
{
    if (code.trimmed().isEmpty())
        return QCoreApplication::translate("simuwave::validation",
                                           "%1: enter the two-letter state code, for example AR.")
            .arg(label);
    if (isUsStateCode(code))
        return {};
    const QString upper = code.trimmed().toUpper();
    if (isUsStateCode(upper))
        return QCoreApplication::translate("simuwave::validation",
                                           "%1: write the code as %2 (two capital letters, no spaces).")
            .arg(label, upper);
    return QCoreApplication::translate(
               "simuwave::validation",
               "%1: %2 is not a US state or territory code; use two letters such as AR or TX.")
        .arg(label, decimal::quoteForMessage(code));
}

// PO Boxes in the spellings people actually type: "PO Box 12", "P.O. Box", "P O Box", "POB 12",
// "Post Office Box", "Postal Box", "Lock Box", "RR 2 Box 45", "PMB 55" (a private mailbox is not a
// dispatchable place either). "Old Post Office Rd" or "Boxwood Ln" are streets, not boxes.
bool looksLikePoBox(const QString &street)
{
    QString s = street.toLower();
    s.remove(u'.');
    static const QRegularExpression re(
        QStringLiteral("(^|[^\\p{L}\\p{N}])(p\\s*o\\s*box|p\\s*o\\s*b|pob|pobox|post\\s*office\\s*box|"
                       "postal\\s*box|post\\s*box|lock\\s*box|box\\s*\\d+|pmb|private\\s*mail\\s*box)"
                       "($|[^\\p{L}])"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re.match(s).hasMatch();
}

QString addressLabel(const QString &prefix, const char *part)
{
    // The E911 form is the one the guide's rules are about; other addresses get a plain label.
    if (prefix.startsWith(QLatin1String("e911")))
        return QCoreApplication::translate("simuwave::validation", "E911 %1").arg(translated(part));
    QString p = translated(part);
    if (!p.isEmpty())
        p[0] = p[0].toUpper();
    return p;
}

} // namespace

QStringList usStateCodes()
{
    QStringList out;
    for (const char *s : kUsStates)
        out << QString::fromLatin1(s);
    return out;
}

QChar keypadDigit(QChar letter)
{
    static constexpr char keys[] = "22233344455566677778889999"; // A..Z on a phone keypad
    const char16_t u = letter.toUpper().unicode();
    if (u >= u'A' && u <= u'Z')
        return QChar(keys[u - u'A']);
    return {};
}

QString sipPrefix(const QString &v)
{
    const QString label = QCoreApplication::translate("simuwave::validation", "SIP prefix");
    if (v.isEmpty())
        return QCoreApplication::translate("simuwave::validation", "%1: enter 3 to 12 letters or digits.")
            .arg(label);
    if (!std::all_of(v.begin(), v.end(), isAsciiAlnum))
        return QCoreApplication::translate(
                   "simuwave::validation",
                   "%1: use only the letters A-Z and the digits 0-9, without spaces or symbols.")
            .arg(label);
    if (v.size() < 3)
        return QCoreApplication::translate("simuwave::validation", "%1: use at least 3 letters or digits.")
            .arg(label);
    if (v.size() > 12)
        return QCoreApplication::translate("simuwave::validation",
                                           "%1: use at most 12 letters or digits (this one has %n).", nullptr,
                                           int(v.size()))
            .arg(label);
    return {};
}

QString suggestSipPrefix(const QString &tenantName)
{
    // Strip accents ("Café" -> "cafe") by decomposing and keeping ASCII letters and digits only.
    const QString decomposed = tenantName.normalized(QString::NormalizationForm_KD);
    QString out;
    for (QChar c : decomposed) {
        if (isAsciiAlnum(c))
            out += c.toLower();
        if (out.size() == 12)
            break;
    }
    if (out.isEmpty())
        return QStringLiteral("tenant");
    while (out.size() < 3)
        out += u'0';
    return out;
}

QString tenantName(const QString &v)
{
    const QString label = QCoreApplication::translate("simuwave::validation", "Tenant name");
    const QString t = v.trimmed();
    if (t.isEmpty())
        return QCoreApplication::translate("simuwave::validation", "%1: enter the customer's business name.")
            .arg(label);
    if (hasInvisibleControl(t))
        return QCoreApplication::translate(
                   "simuwave::validation",
                   "%1: remove line breaks, tabs and other invisible control characters.")
            .arg(label);
    if (const qsizetype n = characterCount(t); n > 100)
        return QCoreApplication::translate("simuwave::validation",
                                           "%1: use at most 100 characters (this one has %n).", nullptr,
                                           int(n))
            .arg(label);
    return {};
}

QString cnam(const QString &v)
{
    const QString label = QCoreApplication::translate("simuwave::validation", "Caller ID name (CNAM)");
    if (v.isEmpty())
        return {}; // inherits the tenant's default
    const auto allowed = [](QChar c) {
        return isAsciiAlnum(c) || c == u' ' || c == u'.' || c == u',' || c == u'&' || c == u'\'' || c == u'-';
    };
    if (!std::all_of(v.begin(), v.end(), allowed))
        return QCoreApplication::translate(
                   "simuwave::validation",
                   "%1: use only the letters A-Z, digits, spaces and . , & ' - (carriers reject other "
                   "characters).")
            .arg(label);
    if (v.trimmed().isEmpty())
        return QCoreApplication::translate("simuwave::validation",
                                           "%1: enter a name or leave it empty to use the tenant's default.")
            .arg(label);
    if (v.size() > 15)
        return QCoreApplication::translate("simuwave::validation",
                                           "%1: use at most 15 characters (this one has %n).", nullptr,
                                           int(v.size()))
            .arg(label);
    return {};
}

QString statementDescriptor(const QString &v)
{
    const QString label = QCoreApplication::translate("simuwave::validation", "Statement descriptor");
    if (v.trimmed().isEmpty())
        return QCoreApplication::translate(
                   "simuwave::validation",
                   "%1: enter the name your customers will recognize on their card statement.")
            .arg(label);
    const auto allowed = [](QChar c) { return isAsciiAlnum(c) || c == u' ' || c == u'-' || c == u'&'; };
    if (!std::all_of(v.begin(), v.end(), allowed))
        return QCoreApplication::translate(
                   "simuwave::validation",
                   "%1: use only letters, digits, spaces, dashes and &; no apostrophes, periods or other "
                   "punctuation.")
            .arg(label);
    if (v.size() > 22)
        return QCoreApplication::translate("simuwave::validation",
                                           "%1: use at most 22 characters (this one has %n).", nullptr,
                                           int(v.size()))
            .arg(label);
    return {};
}

QString email(const QString &v, const QString &fieldLabel)
{
    const QString label =
        fieldLabel.isEmpty() ? QCoreApplication::translate("simuwave::validation", "Email") : fieldLabel;
    if (v.trimmed().isEmpty())
        return QCoreApplication::translate("simuwave::validation", "%1: enter an email address.").arg(label);
    if (hasWhitespace(v) || hasInvisibleControl(v))
        return QCoreApplication::translate(
                   "simuwave::validation",
                   "%1: remove the spaces and invisible characters from the email address.")
            .arg(label);
    const auto bad = [&] {
        return QCoreApplication::translate(
                   "simuwave::validation",
                   "%1: %2 is not an email address; it should look like name@example.com.")
            .arg(label, decimal::quoteForMessage(v));
    };
    if (characterCount(v) > 254)
        return QCoreApplication::translate("simuwave::validation",
                                           "%1: an email address can have at most 254 characters.")
            .arg(label);
    if (v.count(u'@') != 1)
        return bad();
    const qsizetype at = v.indexOf(u'@');
    const QString local = v.left(at);
    const QString domain = v.mid(at + 1);
    // Local part: the dot-atom of RFC 5322 (no quoted forms; nobody types them into a billing field).
    static const QRegularExpression localRe(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$"));
    if (local.isEmpty() || local.size() > 64 || !localRe.match(local).hasMatch())
        return bad();
    // Domain: dot-separated labels of letters (any script, for IDNs), digits and inner hyphens, ending in
    // a top-level domain of at least two letters.
    static const QRegularExpression domainRe(
        QStringLiteral("^([\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+\\p{L}{2,63}$"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (!domainRe.match(domain).hasMatch())
        return bad();
    return {};
}

Errors e911Address(const Address &a, const QString &fieldPrefix)
{
    Errors errors;
    const auto add = [&](const char *field, const QString &message) {
        errors.append({fieldPrefix + u'.' + QLatin1String(field), message});
    };
    const bool e911 = fieldPrefix.startsWith(QLatin1String("e911"));

    // Street
    {
        const QString label = addressLabel(fieldPrefix, QT_TRANSLATE_NOOP("simuwave::validation", "street"));
        const QString s = a.street.trimmed();
        if (s.isEmpty())
            add("street",
                QCoreApplication::translate("simuwave::validation",
                                            "%1: enter the street address where the phones are used.")
                    .arg(label));
        else if (hasInvisibleControl(s))
            add("street", QCoreApplication::translate(
                              "simuwave::validation",
                              "%1: remove line breaks, tabs and other invisible control characters.")
                              .arg(label));
        else if (characterCount(s) > 100)
            add("street",
                QCoreApplication::translate("simuwave::validation", "%1: use at most 100 characters.")
                    .arg(label));
        else if (looksLikePoBox(s))
            add("street",
                e911 ? QCoreApplication::translate(
                           "simuwave::validation",
                           "%1: a PO Box cannot be used; 911 responders need a physical address.")
                           .arg(label)
                     : QCoreApplication::translate("simuwave::validation",
                                                   "%1: a PO Box cannot be used; enter a physical address.")
                           .arg(label));
        else if (!isAsciiDigit(s.front()))
            add("street", QCoreApplication::translate(
                              "simuwave::validation",
                              "%1: start with the building number, for example 1234 Main St Suite 200.")
                              .arg(label));
    }
    // City
    {
        const QString label = addressLabel(fieldPrefix, QT_TRANSLATE_NOOP("simuwave::validation", "city"));
        const QString c = a.city.trimmed();
        const auto isApostrophe = [](QChar ch) {
            return ch == u'\'' || ch == u'\u2019' || ch == u'\u2018' || ch == u'\u02BC' || ch == u'`';
        };
        if (c.isEmpty())
            add("city",
                QCoreApplication::translate("simuwave::validation", "%1: enter the city.").arg(label));
        else if (c.contains(u','))
            add("city",
                QCoreApplication::translate("simuwave::validation",
                                            "%1: remove the comma; 911 databases reject commas in the city.")
                    .arg(label));
        else if (std::any_of(c.begin(), c.end(), isApostrophe))
            add("city",
                QCoreApplication::translate(
                    "simuwave::validation",
                    "%1: remove the apostrophe (write OFallon, not O'Fallon); some 911 centers reject "
                    "it.")
                    .arg(label));
        else if (c.contains(u'.'))
            add("city", QCoreApplication::translate(
                            "simuwave::validation",
                            "%1: spell the name out without periods (Saint Louis, not St. Louis).")
                            .arg(label));
        else if (!std::all_of(c.begin(), c.end(), [](QChar ch) {
                     return ch.isLetter() || ch.isMark() || ch == u' ' || ch == u'-';
                 }))
            add("city", QCoreApplication::translate("simuwave::validation",
                                                    "%1: use only letters, spaces and hyphens.")
                            .arg(label));
        else if (characterCount(c) > 50)
            add("city", QCoreApplication::translate("simuwave::validation", "%1: use at most 50 characters.")
                            .arg(label));
    }
    // State
    {
        const QString label = addressLabel(fieldPrefix, QT_TRANSLATE_NOOP("simuwave::validation", "state"));
        if (const QString m = stateMessage(a.state, label); !m.isEmpty())
            add("state", m);
    }
    // ZIP
    {
        const QString label =
            addressLabel(fieldPrefix, QT_TRANSLATE_NOOP("simuwave::validation", "ZIP code"));
        const QString z = a.zip;
        const bool five = z.size() == 5 && allAsciiDigits(z);
        const bool nine = z.size() == 10 && allAsciiDigits(QStringView(z).left(5)) && z.at(5) == u'-' &&
                          allAsciiDigits(QStringView(z).mid(6));
        if (z.trimmed().isEmpty())
            add("zip", QCoreApplication::translate("simuwave::validation", "%1: enter the 5-digit ZIP code.")
                           .arg(label));
        else if (z.size() == 9 && allAsciiDigits(z))
            add("zip",
                QCoreApplication::translate("simuwave::validation",
                                            "%1: write a 9-digit ZIP code with a dash, like 12345-6789.")
                    .arg(label));
        else if (!five && !nine)
            add("zip", QCoreApplication::translate("simuwave::validation",
                                                   "%1: use 5 digits (12345) or ZIP+4 (12345-6789).")
                           .arg(label));
    }
    // Country: empty means the default, US.
    if (!a.country.isEmpty() && a.country != QLatin1String("US")) {
        const QString label = addressLabel(fieldPrefix, QT_TRANSLATE_NOOP("simuwave::validation", "country"));
        add("country",
            e911 ? QCoreApplication::translate("simuwave::validation",
                                               "%1: only US addresses can be registered for 911 (use US).")
                       .arg(label)
                 : QCoreApplication::translate("simuwave::validation",
                                               "%1: only US addresses are accepted (use US).")
                       .arg(label));
    }
    return errors;
}

QString e164(const QString &v)
{
    const QString label = QCoreApplication::translate("simuwave::validation", "Phone number");
    if (v.isEmpty())
        return QCoreApplication::translate(
                   "simuwave::validation",
                   "%1: enter the number in international form, for example +15015550123.")
            .arg(label);
    if (v.front() != u'+')
        return QCoreApplication::translate("simuwave::validation",
                                           "%1: start with + and the country code, for example +15015550123.")
            .arg(label);
    const QStringView digits = QStringView(v).mid(1);
    if (!allAsciiDigits(digits))
        return QCoreApplication::translate(
                   "simuwave::validation",
                   "%1: after the +, use digits only (no spaces, dashes or brackets).")
            .arg(label);
    if (digits.front() == u'0')
        return QCoreApplication::translate("simuwave::validation",
                                           "%1: the country code cannot start with 0.")
            .arg(label);
    if (digits.size() < 2 || digits.size() > 15)
        return QCoreApplication::translate("simuwave::validation",
                                           "%1: use 2 to 15 digits after the + (this one has %n).", nullptr,
                                           int(digits.size()))
            .arg(label);
    if (digits.front() == u'1') {
        // North American Numbering Plan: +1 NPA NXX XXXX, NPA and NXX starting 2-9, NPA not N11.
        if (digits.size() != 11)
            return QCoreApplication::translate(
                       "simuwave::validation",
                       "%1: a +1 number needs exactly 10 digits after +1 (area code and number).")
                .arg(label);
        const QStringView npa = digits.mid(1, 3);
        if (npa.front() < u'2')
            return QCoreApplication::translate("simuwave::validation",
                                               "%1: a North American area code cannot start with 0 or 1.")
                .arg(label);
        if (npa.at(1) == u'1' && npa.at(2) == u'1')
            return QCoreApplication::translate("simuwave::validation",
                                               "%1: %2 is a service code like 911, not an area code.")
                .arg(label, npa.toString());
        if (digits.at(4) < u'2')
            return QCoreApplication::translate(
                       "simuwave::validation",
                       "%1: the 3 digits after the area code cannot start with 0 or 1.")
                .arg(label);
    }
    return {};
}

bool isTollFreeNpa(const QString &npa)
{
    static const QStringList tollFree = {QStringLiteral("800"), QStringLiteral("833"), QStringLiteral("844"),
                                         QStringLiteral("855"), QStringLiteral("866"), QStringLiteral("877"),
                                         QStringLiteral("888")};
    return tollFree.contains(npa);
}

namespace {
bool isVanitySeparator(QChar c)
{
    return c == u'-' || c == u' ' || c == u'.';
}
} // namespace

QString vanityPattern(const QString &pattern)
{
    const QString label = QCoreApplication::translate("simuwave::validation", "Vanity pattern");
    if (pattern.trimmed().isEmpty())
        return QCoreApplication::translate("simuwave::validation",
                                           "%1: enter a pattern such as 877-555-XXXX or 8XX-OUR-FOOD.")
            .arg(label);
    QString symbols;
    for (QChar c : pattern) {
        if (isVanitySeparator(c))
            continue;
        if (!isAsciiAlnum(c))
            return QCoreApplication::translate("simuwave::validation",
                                               "%1: use only digits, letters, X as a wildcard, and dashes.")
                .arg(label);
        symbols += c.toUpper();
    }
    if (symbols.size() != 10)
        return QCoreApplication::translate("simuwave::validation",
                                           "%1: use exactly 10 digits, letters or X (this one has %n).",
                                           nullptr, int(symbols.size()))
            .arg(label);
    const QStringView npa = QStringView(symbols).left(3);
    if (!std::all_of(npa.begin(), npa.end(), [](QChar c) { return isAsciiDigit(c) || c == u'X'; }))
        return QCoreApplication::translate("simuwave::validation",
                                           "%1: the area code must be digits or X, like 877 or 8XX.")
            .arg(label);
    bool matchesTollFree = false;
    for (const char *candidate : {"800", "833", "844", "855", "866", "877", "888"}) {
        bool ok = true;
        for (int i = 0; i < 3; ++i)
            ok = ok && (npa.at(i) == u'X' || npa.at(i) == QLatin1Char(candidate[i]));
        matchesTollFree = matchesTollFree || ok;
    }
    if (!matchesTollFree)
        return QCoreApplication::translate(
                   "simuwave::validation",
                   "%1: the area code must be toll-free (800, 833, 844, 855, 866, 877 or 888, or 8XX for "
                   "any).")
            .arg(label);
    const QStringView rest = QStringView(symbols).mid(3);
    if (std::all_of(rest.begin(), rest.end(), [](QChar c) { return c == u'X'; }))
        return QCoreApplication::translate(
                   "simuwave::validation",
                   "%1: put at least one digit or letter after the area code; to see any number, use a "
                   "regular search.")
            .arg(label);
    return {};
}

QString vanityToDigits(const QString &pattern)
{
    if (!vanityPattern(pattern).isEmpty())
        return {};
    QString out;
    for (QChar c : pattern) {
        if (isVanitySeparator(c))
            continue;
        const QChar u = c.toUpper();
        if (u == u'X')
            out += u'X'; // the wildcard, even where it could also be keypad 9
        else if (isAsciiLetter(u))
            out += keypadDigit(u);
        else
            out += u;
    }
    return out;
}

QString taxRate(const QString &text)
{
    const QString label = QCoreApplication::translate("simuwave::validation", "Tax rate");
    if (text.trimmed().endsWith(u'%'))
        return QCoreApplication::translate(
                   "simuwave::validation",
                   "%1: write the rate as a decimal without %, for example 0.085 for 8.5%.")
            .arg(label);
    decimal::ParseError e = decimal::ParseError::None;
    const auto ppm = decimal::parseScaled(text, 6, &e);
    if (!ppm)
        return decimal::parseErrorMessage(e, label, text, 6, QStringLiteral("0.085"));
    if (*ppm < 0)
        return QCoreApplication::translate("simuwave::validation", "%1: the rate cannot be negative.")
            .arg(label);
    if (*ppm >= 1'000'000)
        return QCoreApplication::translate("simuwave::validation",
                                           "%1: the rate must be less than 1; write 8.5% as 0.085.")
            .arg(label);
    return {};
}

QString apiKeyRateLimit(qint64 perMinute)
{
    const QString label = QCoreApplication::translate("simuwave::validation", "API key rate limit");
    if (perMinute < 1)
        return QCoreApplication::translate("simuwave::validation", "%1: allow at least 1 request per minute.")
            .arg(label);
    if (perMinute > 10'000)
        return QCoreApplication::translate("simuwave::validation",
                                           "%1: the maximum is 10,000 requests per minute.")
            .arg(label);
    return {};
}

QString webhookUrl(const QString &url)
{
    const QString label = QCoreApplication::translate("simuwave::validation", "Webhook URL");
    if (url.trimmed().isEmpty())
        return QCoreApplication::translate("simuwave::validation",
                                           "%1: enter the https address of your endpoint, for example "
                                           "https://api.example.com/webhooks/simuwave.")
            .arg(label);
    if (hasWhitespace(url) || hasInvisibleControl(url))
        return QCoreApplication::translate("simuwave::validation",
                                           "%1: remove the spaces and invisible characters from the address.")
            .arg(label);
    if (url.size() > 2048)
        return QCoreApplication::translate("simuwave::validation",
                                           "%1: the address is too long (at most 2048 characters).")
            .arg(label);
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || u.scheme().isEmpty())
        return QCoreApplication::translate(
                   "simuwave::validation",
                   "%1: %2 is not a valid address; it should look like https://api.example.com/webhooks.")
            .arg(label, decimal::quoteForMessage(url));
    if (u.scheme() == QLatin1String("http"))
        return QCoreApplication::translate(
                   "simuwave::validation",
                   "%1: use https:// instead of http://; webhooks are only sent over encrypted connections.")
            .arg(label);
    if (u.scheme() != QLatin1String("https"))
        return QCoreApplication::translate("simuwave::validation", "%1: use an https:// address.").arg(label);
    if (u.host().isEmpty())
        return QCoreApplication::translate(
                   "simuwave::validation",
                   "%1: the address needs a host name, for example https://api.example.com/webhooks.")
            .arg(label);
    if (!u.userInfo().isEmpty())
        return QCoreApplication::translate(
                   "simuwave::validation",
                   "%1: remove the user name and password from the address; requests are signed instead.")
            .arg(label);
    return {};
}

QString password(const QString &v)
{
    const QString label = QCoreApplication::translate("simuwave::validation", "Password");
    if (v.isEmpty())
        return QCoreApplication::translate("simuwave::validation", "%1: enter a password.").arg(label);
    if (hasInvisibleControl(v))
        return QCoreApplication::translate(
                   "simuwave::validation",
                   "%1: remove line breaks, tabs and other invisible control characters.")
            .arg(label);
    const qsizetype n = characterCount(v);
    if (n < 10)
        return QCoreApplication::translate("simuwave::validation", "%1: use at least 10 characters.")
            .arg(label);
    if (n > 256)
        return QCoreApplication::translate("simuwave::validation", "%1: use at most 256 characters.")
            .arg(label);
    if (!std::any_of(v.begin(), v.end(), [](QChar c) { return c.isUpper(); }))
        return QCoreApplication::translate("simuwave::validation",
                                           "%1: include at least one uppercase letter.")
            .arg(label);
    if (!std::any_of(v.begin(), v.end(), isAsciiDigit))
        return QCoreApplication::translate("simuwave::validation", "%1: include at least one digit (0-9).")
            .arg(label);
    return {};
}

Errors usageLimits(const UsageLimits &l)
{
    Errors errors;
    const struct
    {
        const char *field;
        const char *label;
        const std::optional<qint64> &value;
    } caps[] = {
        {"monthly_spend_cents", QT_TRANSLATE_NOOP("simuwave::validation", "Monthly spend limit"),
         l.monthlySpendCents},
        {"max_extensions", QT_TRANSLATE_NOOP("simuwave::validation", "Max extensions"), l.maxExtensions},
        {"max_dids", QT_TRANSLATE_NOOP("simuwave::validation", "Max DIDs"), l.maxDids},
        {"max_monthly_minutes", QT_TRANSLATE_NOOP("simuwave::validation", "Max monthly minutes"),
         l.maxMonthlyMinutes},
    };
    for (const auto &cap : caps) {
        if (cap.value && *cap.value < 0)
            errors.append({QString::fromLatin1(cap.field),
                           QCoreApplication::translate("simuwave::validation",
                                                       "%1: cannot be negative; leave it blank for no limit.")
                               .arg(translated(cap.label))});
    }
    if (l.alertThresholdPercent < 1 || l.alertThresholdPercent > 100)
        errors.append(
            {QStringLiteral("alert_threshold_percent"),
             QCoreApplication::translate("simuwave::validation", "%1: use a percentage from 1 to 100.")
                 .arg(QCoreApplication::translate("simuwave::validation", "Alert threshold"))});
    return errors;
}

QString portDesiredDate(const QDate &d, const QDate &today)
{
    const QString label = QCoreApplication::translate("simuwave::validation", "Desired port date");
    if (!d.isValid())
        return QCoreApplication::translate("simuwave::validation", "%1: enter a valid date.").arg(label);
    if (today.isValid() && d < today)
        return QCoreApplication::translate("simuwave::validation",
                                           "%1: %2 is in the past; pick today or a later date.")
            .arg(label, QLocale().toString(d, QLocale::ShortFormat));
    return {};
}

QString portDesiredDateAdvice(const QDate &d, const QDate &today)
{
    if (!portDesiredDate(d, today).isEmpty() || !today.isValid())
        return {};
    QStringList notes;
    if (d < today.addDays(14))
        notes << QCoreApplication::translate(
            "simuwave::validation",
            "carriers usually need at least two weeks, and only the FOC date is firm.");
    const int day = d.dayOfWeek();
    if (day == Qt::Saturday || day == Qt::Sunday)
        notes << QCoreApplication::translate("simuwave::validation",
                                             "carriers do not move numbers on weekends; pick a weekday.");
    else if (day == Qt::Monday || day == Qt::Friday)
        notes << QCoreApplication::translate("simuwave::validation",
                                             "avoid Mondays and Fridays for the cutover.");
    if (notes.isEmpty())
        return {};
    return QCoreApplication::translate("simuwave::validation", "%1: %2")
        .arg(QCoreApplication::translate("simuwave::validation", "Desired port date"), notes.join(u' '));
}

QString usState(const QString &code)
{
    return stateMessage(code, QCoreApplication::translate("simuwave::validation", "State"));
}

QString requiredText(const QString &v, const QString &label, int maxChars)
{
    const QString t = v.trimmed();
    if (t.isEmpty())
        return QCoreApplication::translate("simuwave::validation", "%1: this field is required.").arg(label);
    if (hasInvisibleControl(t))
        return QCoreApplication::translate(
                   "simuwave::validation",
                   "%1: remove line breaks, tabs and other invisible control characters.")
            .arg(label);
    if (const qsizetype n = characterCount(t); n > maxChars)
        return QCoreApplication::translate("simuwave::validation",
                                           "%1: use at most %2 characters (this one has %3).")
            .arg(label, QLocale().toString(maxChars), QLocale().toString(qlonglong(n)));
    return {};
}

QString jurisdictionCode(const QString &v)
{
    const QString label = QCoreApplication::translate("simuwave::validation", "Jurisdiction code");
    if (v.trimmed().isEmpty())
        return QCoreApplication::translate("simuwave::validation",
                                           "%1: enter a code such as US-AR-Pulaski or CA-ON.")
            .arg(label);
    static const QRegularExpression re(QStringLiteral("^[A-Z]{2}(-[A-Za-z0-9]+)*$"));
    if (v.size() > 50 || !re.match(v).hasMatch())
        return QCoreApplication::translate(
                   "simuwave::validation",
                   "%1: start with a two-letter country code in capitals, then parts separated by dashes, "
                   "such as US-AR-Pulaski or CA-ON.")
            .arg(label);
    return {};
}

QString brandColor(const QString &v)
{
    const QString label = QCoreApplication::translate("simuwave::validation", "Brand color");
    static const QRegularExpression re(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (!re.match(v).hasMatch())
        return QCoreApplication::translate("simuwave::validation", "%1: use a hex color such as #1A73E8.")
            .arg(label);
    return {};
}

QString totpCode(const QString &v)
{
    const QString label = QCoreApplication::translate("simuwave::validation", "Verification code");
    if (v.size() != 6 || !allAsciiDigits(v))
        return QCoreApplication::translate("simuwave::validation",
                                           "%1: enter the 6-digit code from your authenticator app.")
            .arg(label);
    return {};
}

QString normalizePhoneNumber(const QString &pasted)
{
    const QString t = pasted.trimmed();
    QString digits;
    for (QChar c : t) {
        if (isAsciiDigit(c))
            digits += c;
        else if (!(c == u'+' || c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')'))
            return {}; // letters, emoji, control characters: not a number we dare to guess at
    }
    if (t.count(u'+') > 1 || (t.contains(u'+') && !t.startsWith(u'+')))
        return {};
    QString e164Form;
    if (t.startsWith(u'+'))
        e164Form = u'+' + digits;
    else if (digits.size() == 10)
        e164Form = QStringLiteral("+1") + digits;
    else if (digits.size() == 11 && digits.startsWith(u'1'))
        e164Form = u'+' + digits;
    else
        return {};
    return e164(e164Form).isEmpty() ? e164Form : QString();
}

QString limitCount(const QString &text, const QString &label, std::optional<qint64> *out)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        if (out)
            *out = std::nullopt;
        return {};
    }
    decimal::ParseError e = decimal::ParseError::None;
    const auto value = decimal::parseScaled(t, 0, &e);
    if (!value) {
        if (e == decimal::ParseError::TooManyDecimals)
            return QCoreApplication::translate("simuwave::validation",
                                               "%1: use a whole number, or leave it blank for no limit.")
                .arg(label);
        return decimal::parseErrorMessage(e, label, t, 0, QStringLiteral("50"));
    }
    if (*value < 0)
        return QCoreApplication::translate("simuwave::validation",
                                           "%1: cannot be negative; leave it blank for no limit.")
            .arg(label);
    if (out)
        *out = *value;
    return {};
}

QString limitSpend(const QString &text, const QString &label, std::optional<qint64> *centsOut)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        if (centsOut)
            *centsOut = std::nullopt;
        return {};
    }
    QString error;
    const auto money = Money::parse(t, QStringLiteral("USD"), &error, label);
    if (!money)
        return error;
    if (money->isNegative())
        return QCoreApplication::translate("simuwave::validation",
                                           "%1: cannot be negative; leave it blank for no limit.")
            .arg(label);
    if (centsOut)
        *centsOut = money->cents();
    return {};
}

} // namespace simuwave::validation
