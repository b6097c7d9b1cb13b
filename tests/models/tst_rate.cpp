// Rate: sub-cent per-unit prices in micro-units, and Rate x quantity rounded half-up to the cent.
#include "domain/Rate.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using simuwave::Money;
using simuwave::Rate;

namespace {
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();
} // namespace

class tst_rate : public QObject
{
    Q_OBJECT
private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void toDecimalString_data();
    void toDecimalString();
    void times_data();
    void times();
    void timesOverflow();
    void fromMoney();
    void format_data();
    void format();
    void comparison();
    void roundingInvariants();
    void randomRoundTrip();
};

void tst_rate::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("micros");
    QTest::newRow("per-minute 0.016") << "0.016" << qint64(16000);
    QTest::newRow("per-minute 0.018") << "0.018" << qint64(18000);
    QTest::newRow("six decimals") << "0.000001" << qint64(1);
    QTest::newRow("monthly 2.50") << "2.50" << qint64(2500000);
    QTest::newRow("monthly 2.5") << "2.5" << qint64(2500000);
    QTest::newRow("whole") << "5" << qint64(5000000);
    QTest::newRow("zero") << "0" << qint64(0);
    QTest::newRow("negative credit") << "-0.005" << qint64(-5000);
    QTest::newRow("max") << "9223372036854.775807" << kMax;
    QTest::newRow("min") << "-9223372036854.775808" << kMin;
}

void tst_rate::parseValid()
{
    QFETCH(QString, text);
    QFETCH(qint64, micros);
    QString error;
    const auto r = Rate::parse(text, QStringLiteral("USD"), &error, QStringLiteral("Per minute"));
    QVERIFY2(r.has_value(), qPrintable(error));
    QCOMPARE(r->micros(), micros);
    QCOMPARE(r->currency(), QStringLiteral("USD"));
}

void tst_rate::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("seven decimals") << "0.0160001"
                                    << "at most 6";
    QTest::newRow("exponent") << "1.6e-2"
                              << "plain number";
    QTest::newRow("space") << " 0.016"
                           << "spaces";
    QTest::newRow("empty") << ""
                           << "enter";
    QTest::newRow("comma") << "0,016"
                           << "plain number";
    QTest::newRow("currency sign") << "$0.016"
                                   << "plain number";
    QTest::newRow("per-minute suffix") << "0.016/min"
                                       << "plain number";
    QTest::newRow("overflow") << "9223372036854.775808"
                              << "too large";
    QTest::newRow("RTL text") << QString::fromUtf16(u"\u05E9\u05E7\u05DC") << "plain number";
    QTest::newRow("long garbage") << QString(5000, u'x') << "plain number";
}

void tst_rate::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!Rate::parse(text, QStringLiteral("USD"), &error, QStringLiteral("Per minute")).has_value());
    QVERIFY2(error.startsWith(QStringLiteral("Per minute: ")), qPrintable(error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY(!Rate::parse(text, QStringLiteral("USD"), &error).has_value());
    QVERIFY2(error.startsWith(QStringLiteral("Rate: ")), qPrintable(error));
}

void tst_rate::toDecimalString_data()
{
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<QString>("text");
    QTest::newRow("0.016") << qint64(16000) << "0.016";
    QTest::newRow("2.50 keeps two decimals") << qint64(2500000) << "2.50";
    QTest::newRow("zero") << qint64(0) << "0.00";
    QTest::newRow("one micro") << qint64(1) << "0.000001";
    QTest::newRow("negative") << qint64(-16000) << "-0.016";
    QTest::newRow("whole") << qint64(5000000) << "5.00";
    QTest::newRow("0.0125") << qint64(12500) << "0.0125";
    QTest::newRow("min") << kMin << "-9223372036854.775808";
}

void tst_rate::toDecimalString()
{
    QFETCH(qint64, micros);
    QFETCH(QString, text);
    QCOMPARE(Rate::fromMicros(micros).toDecimalString(), text);
    QCOMPARE(Rate::parse(text)->micros(), micros);
}

void tst_rate::times_data()
{
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("1000 min at 0.016") << qint64(16000) << qint64(1000) << qint64(1600);
    QTest::newRow("1 min at 0.016 rounds up") << qint64(16000) << qint64(1) << qint64(2); // 1.6 c
    QTest::newRow("3 min at 0.018") << qint64(18000) << qint64(3) << qint64(5);           // 5.4 c
    QTest::newRow("exactly half a cent up") << qint64(5000) << qint64(1) << qint64(1);    // 0.5 c
    QTest::newRow("just below half") << qint64(4999) << qint64(1) << qint64(0);           // 0.4999 c
    QTest::newRow("just above half") << qint64(5001) << qint64(1) << qint64(1);
    QTest::newRow("negative half away from zero") << qint64(-5000) << qint64(1) << qint64(-1);
    QTest::newRow("negative quantity half") << qint64(5000) << qint64(-1) << qint64(-1);
    QTest::newRow("negative below half") << qint64(-4999) << qint64(1) << qint64(0);
    QTest::newRow("both negative") << qint64(-5000) << qint64(-3) << qint64(2); // +1.5 c -> 2
    QTest::newRow("1.5 cents") << qint64(15000) << qint64(1) << qint64(2);
    QTest::newRow("2.5 cents") << qint64(25000) << qint64(1) << qint64(3); // not banker's 2
    QTest::newRow("-2.5 cents") << qint64(-25000) << qint64(1) << qint64(-3);
    QTest::newRow("zero quantity") << qint64(16000) << qint64(0) << qint64(0);
    QTest::newRow("monthly DID") << qint64(2500000) << qint64(12) << qint64(3000);
    QTest::newRow("large quantity exact")
        << qint64(16000) << qint64(1'000'000'000'000) << qint64(1'600'000'000'000);
    // 10'001 x 9e17 needs more than 64 bits before the division; the result fits.
    QTest::newRow("product beyond 64 bits")
        << qint64(10'001) << qint64(900'000'000'000'000'000) << qint64(900'090'000'000'000'000);
}

void tst_rate::times()
{
    QFETCH(qint64, micros);
    QFETCH(qint64, quantity);
    QFETCH(qint64, cents);
    const Money m = Rate::fromMicros(micros).times(quantity);
    QCOMPARE(m.cents(), cents);
    QCOMPARE(m.currency(), QStringLiteral("USD"));
    QCOMPARE(Rate::fromMicros(micros).checkedTimes(quantity)->cents(), cents);
}

void tst_rate::timesOverflow()
{
    QVERIFY(!Rate::fromMicros(kMax).checkedTimes(kMax).has_value());
    QCOMPARE(Rate::fromMicros(kMax).times(kMax).cents(), kMax);
    QCOMPARE(Rate::fromMicros(kMax).times(-kMax).cents(), kMin);
    QCOMPARE(Rate::fromMicros(kMin).times(kMin).cents(), kMax);
    // kMax micros x 10'000 fits exactly: kMax cents after rounding down the remainder.
    QCOMPARE(Rate::fromMicros(kMax).checkedTimes(10'000)->cents(), kMax);
    QCOMPARE(Rate::fromMicros(16000, QStringLiteral("EUR")).times(10).currency(), QStringLiteral("EUR"));
}

void tst_rate::fromMoney()
{
    QCOMPARE(Rate::fromMoney(Money::fromCents(250)).micros(), 2'500'000);
    QCOMPARE(Rate::fromMoney(Money::fromCents(-1)).micros(), -10'000);
    QCOMPARE(Rate::fromMoney(Money::fromCents(kMax)).micros(), kMax);
    QCOMPARE(Rate::fromMoney(Money::fromCents(kMin)).micros(), kMin);
    QCOMPARE(Rate::fromMoney(Money::fromCents(250)).times(4), Money::fromCents(1000));
}

void tst_rate::format_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en_US per minute") << "en_US" << qint64(16000) << "$0.016";
    QTest::newRow("en_US monthly") << "en_US" << qint64(2500000) << "$2.50";
    QTest::newRow("en_US thousands") << "en_US" << qint64(1234567891) << "$1,234.567891";
    QTest::newRow("en_US negative") << "en_US" << qint64(-16000) << "($0.016)";
    QTest::newRow("de_DE") << "de_DE" << qint64(16000) << QString::fromUtf8("0,016\u00A0$");
}

void tst_rate::format()
{
    QFETCH(QString, locale);
    QFETCH(qint64, micros);
    QFETCH(QString, expected);
    QCOMPARE(Rate::fromMicros(micros).format(QLocale(locale)), expected);
}

void tst_rate::comparison()
{
    QVERIFY(*Rate::parse(QStringLiteral("0.016")) < *Rate::parse(QStringLiteral("0.018")));
    QCOMPARE(*Rate::parse(QStringLiteral("2.5")), *Rate::parse(QStringLiteral("2.500000")));
    QVERIFY(Rate::fromMicros(1) != Rate::fromMicros(1, QStringLiteral("EUR")));
    QVERIFY(Rate().isZero());
    QVERIFY(Rate::fromMicros(-1).isNegative());
}

void tst_rate::roundingInvariants()
{
    // For any rate and quantity: the result is within half a cent of the exact product, rounding is
    // symmetric for refunds (times(-q) == -times(q)), and exact halves go away from zero.
    QRandomGenerator rng(20261124); // fixed seed: the same cases every run
    for (int i = 0; i < 20000; ++i) {
        const qint64 micros = qint64(rng.bounded(2'000'000)) - 1'000'000; // -$1 .. $1 per unit
        const qint64 quantity = qint64(rng.bounded(1'000'000));
        const Rate r = Rate::fromMicros(micros);
        const qint64 cents = r.times(quantity).cents();
        const qint64 exact = micros * quantity; // in micros; fits easily in 64 bits here
        const qint64 diff = cents * Rate::kMicrosPerCent - exact;
        QVERIFY2(diff >= -Rate::kMicrosPerCent / 2 && diff <= Rate::kMicrosPerCent / 2,
                 qPrintable(QStringLiteral("%1 x %2").arg(micros).arg(quantity)));
        if (diff == Rate::kMicrosPerCent / 2 || diff == -Rate::kMicrosPerCent / 2) // a tie: away from zero
            QVERIFY(qAbs(cents * Rate::kMicrosPerCent) > qAbs(exact));
        QCOMPARE(r.times(-quantity).cents(), -cents);
        QCOMPARE(Rate::fromMicros(-micros).times(quantity).cents(), -cents);
    }
}

void tst_rate::randomRoundTrip()
{
    QRandomGenerator rng(42);
    for (int i = 0; i < 20000; ++i) {
        const qint64 micros = qint64(rng.generate64());
        const Rate r = Rate::fromMicros(micros);
        const auto back = Rate::parse(r.toDecimalString());
        QVERIFY2(back.has_value(), qPrintable(r.toDecimalString()));
        QCOMPARE(back->micros(), micros);
        const auto money = Money::parse(Money::fromCents(micros).toDecimalString());
        QVERIFY(money.has_value());
        QCOMPARE(money->cents(), micros);
    }
}

QTEST_GUILESS_MAIN(tst_rate)
#include "tst_rate.moc"
