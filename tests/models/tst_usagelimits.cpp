// UsageLimits: the API's JSON (null = unlimited), wrong types refused with a named field, the guide's
// recommended starting limits.
#include "domain/UsageForecast.h"
#include "domain/UsageLimits.h"

#include <QJsonDocument>
#include <QTest>

using simuwave::forecastUsage;
using simuwave::UsageForecast;
using simuwave::UsageLimits;

class tst_usagelimits : public QObject
{
    Q_OBJECT
private slots:
    void forecast_data();
    void forecast();
    void defaults();
    void recommended();
    void toJson();
    void jsonRoundTrip();
    void fromJsonValid_data();
    void fromJsonValid();
    void fromJsonInvalid_data();
    void fromJsonInvalid();
};

namespace {
QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", json.constData());
    return doc.object();
}
} // namespace

void tst_usagelimits::defaults()
{
    const UsageLimits l;
    QVERIFY(!l.monthlySpendCents && !l.maxExtensions && !l.maxDids && !l.maxMonthlyMinutes);
    QCOMPARE(l.alertThresholdPercent, 80); // the guide's default threshold
    QVERIFY(!l.autoSuspend);
}

void tst_usagelimits::recommended()
{
    const UsageLimits l = UsageLimits::recommended();
    QCOMPARE(l.monthlySpendCents, std::optional<qint64>(50000));
    QCOMPARE(l.maxExtensions, std::optional<qint64>(50));
    QCOMPARE(l.maxDids, std::optional<qint64>(10));
    QCOMPARE(l.maxMonthlyMinutes, std::optional<qint64>(5000));
    QCOMPARE(l.alertThresholdPercent, 80);
    QVERIFY(l.autoSuspend);
}

void tst_usagelimits::toJson()
{
    const QJsonObject unlimited = UsageLimits{}.toJson();
    for (const char *key : {"monthly_spend_cents", "max_extensions", "max_dids", "max_monthly_minutes"}) {
        QVERIFY2(unlimited.contains(QLatin1String(key)), key); // sent explicitly as null, not omitted
        QVERIFY2(unlimited.value(QLatin1String(key)).isNull(), key);
    }
    QCOMPARE(unlimited.value(QLatin1String("alert_threshold_percent")).toInteger(), 80);
    QCOMPARE(unlimited.value(QLatin1String("auto_suspend")).toBool(true), false);
    const QJsonObject rec = UsageLimits::recommended().toJson();
    QCOMPARE(rec.value(QLatin1String("monthly_spend_cents")).toInteger(), 50000);
    QCOMPARE(rec.value(QLatin1String("auto_suspend")).toBool(false), true);
}

void tst_usagelimits::jsonRoundTrip()
{
    UsageLimits l = UsageLimits::recommended();
    l.maxDids.reset();
    l.monthlySpendCents = 9'000'000'000'000'000'000; // beyond 2^53: must survive exactly
    const QByteArray text = QJsonDocument(l.toJson()).toJson(QJsonDocument::Compact);
    QString error;
    const auto back = UsageLimits::fromJson(parse(text), &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QCOMPARE(*back, l);
}

void tst_usagelimits::fromJsonValid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("unlimited");
    QTest::addColumn<qint64>("spend");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<bool>("autoSuspend");
    QTest::newRow("empty object: all defaults") << QByteArray("{}") << true << qint64(0) << 80 << false;
    QTest::newRow("nulls")
        << QByteArray(R"({"monthly_spend_cents":null,"alert_threshold_percent":null,"auto_suspend":null})")
        << true << qint64(0) << 80 << false;
    QTest::newRow("values")
        << QByteArray(R"({"monthly_spend_cents":50000,"alert_threshold_percent":90,"auto_suspend":true})")
        << false << qint64(50000) << 90 << true;
    // Out-of-range values are data, not type errors: validation::usageLimits explains them.
    QTest::newRow("negative cap parses")
        << QByteArray(R"({"monthly_spend_cents":-1})") << false << qint64(-1) << 80 << false;
    QTest::newRow("threshold 150 parses")
        << QByteArray(R"({"alert_threshold_percent":150})") << true << qint64(0) << 150 << false;
    QTest::newRow("unknown members ignored")
        << QByteArray(R"({"max_faxes":3})") << true << qint64(0) << 80 << false;
}

void tst_usagelimits::fromJsonValid()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, unlimited);
    QFETCH(qint64, spend);
    QFETCH(int, threshold);
    QFETCH(bool, autoSuspend);
    QString error = QStringLiteral("stale");
    const auto l = UsageLimits::fromJson(parse(json), &error);
    QVERIFY2(l.has_value(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(l->monthlySpendCents, unlimited ? std::optional<qint64>() : std::optional<qint64>(spend));
    QCOMPARE(l->alertThresholdPercent, threshold);
    QCOMPARE(l->autoSuspend, autoSuspend);
}

void tst_usagelimits::fromJsonInvalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("spend as string") << QByteArray(R"({"monthly_spend_cents":"500"})")
                                     << "monthly_spend_cents";
    QTest::newRow("spend fractional")
        << QByteArray(R"({"monthly_spend_cents":500.5})") << "monthly_spend_cents";
    QTest::newRow("extensions bool") << QByteArray(R"({"max_extensions":true})") << "max_extensions";
    QTest::newRow("dids object") << QByteArray(R"({"max_dids":{}})") << "max_dids";
    QTest::newRow("minutes array") << QByteArray(R"({"max_monthly_minutes":[5000]})")
                                   << "max_monthly_minutes";
    QTest::newRow("minutes too big") << QByteArray(R"({"max_monthly_minutes":1e30})")
                                     << "max_monthly_minutes";
    QTest::newRow("threshold string")
        << QByteArray(R"({"alert_threshold_percent":"80%"})") << "alert_threshold_percent";
    QTest::newRow("threshold beyond int")
        << QByteArray(R"({"alert_threshold_percent":99999999999})") << "alert_threshold_percent";
    QTest::newRow("auto_suspend string") << QByteArray(R"({"auto_suspend":"yes"})") << "auto_suspend";
    QTest::newRow("auto_suspend number") << QByteArray(R"({"auto_suspend":1})") << "auto_suspend";
}

void tst_usagelimits::fromJsonInvalid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QString error;
    QVERIFY(!UsageLimits::fromJson(parse(json), &error).has_value());
    QVERIFY2(error.startsWith(QStringLiteral("Usage limits: ")), qPrintable(error));
    QVERIFY2(error.contains(field), qPrintable(error));
    QVERIFY(!UsageLimits::fromJson(parse(json)).has_value()); // error pointer optional
}

void tst_usagelimits::forecast_data()
{
    QTest::addColumn<qint64>("used");
    QTest::addColumn<qint64>("cap"); // -1 = unlimited
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<int>("state");
    QTest::addColumn<qint64>("projected");
    QTest::addColumn<QDate>("crossing");
    using S = UsageForecast::State;
    // November: 30 days = 43,200 minutes.
    QTest::newRow("unlimited") << qint64(900) << qint64(-1) << "2026-11-10T00:00:00Z" << int(S::NoCap)
                               << qint64(0) << QDate();
    QTest::newRow("first hours") << qint64(100) << qint64(1000) << "2026-11-01T20:00:00Z" << int(S::TooEarly)
                                 << qint64(0) << QDate();
    QTest::newRow("at the cap") << qint64(1000) << qint64(1000) << "2026-11-01T02:00:00Z" << int(S::AtCap)
                                << qint64(1000) << QDate();
    // A third of the month gone, 400 used: 1,200 by the end; a 1,000 cap is reached after 25 days.
    QTest::newRow("will cross") << qint64(400) << qint64(1000) << "2026-11-11T00:00:00Z" << int(S::WillCross)
                                << qint64(1200) << QDate(2026, 11, 26);
    QTest::newRow("within") << qint64(300) << qint64(1000) << "2026-11-11T00:00:00Z" << int(S::Within)
                            << qint64(900) << QDate();
    // Measured after the cycle ended (a late sync): the whole cycle counts, not more.
    QTest::newRow("after the end") << qint64(999) << qint64(1000) << "2026-12-03T00:00:00Z" << int(S::Within)
                                   << qint64(999) << QDate();
    QTest::newRow("cap of zero") << qint64(0) << qint64(0) << "2026-11-11T00:00:00Z" << int(S::AtCap)
                                 << qint64(0) << QDate();
    // Large cents stay exact (no floating point): $8.9M of a $10M cap after 27 of 30 days.
    QTest::newRow("large cents") << qint64(8'900'000'00) << qint64(10'000'000'00) << "2026-11-28T00:00:00Z"
                                 << int(S::Within) << qint64(988'888'888) << QDate();
}

void tst_usagelimits::forecast()
{
    QFETCH(qint64, used);
    QFETCH(qint64, cap);
    QFETCH(QString, asOf);
    QFETCH(int, state);
    QFETCH(qint64, projected);
    QFETCH(QDate, crossing);
    const UsageForecast f =
        forecastUsage(used, cap < 0 ? std::nullopt : std::optional<qint64>(cap), QDate(2026, 11, 1),
                      QDate(2026, 11, 30), QDateTime::fromString(asOf, Qt::ISODate));
    QCOMPARE(int(f.state), state);
    QCOMPARE(f.projected, projected);
    QCOMPARE(f.crossingDate, crossing);
}

QTEST_GUILESS_MAIN(tst_usagelimits)
#include "tst_usagelimits.moc"
