// The list envelope and the JSON caps, without a network.
#include "api/JsonGuard.h"
#include "api/PageDecoder.h"

#include <QJsonDocument>
#include <QTest>

using namespace simuwave;

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
    }
    void parseObjectReasons()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QJsonObject out;
        QString why;
        QCOMPARE(JsonGuard::parseObject(body, 64, &out, &why), ok);
        QCOMPARE(why.isEmpty(), ok);
    }
};

QTEST_GUILESS_MAIN(TestPageDecoder)
#include "tst_pagedecoder.moc"
