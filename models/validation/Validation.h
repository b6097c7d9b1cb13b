#pragma once
// The Partner Guide's input rules, shared by the console and the sandbox. Every rule returns an empty
// string when the value is valid, else one translated sentence that starts with the field's name
// (context "simuwave::validation"). FieldError::field uses the API's field names ("sip_prefix",
// "e911_address.zip") so that the sandbox can answer them in a 422 and the console can map them back.
#include "domain/Address.h"
#include "domain/UsageLimits.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace simuwave::validation {

struct FieldError
{
    QString field;
    QString message;
    bool operator==(const FieldError &) const = default;
};
using Errors = QList<FieldError>;

QString sipPrefix(const QString &v);                 // 3–12 ASCII letters or digits
QString suggestSipPrefix(const QString &tenantName); // lowercase ASCII letters/digits from the name, 3–12
QString tenantName(const QString &v);          // required after trimming, ≤ 100 characters, no controls
QString cnam(const QString &v);                // ≤ 15 characters; empty = inherit the tenant default
QString statementDescriptor(const QString &v); // 1–22; letters, digits, spaces, dashes and & only
QString email(const QString &v, const QString &fieldLabel);
// Street with a building number and no PO Box, city without commas, apostrophes or periods, a US state
// or territory code, ZIP 12345 or 12345-6789, country empty (= US) or US.
Errors e911Address(const Address &a, const QString &fieldPrefix = QStringLiteral("e911_address"));
QString e164(const QString &v);                 // +[1-9] and 1–14 more digits; +1 numbers in NANP shape
bool isTollFreeNpa(const QString &npa);         // 800 833 844 855 866 877 888
QString vanityPattern(const QString &pattern);  // "877-555-XXXX", "8XX-OUR-FOOD", "888-XXX-1000"
QString vanityToDigits(const QString &pattern); // "8XX-OUR-FOOD" -> "8XX6873663"; empty when invalid
QString taxRate(const QString &decimal);        // decimal string, 0 ≤ r < 1, up to 6 decimals
QString apiKeyRateLimit(qint64 perMinute);      // 1–10,000
QString webhookUrl(const QString &url);         // https with a host, no credentials
QString password(const QString &v);             // ≥ 10 characters, an uppercase letter and a digit
Errors usageLimits(const UsageLimits &l);       // caps ≥ 0 (null = unlimited), alert threshold 1–100
QString portDesiredDate(const QDate &d, const QDate &today); // valid and not in the past
QString usState(const QString &code); // two capital letters: a state, DC or a territory

// Extras (not blocking): advice from Appendix B for a valid desired port date — less than two weeks
// out, a Monday or a Friday, or a weekend. Empty when there is nothing to say.
QString portDesiredDateAdvice(const QDate &d, const QDate &today);
// More rules from the guide's forms (beyond the shared contract above):
// Required free text (API key name, tax jurisdiction name, carrier, account holder...): not blank after
// trimming, at most maxChars characters, no control characters. `label` names the field.
QString requiredText(const QString &v, const QString &label, int maxChars);
// Tax jurisdiction code: "US-AR-Pulaski", "CA-ON": a two-letter country code and dash-separated parts.
QString jurisdictionCode(const QString &v);
// Brand color: "#RRGGBB".
QString brandColor(const QString &v);
// Two-factor code: exactly 6 digits.
QString totpCode(const QString &v);
// A phone number as people paste it ("(501) 555-0123", "501.555.0123", "1-501-555-0123",
// "+44 20 7183 8750") -> E.164 ("+15015550123"); ten digits without a country code are taken as +1.
// Returns an empty string when the result would not pass e164().
QString normalizePhoneNumber(const QString &pasted);

// Edit Limits inputs as typed: blank = unlimited (*out = nullopt). A count is a whole number ≥ 0; a spend
// cap is a dollar amount ≥ 0 with at most 2 decimals ("500", "500.00"), stored in cents. Surrounding
// spaces are ignored. Returns the error (naming `label`) or an empty string; *out is set only when valid.
QString limitCount(const QString &text, const QString &label, std::optional<qint64> *out);
QString limitSpend(const QString &text, const QString &label, std::optional<qint64> *centsOut);

// Every US state, DC and territory code accepted by usState(), sorted.
QStringList usStateCodes();
// The keypad digit for a letter ('A'..'Z', either case); QChar() otherwise.
QChar keypadDigit(QChar letter);

} // namespace simuwave::validation
