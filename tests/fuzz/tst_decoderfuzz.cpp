// Mutation fuzzing of the strict decoders (reliability scenarios 12-19): pages fetched from the real
// sandbox are mutated byte-wise (flips, truncation, splices) and structurally (values swapped for other
// JSON types, fields dropped, deep nesting). Whatever comes in, decodePage either accepts the page or
// rejects it whole with a reason; it never crashes and never half-fills the page. Money and Rate parsing
// get the same treatment with random strings: accepted values must round-trip exactly.
// Every mutated page also goes through the sync path's front end (RecordDecoder::decodePageJson on the raw
// body, simdjson): both must accept the same pages with the same records and refuse the same pages with the
// same reason. The only allowed difference: raw control characters inside strings and numbers such as "1."
// or ".5", which RFC 8259 forbids and QJsonDocument tolerates; the simdjson path refuses them as invalid
// JSON.
#include "api/JsonGuard.h"
#include "api/PageDecoder.h"
#include "cache/RecordDecoder.h"
#include "domain/Money.h"
#include "domain/Rate.h"
#include "SandboxServer.h"

#include <cctype>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace simuwave;
using simuwave::cache::PageEnvelope;
using simuwave::cache::RecordDecoder;
using simuwave::cache::RecordPage;
using simuwave::cache::Resource;

namespace {

constexpr quint32 kSeed = 20261124;
constexpr int kMutationsPerPage = 1500;

int recordCount(const RecordPage &p)
{
    return int(p.tenants.size() + p.phoneNumbers.size() + p.invoices.size() + p.portRequests.size() +
               p.users.size() + p.branding.size() + p.tenantLimits.size() + p.tenantUsage.size() +
               p.tombstones.size());
}

bool samePage(const RecordPage &a, const RecordPage &b)
{
    return a.resource == b.resource && a.tenants == b.tenants && a.phoneNumbers == b.phoneNumbers &&
           a.invoices == b.invoices && a.portRequests == b.portRequests && a.users == b.users &&
           a.branding == b.branding && a.tenantLimits == b.tenantLimits && a.tenantUsage == b.tenantUsage &&
           a.tombstones == b.tombstones;
}

// The sync path before simdjson: JsonGuard, PageDecoder, RecordDecoder over QJsonArray.
bool decodeOld(Resource resource, const QByteArray &body, RecordPage *page, Page *paging, QString *why)
{
    *page = RecordPage{};
    QJsonObject envelope;
    return JsonGuard::parseObject(body, 64, &envelope, why) && PageDecoder::decode(envelope, paging, why) &&
           RecordDecoder::decodePage(resource, paging->data, page, why);
}

// What QJsonDocument tolerates and RFC 8259 forbids, by a look at the bytes: a control character (the
// sandbox writes compact JSON, so none is whitespace) or a number starting or ending with '.'.
bool hasToleratedInvalidJson(const QByteArray &body)
{
    for (qsizetype i = 0; i < body.size(); ++i) {
        const auto c = uchar(body.at(i));
        if (c < 0x20)
            return true;
        if (c == '.') {
            const bool digitBefore = i > 0 && std::isdigit(uchar(body.at(i - 1)));
            const bool digitAfter = i + 1 < body.size() && std::isdigit(uchar(body.at(i + 1)));
            if (digitBefore != digitAfter)
                return true;
        }
    }
    return false;
}

QJsonValue randomScalar(QRandomGenerator &rng)
{
    switch (rng.bounded(9)) {
    case 0:
        return QJsonValue(QJsonValue::Null);
    case 1:
        return QJsonValue(bool(rng.bounded(2)));
    case 2:
        return QJsonValue(double(rng.bounded(1000000)) / 7.0); // a fraction where cents are expected
    case 3:
        return QJsonValue(qint64(rng.generate64() >> 1));
    case 4:
        return QJsonValue(QStringLiteral("12.5"));
    case 5:
        return QJsonValue(QString::fromUtf8("\xF0\x9F\x93\x9E \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D"));
    case 6:
        return QJsonValue(QString(5000, QLatin1Char('x')));
    case 7:
        return QJsonArray{1, 2, 3};
    default:
        return QJsonObject{{QStringLiteral("nested"), QJsonObject{}}};
    }
}

// One structural mutation of a random element of `data`.
QJsonArray mutateStructure(QJsonArray data, QRandomGenerator &rng)
{
    if (data.isEmpty())
        return data;
    const int i = int(rng.bounded(qsizetype(data.size())));
    if (!data.at(i).isObject()) {
        data[i] = QJsonObject{};
        return data;
    }
    QJsonObject o = data.at(i).toObject();
    const QStringList keys = o.keys();
    switch (rng.bounded(4)) {
    case 0: // swap a value for another type
        if (!keys.isEmpty())
            o.insert(keys.at(int(rng.bounded(qsizetype(keys.size())))), randomScalar(rng));
        break;
    case 1: // drop a field
        if (!keys.isEmpty())
            o.remove(keys.at(int(rng.bounded(qsizetype(keys.size())))));
        break;
    case 2: // claim to be a tombstone
        o.insert(QStringLiteral("deleted"), randomScalar(rng));
        break;
    default: // replace the element itself
        data[i] = randomScalar(rng);
        return data;
    }
    data[i] = o;
    return data;
}

QByteArray mutateBytes(QByteArray bytes, QRandomGenerator &rng)
{
    if (bytes.isEmpty())
        return bytes;
    switch (rng.bounded(4)) {
    case 0: // truncate
        bytes.truncate(qsizetype(rng.bounded(qsizetype(bytes.size()))));
        break;
    case 1: // flip a few bytes
        for (int k = 0; k < 4; ++k)
            bytes[qsizetype(rng.bounded(qsizetype(bytes.size())))] = char(rng.bounded(256));
        break;
    case 2: { // splice a chunk elsewhere
        const qsizetype from = qsizetype(rng.bounded(qsizetype(bytes.size())));
        const qsizetype len = qMin<qsizetype>(64, bytes.size() - from);
        bytes.insert(qsizetype(rng.bounded(qsizetype(bytes.size()))), bytes.mid(from, len));
        break;
    }
    default: // an embedded NUL
        bytes.insert(qsizetype(rng.bounded(qsizetype(bytes.size()))), '\0');
        break;
    }
    return bytes;
}

} // namespace

class tst_decoderfuzz : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void decodePage_data();
    void decodePage();
    void moneyAndRateParsing();

private:
    QByteArray fetch(const QString &path);

    QTemporaryDir m_dir;
    sandbox::SandboxServer m_server;
    QNetworkAccessManager m_nam;
    QString m_token;
    QHash<QString, QByteArray> m_pages;
};

void tst_decoderfuzz::initTestCase()
{
    QVERIFY(m_dir.isValid());
    sandbox::SandboxOptions options;
    options.dataDir = m_dir.path();
    options.seed = QStringLiteral("demo");
    QString error;
    QVERIFY2(m_server.start(options, &error), qPrintable(error));
    m_token = m_server.credentials().value(QStringLiteral("admin_api_key")).toString();
    QVERIFY(!m_token.isEmpty());
    qInfo("fuzz seed %u, %d mutations per page", kSeed, kMutationsPerPage);
}

QByteArray tst_decoderfuzz::fetch(const QString &path)
{
    QNetworkRequest request(QUrl(m_server.baseUrl().toString() + path));
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    QNetworkReply *reply = m_nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(30000))
        return {};
    reply->deleteLater();
    return reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
}

void tst_decoderfuzz::decodePage_data()
{
    QTest::addColumn<int>("resource");
    QTest::addColumn<QString>("path");
    QTest::newRow("tenants") << int(Resource::Tenants) << QStringLiteral("/tenants?limit=50");
    QTest::newRow("phone-numbers") << int(Resource::PhoneNumbers)
                                   << QStringLiteral("/phone-numbers?limit=50");
    QTest::newRow("invoices") << int(Resource::Invoices) << QStringLiteral("/invoices?limit=20");
    QTest::newRow("port-requests") << int(Resource::PortRequests)
                                   << QStringLiteral("/port-requests?limit=20");
}

void tst_decoderfuzz::decodePage()
{
    QFETCH(int, resource);
    QFETCH(QString, path);
    const auto res = Resource(resource);

    const QByteArray body = fetch(path);
    QVERIFY2(!body.isEmpty(), "the sandbox answered nothing");
    const QJsonArray data = QJsonDocument::fromJson(body).object().value(QStringLiteral("data")).toArray();
    QVERIFY(!data.isEmpty());

    // The unmutated page, as served, must decode: the decoders and the sandbox agree on the contract.
    RecordPage page;
    QString error;
    QVERIFY2(RecordDecoder::decodePage(res, data, &page, &error), qPrintable(error));
    QCOMPARE(recordCount(page), int(data.size()));

    for (const char c : body)
        QVERIFY2(uchar(c) >= 0x20, "the sandbox's page must be compact JSON");

    QRandomGenerator rng(kSeed + quint32(resource));
    const QJsonObject envelope = QJsonDocument::fromJson(body).object();
    int accepted = 0, rejected = 0, stricter = 0;
    for (int i = 0; i < kMutationsPerPage; ++i) {
        QByteArray mutated;
        if (i % 2 == 0) {
            QJsonObject e = envelope;
            e.insert(QStringLiteral("data"), mutateStructure(data, rng));
            mutated = QJsonDocument(e).toJson(QJsonDocument::Compact);
        } else {
            mutated = mutateBytes(body, rng);
        }
        RecordPage oldPage, newPage;
        Page oldPaging;
        PageEnvelope newPaging;
        QString oldWhy, newWhy;
        const bool oldOk = decodeOld(res, mutated, &oldPage, &oldPaging, &oldWhy);
        const bool newOk = RecordDecoder::decodePageJson(res, mutated, 64, &newPage, &newPaging, &newWhy);
        const QString invalid = QStringLiteral("the answer is not valid JSON (");
        // Invalid JSON QJsonDocument tolerated: the old path went on to accept the page or to refuse a
        // record.
        if (!newOk && newWhy.startsWith(invalid) && !(!oldOk && oldWhy.startsWith(invalid)) &&
            hasToleratedInvalidJson(mutated)) {
            ++stricter;
            QCOMPARE(recordCount(newPage), 0);
            continue;
        }
        QVERIFY2(oldOk == newOk, qPrintable(QStringLiteral("mutation %1: old \"%2\", new \"%3\"\n%4")
                                                .arg(i)
                                                .arg(oldWhy, newWhy, QString::fromUtf8(mutated.left(2000)))));
        if (newOk) {
            ++accepted;
            QCOMPARE(recordCount(newPage), int(oldPaging.data.size()));
            QVERIFY2(samePage(oldPage, newPage), qPrintable(QStringLiteral("mutation %1").arg(i)));
            QCOMPARE(newPaging.hasMore, oldPaging.hasMore);
            QCOMPARE(newPaging.nextCursor, oldPaging.nextCursor);
            QCOMPARE(newPaging.resumeCursor, oldPaging.resumeCursor);
        } else {
            ++rejected;
            QVERIFY2(!newWhy.isEmpty(), "a rejected page must say why");
            QCOMPARE(recordCount(newPage), 0); // all or nothing
            QCOMPARE(recordCount(oldPage), 0);
            // Invalid JSON: both say so (the detail differs: Qt's parser message vs simdjson's).
            if (oldWhy.startsWith(invalid))
                QVERIFY2(newWhy.startsWith(invalid), qPrintable(newWhy));
            else
                QCOMPARE(newWhy, oldWhy);
        }
    }
    qInfo("%s: %d mutated pages accepted, %d rejected (both paths), %d refused as invalid JSON only by the "
          "simdjson path",
          qPrintable(path), accepted, rejected, stricter);
    QVERIFY(rejected > 0); // the strict decoders must notice wrong types and dropped fields
}

void tst_decoderfuzz::moneyAndRateParsing()
{
    QRandomGenerator rng(kSeed);
    static const char alphabet[] = "0123456789.-+ e,$\x01";
    int acceptedMoney = 0, acceptedRate = 0;
    for (int i = 0; i < 50000; ++i) {
        QString text;
        const int len = int(rng.bounded(1, 24));
        for (int k = 0; k < len; ++k)
            text += QLatin1Char(alphabet[rng.bounded(int(sizeof(alphabet) - 1))]);
        QString error;
        if (const auto money = Money::parse(text, QStringLiteral("USD"), &error, QStringLiteral("amount"))) {
            ++acceptedMoney;
            const auto again = Money::parse(money->toDecimalString());
            QVERIFY2(again && again->cents() == money->cents(), qPrintable(text));
        } else {
            QVERIFY2(!error.isEmpty(), qPrintable(text));
        }
        if (const auto rate = Rate::parse(text)) {
            ++acceptedRate;
            const auto again = Rate::parse(rate->toDecimalString());
            QVERIFY2(again && again->micros() == rate->micros(), qPrintable(text));
        }
    }
    qInfo("money accepted %d, rate accepted %d of 50000 random strings", acceptedMoney, acceptedRate);
    QVERIFY(acceptedMoney > 0);
}

QTEST_GUILESS_MAIN(tst_decoderfuzz)
#include "tst_decoderfuzz.moc"
