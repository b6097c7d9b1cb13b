// The cache's JSON writers: CompactJson's text must be what QJsonDocument writes (compact) for the same
// values, byte for byte, so that a column is rewritten only when its meaning changed and every reader
// (QJsonDocument, SQLite's json functions) reads it back. Also IsoTime: the times inside those columns and
// the dates of the date columns.
#include "cache/CompactJson.h"
#include "domain/Decimal.h"
#include "domain/IsoTime.h"

#include <limits>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace simuwave;
using namespace simuwave::cache;

class TestCompactJson : public QObject
{
    Q_OBJECT
private slots:
    void stringsAsQJsonDocumentWritesThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString(QLatin1String(""));
        QTest::newRow("ascii") << QStringLiteral("Local minutes (1,659 x 0.025)");
        QTest::newRow("quote and backslash") << QStringLiteral("say \"hi\" C:\\path");
        QTest::newRow("escapes") << QStringLiteral("a\nb\rc\td\be\ff");
        QTest::newRow("control characters") << QString::fromUtf16(u"\u0001x\u001fy\u0000z", 7);
        QTest::newRow("DEL and slash") << QString::fromUtf16(u"\u007f/", 2);
        QTest::newRow("latin-1 after ascii") << QStringLiteral("card \u00e9t\u00e9");
        QTest::newRow("non-ascii first") << QStringLiteral("\u00e9t\u00e9 \"quoted\"");
        QTest::newRow("cjk") << QStringLiteral("\u6771\u4eac");
        QTest::newRow("surrogate pair") << QString::fromUtf16(u"x\U0001F600y");
        QTest::newRow("long ascii") << QString(5000, QLatin1Char('a'));
    }
    void stringsAsQJsonDocumentWritesThem()
    {
        QFETCH(QString, text);
        // Several strings into one writer, so that the buffer grows while strings are written into it.
        CompactJson w(4);
        w.beginArray();
        for (int i = 0; i < 3; ++i)
            w.string(text);
        w.endArray();
        const QJsonArray expected{text, text, text};
        const QByteArray out = w.take();
        QCOMPARE(out, QJsonDocument(expected).toJson(QJsonDocument::Compact));
        QCOMPARE(QJsonDocument::fromJson(out).array(), expected);
        // The same text given as UTF-8 (as the sandbox's pages copy it from SQLite) comes out the same.
        const QByteArray utf8 = text.toUtf8();
        CompactJson u(4);
        u.beginArray();
        for (int i = 0; i < 3; ++i)
            u.utf8String(utf8);
        u.endArray();
        QCOMPARE(u.take(), out);
    }

    // JSON text copied as it is, null and booleans, each separated like any value.
    void rawNullAndBooleans()
    {
        CompactJson w(2);
        w.beginObject()
            .key(QLatin1StringView("a"))
            .raw("{\"x\":[1,2]}")
            .key(QLatin1StringView("b"))
            .null()
            .key(QLatin1StringView("c"))
            .boolean(true)
            .key(QLatin1StringView("d"))
            .beginArray()
            .boolean(false)
            .raw("[]")
            .null()
            .endArray()
            .endObject();
        QCOMPARE(w.take(), QByteArray(R"({"a":{"x":[1,2]},"b":null,"c":true,"d":[false,[],null]})"));
    }

    // Decimal strings written in place (the line items' unit prices): the text Rate and Money give.
    void scaled_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<int>("scale");
        QTest::addColumn<int>("minDecimals");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("rate") << qint64(16000) << 6 << 2 << QByteArray("0.016");
        QTest::newRow("trailing zeros trimmed to two") << qint64(2500000) << 6 << 2 << QByteArray("2.50");
        QTest::newRow("all six decimals") << qint64(1234567) << 6 << 2 << QByteArray("1.234567");
        QTest::newRow("negative below one") << qint64(-50000) << 6 << 2 << QByteArray("-0.05");
        QTest::newRow("zero") << qint64(0) << 6 << 2 << QByteArray("0.00");
        QTest::newRow("cents") << qint64(-123456) << 2 << 2 << QByteArray("-1234.56");
        QTest::newRow("no decimals left") << qint64(1200) << 2 << 0 << QByteArray("12");
        QTest::newRow("scale 0") << qint64(1234) << 0 << 0 << QByteArray("1234");
        QTest::newRow("min") << std::numeric_limits<qint64>::min() << 6 << 2
                             << QByteArray("-9223372036854.775808");
        QTest::newRow("max") << std::numeric_limits<qint64>::max() << 2 << 2
                             << QByteArray("92233720368547758.07");
    }
    void scaled()
    {
        QFETCH(qint64, value);
        QFETCH(int, scale);
        QFETCH(int, minDecimals);
        QFETCH(QByteArray, text);
        CompactJson w(2); // grows while writing
        w.beginObject();
        w.key(QLatin1StringView("a")).scaled(value, scale, minDecimals);
        w.key(QLatin1StringView("b")).scaled(value, scale, minDecimals);
        w.endObject();
        QCOMPARE(w.take(), "{\"a\":\"" + text + "\",\"b\":\"" + text + "\"}");
        QCOMPARE(decimal::formatScaled(value, scale, minDecimals), QString::fromLatin1(text));
    }

    void integers_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::newRow("zero") << qint64(0);
        QTest::newRow("negative") << qint64(-85);
        QTest::newRow("cents") << qint64(1085);
        QTest::newRow("2^53 + 1") << (qint64(1) << 53) + 1;
        QTest::newRow("max") << std::numeric_limits<qint64>::max();
        QTest::newRow("min") << std::numeric_limits<qint64>::min();
    }
    void integers()
    {
        QFETCH(qint64, value);
        CompactJson w;
        w.beginObject().key(QLatin1StringView("n")).integer(value).endObject();
        QCOMPARE(w.take(), QByteArray("{\"n\":") + QByteArray::number(value) + '}');
    }

    // Whole values as QJsonDocument writes them: keys in its order, numbers, nulls, nesting.
    void valuesAsQJsonDocumentWritesThem()
    {
        const QJsonArray a{
            QJsonObject{{QStringLiteral("amount_cents"), 1085},
                        {QStringLiteral("id"), QStringLiteral("pay_1")},
                        {QStringLiteral("note"), QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("ok"), true},
                        {QStringLiteral("rate"), 0.025},
                        {QStringLiteral("nested"), QJsonArray{1, QStringLiteral("\u00e9"), QJsonObject{}}}},
            QJsonArray{}, false, -3};
        QCOMPARE(CompactJson::of(a), QJsonDocument(a).toJson(QJsonDocument::Compact));
    }

    void isoTimes_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::newRow("epoch") << QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
        QTest::newRow("milliseconds") << QDateTime(QDate(2025, 2, 10), QTime(12, 0, 0, 250), Qt::UTC);
        QTest::newRow("leap day") << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC);
        QTest::newRow("century") << QDateTime(QDate(2100, 3, 1), QTime(0, 0), Qt::UTC);
        QTest::newRow("offset") << QDateTime(QDate(2025, 2, 28), QTime(23, 59, 59, 999),
                                             QTimeZone(-5 * 3600));
        QTest::newRow("before 1970") << QDateTime(QDate(1969, 12, 31), QTime(23, 0), Qt::UTC);
    }
    void isoTimes()
    {
        QFETCH(QDateTime, time);
        const QByteArray expected = time.toUTC().toString(Qt::ISODateWithMs).toLatin1();
        QCOMPARE(isotime::from(time), expected);
        QCOMPARE(isotime::fromMSecs(time.toMSecsSinceEpoch()), expected);
        QVERIFY(isotime::from(QDateTime()).isEmpty());
        char text[24];
        if (time.toMSecsSinceEpoch() >= 0) {
            QVERIFY(isotime::writeMSecs(text, time.toMSecsSinceEpoch()));
            QCOMPARE(QByteArray(text, 24), expected);
        } else {
            QVERIFY(!isotime::writeMSecs(text, time.toMSecsSinceEpoch())); // the general path's
        }
    }

    // The cache's date columns (YYYY-MM-DD, as QDate writes them).
    void dates_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::newRow("ordinary") << QDate(2025, 2, 10);
        QTest::newRow("end of year") << QDate(1999, 12, 31);
        QTest::newRow("small year") << QDate(7, 1, 1);
        QTest::newRow("last year") << QDate(9999, 12, 31);
    }
    void dates()
    {
        QFETCH(QDate, date);
        char out[10];
        isotime::writeDate(out, date.year(), date.month(), date.day());
        QCOMPARE(QByteArray(out, 10), date.toString(Qt::ISODate).toLatin1());
    }
};

QTEST_APPLESS_MAIN(TestCompactJson)
#include "tst_compactjson.moc"
