// Every rule of the Partner Guide in models/validation: good and bad values, and that every message
// starts with the name of its field.
#include "validation/Validation.h"

#include <QCoreApplication>
#include <QTest>

#include <functional>

using namespace simuwave;
namespace v = simuwave::validation;

Q_DECLARE_METATYPE(simuwave::Address)
Q_DECLARE_METATYPE(simuwave::UsageLimits)

namespace {
// Strings that stress every text rule.
QString nul(const char16_t *s, qsizetype n)
{
    return QString::fromUtf16(s, n);
}
const QString kEmoji = QString::fromUtf16(u"\U0001F4DE");                   // telephone receiver
const QString kRtl = QString::fromUtf16(u"\u05D8\u05DC\u05E4\u05D5\u05DF"); // Hebrew "telephone"
const QString kArabic = QString::fromUtf16(u"\u0647\u0627\u062A\u0641");    // Arabic "phone"
const QString kRlo = QString::fromUtf16(u"\u202E");                         // right-to-left override
} // namespace

class tst_validation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void sipPrefix_data();
    void sipPrefix();
    void suggestSipPrefix_data();
    void suggestSipPrefix();
    void tenantName_data();
    void tenantName();
    void cnam_data();
    void cnam();
    void statementDescriptor_data();
    void statementDescriptor();
    void email_data();
    void email();
    void e911Address_data();
    void e911Address();
    void e911AddressReportsEveryField();
    void e911AddressPrefix();
    void e164_data();
    void e164();
    void tollFreeNpa_data();
    void tollFreeNpa();
    void vanityPattern_data();
    void vanityPattern();
    void vanityToDigits_data();
    void vanityToDigits();
    void keypad();
    void taxRate_data();
    void taxRate();
    void apiKeyRateLimit_data();
    void apiKeyRateLimit();
    void webhookUrl_data();
    void webhookUrl();
    void password_data();
    void password();
    void usageLimits_data();
    void usageLimits();
    void portDesiredDate_data();
    void portDesiredDate();
    void portDesiredDateAdvice_data();
    void portDesiredDateAdvice();
    void usState_data();
    void usState();
    void messagesAreShortAndSafe();
    void requiredText_data();
    void requiredText();
    void jurisdictionCode_data();
    void jurisdictionCode();
    void brandColor_data();
    void brandColor();
    void totpCode_data();
    void totpCode();
    void normalizePhoneNumber_data();
    void normalizePhoneNumber();
    void limitCount_data();
    void limitCount();
    void limitSpend_data();
    void limitSpend();

private:
    // Common body: an empty message when valid; otherwise one that starts with "<label>: " and contains
    // `mentions` (a fragment that proves the right reason was given).
    void checkRule(const QString &message, bool ok, const QString &label, const QString &mentions);
};

void tst_validation::initTestCase()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
}

void tst_validation::checkRule(const QString &message, bool ok, const QString &label, const QString &mentions)
{
    if (ok) {
        QVERIFY2(message.isEmpty(), qPrintable(message));
        return;
    }
    QVERIFY2(!message.isEmpty(), "an invalid value was accepted");
    QVERIFY2(message.startsWith(label + QStringLiteral(": ")), qPrintable(message));
    QVERIFY2(message.contains(mentions, Qt::CaseInsensitive), qPrintable(message));
    QVERIFY2(message.endsWith(u'.'), qPrintable(message));
}

// ---------------------------------------------------------------------------------------------------------
void tst_validation::sipPrefix_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("3 letters") << "abc" << true << "";
    QTest::newRow("12 mixed") << "Acme12345678" << true << "";
    QTest::newRow("digits only") << "123" << true << "";
    QTest::newRow("empty") << "" << false << "3 to 12";
    QTest::newRow("2 chars") << "ab" << false << "at least 3";
    QTest::newRow("13 chars") << "abcdefghijklm" << false << "at most 12";
    QTest::newRow("very long") << QString(10000, u'a') << false << "at most 12";
    QTest::newRow("space inside") << "ac me" << false << "without spaces";
    QTest::newRow("leading space") << " acme" << false << "without spaces";
    QTest::newRow("dash") << "acme-co" << false << "A-Z";
    QTest::newRow("underscore") << "acme_co" << false << "A-Z";
    QTest::newRow("accented") << QString::fromUtf16(u"caf\u00E9") << false << "A-Z";
    QTest::newRow("emoji") << QString(QStringLiteral("acme") + kEmoji) << false << "A-Z";
    QTest::newRow("RTL") << kRtl << false << "A-Z";
    QTest::newRow("fullwidth digits") << QString::fromUtf16(u"\uFF11\uFF12\uFF13") << false << "A-Z";
    QTest::newRow("NUL") << nul(u"abc\u0000def", 7) << false << "A-Z";
    QTest::newRow("newline") << "abc\ndef" << false << "A-Z";
}

void tst_validation::sipPrefix()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QFETCH(QString, mentions);
    checkRule(v::sipPrefix(value), ok, QStringLiteral("SIP prefix"), mentions);
}

void tst_validation::suggestSipPrefix_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "Acme Plumbing"
                           << "acmeplumbing";
    QTest::newRow("truncated to 12") << "Pinedale VoIP Communications"
                                     << "pinedalevoip";
    QTest::newRow("accents stripped") << QString::fromUtf16(u"Caf\u00E9 M\u00FCller") << "cafemuller";
    QTest::newRow("punctuation") << "O'Fallon & Sons, Inc."
                                 << "ofallonsonsi";
    QTest::newRow("short padded") << "AB"
                                  << "ab0";
    QTest::newRow("one letter") << "Q"
                                << "q00";
    QTest::newRow("digits kept") << "7-Eleven 42"
                                 << "7eleven42";
    QTest::newRow("no latin letters") << kRtl << "tenant";
    QTest::newRow("emoji only") << kEmoji << "tenant";
    QTest::newRow("empty") << ""
                           << "tenant";
    QTest::newRow("whitespace") << "   "
                                << "tenant";
    QTest::newRow("emoji inside") << QString(QStringLiteral("Call") + kEmoji + QStringLiteral("Center"))
                                  << "callcenter";
    QTest::newRow("NUL inside") << nul(u"ac\u0000me", 5) << "acme";
}

void tst_validation::suggestSipPrefix()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QString s = v::suggestSipPrefix(name);
    QCOMPARE(s, expected);
    QVERIFY2(v::sipPrefix(s).isEmpty(), "a suggestion must always pass the SIP prefix rule");
}

// ---------------------------------------------------------------------------------------------------------
void tst_validation::tenantName_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("simple") << "Acme Plumbing" << true << "";
    QTest::newRow("apostrophe and ampersand") << "O'Neil & Sons, Inc." << true << "";
    QTest::newRow("RTL") << kRtl << true << "";
    QTest::newRow("Arabic") << kArabic << true << "";
    QTest::newRow("emoji") << QString(QStringLiteral("Acme ") + kEmoji) << true << "";
    QTest::newRow("surrounding spaces trimmed") << "  Acme  " << true << "";
    QTest::newRow("exactly 100") << QString(100, u'a') << true << "";
    QTest::newRow("100 emoji count as 100") << kEmoji.repeated(100) << true << "";
    QTest::newRow("100 plus spaces") << QString(QStringLiteral("  ") + QString(100, u'a') +
                                                QStringLiteral("  "))
                                     << true << "";
    QTest::newRow("empty") << "" << false << "business name";
    QTest::newRow("only spaces") << "     " << false << "business name";
    QTest::newRow("only tabs and newlines") << "\t\n" << false << "business name";
    QTest::newRow("101") << QString(101, u'a') << false << "at most 100";
    QTest::newRow("101 emoji") << kEmoji.repeated(101) << false << "at most 100";
    QTest::newRow("very long") << QString(100000, u'x') << false << "at most 100";
    QTest::newRow("NUL") << nul(u"Acme\u0000Corp", 9) << false << "control";
    QTest::newRow("newline inside") << "Acme\nCorp" << false << "control";
    QTest::newRow("tab inside") << "Acme\tCorp" << false << "control";
    QTest::newRow("RTL override") << QString(QStringLiteral("Acme") + kRlo + QStringLiteral("proC")) << false
                                  << "control";
    QTest::newRow("lone surrogate") << QString(QStringLiteral("Acme") + QString(QChar(0xD83D))) << false
                                    << "control";
}

void tst_validation::tenantName()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QFETCH(QString, mentions);
    checkRule(v::tenantName(value), ok, QStringLiteral("Tenant name"), mentions);
}

// ---------------------------------------------------------------------------------------------------------
void tst_validation::cnam_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty inherits") << "" << true << "";
    QTest::newRow("guide example") << "ACME PLUMBING" << true << "";
    QTest::newRow("exactly 15") << "ABCDEFGHIJKLMNO" << true << "";
    QTest::newRow("punctuation allowed") << "O'NEIL & CO." << true << "";
    QTest::newRow("lower case") << "Acme Plumbing" << true << "";
    QTest::newRow("16") << "ABCDEFGHIJKLMNOP" << false << "at most 15";
    QTest::newRow("very long") << QString(5000, u'A') << false << "at most 15";
    QTest::newRow("only spaces") << "   " << false << "leave it empty";
    QTest::newRow("emoji") << QString(QStringLiteral("ACME") + kEmoji) << false << "A-Z";
    QTest::newRow("RTL") << kRtl << false << "A-Z";
    QTest::newRow("accent") << QString::fromUtf16(u"CAF\u00C9") << false << "A-Z";
    QTest::newRow("NUL") << nul(u"ACME\u0000", 5) << false << "A-Z";
    QTest::newRow("newline") << "ACME\nCO" << false << "A-Z";
    QTest::newRow("symbols") << "ACME!!!" << false << "A-Z";
}

void tst_validation::cnam()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QFETCH(QString, mentions);
    checkRule(v::cnam(value), ok, QStringLiteral("Caller ID name (CNAM)"), mentions);
}

// ---------------------------------------------------------------------------------------------------------
void tst_validation::statementDescriptor_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("mentions");
    // The guide's own examples, good and bad.
    QTest::newRow("ACME PHONES") << "ACME PHONES" << true << "";
    QTest::newRow("HRC TELECOM") << "HRC TELECOM" << true << "";
    QTest::newRow("PINEDALE VOIP") << "PINEDALE VOIP" << true << "";
    QTest::newRow("Acme's Phone Co.") << "Acme's Phone Co." << false << "apostrophes";
    QTest::newRow("THIS IS A REALLY LONG NAME") << "THIS IS A REALLY LONG NAME" << false << "at most 22";
    QTest::newRow("dash and ampersand") << "A&B TELE-COM" << true << "";
    QTest::newRow("exactly 22") << QString(22, u'X') << true << "";
    QTest::newRow("23") << QString(23, u'X') << false << "at most 22";
    QTest::newRow("empty") << "" << false << "recognize";
    QTest::newRow("spaces only") << "    " << false << "recognize";
    QTest::newRow("period") << "ACME INC." << false << "periods";
    QTest::newRow("comma") << "ACME, INC" << false << "punctuation";
    QTest::newRow("emoji") << QString(QStringLiteral("ACME ") + kEmoji) << false << "only letters";
    QTest::newRow("RTL") << kRtl << false << "only letters";
    QTest::newRow("accent") << QString::fromUtf16(u"CAF\u00C9 VOIP") << false << "only letters";
    QTest::newRow("NUL") << nul(u"ACME\u0000", 5) << false << "only letters";
    QTest::newRow("tab") << "ACME\tVOIP" << false << "only letters";
    QTest::newRow("very long bad") << QString(100000, u'.') << false << "only letters";
}

void tst_validation::statementDescriptor()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QFETCH(QString, mentions);
    checkRule(v::statementDescriptor(value), ok, QStringLiteral("Statement descriptor"), mentions);
}

// ---------------------------------------------------------------------------------------------------------
void tst_validation::email_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("simple") << "billing@acme.com" << true << "";
    QTest::newRow("plus and dots") << "first.last+invoices@mail.acme.co.uk" << true << "";
    QTest::newRow("digits and hyphen domain") << "a1@my-company123.io" << true << "";
    QTest::newRow("IDN domain") << QString::fromUtf16(u"info@m\u00FCller.de") << true << "";
    QTest::newRow("empty") << "" << false << "enter an email";
    QTest::newRow("spaces only") << "   " << false << "enter an email";
    QTest::newRow("leading space") << " billing@acme.com" << false << "spaces";
    QTest::newRow("space inside") << "bill ing@acme.com" << false << "spaces";
    QTest::newRow("no at") << "billing.acme.com" << false << "name@example.com";
    QTest::newRow("two ats") << "a@b@acme.com" << false << "name@example.com";
    QTest::newRow("no domain dot") << "billing@localhost" << false << "name@example.com";
    QTest::newRow("no local") << "@acme.com" << false << "name@example.com";
    QTest::newRow("trailing dot") << "billing@acme.com." << false << "name@example.com";
    QTest::newRow("double dot local") << "bill..ing@acme.com" << false << "name@example.com";
    QTest::newRow("leading dot local") << ".billing@acme.com" << false << "name@example.com";
    QTest::newRow("domain starts with hyphen") << "a@-acme.com" << false << "name@example.com";
    QTest::newRow("one-letter tld") << "a@acme.c" << false << "name@example.com";
    QTest::newRow("emoji local") << QString(kEmoji + QStringLiteral("@acme.com")) << false
                                 << "name@example.com";
    QTest::newRow("RTL") << QString(kRtl + QStringLiteral("@") + kRtl) << false << "name@example.com";
    QTest::newRow("NUL") << nul(u"a\u0000b@acme.com", 10) << false << "invisible";
    QTest::newRow("newline header injection") << "a@acme.com\nBcc: x@evil.com" << false << "spaces";
    QTest::newRow("local part 65") << QString(QString(65, u'a') + QStringLiteral("@acme.com")) << false
                                   << "name@example.com";
    QTest::newRow("too long") << QString(QString(60, u'a') + QStringLiteral("@") + QString(200, u'b') +
                                         QStringLiteral(".com"))
                              << false << "at most 254";
}

void tst_validation::email()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QFETCH(QString, mentions);
    checkRule(v::email(value, QStringLiteral("Billing email")), ok, QStringLiteral("Billing email"),
              mentions);
    // The label is the caller's; an empty label still names the field.
    checkRule(v::email(value, QString()), ok, QStringLiteral("Email"), mentions);
}

// ---------------------------------------------------------------------------------------------------------
namespace {
Address goodAddress()
{
    Address a;
    a.street = QStringLiteral("1234 Main St Suite 200");
    a.city = QStringLiteral("Little Rock");
    a.state = QStringLiteral("AR");
    a.zip = QStringLiteral("72211");
    return a;
}
} // namespace

void tst_validation::e911Address_data()
{
    QTest::addColumn<Address>("address");
    QTest::addColumn<QString>("field"); // empty = valid
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("mentions");
    const auto with = [](const std::function<void(Address &)> &change) {
        Address a = goodAddress();
        change(a);
        return a;
    };
    QTest::newRow("good") << goodAddress() << ""
                          << ""
                          << "";
    QTest::newRow("country empty = US") << with([](Address &a) { a.country.clear(); }) << ""
                                        << ""
                                        << "";
    QTest::newRow("ZIP+4") << with([](Address &a) { a.zip = QStringLiteral("72211-1234"); }) << ""
                           << ""
                           << "";
    QTest::newRow("hyphenated city") << with([](Address &a) { a.city = QStringLiteral("Winston-Salem"); })
                                     << ""
                                     << ""
                                     << "";
    QTest::newRow("accented city") << with([](Address &a) { a.city = QString::fromUtf16(u"Espa\u00F1ola"); })
                                   << ""
                                   << ""
                                   << "";
    QTest::newRow("building number with letter")
        << with([](Address &a) { a.street = QStringLiteral("12B Oak Ave"); }) << ""
        << ""
        << "";
    QTest::newRow("Boxwood street is not a PO box")
        << with([](Address &a) { a.street = QStringLiteral("10 Boxwood Ln"); }) << ""
        << ""
        << "";
    QTest::newRow("Pobrook Rd is not a POB")
        << with([](Address &a) { a.street = QStringLiteral("5 Pobrook Rd"); }) << ""
        << ""
        << "";
    QTest::newRow("Old Post Office Rd is a street")
        << with([](Address &a) { a.street = QStringLiteral("12 Old Post Office Rd"); }) << ""
        << ""
        << "";
    QTest::newRow("Box Elder Dr is a street")
        << with([](Address &a) { a.street = QStringLiteral("7 Box Elder Dr"); }) << ""
        << ""
        << "";
    QTest::newRow("Po Blvd is a street")
        << with([](Address &a) { a.street = QStringLiteral("3 Po Blvd"); }) << ""
        << ""
        << "";
    QTest::newRow("territory PR") << with([](Address &a) { a.state = QStringLiteral("PR"); }) << ""
                                  << ""
                                  << "";
    QTest::newRow("DC") << with([](Address &a) { a.state = QStringLiteral("DC"); }) << ""
                        << ""
                        << "";

    // Street
    for (const char *po : {"PO Box 123", "P.O. Box 123", "P O Box 12", "p.o. box 9", "POB 55", "P.O.B. 55",
                           "Post Office Box 7", "PO Box", "POBox 12", "1234 Main St PO Box 5", "PMB 201",
                           "100 Main St PMB 201", "Postal Box 3", "Lock Box 4", "RR 2 Box 45", "Box 12"}) {
        QTest::addRow("PO box: %s", po)
            << with([po](Address &a) { a.street = QString::fromLatin1(po); }) << "e911_address.street"
            << "E911 street"
            << "a PO Box cannot be used; 911 responders need a physical address";
    }
    QTest::newRow("no building number")
        << with([](Address &a) { a.street = QStringLiteral("Main Street"); }) << "e911_address.street"
        << "E911 street"
        << "building number";
    QTest::newRow("street empty") << with([](Address &a) { a.street.clear(); }) << "e911_address.street"
                                  << "E911 street"
                                  << "enter the street";
    QTest::newRow("street whitespace")
        << with([](Address &a) { a.street = QStringLiteral("   "); }) << "e911_address.street"
        << "E911 street"
        << "enter the street";
    QTest::newRow("street RTL") << with([](Address &a) { a.street = kRtl; }) << "e911_address.street"
                                << "E911 street"
                                << "building number";
    QTest::newRow("street emoji") << with([](Address &a) { a.street = kEmoji + QStringLiteral(" Main"); })
                                  << "e911_address.street"
                                  << "E911 street"
                                  << "building number";
    QTest::newRow("street NUL") << with([](Address &a) { a.street = nul(u"12 Main\u0000St", 12); })
                                << "e911_address.street"
                                << "E911 street"
                                << "control";
    QTest::newRow("street very long")
        << with([](Address &a) { a.street = QStringLiteral("1 ") + QString(500, u'a'); })
        << "e911_address.street"
        << "E911 street"
        << "at most 100";
    // City
    QTest::newRow("St. Louis") << with([](Address &a) { a.city = QStringLiteral("St. Louis"); })
                               << "e911_address.city"
                               << "E911 city"
                               << "Saint Louis";
    QTest::newRow("O'Fallon") << with([](Address &a) { a.city = QStringLiteral("O'Fallon"); })
                              << "e911_address.city"
                              << "E911 city"
                              << "apostrophe";
    QTest::newRow("O\u2019Fallon typographic")
        << with([](Address &a) { a.city = QString::fromUtf16(u"O\u2019Fallon"); }) << "e911_address.city"
        << "E911 city"
        << "apostrophe";
    QTest::newRow("city with comma") << with([](Address &a) { a.city = QStringLiteral("Little Rock, AR"); })
                                     << "e911_address.city"
                                     << "E911 city"
                                     << "comma";
    QTest::newRow("city empty") << with([](Address &a) { a.city.clear(); }) << "e911_address.city"
                                << "E911 city"
                                << "enter the city";
    QTest::newRow("city digits") << with([](Address &a) { a.city = QStringLiteral("29 Palms"); })
                                 << "e911_address.city"
                                 << "E911 city"
                                 << "only letters";
    QTest::newRow("city emoji") << with([](Address &a) { a.city = QStringLiteral("Rock") + kEmoji; })
                                << "e911_address.city"
                                << "E911 city"
                                << "only letters";
    QTest::newRow("city NUL") << with([](Address &a) { a.city = nul(u"Little\u0000Rock", 11); })
                              << "e911_address.city"
                              << "E911 city"
                              << "only letters";
    QTest::newRow("city very long") << with([](Address &a) { a.city = QString(51, u'a'); })
                                    << "e911_address.city"
                                    << "E911 city"
                                    << "at most 50";
    // State
    QTest::newRow("state lower case")
        << with([](Address &a) { a.state = QStringLiteral("ar"); }) << "e911_address.state"
        << "E911 state"
        << "AR";
    QTest::newRow("state name") << with([](Address &a) { a.state = QStringLiteral("Arkansas"); })
                                << "e911_address.state"
                                << "E911 state"
                                << "not a US state";
    QTest::newRow("state empty") << with([](Address &a) { a.state.clear(); }) << "e911_address.state"
                                 << "E911 state"
                                 << "two-letter";
    QTest::newRow("Canadian province")
        << with([](Address &a) { a.state = QStringLiteral("ON"); }) << "e911_address.state"
        << "E911 state"
        << "not a US state";
    QTest::newRow("military APO") << with([](Address &a) { a.state = QStringLiteral("AE"); })
                                  << "e911_address.state"
                                  << "E911 state"
                                  << "not a US state";
    // ZIP
    QTest::newRow("zip 4 digits") << with([](Address &a) { a.zip = QStringLiteral("7221"); })
                                  << "e911_address.zip"
                                  << "E911 ZIP code"
                                  << "5 digits";
    QTest::newRow("zip 9 without dash")
        << with([](Address &a) { a.zip = QStringLiteral("722111234"); }) << "e911_address.zip"
        << "E911 ZIP code"
        << "12345-6789";
    QTest::newRow("zip letters") << with([](Address &a) { a.zip = QStringLiteral("K1A0B1"); })
                                 << "e911_address.zip"
                                 << "E911 ZIP code"
                                 << "5 digits";
    QTest::newRow("zip space") << with([](Address &a) { a.zip = QStringLiteral(" 72211"); })
                               << "e911_address.zip"
                               << "E911 ZIP code"
                               << "5 digits";
    QTest::newRow("zip wrong dash") << with([](Address &a) { a.zip = QStringLiteral("7221-11234"); })
                                    << "e911_address.zip"
                                    << "E911 ZIP code"
                                    << "5 digits";
    QTest::newRow("zip empty") << with([](Address &a) { a.zip.clear(); }) << "e911_address.zip"
                               << "E911 ZIP code"
                               << "enter the 5-digit";
    QTest::newRow("zip arabic digits")
        << with([](Address &a) { a.zip = QString::fromUtf16(u"\u0667\u0662\u0662\u0661\u0661"); })
        << "e911_address.zip"
        << "E911 ZIP code"
        << "5 digits";
    // Country
    QTest::newRow("country CA") << with([](Address &a) { a.country = QStringLiteral("CA"); })
                                << "e911_address.country"
                                << "E911 country"
                                << "only US";
    QTest::newRow("country USA") << with([](Address &a) { a.country = QStringLiteral("USA"); })
                                 << "e911_address.country"
                                 << "E911 country"
                                 << "only US";
}

void tst_validation::e911Address()
{
    QFETCH(Address, address);
    QFETCH(QString, field);
    QFETCH(QString, label);
    QFETCH(QString, mentions);
    const v::Errors errors = v::e911Address(address);
    if (field.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
        return;
    }
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, field);
    checkRule(errors.first().message, false, label, mentions);
}

void tst_validation::e911AddressReportsEveryField()
{
    Address a;
    a.street = QStringLiteral("PO Box 5");
    a.city = QStringLiteral("St. Louis");
    a.state = QStringLiteral("XX");
    a.zip = QStringLiteral("1");
    a.country = QStringLiteral("MX");
    const v::Errors errors = v::e911Address(a);
    QStringList fields;
    for (const auto &e : errors)
        fields << e.field;
    QCOMPARE(fields, (QStringList{QStringLiteral("e911_address.street"), QStringLiteral("e911_address.city"),
                                  QStringLiteral("e911_address.state"), QStringLiteral("e911_address.zip"),
                                  QStringLiteral("e911_address.country")}));
    // The guide's exact wording for PO boxes.
    QCOMPARE(errors.first().message,
             QStringLiteral("E911 street: a PO Box cannot be used; 911 responders need a physical address."));
    // An all-empty address reports the four required parts, not the country.
    QCOMPARE(v::e911Address(Address{}).size(), 4);
}

void tst_validation::e911AddressPrefix()
{
    Address a = goodAddress();
    a.zip = QStringLiteral("x");
    const v::Errors errors = v::e911Address(a, QStringLiteral("service_address"));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, QStringLiteral("service_address.zip"));
    QVERIFY2(errors.first().message.startsWith(QStringLiteral("ZIP code: ")),
             qPrintable(errors.first().message));
    a = goodAddress();
    a.street = QStringLiteral("PO Box 1");
    const v::Errors po = v::e911Address(a, QStringLiteral("service_address"));
    QCOMPARE(po.size(), 1);
    QVERIFY2(po.first().message.startsWith(QStringLiteral("Street: ")), qPrintable(po.first().message));
}

// ---------------------------------------------------------------------------------------------------------
void tst_validation::e164_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("US local") << "+15015550123" << true << "";
    QTest::newRow("US toll-free") << "+18775550100" << true << "";
    QTest::newRow("UK") << "+442071838750" << true << "";
    QTest::newRow("15 digits") << "+123456789012345" << false << "10 digits after +1";
    QTest::newRow("15 digits non-NANP") << "+493012345678901" << true << "";
    QTest::newRow("shortest") << "+49" << true << "";
    QTest::newRow("16 digits") << "+4930123456789012" << false << "2 to 15";
    QTest::newRow("one digit") << "+4" << false << "2 to 15";
    QTest::newRow("no plus") << "15015550123" << false << "start with +";
    QTest::newRow("empty") << "" << false << "international form";
    QTest::newRow("only plus") << "+" << false << "digits only";
    QTest::newRow("zero country code") << "+0123456789" << false << "cannot start with 0";
    QTest::newRow("dashes") << "+1-501-555-0123" << false << "digits only";
    QTest::newRow("spaces") << "+1 501 555 0123" << false << "digits only";
    QTest::newRow("brackets") << "+1(501)5550123" << false << "digits only";
    QTest::newRow("leading space") << " +15015550123" << false << "start with +";
    QTest::newRow("NANP too short") << "+1501555012" << false << "10 digits after +1";
    QTest::newRow("NANP too long") << "+150155501234" << false << "10 digits after +1";
    QTest::newRow("NANP area code 0") << "+10015550123" << false << "area code cannot start";
    QTest::newRow("NANP area code 1") << "+11015550123" << false << "area code cannot start";
    QTest::newRow("NANP N11 area code") << "+19115550123" << false << "service code";
    QTest::newRow("NANP exchange 1") << "+15011550123" << false << "3 digits after the area code";
    QTest::newRow("NANP exchange 0") << "+15010550123" << false << "3 digits after the area code";
    QTest::newRow("arabic digits") << QString::fromUtf16(u"+\u0661\u0665\u0660\u0661") << false
                                   << "digits only";
    QTest::newRow("emoji") << QString(QStringLiteral("+1501") + kEmoji) << false << "digits only";
    QTest::newRow("NUL") << nul(u"+1501555\u00000123", 12) << false << "digits only";
    QTest::newRow("very long") << QString(QStringLiteral("+") + QString(1000, u'1')) << false << "2 to 15";
}

void tst_validation::e164()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QFETCH(QString, mentions);
    checkRule(v::e164(value), ok, QStringLiteral("Phone number"), mentions);
}

void tst_validation::tollFreeNpa_data()
{
    QTest::addColumn<QString>("npa");
    QTest::addColumn<bool>("tollFree");
    for (const char *n : {"800", "833", "844", "855", "866", "877", "888"})
        QTest::addRow("%s", n) << QString::fromLatin1(n) << true;
    for (const char *n : {"811", "822", "899", "501", "900", "8", "80", "8000", "", " 800", "800 ", "8XX"})
        QTest::addRow("not '%s'", n) << QString::fromLatin1(n) << false;
}

void tst_validation::tollFreeNpa()
{
    QFETCH(QString, npa);
    QFETCH(bool, tollFree);
    QCOMPARE(v::isTollFreeNpa(npa), tollFree);
}

// ---------------------------------------------------------------------------------------------------------
void tst_validation::vanityPattern_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("guide 877-555-XXXX") << "877-555-XXXX" << true << "";
    QTest::newRow("guide 8XX-OUR-FOOD") << "8XX-OUR-FOOD" << true << "";
    QTest::newRow("guide 888-XXX-1000") << "888-XXX-1000" << true << "";
    QTest::newRow("lower-case x wildcard") << "877-555-xxxx" << true << "";
    QTest::newRow("no dashes") << "8XXOURFOOD" << true << "";
    QTest::newRow("spaces as separators") << "800 FLOWERS" << true << "";
    QTest::newRow("wildcard area code") << "XXX-OUR-FOOD" << true << "";
    QTest::newRow("8X8 matches 888") << "8X8-555-1234" << true << "";
    QTest::newRow("empty") << "" << false << "enter a pattern";
    QTest::newRow("nine symbols") << "877-555-XXX" << false << "exactly 10";
    QTest::newRow("eleven symbols") << "1-877-555-XXXX" << false << "exactly 10";
    QTest::newRow("local area code") << "501-555-XXXX" << false << "toll-free";
    QTest::newRow("899") << "899-555-1234" << false << "toll-free";
    QTest::newRow("letters in area code") << "8AA-555-1234" << false << "area code must be digits";
    QTest::newRow("only wildcards") << "8XX-XXX-XXXX" << false << "at least one digit or letter";
    QTest::newRow("star wildcard") << "877-555-****" << false << "only digits";
    QTest::newRow("question marks") << "877-555-????" << false << "only digits";
    QTest::newRow("emoji") << QString(QStringLiteral("877-555-") + kEmoji) << false << "only digits";
    QTest::newRow("RTL") << QString(QStringLiteral("877-") + kRtl) << false << "only digits";
    QTest::newRow("NUL") << nul(u"877-555-\u0000XXX", 12) << false << "only digits";
    QTest::newRow("very long") << QString(QStringLiteral("877-") + QString(10000, u'A')) << false
                               << "exactly 10";
}

void tst_validation::vanityPattern()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QFETCH(QString, mentions);
    checkRule(v::vanityPattern(value), ok, QStringLiteral("Vanity pattern"), mentions);
    QCOMPARE(v::vanityToDigits(value).isEmpty(), !ok);
}

void tst_validation::vanityToDigits_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("digits");
    QTest::newRow("guide OUR-FOOD") << "8XX-OUR-FOOD"
                                    << "8XX6873663";
    QTest::newRow("wildcards kept") << "877-555-XXXX"
                                    << "877555XXXX";
    QTest::newRow("lower-case") << "8xx-our-food"
                                << "8XX6873663";
    QTest::newRow("digits only") << "888-XXX-1000"
                                 << "888XXX1000";
    QTest::newRow("FLOWERS") << "800-FLOWERS"
                             << "8003569377";
    QTest::newRow("a letter per key") << "800-ADGJMPT"
                                      << "8002345678";
    QTest::newRow("Q and Z") << "800-QZQZQZQ"
                             << "8007979797";
    QTest::newRow("invalid gives empty") << "501-555-XXXX"
                                         << "";
}

void tst_validation::vanityToDigits()
{
    QFETCH(QString, pattern);
    QFETCH(QString, digits);
    QCOMPARE(v::vanityToDigits(pattern), digits);
}

void tst_validation::keypad()
{
    const QString letters = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    const QString keys = QStringLiteral("22233344455566677778889999");
    for (qsizetype i = 0; i < letters.size(); ++i) {
        QCOMPARE(v::keypadDigit(letters.at(i)), keys.at(i));
        QCOMPARE(v::keypadDigit(letters.at(i).toLower()), keys.at(i));
    }
    QCOMPARE(v::keypadDigit(u'5'), QChar());
    QCOMPARE(v::keypadDigit(QChar(0x00C9)), QChar());
}

// ---------------------------------------------------------------------------------------------------------
void tst_validation::taxRate_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("guide 0.085") << "0.085" << true << "";
    QTest::newRow("zero") << "0" << true << "";
    QTest::newRow("0.0") << "0.0" << true << "";
    QTest::newRow("six decimals below one") << "0.999999" << true << "";
    QTest::newRow("one") << "1" << false << "less than 1";
    QTest::newRow("1.0") << "1.0" << false << "less than 1";
    QTest::newRow("percent number") << "8.5" << false << "less than 1";
    QTest::newRow("percent sign") << "8.5%" << false << "without %";
    QTest::newRow("negative") << "-0.01" << false << "negative";
    QTest::newRow("seven decimals") << "0.0850001" << false << "at most 6";
    QTest::newRow("exponent") << "8.5e-2" << false << "plain number";
    QTest::newRow("comma") << "0,085" << false << "plain number";
    QTest::newRow("leading point") << ".085" << false << "plain number";
    QTest::newRow("space") << " 0.085" << false << "spaces";
    QTest::newRow("empty") << "" << false << "enter a number";
    QTest::newRow("emoji") << kEmoji << false << "plain number";
    QTest::newRow("RTL") << kRtl << false << "plain number";
    QTest::newRow("NUL") << nul(u"0.0\u000085", 6) << false << "plain number";
    QTest::newRow("huge") << QString(1000, u'9') << false << "too large";
}

void tst_validation::taxRate()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QFETCH(QString, mentions);
    checkRule(v::taxRate(value), ok, QStringLiteral("Tax rate"), mentions);
}

void tst_validation::apiKeyRateLimit_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("min") << qint64(1) << true << "";
    QTest::newRow("default 100") << qint64(100) << true << "";
    QTest::newRow("max") << qint64(10000) << true << "";
    QTest::newRow("zero") << qint64(0) << false << "at least 1";
    QTest::newRow("negative") << qint64(-5) << false << "at least 1";
    QTest::newRow("10001") << qint64(10001) << false << "10,000";
    QTest::newRow("qint64 max") << std::numeric_limits<qint64>::max() << false << "10,000";
    QTest::newRow("qint64 min") << std::numeric_limits<qint64>::min() << false << "at least 1";
}

void tst_validation::apiKeyRateLimit()
{
    QFETCH(qint64, value);
    QFETCH(bool, ok);
    QFETCH(QString, mentions);
    checkRule(v::apiKeyRateLimit(value), ok, QStringLiteral("API key rate limit"), mentions);
}

void tst_validation::webhookUrl_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("guide example 1") << "https://api.yourcompany.com/webhooks/simuwave" << true << "";
    QTest::newRow("guide example 2") << "https://hooks.zapier.com/hooks/catch/12345/abcdef" << true << "";
    QTest::newRow("port and query") << "https://hooks.example.com:8443/in?token=abc" << true << "";
    QTest::newRow("upper-case scheme") << "HTTPS://api.example.com/x" << true << "";
    QTest::newRow("IP host") << "https://203.0.113.7/hook" << true << "";
    QTest::newRow("http") << "http://api.example.com/webhooks" << false << "instead of http://";
    QTest::newRow("ftp") << "ftp://api.example.com/webhooks" << false << "https://";
    QTest::newRow("no scheme") << "api.example.com/webhooks" << false << "not a valid address";
    QTest::newRow("no host") << "https:///webhooks" << false << "host name";
    QTest::newRow("credentials") << "https://user:secret@api.example.com/hook" << false << "user name";
    QTest::newRow("empty") << "" << false << "enter the https address";
    QTest::newRow("spaces") << "https://api.example.com/web hooks" << false << "spaces";
    QTest::newRow("leading space") << " https://api.example.com" << false << "spaces";
    QTest::newRow("NUL") << nul(u"https://a.com/\u0000", 15) << false << "invisible";
    QTest::newRow("RTL override") << QString(QStringLiteral("https://a.com/") + kRlo) << false << "invisible";
    QTest::newRow("emoji path is fine") << QString(QStringLiteral("https://a.com/") + kEmoji) << true << "";
    QTest::newRow("javascript") << "javascript:alert(1)" << false << "https://";
    QTest::newRow("too long") << QString(QStringLiteral("https://a.com/") + QString(3000, u'a')) << false
                              << "too long";
}

void tst_validation::webhookUrl()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QFETCH(QString, mentions);
    checkRule(v::webhookUrl(value), ok, QStringLiteral("Webhook URL"), mentions);
}

void tst_validation::password_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("10 with upper and digit") << "Abcdefghi1" << true << "";
    QTest::newRow("long passphrase") << "Correct horse battery staple 9" << true << "";
    QTest::newRow("emoji counts once each")
        << QString(QStringLiteral("A1") + kEmoji.repeated(8)) << true << "";
    QTest::newRow("non-latin upper") << QString::fromUtf16(u"\u0394abcdefgh1") << true << "";
    QTest::newRow("9 chars") << "Abcdefgh1" << false << "at least 10";
    QTest::newRow("4 emoji are 8 UTF-16 units but 4 characters")
        << QString(QStringLiteral("A1") + kEmoji.repeated(4)) << false << "at least 10";
    QTest::newRow("no uppercase") << "abcdefghi1" << false << "uppercase";
    QTest::newRow("no digit") << "Abcdefghij" << false << "digit";
    QTest::newRow("RTL without upper") << QString(kRtl + kRtl + QStringLiteral("12")) << false << "uppercase";
    QTest::newRow("empty") << "" << false << "enter a password";
    QTest::newRow("NUL") << nul(u"Abcdefghi1\u0000", 11) << false << "control";
    QTest::newRow("newline") << "Abcdefghi1\n" << false << "control";
    QTest::newRow("too long") << QString(QStringLiteral("A1") + QString(300, u'a')) << false << "at most 256";
}

void tst_validation::password()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QFETCH(QString, mentions);
    const QString message = v::password(value);
    checkRule(message, ok, QStringLiteral("Password"), mentions);
    if (!value.isEmpty())
        QVERIFY2(!message.contains(value), "a password must never be echoed in a message");
}

// ---------------------------------------------------------------------------------------------------------
void tst_validation::usageLimits_data()
{
    QTest::addColumn<UsageLimits>("limits");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("labels");
    const auto with = [](const std::function<void(UsageLimits &)> &change) {
        UsageLimits l;
        change(l);
        return l;
    };
    QTest::newRow("default: all unlimited") << UsageLimits{} << QStringList{} << QStringList{};
    QTest::newRow("recommended") << UsageLimits::recommended() << QStringList{} << QStringList{};
    QTest::newRow("zero caps allowed") << with([](UsageLimits &l) {
        l.monthlySpendCents = 0;
        l.maxExtensions = 0;
        l.maxDids = 0;
        l.maxMonthlyMinutes = 0;
    }) << QStringList{} << QStringList{};
    QTest::newRow("threshold 1") << with([](UsageLimits &l) { l.alertThresholdPercent = 1; }) << QStringList{}
                                 << QStringList{};
    QTest::newRow("threshold 100") << with([](UsageLimits &l) { l.alertThresholdPercent = 100; })
                                   << QStringList{} << QStringList{};
    QTest::newRow("negative spend") << with([](UsageLimits &l) { l.monthlySpendCents = -1; })
                                    << QStringList{QStringLiteral("monthly_spend_cents")}
                                    << QStringList{QStringLiteral("Monthly spend limit")};
    QTest::newRow("negative extensions")
        << with([](UsageLimits &l) { l.maxExtensions = -50; })
        << QStringList{QStringLiteral("max_extensions")} << QStringList{QStringLiteral("Max extensions")};
    QTest::newRow("negative DIDs") << with([](UsageLimits &l) {
        l.maxDids = std::numeric_limits<qint64>::min();
    }) << QStringList{QStringLiteral("max_dids")}
                                   << QStringList{QStringLiteral("Max DIDs")};
    QTest::newRow("negative minutes") << with([](UsageLimits &l) { l.maxMonthlyMinutes = -1; })
                                      << QStringList{QStringLiteral("max_monthly_minutes")}
                                      << QStringList{QStringLiteral("Max monthly minutes")};
    QTest::newRow("threshold 0") << with([](UsageLimits &l) { l.alertThresholdPercent = 0; })
                                 << QStringList{QStringLiteral("alert_threshold_percent")}
                                 << QStringList{QStringLiteral("Alert threshold")};
    QTest::newRow("threshold 101") << with([](UsageLimits &l) { l.alertThresholdPercent = 101; })
                                   << QStringList{QStringLiteral("alert_threshold_percent")}
                                   << QStringList{QStringLiteral("Alert threshold")};
    QTest::newRow("everything wrong")
        << with([](UsageLimits &l) {
               l.monthlySpendCents = -1;
               l.maxExtensions = -1;
               l.maxDids = -1;
               l.maxMonthlyMinutes = -1;
               l.alertThresholdPercent = -80;
           })
        << QStringList{QStringLiteral("monthly_spend_cents"), QStringLiteral("max_extensions"),
                       QStringLiteral("max_dids"), QStringLiteral("max_monthly_minutes"),
                       QStringLiteral("alert_threshold_percent")}
        << QStringList{QStringLiteral("Monthly spend limit"), QStringLiteral("Max extensions"),
                       QStringLiteral("Max DIDs"), QStringLiteral("Max monthly minutes"),
                       QStringLiteral("Alert threshold")};
}

void tst_validation::usageLimits()
{
    QFETCH(UsageLimits, limits);
    QFETCH(QStringList, fields);
    QFETCH(QStringList, labels);
    const v::Errors errors = v::usageLimits(limits);
    QCOMPARE(errors.size(), fields.size());
    for (qsizetype i = 0; i < errors.size(); ++i) {
        QCOMPARE(errors.at(i).field, fields.at(i));
        const QString mentions = fields.at(i) == QLatin1String("alert_threshold_percent")
                                     ? QStringLiteral("1 to 100")
                                     : QStringLiteral("blank");
        checkRule(errors.at(i).message, false, labels.at(i), mentions);
    }
}

// ---------------------------------------------------------------------------------------------------------
void tst_validation::portDesiredDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("mentions");
    const QDate today(2026, 11, 24);
    QTest::newRow("today") << today << true << "";
    QTest::newRow("tomorrow") << today.addDays(1) << true << "";
    QTest::newRow("next year") << today.addYears(1) << true << "";
    QTest::newRow("yesterday") << today.addDays(-1) << false << "in the past";
    QTest::newRow("long ago") << QDate(1999, 1, 1) << false << "in the past";
    QTest::newRow("invalid") << QDate() << false << "valid date";
    QTest::newRow("impossible") << QDate(2026, 2, 30) << false << "valid date";
}

void tst_validation::portDesiredDate()
{
    QFETCH(QDate, date);
    QFETCH(bool, ok);
    QFETCH(QString, mentions);
    checkRule(v::portDesiredDate(date, QDate(2026, 11, 24)), ok, QStringLiteral("Desired port date"),
              mentions);
}

void tst_validation::portDesiredDateAdvice_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QStringList>("mentions"); // empty = no advice
    // 2026-11-24 is a Tuesday.
    QTest::newRow("three weeks out, Wednesday") << QDate(2026, 12, 16) << QStringList{};
    QTest::newRow("three weeks out, Monday") << QDate(2026, 12, 14) << QStringList{QStringLiteral("Mondays")};
    QTest::newRow("three weeks out, Friday") << QDate(2026, 12, 18) << QStringList{QStringLiteral("Fridays")};
    QTest::newRow("three weeks out, Saturday")
        << QDate(2026, 12, 19) << QStringList{QStringLiteral("weekends")};
    QTest::newRow("next Wednesday") << QDate(2026, 12, 2) << QStringList{QStringLiteral("two weeks")};
    QTest::newRow("next Friday") << QDate(2026, 11, 27)
                                 << QStringList{QStringLiteral("two weeks"), QStringLiteral("Fridays")};
    QTest::newRow("in the past: the rule speaks, not the advice") << QDate(2026, 11, 1) << QStringList{};
}

void tst_validation::portDesiredDateAdvice()
{
    QFETCH(QDate, date);
    QFETCH(QStringList, mentions);
    const QString advice = v::portDesiredDateAdvice(date, QDate(2026, 11, 24));
    if (mentions.isEmpty()) {
        QVERIFY2(advice.isEmpty(), qPrintable(advice));
        return;
    }
    QVERIFY2(advice.startsWith(QStringLiteral("Desired port date: ")), qPrintable(advice));
    for (const QString &m : mentions)
        QVERIFY2(advice.contains(m), qPrintable(advice));
}

void tst_validation::usState_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("mentions");
    for (const QString &code : v::usStateCodes())
        QTest::addRow("%s", qPrintable(code)) << code << true << "";
    QTest::newRow("lower case") << "tx" << false << "TX";
    QTest::newRow("padded") << " TX" << false << "TX";
    QTest::newRow("full name") << "Texas" << false << "not a US state";
    QTest::newRow("unknown code") << "XX" << false << "not a US state";
    QTest::newRow("province") << "QC" << false << "not a US state";
    QTest::newRow("empty") << "" << false << "two-letter";
    QTest::newRow("emoji") << kEmoji << false << "not a US state";
    QTest::newRow("RTL") << kRtl << false << "not a US state";
    QTest::newRow("NUL") << nul(u"T\u0000X", 3) << false << "not a US state";
    QTest::newRow("very long") << QString(10000, u'A') << false << "not a US state";
}

void tst_validation::usState()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QFETCH(QString, mentions);
    checkRule(v::usState(value), ok, QStringLiteral("State"), mentions);
    if (ok)
        QCOMPARE(v::usStateCodes().size(), 56); // 50 states, DC and 5 inhabited territories
}

void tst_validation::messagesAreShortAndSafe()
{
    // A huge paste of garbage gets a short message, and control characters never leak into a dialog.
    const QString huge = nul(u"\u0000\u0007", 2).repeated(50000);
    const QStringList messages = {v::sipPrefix(huge),
                                  v::tenantName(huge),
                                  v::cnam(huge),
                                  v::statementDescriptor(huge),
                                  v::email(huge, QStringLiteral("Billing email")),
                                  v::e164(huge),
                                  v::vanityPattern(huge),
                                  v::taxRate(huge),
                                  v::webhookUrl(huge),
                                  v::password(huge),
                                  v::usState(huge)};
    for (const QString &m : messages) {
        QVERIFY(!m.isEmpty());
        QVERIFY2(m.size() < 300, qPrintable(m.left(300)));
        for (QChar c : m)
            QVERIFY2(c.category() != QChar::Other_Control, qPrintable(m));
    }
}

void tst_validation::requiredText_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("plain") << "Production CRM Integration" << true << "";
    QTest::newRow("RTL") << kRtl << true << "";
    QTest::newRow("emoji") << kEmoji.repeated(40) << true << "";
    QTest::newRow("41 emoji") << kEmoji.repeated(41) << false << "at most 40";
    QTest::newRow("empty") << "" << false << "required";
    QTest::newRow("blank") << " \t " << false << "required";
    QTest::newRow("NUL") << nul(u"a\u0000b", 3) << false << "control";
}

void tst_validation::requiredText()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QFETCH(QString, mentions);
    checkRule(v::requiredText(value, QStringLiteral("Key name"), 40), ok, QStringLiteral("Key name"),
              mentions);
}

void tst_validation::jurisdictionCode_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("guide US-AR-Pulaski") << "US-AR-Pulaski" << true << "";
    QTest::newRow("guide CA-ON") << "CA-ON" << true << "";
    QTest::newRow("country only") << "US" << true << "";
    QTest::newRow("empty") << "" << false << "enter a code";
    QTest::newRow("lower-case country") << "us-AR" << false << "two-letter";
    QTest::newRow("trailing dash") << "US-AR-" << false << "two-letter";
    QTest::newRow("spaces") << "US AR" << false << "two-letter";
    QTest::newRow("emoji") << QString(QStringLiteral("US-") + kEmoji) << false << "two-letter";
    QTest::newRow("very long") << QString(QStringLiteral("US-") + QString(100, u'a')) << false
                               << "two-letter";
}

void tst_validation::jurisdictionCode()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QFETCH(QString, mentions);
    checkRule(v::jurisdictionCode(value), ok, QStringLiteral("Jurisdiction code"), mentions);
}

void tst_validation::brandColor_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::newRow("upper") << "#1A73E8" << true;
    QTest::newRow("lower") << "#ff00aa" << true;
    QTest::newRow("no hash") << "1A73E8" << false;
    QTest::newRow("short form") << "#FFF" << false;
    QTest::newRow("alpha") << "#FF00AA80" << false;
    QTest::newRow("name") << "red" << false;
    QTest::newRow("not hex") << "#GGGGGG" << false;
    QTest::newRow("empty") << "" << false;
}

void tst_validation::brandColor()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    checkRule(v::brandColor(value), ok, QStringLiteral("Brand color"), QStringLiteral("#1A73E8"));
}

void tst_validation::totpCode_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::newRow("six digits") << "012345" << true;
    QTest::newRow("five") << "12345" << false;
    QTest::newRow("seven") << "1234567" << false;
    QTest::newRow("space") << "123 456" << false;
    QTest::newRow("letters") << "12345a" << false;
    QTest::newRow("arabic digits") << QString::fromUtf16(u"\u0661\u0662\u0663\u0664\u0665\u0666") << false;
    QTest::newRow("empty") << "" << false;
}

void tst_validation::totpCode()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    checkRule(v::totpCode(value), ok, QStringLiteral("Verification code"), QStringLiteral("6-digit"));
}

void tst_validation::normalizePhoneNumber_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("e164");
    QTest::newRow("brackets") << "(501) 555-0123"
                              << "+15015550123";
    QTest::newRow("dots") << "501.555.0123"
                          << "+15015550123";
    QTest::newRow("leading 1") << "1-501-555-0123"
                               << "+15015550123";
    QTest::newRow("already E.164") << "+15015550123"
                                   << "+15015550123";
    QTest::newRow("spaced international") << "+44 20 7183 8750"
                                          << "+442071838750";
    QTest::newRow("surrounding spaces") << "  501 555 0123 "
                                        << "+15015550123";
    QTest::newRow("toll-free") << "1 (877) 555-0100"
                               << "+18775550100";
    QTest::newRow("too short") << "555-0123"
                               << "";
    QTest::newRow("bad area code") << "(101) 555-0123"
                                   << "";
    QTest::newRow("letters") << "1-800-FLOWERS"
                             << "";
    QTest::newRow("plus in the middle") << "501+5550123"
                                        << "";
    QTest::newRow("two plus") << "++15015550123"
                              << "";
    QTest::newRow("emoji") << QString(QStringLiteral("501555012") + kEmoji) << "";
    QTest::newRow("NUL") << nul(u"501555\u00000123", 11) << "";
    QTest::newRow("empty") << ""
                           << "";
}

void tst_validation::normalizePhoneNumber()
{
    QFETCH(QString, pasted);
    QFETCH(QString, e164);
    const QString n = v::normalizePhoneNumber(pasted);
    QCOMPARE(n, e164);
    if (!n.isEmpty())
        QVERIFY(v::e164(n).isEmpty());
}

void tst_validation::limitCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("unlimited");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("blank = unlimited") << "" << true << true << qint64(0) << "";
    QTest::newRow("spaces = unlimited") << "   " << true << true << qint64(0) << "";
    QTest::newRow("50") << "50" << true << false << qint64(50) << "";
    QTest::newRow("zero") << "0" << true << false << qint64(0) << "";
    QTest::newRow("padded") << " 5000 " << true << false << qint64(5000) << "";
    QTest::newRow("negative") << "-1" << false << false << qint64(0) << "negative";
    QTest::newRow("fraction") << "2.5" << false << false << qint64(0) << "whole number";
    QTest::newRow("grouping") << "5,000" << false << false << qint64(0) << "plain number";
    QTest::newRow("words") << "unlimited" << false << false << qint64(0) << "plain number";
    QTest::newRow("emoji") << kEmoji << false << false << qint64(0) << "plain number";
    QTest::newRow("overflow") << QString(30, u'9') << false << false << qint64(0) << "too large";
}

void tst_validation::limitCount()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(bool, unlimited);
    QFETCH(qint64, value);
    QFETCH(QString, mentions);
    std::optional<qint64> out = qint64(-42); // must be overwritten when valid, left alone when not
    const QString message = v::limitCount(text, QStringLiteral("Max DIDs"), &out);
    checkRule(message, ok, QStringLiteral("Max DIDs"), mentions);
    if (!ok)
        QCOMPARE(out, std::optional<qint64>(-42));
    else if (unlimited)
        QVERIFY(!out.has_value());
    else
        QCOMPARE(out, std::optional<qint64>(value));
}

void tst_validation::limitSpend_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("unlimited");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("blank = unlimited") << "" << true << true << qint64(0) << "";
    QTest::newRow("$500") << "500" << true << false << qint64(50000) << "";
    QTest::newRow("$500.00") << "500.00" << true << false << qint64(50000) << "";
    QTest::newRow("$0.5") << "0.5" << true << false << qint64(50) << "";
    QTest::newRow("padded") << " 12.34 " << true << false << qint64(1234) << "";
    QTest::newRow("three decimals") << "12.345" << false << false << qint64(0) << "at most 2";
    QTest::newRow("negative") << "-5" << false << false << qint64(0) << "negative";
    QTest::newRow("dollar sign") << "$500" << false << false << qint64(0) << "plain number";
    QTest::newRow("RTL") << kRtl << false << false << qint64(0) << "plain number";
}

void tst_validation::limitSpend()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(bool, unlimited);
    QFETCH(qint64, cents);
    QFETCH(QString, mentions);
    std::optional<qint64> out = qint64(-42);
    const QString message = v::limitSpend(text, QStringLiteral("Monthly spend limit"), &out);
    checkRule(message, ok, QStringLiteral("Monthly spend limit"), mentions);
    if (!ok)
        QCOMPARE(out, std::optional<qint64>(-42));
    else if (unlimited)
        QVERIFY(!out.has_value());
    else
        QCOMPARE(out, std::optional<qint64>(cents));
}

QTEST_GUILESS_MAIN(tst_validation)
#include "tst_validation.moc"
