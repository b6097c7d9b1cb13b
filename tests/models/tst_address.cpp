// Address: JSON round-trip, tolerance of malformed server data, emptiness, single-line form.
#include "domain/Address.h"

#include <QJsonDocument>
#include <QTest>

using simuwave::Address;

class tst_address : public QObject
{
    Q_OBJECT
private slots:
    void defaults();
    void jsonRoundTrip();
    void fromJson_data();
    void fromJson();
    void isEmpty_data();
    void isEmpty();
    void singleLine_data();
    void singleLine();
};

void tst_address::defaults()
{
    const Address a;
    QCOMPARE(a.country, QStringLiteral("US"));
    QVERIFY(a.isEmpty());
    QCOMPARE(a.toJson().value(QLatin1String("country")).toString(), QStringLiteral("US"));
}

void tst_address::jsonRoundTrip()
{
    Address a;
    a.street = QStringLiteral("1234 Main St Suite 200");
    a.city = QString::fromUtf16(u"Espa\u00F1ola");
    a.state = QStringLiteral("NM");
    a.zip = QStringLiteral("87532-1234");
    const QJsonObject o = a.toJson();
    QCOMPARE(o.keys(),
             (QStringList{QStringLiteral("city"), QStringLiteral("country"), QStringLiteral("state"),
                          QStringLiteral("street"), QStringLiteral("zip")}));
    QCOMPARE(o.value(QLatin1String("zip")).toString(), QStringLiteral("87532-1234"));
    QCOMPARE(Address::fromJson(o), a);
    // Through text, as it travels.
    const QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Compact);
    QCOMPARE(Address::fromJson(QJsonDocument::fromJson(text).object()), a);
}

void tst_address::fromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("street");
    QTest::addColumn<QString>("zip");
    QTest::addColumn<QString>("country");
    QTest::newRow("complete")
        << QByteArray(R"({"street":"1 A St","city":"X","state":"AR","zip":"72211","country":"US"})")
        << "1 A St"
        << "72211"
        << "US";
    QTest::newRow("country missing defaults to US") << QByteArray(R"({"street":"1 A St"})") << "1 A St"
                                                    << ""
                                                    << "US";
    QTest::newRow("country empty defaults to US") << QByteArray(R"({"country":""})") << ""
                                                  << ""
                                                  << "US";
    QTest::newRow("country kept as sent") << QByteArray(R"({"country":"CA"})") << ""
                                          << ""
                                          << "CA";
    QTest::newRow("zip as a number is dropped, not crashed on") << QByteArray(R"({"zip":72211})") << ""
                                                                << ""
                                                                << "US";
    QTest::newRow("null members") << QByteArray(R"({"street":null,"zip":null,"country":null})") << ""
                                  << ""
                                  << "US";
    QTest::newRow("object members") << QByteArray(R"({"street":{"line1":"x"},"zip":[1]})") << ""
                                    << ""
                                    << "US";
    QTest::newRow("empty object") << QByteArray("{}") << ""
                                  << ""
                                  << "US";
    QTest::newRow("unknown members ignored") << QByteArray(R"({"street":"9 B Rd","floor":3})") << "9 B Rd"
                                             << ""
                                             << "US";
}

void tst_address::fromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, street);
    QFETCH(QString, zip);
    QFETCH(QString, country);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const Address a = Address::fromJson(doc.object());
    QCOMPARE(a.street, street);
    QCOMPARE(a.zip, zip);
    QCOMPARE(a.country, country);
}

void tst_address::isEmpty_data()
{
    QTest::addColumn<QString>("street");
    QTest::addColumn<QString>("city");
    QTest::addColumn<QString>("zip");
    QTest::addColumn<bool>("empty");
    QTest::newRow("nothing") << ""
                             << ""
                             << "" << true;
    QTest::newRow("whitespace only") << "  "
                                     << "\t"
                                     << " " << true;
    QTest::newRow("street") << "1 A St"
                            << ""
                            << "" << false;
    QTest::newRow("city") << ""
                          << "Rogers"
                          << "" << false;
    QTest::newRow("zip") << ""
                         << ""
                         << "72756" << false;
}

void tst_address::isEmpty()
{
    QFETCH(QString, street);
    QFETCH(QString, city);
    QFETCH(QString, zip);
    QFETCH(bool, empty);
    Address a;
    a.street = street;
    a.city = city;
    a.zip = zip;
    a.country = QStringLiteral("US"); // the country alone never makes an address
    QCOMPARE(a.isEmpty(), empty);
}

void tst_address::singleLine_data()
{
    QTest::addColumn<QString>("street");
    QTest::addColumn<QString>("city");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("zip");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("line");
    QTest::newRow("guide example") << "1234 Main St Suite 200"
                                   << "Anytown"
                                   << "AR"
                                   << "72211"
                                   << "US"
                                   << "1234 Main St Suite 200, Anytown, AR 72211";
    QTest::newRow("trimmed") << " 1 A St "
                             << " Rogers "
                             << " AR"
                             << "72756 "
                             << "US"
                             << "1 A St, Rogers, AR 72756";
    QTest::newRow("missing city") << "1 A St"
                                  << ""
                                  << "AR"
                                  << ""
                                  << "US"
                                  << "1 A St, AR";
    QTest::newRow("foreign country shown") << "1 A St"
                                           << "Toronto"
                                           << "ON"
                                           << ""
                                           << "CA"
                                           << "1 A St, Toronto, ON, CA";
    QTest::newRow("empty") << ""
                           << ""
                           << ""
                           << ""
                           << "US"
                           << "";
}

void tst_address::singleLine()
{
    QFETCH(QString, street);
    QFETCH(QString, city);
    QFETCH(QString, state);
    QFETCH(QString, zip);
    QFETCH(QString, country);
    QFETCH(QString, line);
    const Address a{street, city, state, zip, country};
    QCOMPARE(a.singleLine(), line);
}

QTEST_GUILESS_MAIN(tst_address)
#include "tst_address.moc"
