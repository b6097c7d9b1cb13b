// The big lists (numbers, invoices) are written as JSON text straight from SQL rows (core/JsonRow.h) rather
// than through QJsonObject: every record of a page must be exactly the object a GET of that record answers,
// in plain and delta (updated_since) listings, tombstones included; and the fast timestamp formatter must
// agree with QDateTime everywhere.
#include "core/Wire.h"
#include "SandboxServer.h"
#include "SandboxTestClient.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace simuwave::sandbox;

class TestListPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pageRecordsEqualSingleAnswers_data();
    void pageRecordsEqualSingleAnswers();
    void tombstonesAreWellFormed();
    void textIsEscapedUtf8();
    void timestampsMatchQDateTime();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestListPages::initTestCase()
{
    SandboxOptions o;
    o.dataDir = m_dir.filePath(QStringLiteral("demo"));
    o.seed = QStringLiteral("demo");
    o.partnerRateLimitPerMinute = 1'000'000;
    m_server = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY2(m_server->start(o, &error), qPrintable(error));
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
    m_client->setToken(m_server->credentials().value(QStringLiteral("admin_api_key")).toString());
}

void TestListPages::pageRecordsEqualSingleAnswers_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("query");
    QTest::newRow("numbers") << "phone-numbers"
                             << "limit=100";
    QTest::newRow("numbers delta") << "phone-numbers"
                                   << "limit=100&updated_since=1970-01-01T00:00:00Z";
    QTest::newRow("invoices") << "invoices"
                              << "limit=100";
    QTest::newRow("invoices delta") << "invoices"
                                    << "limit=100&updated_since=1970-01-01T00:00:00Z";
}

void TestListPages::pageRecordsEqualSingleAnswers()
{
    QFETCH(QString, resource);
    QFETCH(QString, query);
    const SandboxReply page = m_client->call("GET", QLatin1Char('/') + resource + QLatin1Char('?') + query);
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("content-type").startsWith("application/json"));
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(page.body, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonArray data = json.value(QStringLiteral("data")).toArray();
    QCOMPARE(data.size(), 100);
    QVERIFY(json.value(QStringLiteral("has_more")).toBool());
    QVERIFY(!json.value(QStringLiteral("next_cursor")).toString().isEmpty());
    int compared = 0;
    for (const QJsonValue &v : data) {
        const QJsonObject listed = v.toObject();
        if (listed.value(QStringLiteral("deleted")).toBool())
            continue;
        const QString id = listed.value(QStringLiteral("id")).toString();
        const SandboxReply one = m_client->call("GET", QLatin1Char('/') + resource + QLatin1Char('/') + id);
        QCOMPARE(one.status, 200);
        QCOMPARE(listed, one.json());
        if (++compared == 60)
            break; // a fair sample of every status; each GET is a round trip
    }
    QVERIFY(compared > 0);
    // The next page follows on from the cursor.
    const SandboxReply next = m_client->call(
        "GET", QLatin1Char('/') + resource + QLatin1Char('?') + query + QStringLiteral("&cursor=") +
                   QString::fromLatin1(
                       QUrl::toPercentEncoding(json.value(QStringLiteral("next_cursor")).toString())));
    QCOMPARE(next.status, 200);
    const QJsonArray nextData = next.json().value(QStringLiteral("data")).toArray();
    QVERIFY(!nextData.isEmpty());
    QVERIFY(nextData.first().toObject().value(QStringLiteral("id")) !=
            data.first().toObject().value(QStringLiteral("id")));
}

void TestListPages::tombstonesAreWellFormed()
{
    // Release a number, then list changes since just before: the tombstone or the released record is there.
    const SandboxReply list = m_client->call("GET", QStringLiteral("/phone-numbers?limit=5&status=ACTIVE"));
    QCOMPARE(list.status, 200);
    const QString id = list.json()
                           .value(QStringLiteral("data"))
                           .toArray()
                           .first()
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString();
    const SandboxReply released =
        m_client->call("POST", QStringLiteral("/phone-numbers/%1/release").arg(id), QJsonObject{});
    QVERIFY2(released.status / 100 == 2, released.body.constData());
    const SandboxReply delta =
        m_client->call("GET", QStringLiteral("/phone-numbers?limit=1000&updated_since=2000-01-01T00:00:00Z"));
    QCOMPARE(delta.status, 200);
    QJsonParseError parseError;
    QJsonDocument::fromJson(delta.body, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    bool found = false;
    QString cursor = delta.json().value(QStringLiteral("next_cursor")).toString();
    QJsonArray data = delta.json().value(QStringLiteral("data")).toArray();
    for (int guard = 0; guard < 20 && !found; ++guard) {
        for (const QJsonValue &v : std::as_const(data)) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("id")).toString() != id)
                continue;
            found = true;
            if (o.value(QStringLiteral("deleted")).toBool()) {
                QCOMPARE(o.keys(), (QStringList{"deleted", "id", "updated_at"}));
                QVERIFY(simuwave::sandbox::wire::parseTime(o.value(QStringLiteral("updated_at")).toString()));
            } else {
                QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("RELEASED"));
            }
        }
        if (found || cursor.isEmpty())
            break;
        const SandboxReply more = m_client->call(
            "GET", QStringLiteral("/phone-numbers?limit=1000&updated_since=2000-01-01T00:00:00Z&cursor=") +
                       QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
        data = more.json().value(QStringLiteral("data")).toArray();
        cursor = more.json().value(QStringLiteral("next_cursor")).toString();
    }
    QVERIFY(found);
}

// Page text is copied from SQLite's UTF-8 with JSON escapes added by hand: a tenant name with quotes, a
// backslash, accents, CJK and a character outside the BMP must come out of a numbers page exactly as stored,
// and equal to the single GET.
void TestListPages::textIsEscapedUtf8()
{
    const SandboxReply owned = m_client->call("GET", QStringLiteral("/phone-numbers?limit=1&status=ACTIVE"));
    QCOMPARE(owned.status, 200);
    const QJsonObject number = owned.json().value(QStringLiteral("data")).toArray().first().toObject();
    const QString tenant = number.value(QStringLiteral("tenant_id")).toString();
    QVERIFY(!tenant.isEmpty());
    const QString name = QStringLiteral("Caf\u00e9 \"Ni\u00f1o\" \\ \u65e5\u672c \U0001F600 </tag>");
    const SandboxReply renamed = m_client->call("PATCH", QStringLiteral("/tenants/") + tenant,
                                                QJsonObject{{QStringLiteral("name"), name}});
    QVERIFY2(renamed.status == 200, renamed.body.constData());
    const SandboxReply page =
        m_client->call("GET", QStringLiteral("/phone-numbers?limit=1000&tenant_id=") + tenant);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("\\\"Ni")); // the quote escaped in the text itself
    QJsonParseError parseError;
    const QJsonArray data =
        QJsonDocument::fromJson(page.body, &parseError).object().value(QStringLiteral("data")).toArray();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY(!data.isEmpty());
    for (const QJsonValue &v : data)
        QCOMPARE(v.toObject().value(QStringLiteral("tenant_name")).toString(), name);
    const QString id = data.first().toObject().value(QStringLiteral("id")).toString();
    const SandboxReply one = m_client->call("GET", QStringLiteral("/phone-numbers/") + id);
    QCOMPARE(one.status, 200);
    QCOMPARE(data.first().toObject(), one.json());
}

void TestListPages::timestampsMatchQDateTime()
{
    QRandomGenerator rng(20261125);
    QList<qint64> values{0,
                         1,
                         999,
                         86'399'999,
                         86'400'000,
                         951'782'400'000 /* 2000-02-29 */,
                         4'107'542'399'999 /* 2100-02-28T23:59:59.999 */,
                         253'402'300'799'999};
    for (int i = 0; i < 20000; ++i)
        values.append(qint64(rng.generate64() % 253'402'300'800'000ULL));
    for (qint64 ms : std::as_const(values))
        QCOMPARE(wire::isoTime(ms), QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
}

QTEST_MAIN(TestListPages)
#include "tst_listpages.moc"
