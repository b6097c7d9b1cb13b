// Invoice PDFs: one invoice with a logo and 20 line items rendered on one core (target < 12 ms), an export
// of 1,000 invoices on every core (target < 8 s), and side by side the same invoice as HTML through a stock
// HTML-to-PDF tool from Debian (weasyprint), with the ratio (target >= 15x). Prints figures; asserts nothing.
#include "main/AppResources.h"
#include "print/InvoiceExporter.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace simuwave;

static InvoicePdfInput sampleInvoice()
{
    InvoicePdfInput in;
    Invoice &inv = in.invoice;
    inv.id = QStringLiteral("inv_bench");
    inv.number = QStringLiteral("INV-2026-000042");
    inv.tenantId = QStringLiteral("tnt_bench");
    inv.status.value = InvoiceStatus::Sent;
    inv.status.raw = QStringLiteral("sent");
    inv.issueDate = QDate(2026, 11, 1);
    inv.dueDate = QDate(2026, 12, 1);
    inv.periodStart = QDate(2026, 10, 1);
    inv.periodEnd = QDate(2026, 10, 31);
    QList<InvoiceLineItem> lines;
    qint64 sum = 0;
    for (int i = 0; i < 20; ++i) {
        InvoiceLineItem l;
        l.description = QStringLiteral("Extensions, Springfield office, line %1 (October 2026)").arg(i + 1);
        l.quantity = 10 + i;
        l.unitPrice = *Rate::parse(QStringLiteral("2.00"));
        l.amount = Money::fromCents(200 * l.quantity);
        sum += l.amount.cents();
        lines << l;
    }
    inv.lineItems = lines;
    inv.subtotal = Money::fromCents(sum);
    inv.tax = Money::fromCents(sum * 85 / 1000);
    inv.taxRate = QStringLiteral("0.085");
    inv.total = Money::fromCents(sum + inv.tax.cents());
    inv.due = inv.total;
    Tenant t;
    t.name = QStringLiteral("Springfield Dental Group");
    t.sipPrefix = QStringLiteral("springdent");
    t.billingEmail = QStringLiteral("ap@springdent.example");
    in.tenant = t;
    in.brandName = QStringLiteral("Acme Phones");
    in.primaryColor = QColor(0x1F, 0x6F, 0xEB);
    in.supportEmail = QStringLiteral("help@acmephones.example");
    in.statementDescriptor = QStringLiteral("ACME PHONES");
    in.logo = InvoicePdfRenderer::prepareLogo(appIcon().pixmap(256, 256).toImage()); // as fromCache() does
    return in;
}

static QString html(const InvoicePdfInput &in)
{
    QString rows;
    for (const InvoiceLineItem &l : *in.invoice.lineItems)
        rows +=
            QStringLiteral("<tr><td>%1</td><td class=r>%2</td><td class=r>%3</td><td class=r>%4</td></tr>")
                .arg(l.description)
                .arg(l.quantity)
                .arg(l.unitPrice.toDecimalString(), l.amount.toDecimalString());
    return QStringLiteral(
               "<html><head><style>@page{size:A4;margin:15mm} body{font-family:'DejaVu Sans';font-size:9.5pt}"
               "table{width:100%;border-collapse:collapse} .r{text-align:right} th{background:#d6e4fb}"
               "</style></head><body><img src='logo.png' style='height:18mm'><h1>INVOICE %1</h1>"
               "<p>Bill to: %2</p><table><tr><th>Description</th><th>Quantity</th><th>Unit price</th>"
               "<th>Amount</th></tr>%3</table><p class=r>Total %4</p></body></html>")
        .arg(in.invoice.number, in.tenant->name, rows, in.invoice.total.toDecimalString());
}

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    registerBundledFonts();
    const InvoicePdfInput in = sampleInvoice();

    // One core: the median of 200 renders into memory.
    QList<qint64> us;
    for (int i = 0; i < 220; ++i) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QElapsedTimer t;
        t.start();
        const QString error = InvoicePdfRenderer::render(in, &buffer);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "render failed: %s\n", qPrintable(error));
            return 1;
        }
        if (i >= 20) // warm-up
            us << t.nsecsElapsed() / 1000;
    }
    std::sort(us.begin(), us.end());
    const double one = us.at(us.size() / 2) / 1000.0;
    std::printf("invoice PDF, logo + 20 lines, one core: median %.2f ms (min %.2f; target < 12 ms)\n", one,
                us.first() / 1000.0);

    // 1,000 invoices on every core, written with QSaveFile.
    QTemporaryDir dir;
    QList<InvoicePdfInput> many;
    for (int i = 0; i < 1000; ++i) {
        InvoicePdfInput copy = in;
        copy.invoice.number = QStringLiteral("INV-2026-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        many << copy;
    }
    QElapsedTimer t;
    t.start();
    const auto results =
        InvoiceExporter::exportAll(many, dir.filePath(QStringLiteral("out")), QThread::idealThreadCount());
    const double seconds = t.elapsed() / 1000.0;
    const auto ok = std::count_if(results.cbegin(), results.cend(), [](const auto &r) { return r.ok; });
    std::printf("export of 1,000 invoices on %d threads: %.2f s, %lld written (target < 8 s)\n",
                QThread::idealThreadCount(), seconds, qlonglong(ok));

    // The baseline: the same invoice as HTML through weasyprint (one process per invoice, as a script would).
    const QString weasy = QStandardPaths::findExecutable(QStringLiteral("weasyprint"));
    if (weasy.isEmpty()) {
        std::printf("baseline: weasyprint is not installed (./dev bench installs it); no ratio\n");
        return 0;
    }
    in.logo.save(dir.filePath(QStringLiteral("logo.png")));
    QFile page(dir.filePath(QStringLiteral("invoice.html")));
    page.open(QIODevice::WriteOnly);
    page.write(html(in).toUtf8());
    page.close();
    QList<qint64> ms;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer w;
        w.start();
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(weasy, {QStringLiteral("invoice.html"), QStringLiteral("invoice.pdf")});
        p.waitForFinished(120'000);
        if (p.exitCode() != 0) {
            std::printf("baseline: weasyprint failed: %s\n", p.readAllStandardError().left(300).constData());
            return 0;
        }
        ms << w.elapsed();
    }
    std::sort(ms.begin(), ms.end());
    const double base = double(ms.at(ms.size() / 2));
    std::printf("baseline: weasyprint, same invoice as HTML: median %.0f ms per invoice (per call)\n", base);
    std::printf("ratio weasyprint / native: %.0fx (target >= 15x)\n", base / one);
    return 0;
}
