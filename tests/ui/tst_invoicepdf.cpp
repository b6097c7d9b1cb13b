// Branded invoice PDFs: text extractable exactly as written (pdftotext), fonts embedded (pdffonts), a valid
// file (qpdf --check), long invoices paginate with the table header repeated, a total that does not add up
// is reported and nothing is written; and `simuwave-console export-invoices` writes every invoice of a
// synced cache with the sandbox stopped, for the read-only role as well.
#include "ConsoleTestFixture.h"

#include "main/AppResources.h"
#include "print/InvoiceExporter.h"

#include <QDir>
#include <QProcess>
#include <QtTest>

using namespace simuwave;

class TestInvoicePdf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void textFontsAndValidity();
    void longInvoicePaginatesWithHeaders();
    void mismatchedTotalIsReported();
    void exportWorksOffline_data();
    void exportWorksOffline();

private:
    static QString run(const QString &program, const QStringList &args, int *exitCode = nullptr);
    static Invoice makeInvoice(int lines, const QString &description);
    QTemporaryDir m_dir;
};

void TestInvoicePdf::initTestCase()
{
    QVERIFY(!registerBundledFonts().isEmpty());
}

QString TestInvoicePdf::run(const QString &program, const QStringList &args, int *exitCode)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(120'000);
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

Invoice TestInvoicePdf::makeInvoice(int lines, const QString &description)
{
    Invoice inv;
    inv.id = QStringLiteral("inv_test");
    inv.number = QStringLiteral("INV-2026-TEST01");
    inv.tenantId = QStringLiteral("tnt_x");
    inv.status.value = InvoiceStatus::Paid;
    inv.status.raw = QStringLiteral("paid");
    inv.issueDate = QDate(2026, 11, 1);
    inv.dueDate = QDate(2026, 12, 1);
    inv.periodStart = QDate(2026, 10, 1);
    inv.periodEnd = QDate(2026, 10, 31);
    QList<InvoiceLineItem> items;
    qint64 sum = 0;
    for (int i = 0; i < lines; ++i) {
        InvoiceLineItem l;
        l.kind = QStringLiteral("extensions");
        l.description = description.arg(i + 1);
        l.quantity = i + 1;
        l.unitPrice = *Rate::parse(QStringLiteral("1.25"));
        l.amount = Money::fromCents(125 * (i + 1));
        sum += l.amount.cents();
        items << l;
    }
    inv.lineItems = items;
    inv.subtotal = Money::fromCents(sum);
    inv.tax = Money::fromCents(sum * 85 / 1000);
    inv.taxRate = QStringLiteral("0.085");
    inv.total = Money::fromCents(sum + inv.tax.cents());
    inv.paid = inv.total;
    inv.due = Money::fromCents(0);
    return inv;
}

void TestInvoicePdf::textFontsAndValidity()
{
    InvoicePdfInput in;
    in.invoice = makeInvoice(3, QStringLiteral("Office fit-out line %1, Springfield"));
    in.brandName = QStringLiteral("Acme Phones");
    in.supportEmail = QStringLiteral("help@acme.example");
    in.statementDescriptor = QStringLiteral("ACME PHONES");
    Tenant t;
    t.name = QStringLiteral(
        "Zürich Ärzte 医院 🚑 with a name far too long to fit on one line of the bill-to block");
    t.sipPrefix = QStringLiteral("zurich1");
    in.tenant = t;
    const QString path = m_dir.filePath(QStringLiteral("one.pdf"));
    const InvoiceExportResult r = InvoiceExporter::exportOne(in, path);
    QVERIFY2(r.ok, qPrintable(r.error));
    const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    for (const QString &needle :
         {QStringLiteral("Acme Phones"), QStringLiteral("INV-2026-TEST01"),
          QStringLiteral("Office fit-out line 1, Springfield"),
          QStringLiteral("Office fit-out line 3, Springfield"), QStringLiteral("$7.50"),
          QStringLiteral("Tax (8.5%)"), QStringLiteral("$0.63"), QStringLiteral("$8.13"),
          QStringLiteral("PAID"), QStringLiteral("Page 1 of 1"), QStringLiteral("ACME PHONES")})
        QVERIFY2(text.contains(needle), qPrintable(needle + QStringLiteral(" not in:\n") + text));
    QVERIFY(!text.contains(QChar(0xFB01))); // no "fi" ligature
    const QString fonts = run(QStringLiteral("pdffonts"), {path});
    const QStringList rows = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY(!rows.isEmpty());
    for (const QString &row : rows)
        QVERIFY2(row.contains(QStringLiteral(" yes ")), qPrintable(fonts)); // embedded
    int code = -1;
    const QString check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}, &code);
    QVERIFY2(code == 0, qPrintable(check));
}

void TestInvoicePdf::longInvoicePaginatesWithHeaders()
{
    InvoicePdfInput in;
    in.invoice = makeInvoice(200, QStringLiteral("Usage line %1"));
    in.brandName = QStringLiteral("Acme Phones");
    const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
    const InvoiceExportResult r = InvoiceExporter::exportOne(in, path);
    QVERIFY2(r.ok, qPrintable(r.error));
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    const QRegularExpression pagesRe(QStringLiteral("Pages:\\s+(\\d+)"));
    const int pages = pagesRe.match(info).captured(1).toInt();
    QVERIFY2(pages >= 4, qPrintable(info));
    for (int page = 1; page <= pages; ++page) {
        const QString text = run(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                  QString::number(page), path, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("INV-2026-TEST01")));
        if (page < pages || text.contains(QStringLiteral("Usage line")))
            QVERIFY2(text.contains(QStringLiteral("Description")), qPrintable(text)); // header repeated
    }
    const QString all = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    for (int i = 1; i <= 200; ++i)
        QVERIFY2(all.contains(QStringLiteral("Usage line %1\n").arg(i)) ||
                     all.contains(QStringLiteral("Usage line %1 ").arg(i)),
                 qPrintable(QString::number(i)));
}

void TestInvoicePdf::mismatchedTotalIsReported()
{
    InvoicePdfInput in;
    in.invoice = makeInvoice(5, QStringLiteral("Line %1"));
    in.invoice.subtotal = Money::fromCents(in.invoice.subtotal.cents() + 1); // one cent off
    const QString path = m_dir.filePath(QStringLiteral("bad.pdf"));
    const InvoiceExportResult r = InvoiceExporter::exportOne(in, path);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("INV-2026-TEST01")), qPrintable(r.error));
    QVERIFY(!QFileInfo::exists(path)); // nothing half-written
    in.invoice = makeInvoice(5, QStringLiteral("Line %1"));
    in.invoice.total = Money::fromCents(in.invoice.total.cents() - 1);
    QVERIFY(!InvoicePdfRenderer::checkTotals(in.invoice).isEmpty());
}

void TestInvoicePdf::exportWorksOffline_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("admin") << false;
    QTest::newRow("read-only role") << true;
}

void TestInvoicePdf::exportWorksOffline()
{
    QFETCH(bool, readOnly);
    ConsoleTestFixture f;
    QVERIFY2(f.start(QStringLiteral("demo"),
                     readOnly ? ConsoleTestFixture::Role::ReadOnly : ConsoleTestFixture::Role::Admin),
             qPrintable(f.error));
    const qint64 invoices = f.cache->count(cache::Resource::Invoices);
    QVERIFY(invoices > 100);
    const qint64 paid = [&f] {
        QSqlQuery q(f.cache->database());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM invoices WHERE status = 'paid'")) && q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    }();
    const QString dataDir = f.dir.path();
    f.stop(); // no server, no sync engine: the export reads the cache file only

    const QString out = m_dir.filePath(readOnly ? QStringLiteral("ro") : QStringLiteral("admin"));
    int code = -1;
    const QString console = QStringLiteral(SIMUWAVE_BINARY_DIR "/bin/simuwave-console");
    QString output = run(console,
                         {QStringLiteral("export-invoices"), QStringLiteral("--data-dir"), dataDir,
                          QStringLiteral("--status"), QStringLiteral("paid"), QStringLiteral("--out"), out},
                         &code);
    QVERIFY2(code == 0, qPrintable(output));
    const QStringList files = QDir(out).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    QCOMPARE(files.size(), int(paid));
    QVERIFY(output.contains(QStringLiteral("Exported %1 of %1 invoices").arg(paid)));
    const QRegularExpression name(QStringLiteral("^INV-\\d{4}-\\d{6}_[a-z0-9]+\\.pdf$"));
    for (const QString &file : files)
        QVERIFY2(name.match(file).hasMatch(), qPrintable(file));
    // Bad arguments are refused with a clear message and exit status 2.
    output = run(console,
                 {QStringLiteral("export-invoices"), QStringLiteral("--data-dir"), dataDir,
                  QStringLiteral("--status"), QStringLiteral("bogus"), QStringLiteral("--out"), out},
                 &code);
    QCOMPARE(code, 2);
    QVERIFY(output.contains(QStringLiteral("--status")));
}

QTEST_MAIN(TestInvoicePdf)
#include "tst_invoicepdf.moc"
