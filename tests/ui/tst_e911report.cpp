// The E911 compliance report from a real synced cache: every number in service once, grouped by tenant and
// address, as CSV (quoted, formula-safe) and as a branded PDF whose text (pdftotext) holds the tenants, the
// numbers, their statuses and the page count.
#include "ConsoleTestFixture.h"

#include "e911/E911Pane.h"
#include "main/AppResources.h"
#include "porting/PortCsvImport.h"
#include "print/E911ComplianceReport.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

using namespace simuwave;

class TestE911Report : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!registerBundledFonts().isEmpty());
        m_f = std::make_unique<ConsoleTestFixture>();
        QVERIFY2(m_f->start(), qPrintable(m_f->error));
    }
    void cleanupTestCase() { m_f.reset(); }

    void collectsEveryNumberInServiceGrouped()
    {
        const QList<E911ReportRow> rows = E911ComplianceReport::collect(*m_f->cache);
        QSqlQuery q(m_f->cache->database());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT COUNT(*), SUM(e911_status = 'failed') FROM phone_numbers WHERE status <> "
                    "'RELEASED'")) &&
                q.next());
        QCOMPARE(rows.size(), q.value(0).toInt());
        QVERIFY(q.value(1).toInt() > 0);
        // Grouped: a tenant's rows are contiguous, and within it an address's rows too.
        QSet<QString> closedTenants;
        QString current;
        for (const E911ReportRow &r : rows) {
            const QString key = r.tenantName + r.sipPrefix;
            if (key != current) {
                QVERIFY2(!closedTenants.contains(key), qPrintable(key));
                closedTenants.insert(current);
                current = key;
            }
            if (r.status == QLatin1String("failed"))
                QVERIFY(!r.error.isEmpty() || !r.address.isEmpty());
        }
    }

    void csvAndPdf()
    {
        QList<E911ReportRow> rows = E911ComplianceReport::collect(*m_f->cache);
        QVERIFY(!rows.isEmpty());
        rows.first().tenantName = QStringLiteral("=HYPERLINK(\"x\"), Inc."); // a hostile name stays text
        const QString csvPath = m_dir.filePath(QStringLiteral("e911.csv"));
        QCOMPARE(E911ComplianceReport::writeCsv(rows, csvPath), QString());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QStringList> table = PortCsvImport::parseCsv(csv.readAll());
        QCOMPARE(table.size(), rows.size() + 1);
        QCOMPARE(table.first().join(QLatin1Char(',')),
                 QStringLiteral("tenant,sip_prefix,number,e911_address,e911_status,e911_error"));
        QCOMPARE(table.at(1).at(0), QStringLiteral("'=HYPERLINK(\"x\"), Inc."));
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(table.at(i + 1).at(2), rows.at(i).e164);
            QCOMPARE(table.at(i + 1).at(4), rows.at(i).status);
        }

        PdfBranding brand;
        brand.brandName = QStringLiteral("Acme Phones");
        const QString pdfPath = m_dir.filePath(QStringLiteral("e911.pdf"));
        QCOMPARE(E911ComplianceReport::writePdf(rows, brand, pdfPath), QString());
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {pdfPath, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(text.contains(QLatin1String("E911 Compliance Report")));
        QVERIFY(text.contains(QLatin1String("Acme Phones")));
        QVERIFY(text.contains(QStringLiteral("%1 numbers in service").arg(rows.size())));
        const E911ReportRow &failed = *std::find_if(rows.cbegin(), rows.cend(), [](const E911ReportRow &r) {
            return r.status == QLatin1String("failed");
        });
        const QString e = failed.e164;
        QVERIFY2(text.contains(QStringLiteral("(%1) %2-%3").arg(e.mid(2, 3), e.mid(5, 3), e.mid(8, 4))),
                 qPrintable(e));
        QVERIFY(text.contains(rows.last().tenantName));
        QRegularExpression pages(QStringLiteral("Page 1 of (\\d+)"));
        const auto m = pages.match(text);
        QVERIFY(m.hasMatch());
        QVERIFY(m.captured(1).toInt() >= 2); // the demo's ~400 numbers take several pages
    }

    // From the pane, for the read-only role too (reading only), as CSV and PDF.
    void thePaneExportsForTheReadOnlyRole()
    {
        ConsoleTestFixture ro;
        QVERIFY2(ro.start(QStringLiteral("demo"), ConsoleTestFixture::Role::ReadOnly), qPrintable(ro.error));
        E911Pane pane(*ro.context);
        const QString csv = m_dir.filePath(QStringLiteral("ro.csv")),
                      pdf = m_dir.filePath(QStringLiteral("ro.pdf"));
        QCOMPARE(pane.exportReport(csv, false), QString());
        QCOMPARE(pane.exportReport(pdf, true), QString());
        QFile c(csv), p(pdf);
        QVERIFY(c.open(QIODevice::ReadOnly) && c.readAll().count('\n') > 100);
        QVERIFY(p.open(QIODevice::ReadOnly) && p.read(5) == "%PDF-");
    }

private:
    std::unique_ptr<ConsoleTestFixture> m_f;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestE911Report)
#include "tst_e911report.moc"
