// UsageLimits: the API's JSON (null = unlimited), wrong types refused with a named field, the guide's
// recommended starting limits.
#include "domain/UsageLimits.h"

#include <QJsonDocument>
#include <QTest>

using simuwave::UsageLimits;

class tst_usagelimits : public QObject
{
    Q_OBJECT
private slots:
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

QTEST_GUILESS_MAIN(tst_usagelimits)
#include "tst_usagelimits.moc"
