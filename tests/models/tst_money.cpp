// Money: parsing the API's representations, arithmetic, rounding of tax, formatting through QLocale.
#include "domain/Money.h"
#include "domain/Tax.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <limits>

using simuwave::Money;

namespace {
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();
} // namespace

class tst_money : public QObject
{
    Q_OBJECT
private slots:
    void defaults();
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void parseErrorNamesField();
    void fromJson_data();
    void fromJson();
    void toDecimalString_data();
    void toDecimalString();
    void roundTripDecimal_data();
    void roundTripDecimal();
    void arithmetic();
    void refundsAndNegation();
    void overflowSaturates();
    void checkedOverflow();
    void comparison();
    void format_data();
    void format();
    void taxParse_data();
    void taxParse();
    void taxRounding_data();
    void taxRounding();
    void taxPercent();
    void taxInvariants();
    void formatMatchesDecimalString();
};

void tst_money::defaults()
{
    const Money m;
    QCOMPARE(m.cents(), 0);
    QCOMPARE(m.currency(), QStringLiteral("USD"));
    QVERIFY(m.isZero());
    QVERIFY(!m.isNegative());
    QCOMPARE(Money::fromCents(-5, QStringLiteral("EUR")).currency(), QStringLiteral("EUR"));
    QVERIFY(Money::fromCents(-5).isNegative());
}

void tst_money::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("integer") << "12" << qint64(1200);
    QTest::newRow("one decimal 12.5") << "12.5" << qint64(1250);
    QTest::newRow("two decimals 12.50") << "12.50" << qint64(1250);
    QTest::newRow("negative -3") << "-3" << qint64(-300);
    QTest::newRow("negative cents -0.05") << "-0.05" << qint64(-5);
    QTest::newRow("zero") << "0" << qint64(0);
    QTest::newRow("zero decimals") << "0.00" << qint64(0);
    QTest::newRow("minus zero") << "-0" << qint64(0);
    QTest::newRow("leading zeros") << "007.01" << qint64(701);
    QTest::newRow("one cent") << "0.01" << qint64(1);
    QTest::newRow("large") << "1234567.89" << qint64(123456789);
    QTest::newRow("max") << "92233720368547758.07" << kMax;
    QTest::newRow("min") << "-92233720368547758.08" << kMin;
}

void tst_money::parseValid()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    QString error = QStringLiteral("stale");
    const auto m = Money::parse(text, QStringLiteral("USD"), &error, QStringLiteral("Refund amount"));
    QVERIFY2(m.has_value(), qPrintable(error));
    QCOMPARE(m->cents(), cents);
    QVERIFY(error.isEmpty());
}

void tst_money::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions"); // a word the message must contain
    QTest::newRow("three decimals 12.505") << "12.505"
                                           << "decimal";
    QTest::newRow("three zero decimals") << "1.000"
                                         << "decimal";
    QTest::newRow("exponent 1e3") << "1e3"
                                  << "plain number";
    QTest::newRow("leading space") << " 12"
                                   << "spaces";
    QTest::newRow("trailing space") << "12 "
                                    << "spaces";
    QTest::newRow("tab") << "\t12"
                         << "spaces";
    QTest::newRow("empty") << ""
                           << "enter";
    QTest::newRow("plus sign") << "+12"
                               << "plain number";
    QTest::newRow("comma decimal") << "12,50"
                                   << "plain number";
    QTest::newRow("thousands") << "1,234.50"
                               << "plain number";
    QTest::newRow("dollar sign") << "$12"
                                 << "plain number";
    QTest::newRow("only point") << "."
                                << "plain number";
    QTest::newRow("leading point") << ".5"
                                   << "plain number";
    QTest::newRow("trailing point") << "5."
                                    << "plain number";
    QTest::newRow("two points") << "1.2.3"
                                << "plain number";
    QTest::newRow("only minus") << "-"
                                << "plain number";
    QTest::newRow("double minus") << "--5"
                                  << "plain number";
    QTest::newRow("inner minus") << "5-5"
                                 << "plain number";
    QTest::newRow("letters") << "abc"
                             << "plain number";
    QTest::newRow("hex") << "0x10"
                         << "plain number";
    QTest::newRow("nan") << "NaN"
                         << "plain number";
    QTest::newRow("inf") << "inf"
                         << "plain number";
    QTest::newRow("arabic-indic digits") << QString::fromUtf16(u"\u0661\u0662") << "plain number";
    QTest::newRow("fullwidth digits") << QString::fromUtf16(u"\uFF11\uFF12") << "plain number";
    QTest::newRow("emoji") << QString::fromUtf16(u"\U0001F4B0") << "plain number";
    QTest::newRow("NUL inside") << QString::fromUtf16(u"1\u00002", 3) << "plain number";
    QTest::newRow("overflow") << "92233720368547758.08"
                              << "too large";
    QTest::newRow("negative overflow") << "-92233720368547758.09"
                                       << "too large";
    QTest::newRow("huge") << QString(400, u'9') << "too large";
    QTest::newRow("garbage after too many decimals") << "1.234x"
                                                     << "plain number";
}

void tst_money::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    QString error;
    const auto m = Money::parse(text, QStringLiteral("USD"), &error, QStringLiteral("Refund amount"));
    QVERIFY(!m.has_value());
    QVERIFY2(error.startsWith(QStringLiteral("Refund amount: ")), qPrintable(error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY2(error.size() < 300, "a pasted novel must not become a novel-sized message");
    // The error pointer is optional.
    QVERIFY(!Money::parse(text).has_value());
}

void tst_money::parseErrorNamesField()
{
    QString error;
    QVERIFY(!Money::parse(QStringLiteral("x"), QStringLiteral("USD"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("Amount: ")), qPrintable(error));
    QVERIFY(!Money::parse(QStringLiteral("1.999"), QStringLiteral("USD"), &error,
                          QStringLiteral("Monthly base fee")));
    QVERIFY2(error.startsWith(QStringLiteral("Monthly base fee: ")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("at most 2")), qPrintable(error));
}

void tst_money::fromJson_data()
{
    QTest::addColumn<QByteArray>("json"); // one-element array holding the value
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("integer") << QByteArray("[1250]") << true << qint64(1250);
    QTest::newRow("negative") << QByteArray("[-5]") << true << qint64(-5);
    QTest::newRow("zero") << QByteArray("[0]") << true << qint64(0);
    QTest::newRow("beyond 2^53 kept exact")
        << QByteArray("[9007199254740993]") << true << qint64(9007199254740993);
    QTest::newRow("qint64 max") << QByteArray("[9223372036854775807]") << true << kMax;
    QTest::newRow("fraction 12.5") << QByteArray("[12.5]") << false << qint64(0);
    QTest::newRow("string \"12\"") << QByteArray("[\"12\"]") << false << qint64(0);
    QTest::newRow("string decimal") << QByteArray("[\"12.50\"]") << false << qint64(0);
    QTest::newRow("null") << QByteArray("[null]") << false << qint64(0);
    QTest::newRow("bool") << QByteArray("[true]") << false << qint64(0);
    QTest::newRow("object") << QByteArray("[{\"cents\": 5}]") << false << qint64(0);
    QTest::newRow("array") << QByteArray("[[5]]") << false << qint64(0);
    QTest::newRow("too big for qint64") << QByteArray("[99999999999999999999]") << false << qint64(0);
}

void tst_money::fromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(qint64, cents);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    QCOMPARE(pe.error, QJsonParseError::NoError);
    QString error;
    const auto m = Money::fromJson(doc.array().at(0), QStringLiteral("USD"), &error);
    QCOMPARE(m.has_value(), ok);
    if (ok) {
        QCOMPARE(m->cents(), cents);
        QVERIFY(error.isEmpty());
        QCOMPARE(m->toJson().toInteger(), cents);
    } else {
        QVERIFY2(error.startsWith(QStringLiteral("Amount: ")), qPrintable(error));
    }
    // A missing member is refused too.
    QVERIFY(!Money::fromJson(QJsonObject().value(QStringLiteral("x"))).has_value());
}

void tst_money::toDecimalString_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");
    QTest::newRow("positive") << qint64(123450) << "1234.50";
    QTest::newRow("one cent negative") << qint64(-5) << "-0.05";
    QTest::newRow("zero") << qint64(0) << "0.00";
    QTest::newRow("whole") << qint64(100) << "1.00";
    QTest::newRow("negative whole") << qint64(-12345) << "-123.45";
    QTest::newRow("max") << kMax << "92233720368547758.07";
    QTest::newRow("min") << kMin << "-92233720368547758.08";
}

void tst_money::toDecimalString()
{
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    QCOMPARE(Money::fromCents(cents).toDecimalString(), text);
}

void tst_money::roundTripDecimal_data()
{
    QTest::addColumn<qint64>("cents");
    for (qint64 c : {qint64(0), qint64(1), qint64(-1), qint64(99), qint64(-99), qint64(100), qint64(-100),
                     qint64(123456789), kMax, kMin, kMax - 1, kMin + 1})
        QTest::addRow("%lld", static_cast<long long>(c)) << c;
}

void tst_money::roundTripDecimal()
{
    QFETCH(qint64, cents);
    const Money m = Money::fromCents(cents);
    const auto back = Money::parse(m.toDecimalString());
    QVERIFY(back.has_value());
    QCOMPARE(*back, m);
}

void tst_money::arithmetic()
{
    const Money a = Money::fromCents(1050);
    const Money b = Money::fromCents(275);
    QCOMPARE((a + b).cents(), 1325);
    QCOMPARE((a - b).cents(), 775);
    QCOMPARE((b - a).cents(), -775);
    Money sum;
    for (int i = 0; i < 10; ++i)
        sum += Money::fromCents(10); // ten dimes are exactly a dollar, unlike ten 0.1 doubles
    QCOMPARE(sum, Money::fromCents(100));
    sum -= Money::fromCents(150);
    QCOMPARE(sum.cents(), -50);
    QCOMPARE(a.multipliedBy(3).cents(), 3150);
    QCOMPARE(a.multipliedBy(0).cents(), 0);
    QCOMPARE(a.multipliedBy(-2).cents(), -2100);
    QCOMPARE((a + b).currency(), QStringLiteral("USD"));
    const Money eur = Money::fromCents(5, QStringLiteral("EUR"));
    QCOMPARE((eur + eur).currency(), QStringLiteral("EUR"));
}

void tst_money::refundsAndNegation()
{
    const Money invoice = Money::fromCents(9999);
    const Money refund = -Money::fromCents(2500);
    QVERIFY(refund.isNegative());
    QCOMPARE((invoice + refund).cents(), 7499);
    QCOMPARE((-refund).cents(), 2500);
    QCOMPARE((-Money()).cents(), 0);
    QVERIFY(!(-Money()).isNegative());
    // Negating the minimum cannot be represented: it saturates instead of staying negative.
    QCOMPARE((-Money::fromCents(kMin)).cents(), kMax);
}

void tst_money::overflowSaturates()
{
    const Money big = Money::fromCents(kMax - 1);
    QCOMPARE((big + Money::fromCents(5)).cents(), kMax);
    QCOMPARE((Money::fromCents(kMin + 1) - Money::fromCents(5)).cents(), kMin);
    QCOMPARE((Money::fromCents(kMin + 1) + Money::fromCents(-5)).cents(), kMin);
    QCOMPARE((big - Money::fromCents(-5)).cents(), kMax);
    QCOMPARE(big.multipliedBy(2).cents(), kMax);
    QCOMPARE(big.multipliedBy(-2).cents(), kMin);
    QCOMPARE(Money::fromCents(kMin).multipliedBy(-1).cents(), kMax);
    Money acc = big;
    acc += Money::fromCents(kMax);
    QCOMPARE(acc.cents(), kMax);
}

void tst_money::checkedOverflow()
{
    const Money big = Money::fromCents(kMax);
    QVERIFY(!big.checkedAdd(Money::fromCents(1)).has_value());
    QVERIFY(!Money::fromCents(kMin).checkedSubtract(Money::fromCents(1)).has_value());
    QVERIFY(!big.checkedMultiply(2).has_value());
    QVERIFY(!Money::fromCents(kMin).checkedMultiply(-1).has_value());
    QCOMPARE(big.checkedAdd(Money::fromCents(-1))->cents(), kMax - 1);
    QCOMPARE(Money::fromCents(7).checkedMultiply(6)->cents(), 42);
    QCOMPARE(Money::fromCents(7).checkedSubtract(Money::fromCents(9))->cents(), -2);
    // Mixing currencies is refused by the checked forms.
    QVERIFY(!Money::fromCents(1).checkedAdd(Money::fromCents(1, QStringLiteral("EUR"))).has_value());
}

void tst_money::comparison()
{
    QVERIFY(Money::fromCents(-1) < Money::fromCents(0));
    QVERIFY(Money::fromCents(100) > Money::fromCents(99));
    QVERIFY(Money::fromCents(5) == Money::fromCents(5));
    QVERIFY(Money::fromCents(5) != Money::fromCents(5, QStringLiteral("EUR")));
    QVERIFY(Money::fromCents(5) <= Money::fromCents(5));
    QCOMPARE(*Money::parse(QStringLiteral("12.5")), *Money::parse(QStringLiteral("12.50")));
}

void tst_money::format_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en_US grouping") << "en_US"
                                    << "USD" << qint64(123450) << "$1,234.50";
    QTest::newRow("en_US cents") << "en_US"
                                 << "USD" << qint64(5) << "$0.05";
    QTest::newRow("en_US zero") << "en_US"
                                << "USD" << qint64(0) << "$0.00";
    QTest::newRow("en_US millions") << "en_US"
                                    << "USD" << qint64(123456789) << "$1,234,567.89";
    // en_US in Qt 6.4 uses the accounting pattern for negatives; the sign must survive below one dollar.
    QTest::newRow("en_US negative cents") << "en_US"
                                          << "USD" << qint64(-5) << "($0.05)";
    QTest::newRow("en_US negative") << "en_US"
                                    << "USD" << qint64(-123450) << "($1,234.50)";
    QTest::newRow("de_DE USD") << "de_DE"
                               << "USD" << qint64(123450) << QString::fromUtf8("1.234,50\u00A0$");
    QTest::newRow("de_DE EUR negative") << "de_DE"
                                        << "EUR" << qint64(-5) << QString::fromUtf8("-0,05\u00A0\u20AC");
    QTest::newRow("fr_FR EUR") << "fr_FR"
                               << "EUR" << qint64(123450) << QString::fromUtf8("1\u202F234,50\u00A0\u20AC");
    // "$" alone would read as Canadian dollars in Canada.
    QTest::newRow("en_CA USD is US$") << "en_CA"
                                      << "USD" << qint64(150) << "US$1.50";
    QTest::newRow("en_CA negative USD") << "en_CA"
                                        << "USD" << qint64(-5) << "(US$0.05)";
    QTest::newRow("en_US EUR") << "en_US"
                               << "EUR" << qint64(150) << QString::fromUtf16(u"\u20AC1.50");
    QTest::newRow("hi_IN lakh grouping") << "hi_IN"
                                         << "USD" << qint64(123456789) << "$12,34,567.89";
    QTest::newRow("ar_EG native digits")
        << "ar_EG"
        << "USD" << qint64(123456789)
        << QString::fromUtf16(
               u"\u0661\u066C\u0662\u0663\u0664\u066C\u0665\u0666\u0667\u066B\u0668\u0669\u00A0$");
    QTest::newRow("ar_EG negative below one")
        << "ar_EG"
        << "USD" << qint64(-5) << QString::fromUtf16(u"\u061C-\u0660\u066B\u0660\u0665\u00A0$");
    QTest::newRow("en_US unknown currency code") << "en_US"
                                                 << "XYZ" << qint64(150) << "XYZ1.50";
    QTest::newRow("en_US max") << "en_US"
                               << "USD" << kMax << "$92,233,720,368,547,758.07";
    QTest::newRow("en_US min") << "en_US"
                               << "USD" << kMin << "($92,233,720,368,547,758.08)";
}

void tst_money::format()
{
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    QFETCH(qint64, cents);
    QFETCH(QString, expected);
    QCOMPARE(Money::fromCents(cents, currency).format(QLocale(locale)), expected);
}

void tst_money::taxParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("ppm");
    QTest::newRow("8.5%") << "0.085" << true << qint64(85000);
    QTest::newRow("zero") << "0" << true << qint64(0);
    QTest::newRow("six decimals") << "0.123456" << true << qint64(123456);
    QTest::newRow("seven decimals") << "0.1234567" << false << qint64(0);
    QTest::newRow("percent sign") << "8.5%" << false << qint64(0);
    QTest::newRow("exponent") << "8.5e-2" << false << qint64(0);
    QTest::newRow("space") << " 0.085" << false << qint64(0);
}

void tst_money::taxParse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, ppm);
    QString error;
    const auto parsed = simuwave::parseTaxRatePpm(text, &error);
    QCOMPARE(parsed.has_value(), ok);
    if (ok) {
        QCOMPARE(*parsed, ppm);
        QCOMPARE(*simuwave::parseTaxRatePpm(simuwave::taxRatePpmToDecimalString(ppm)), ppm);
    } else {
        QVERIFY2(error.startsWith(QStringLiteral("Tax rate: ")), qPrintable(error));
    }
}

void tst_money::taxRounding_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<qint64>("ppm");
    QTest::addColumn<qint64>("tax");
    QTest::newRow("$10 at 8.5%") << qint64(1000) << qint64(85000) << qint64(85);
    QTest::newRow("0.85c rounds up") << qint64(10) << qint64(85000) << qint64(1);
    QTest::newRow("exactly half rounds up") << qint64(10) << qint64(50000) << qint64(1);      // 0.5 cent
    QTest::newRow("just below half rounds down") << qint64(10) << qint64(49999) << qint64(0); // 0.49999
    QTest::newRow("half on a refund rounds away from zero") << qint64(-10) << qint64(50000) << qint64(-1);
    QTest::newRow("below half on a refund") << qint64(-10) << qint64(49999) << qint64(0);
    QTest::newRow("$99.99 at 7.25%") << qint64(9999) << qint64(72500) << qint64(725); // 724.9275
    QTest::newRow("$1.50 at 9.5%") << qint64(150) << qint64(95000) << qint64(14);     // 14.25
    QTest::newRow("$1.70 at 8.5%") << qint64(170) << qint64(85000) << qint64(14);     // 14.45
    QTest::newRow("$3.00 at 7.5%") << qint64(300) << qint64(75000) << qint64(23);     // 22.5 -> 23
    QTest::newRow("-$3.00 at 7.5%") << qint64(-300) << qint64(75000) << qint64(-23);
    QTest::newRow("zero rate") << qint64(123456) << qint64(0) << qint64(0);
    QTest::newRow("zero amount") << qint64(0) << qint64(85000) << qint64(0);
    QTest::newRow("huge amount, no overflow in the product")
        << kMax << qint64(999999) << qint64(9223362813482738952);
}

void tst_money::taxRounding()
{
    QFETCH(qint64, cents);
    QFETCH(qint64, ppm);
    QFETCH(qint64, tax);
    const Money amount = Money::fromCents(cents);
    QCOMPARE(simuwave::applyTaxPpm(amount, ppm).cents(), tax);
    if (cents != kMax)
        QCOMPARE(simuwave::withTaxPpm(amount, ppm).cents(), cents + tax);
}

void tst_money::taxPercent()
{
    const QLocale us(QStringLiteral("en_US"));
    QCOMPARE(simuwave::formatTaxRatePercent(85000, us), QStringLiteral("8.5%"));
    QCOMPARE(simuwave::formatTaxRatePercent(70000, us), QStringLiteral("7%"));
    QCOMPARE(simuwave::formatTaxRatePercent(123456, us), QStringLiteral("12.3456%"));
    QCOMPARE(simuwave::formatTaxRatePercent(85000, QLocale(QStringLiteral("de_DE"))), QStringLiteral("8,5%"));
    QCOMPARE(simuwave::taxRatePpmToDecimalString(85000), QStringLiteral("0.085"));
    QCOMPARE(simuwave::taxRatePpmToDecimalString(0), QStringLiteral("0"));
    QCOMPARE(simuwave::taxRatePpmToDecimalString(120000), QStringLiteral("0.12"));
}

void tst_money::taxInvariants()
{
    // Tax is within half a cent of the exact value, symmetric for refunds, ties away from zero.
    QRandomGenerator rng(7);
    for (int i = 0; i < 20000; ++i) {
        const qint64 cents = qint64(rng.bounded(100'000'000)) - 50'000'000;
        const qint64 ppm = qint64(rng.bounded(1'000'000));
        const qint64 tax = simuwave::applyTaxPpm(Money::fromCents(cents), ppm).cents();
        const qint64 diff = tax * simuwave::kTaxPpmPerUnit - cents * ppm;
        QVERIFY2(qAbs(diff) <= simuwave::kTaxPpmPerUnit / 2,
                 qPrintable(QStringLiteral("%1 at %2").arg(cents).arg(ppm)));
        if (qAbs(diff) == simuwave::kTaxPpmPerUnit / 2)
            QVERIFY(qAbs(tax * simuwave::kTaxPpmPerUnit) > qAbs(cents * ppm));
        QCOMPARE(simuwave::applyTaxPpm(Money::fromCents(-cents), ppm).cents(), -tax);
    }
}

void tst_money::formatMatchesDecimalString()
{
    // In a locale whose digits, point and grouping we strip back out, format() carries exactly the digits
    // of toDecimalString(): the sentinel substitution never loses or invents a digit.
    const QLocale us(QStringLiteral("en_US"));
    QRandomGenerator rng(99);
    for (int i = 0; i < 5000; ++i) {
        const Money m = Money::fromCents(qint64(rng.generate64()));
        QString shown = m.format(us);
        const bool bracketed = shown.startsWith(u'(') && shown.endsWith(u')');
        QCOMPARE(bracketed, m.isNegative());
        shown.remove(u'(').remove(u')').remove(u'$').remove(u',');
        QCOMPARE((m.isNegative() ? QStringLiteral("-") : QString()) + shown, m.toDecimalString());
    }
}

QTEST_GUILESS_MAIN(tst_money)
#include "tst_money.moc"
