// The list envelope and the JSON caps, without a network. Every row also goes through the sync path's
// front end (RecordDecoder::decodePageJson on the raw body, simdjson): same outcome, same reason.
#include "api/JsonGuard.h"
#include "api/PageDecoder.h"
#include "cache/RecordDecoder.h"

#include <QJsonDocument>
#include <QTest>

using namespace simuwave;
using cache::PageEnvelope;
using cache::RecordDecoder;
using cache::RecordPage;
using cache::Resource;

namespace {

// The sync path on a raw body: body checks, envelope, records.
bool decodeRaw(const QByteArray &body, int maxDepth, PageEnvelope *envelope, RecordPage *records,
               QString *why)
{
    return RecordDecoder::decodePageJson(Resource::PhoneNumbers, body, maxDepth, records, envelope, why);
}

// The envelope rows carry {"id":"a"} as elements: made valid tombstones so that the records pass too and
// only the envelope decides.
QByteArray withTombstones(QByteArray json)
{
    for (const char *id : {"a", "b"})
        json.replace(QByteArray(R"({"id":")") + id + R"("})",
                     QByteArray(R"({"id":")") + id +
                         R"(","deleted":true,"updated_at":"2025-01-01T00:00:00Z"})");
    return json;
}

} // namespace

class TestPageDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void envelope_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("rows");
        QTest::newRow("last page") << QByteArray(
                                          R"({"data":[{"id":"a"}],"next_cursor":null,"has_more":false})")
                                   << true << 1;
        QTest::newRow("middle page")
            << QByteArray(R"({"data":[{"id":"a"},{"id":"b"}],"next_cursor":"c","has_more":true})") << true
            << 2;
        QTest::newRow("empty list") << QByteArray(R"({"data":[],"next_cursor":null,"has_more":false})")
                                    << true << 0;
        QTest::newRow("cursor omitted on last page")
            << QByteArray(R"({"data":[],"has_more":false})") << true << 0;
        QTest::newRow("data missing") << QByteArray(R"({"has_more":false})") << false << 0;
        QTest::newRow("data an object") << QByteArray(R"({"data":{},"has_more":false})") << false << 0;
        QTest::newRow("data a string") << QByteArray(R"({"data":"[]","has_more":false})") << false << 0;
        QTest::newRow("element not object")
            << QByteArray(R"({"data":[{"id":"a"},7],"has_more":false})") << false << 0;
        QTest::newRow("has_more missing")
            << QByteArray(R"({"data":[{"id":"a"}],"next_cursor":null})") << false << 0;
        QTest::newRow("has_more a string") << QByteArray(R"({"data":[],"has_more":"false"})") << false << 0;
        QTest::newRow("has_more true empty data")
            << QByteArray(R"({"data":[],"has_more":true,"next_cursor":"c"})") << false << 0;
        QTest::newRow("has_more true no cursor")
            << QByteArray(R"({"data":[{"id":"a"}],"has_more":true})") << false << 0;
        QTest::newRow("cursor a number")
            << QByteArray(R"({"data":[],"has_more":false,"next_cursor":5})") << false << 0;
        QTest::newRow("resume cursor on last page")
            << QByteArray(R"({"data":[{"id":"a"}],"has_more":false,"next_cursor":null,"resume_cursor":"r1"})")
            << true << 1;
        QTest::newRow("resume cursor null")
            << QByteArray(R"({"data":[],"has_more":false,"resume_cursor":null})") << true << 0;
        QTest::newRow("resume cursor a number")
            << QByteArray(R"({"data":[],"has_more":false,"resume_cursor":7})") << false << 0;
        QTest::newRow("resume cursor an object")
            << QByteArray(R"({"data":[],"has_more":false,"resume_cursor":{}})") << false << 0;
    }
    void envelope()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, valid);
        QFETCH(int, rows);
        Page page;
        QString why;
        const bool decoded = PageDecoder::decode(QJsonDocument::fromJson(json).object(), &page, &why);
        QCOMPARE(decoded, valid);
        QCOMPARE(why.isEmpty(), valid);
        if (valid) {
            QCOMPARE(page.data.size(), rows);
            // Kept for the last page only (a middle page's next_cursor is the way on).
            QCOMPARE(page.resumeCursor, page.hasMore ? QString()
                                                     : QJsonDocument::fromJson(json)
                                                           .object()
                                                           .value(QLatin1String("resume_cursor"))
                                                           .toString());
        }

        // The sync path: same decision and reason, same paging fields, the elements decoded as records.
        const QByteArray raw = withTombstones(json);
        QVERIFY(PageDecoder::decode(QJsonDocument::fromJson(raw).object(), &page, &why) == valid);
        PageEnvelope envelope;
        RecordPage records;
        QString rawWhy;
        QCOMPARE(decodeRaw(raw, 64, &envelope, &records, &rawWhy), valid);
        QCOMPARE(rawWhy, why);
        if (valid) {
            QCOMPARE(records.tombstones.size(), rows);
            QCOMPARE(envelope.hasMore, page.hasMore);
            QCOMPARE(envelope.nextCursor, page.nextCursor);
            QCOMPARE(envelope.resumeCursor, page.resumeCursor);
            QCOMPARE(envelope.firstUpdatedAt.isEmpty(), rows == 0);
        }
    }

    void depth_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("depth");
        QTest::newRow("flat") << QByteArray(R"({"a":1})") << 1;
        QTest::newRow("nested") << QByteArray(R"({"a":[{"b":[]}]})") << 4;
        QTest::newRow("brackets in strings") << QByteArray("{\"a\":\"[[[{{{\",\"b\":\"\\\"[[\"}") << 1;
        QTest::newRow("escaped backslash") << QByteArray(R"({"a":"\\","b":[1]})") << 2;
        QTest::newRow("backslash then escaped quote") << QByteArray(R"({"a":"\\\"[[","b":[[1]]})") << 3;
        QTest::newRow("unterminated string") << QByteArray(R"({"a":[1],"b":"[[[)") << 2;
    }
    void depth()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, depth);
        QCOMPARE(JsonGuard::nestingDepth(json, 64), depth);
    }

    void depthCapStopsEarly()
    {
        const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
        QCOMPARE(JsonGuard::nestingDepth(deep, 64), 65);
        QJsonObject out;
        QString why;
        QVERIFY(!JsonGuard::parseObject("{\"a\":" + deep + "}", 64, &out, &why));
        QVERIFY(why.contains(QLatin1String("64")));
        PageEnvelope envelope;
        RecordPage records;
        QString rawWhy;
        QVERIFY(!decodeRaw("{\"a\":" + deep + "}", 64, &envelope, &records, &rawWhy));
        QCOMPARE(rawWhy, why);
    }

    // Exactly maxDepth levels pass the body checks on both paths, one more is refused with the same reason.
    // The sync path uses simdjson's own depth limit, which does not count an empty array or object as a
    // level: one more level that holds nothing is let through there (harmless: it allocates nothing).
    void depthLimitSameOnBothPaths_data()
    {
        QTest::addColumn<int>("maxDepth");
        QTest::addColumn<QByteArray>("innermost");
        QTest::addColumn<int>("levels");
        QTest::addColumn<bool>("guardOk");
        QTest::addColumn<bool>("rawOk");
        for (const int max : {64, 3}) {
            QTest::addRow("%d levels, innermost [1]", max) << max << QByteArray("[1]") << max << true << true;
            QTest::addRow("%d+1 levels, innermost [1]", max)
                << max << QByteArray("[1]") << max + 1 << false << false;
            QTest::addRow("%d levels, innermost {}", max) << max << QByteArray("{}") << max << true << true;
            QTest::addRow("%d+1 levels, innermost {}", max)
                << max << QByteArray("{}") << max + 1 << false << true;
            QTest::addRow("%d+2 levels, innermost {}", max)
                << max << QByteArray("{}") << max + 2 << false << false;
        }
    }
    void depthLimitSameOnBothPaths()
    {
        QFETCH(int, maxDepth);
        QFETCH(QByteArray, innermost);
        QFETCH(int, levels);
        QFETCH(bool, guardOk);
        QFETCH(bool, rawOk);
        // {"data":[],"has_more":false,"x":[[...innermost...]]}: the envelope, levels - 2 arrays, innermost.
        const int arrays = levels - 2;
        const QByteArray body = R"({"data":[],"has_more":false,"x":)" + QByteArray(arrays, '[') + innermost +
                                QByteArray(arrays, ']') + "}";
        QCOMPARE(JsonGuard::nestingDepth(body, 1000), levels);
        QJsonObject out;
        QString why;
        QCOMPARE(JsonGuard::parseObject(body, maxDepth, &out, &why), guardOk);
        PageEnvelope envelope;
        RecordPage records;
        QString rawWhy;
        QCOMPARE(decodeRaw(body, maxDepth, &envelope, &records, &rawWhy), rawOk);
        if (!rawOk)
            QCOMPARE(rawWhy, why);
    }

    void parseObjectReasons_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::newRow("object") << QByteArray(" {\"a\":1}\n") << true;
        QTest::newRow("empty") << QByteArray("  ") << false;
        QTest::newRow("html") << QByteArray("<!DOCTYPE html><html></html>") << false;
        QTest::newRow("truncated") << QByteArray("{\"a\":[1,2") << false;
        QTest::newRow("array") << QByteArray("[1]") << false;
        QTest::newRow("nul byte inside string") << QByteArray("{\"a\":\"x\\u0000y\"}") << true;
        QTest::newRow("trailing garbage") << QByteArray("{\"a\":1}x") << false;
        QTest::newRow("invalid UTF-8") << QByteArray("{\"a\":\"\xff\"}") << false;
    }
    void parseObjectReasons()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QJsonObject out;
        QString why;
        QCOMPARE(JsonGuard::parseObject(body, 64, &out, &why), ok);
        QCOMPARE(why.isEmpty(), ok);

        // The sync path refuses what JsonGuard refuses, with its reason (for invalid JSON the detail in
        // parentheses is simdjson's, without a byte offset).
        PageEnvelope envelope;
        RecordPage records;
        QString rawWhy;
        const bool rawOk = decodeRaw(body, 64, &envelope, &records, &rawWhy);
        if (!ok) {
            QVERIFY(!rawOk);
            const QString invalid = QStringLiteral("the answer is not valid JSON (");
            if (why.startsWith(invalid))
                QVERIFY2(rawWhy.startsWith(invalid), qPrintable(rawWhy));
            else
                QCOMPARE(rawWhy, why);
        } else {
            // Objects that are no list: refused by the envelope check, not by the body checks.
            QCOMPARE(rawWhy, QStringLiteral("the list has no \"data\""));
        }
    }
};

QTEST_GUILESS_MAIN(TestPageDecoder)
#include "tst_pagedecoder.moc"
