#include "print/InvoicePdfRenderer.h"

#include "cache/AbstractCache.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QJsonObject>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

namespace simuwave {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("simuwave::InvoicePdfRenderer", text);
}

constexpr int kDpi = 300;
constexpr qreal mm(qreal v)
{
    return v * kDpi / 25.4;
}

// No optional shaping: Latin text is laid out without ligatures ("fi", "ffi"), so that the PDF's text
// extracts exactly as written, while scripts that need shaping (Arabic, Indic) still get it.
QFont pdfFont(const QString &family, qreal points, bool bold = false)
{
    QFont f(family);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

// "0.085" -> "8.5%": the decimal point moved two places, exactly (never through a double).
QString percent(const QString &decimal)
{
    const qsizetype dot = decimal.indexOf(QLatin1Char('.'));
    QString whole = dot < 0 ? decimal : decimal.left(dot);
    QString fraction = dot < 0 ? QString() : decimal.mid(dot + 1);
    fraction = fraction.leftJustified(2, QLatin1Char('0'));
    QString integral = whole + fraction.left(2);
    QString rest = fraction.mid(2);
    while (integral.size() > 1 && integral.startsWith(QLatin1Char('0')))
        integral.remove(0, 1);
    while (rest.endsWith(QLatin1Char('0')))
        rest.chop(1);
    return integral + (rest.isEmpty() ? QString() : QLatin1Char('.') + rest) + QLatin1Char('%');
}

QString money(qint64 cents, const QString &currency)
{
    return Money::fromCents(cents, currency).format(QLocale(QLocale::English, QLocale::UnitedStates));
}

} // namespace

std::optional<InvoicePdfInput> InvoicePdfInput::fromCache(cache::AbstractCache &cache,
                                                          const QString &invoiceId, QString *error)
{
    const auto invoice = cache.invoice(invoiceId);
    if (!invoice) {
        if (error)
            *error = tr("The invoice %1 is not in the offline cache.").arg(invoiceId);
        return std::nullopt;
    }
    InvoicePdfInput in;
    in.invoice = *invoice;
    in.tenant = cache.tenant(invoice->tenantId);
    if (const auto branding = cache.branding()) {
        in.brandName = branding->brandName;
        in.primaryColor = QColor(branding->primaryColor);
        in.supportEmail = branding->supportEmail;
    }
    if (const auto logo = cache.document(QStringLiteral("partner/branding/logo")))
        in.logo = InvoicePdfRenderer::prepareLogo(QImage::fromData(logo->body));
    if (const auto partner = cache.document(QStringLiteral("partner"))) {
        const QJsonObject p = partner->object();
        in.companyName = p.value(QLatin1String("company_name")).toString();
        in.statementDescriptor = p.value(QLatin1String("statement_descriptor")).toString();
    }
    if (in.brandName.isEmpty())
        in.brandName = in.companyName;
    return in;
}

QString InvoicePdfRenderer::checkTotals(const Invoice &invoice)
{
    if (!invoice.lineItems)
        return tr("Invoice %1 has no line items in the offline cache; sync again to render it.")
            .arg(invoice.number);
    qint64 sum = 0;
    for (const InvoiceLineItem &line : *invoice.lineItems)
        sum += line.amount.cents();
    if (sum != invoice.subtotal.cents())
        return tr("Invoice %1: the line items add up to %2 but the subtotal is %3; not rendered.")
            .arg(invoice.number, money(sum, invoice.currency),
                 money(invoice.subtotal.cents(), invoice.currency));
    if (invoice.subtotal.cents() + invoice.tax.cents() != invoice.total.cents())
        return tr("Invoice %1: subtotal %2 plus tax %3 is not the total %4; not rendered.")
            .arg(invoice.number, money(invoice.subtotal.cents(), invoice.currency),
                 money(invoice.tax.cents(), invoice.currency),
                 money(invoice.total.cents(), invoice.currency));
    return {};
}

QString InvoicePdfRenderer::fileNameFor(const Invoice &invoice, const QString &sipPrefix)
{
    QString name = invoice.number + QLatin1Char('_') + sipPrefix;
    for (QChar &c : name) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')))
            c = QLatin1Char('-');
    }
    return name + QStringLiteral(".pdf");
}

QImage InvoicePdfRenderer::prepareLogo(const QImage &logo)
{
    if (logo.isNull())
        return logo;
    const QSize box(int(mm(40)), int(mm(18)));
    if (logo.width() <= box.width() && logo.height() <= box.height() &&
        (logo.width() == box.width() || logo.height() == box.height()))
        return logo; // already prepared
    return logo.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

QPageSize::PageSizeId InvoicePdfRenderer::defaultPageSize()
{
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
}

QString InvoicePdfRenderer::render(const InvoicePdfInput &in, QIODevice *out)
{
    const QString problem = checkTotals(in.invoice);
    if (!problem.isEmpty())
        return problem;
    QPdfWriter pdf(out);
    pdf.setResolution(kDpi);
    pdf.setTitle(tr("Invoice %1").arg(in.invoice.number));
    pdf.setCreator(in.brandName.isEmpty() ? QStringLiteral("SimuWave Partner Console") : in.brandName);
    return paint(in, pdf);
}

QString InvoicePdfRenderer::print(const InvoicePdfInput &in, QPrinter *printer)
{
    const QString problem = checkTotals(in.invoice);
    if (!problem.isEmpty())
        return problem;
    printer->setResolution(kDpi); // the layout is in device pixels at kDpi
    printer->setDocName(tr("Invoice %1").arg(in.invoice.number));
    return paint(in, *printer);
}

QString InvoicePdfRenderer::paint(const InvoicePdfInput &in, QPagedPaintDevice &pdf)
{
    const Invoice &inv = in.invoice;
    const QString cur = inv.currency;
    const QLocale dates(QLocale::English, QLocale::UnitedStates);
    pdf.setPageSize(QPageSize(in.pageSize));
    pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    QPainter p;
    if (!p.begin(&pdf))
        return tr("The document could not be started.");

    const QRectF page = QRectF(QPointF(0, 0), pdf.pageLayout().paintRectPixels(kDpi).size());
    const QColor accent = in.primaryColor.isValid() ? in.primaryColor : QColor(0x1F, 0x6F, 0xEB);
    const QFont body = pdfFont(in.fontFamily, 9.5), bold = pdfFont(in.fontFamily, 9.5, true);
    const QFont small = pdfFont(in.fontFamily, 8), title = pdfFont(in.fontFamily, 20, true);
    const QFont brand = pdfFont(in.fontFamily, 14, true);
    const qreal rowH = mm(6.5);
    const qreal headerH = mm(40); // branding band and invoice number on every page
    const qreal footerH = mm(12);
    const qreal tableTop = headerH + mm(42); // first page: bill-to and dates above the table
    const qreal totalsH = mm(42);

    // Paginate first (the rows have a fixed height), so that every page can say "Page n of N".
    const QList<InvoiceLineItem> lines = *inv.lineItems;
    const int firstRows = int((page.height() - footerH - tableTop - rowH) / rowH);
    const int otherRows = int((page.height() - footerH - headerH - mm(6) - rowH) / rowH);
    QList<int> perPage;
    int left = int(lines.size());
    perPage.append(std::min(left, firstRows));
    left -= perPage.last();
    while (left > 0) {
        perPage.append(std::min(left, otherRows));
        left -= perPage.last();
    }
    // The totals need room under the last rows; otherwise they go on a page of their own.
    {
        const qreal top = perPage.size() == 1 ? tableTop : headerH + mm(6);
        if (top + rowH * (perPage.last() + 1) + totalsH > page.height() - footerH)
            perPage.append(0);
    }
    const int pages = int(perPage.size());

    // Metrics once per font, not per call (they are looked up for every cell).
    const QFontMetricsF bodyMetrics(body, p.device()), boldMetrics(bold, p.device()),
        smallMetrics(small, p.device()), brandMetrics(brand, p.device());
    const auto elided = [&](const QString &text, const QFont &font, qreal width) {
        const QFontMetricsF &m = font == bold    ? boldMetrics
                                 : font == small ? smallMetrics
                                 : font == brand ? brandMetrics
                                                 : bodyMetrics;
        return m.horizontalAdvance(text) <= width ? text : m.elidedText(text, Qt::ElideRight, width);
    };
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const auto drawHeader = [&](int pageNo) {
        p.fillRect(QRectF(0, 0, page.width(), mm(3)), accent);
        qreal x = 0;
        if (!in.logo.isNull()) {
            const QImage logo =
                in.logo.scaled(int(mm(40)), int(mm(18)), Qt::KeepAspectRatio, Qt::SmoothTransformation);
            p.drawImage(QPointF(0, mm(7)), logo);
            x = logo.width() + mm(5);
        }
        p.setPen(accent);
        p.setFont(brand);
        p.drawText(QRectF(x, mm(7), page.width() * 0.55 - x, mm(9)), Qt::AlignLeft | Qt::AlignVCenter,
                   elided(in.brandName, brand, page.width() * 0.55 - x));
        p.setPen(Qt::black);
        p.setFont(small);
        if (!in.supportEmail.isEmpty())
            p.drawText(QRectF(x, mm(16), page.width() * 0.55 - x, mm(5)), Qt::AlignLeft,
                       elided(tr("Support: %1").arg(in.supportEmail), small, page.width() * 0.55 - x));
        p.setFont(title);
        p.drawText(QRectF(page.width() * 0.5, mm(6), page.width() * 0.5, mm(10)), Qt::AlignRight,
                   tr("INVOICE"));
        p.setFont(bold);
        p.drawText(QRectF(page.width() * 0.5, mm(17), page.width() * 0.5, mm(6)), Qt::AlignRight, inv.number);
        if (pageNo > 1) {
            p.setFont(small);
            p.drawText(QRectF(page.width() * 0.5, mm(23), page.width() * 0.5, mm(5)), Qt::AlignRight,
                       tr("continued"));
        }
        p.setPen(QPen(accent, mm(0.3)));
        p.drawLine(QPointF(0, headerH - mm(6)), QPointF(page.width(), headerH - mm(6)));
    };
    const auto drawFooter = [&](int pageNo) {
        p.setPen(Qt::darkGray);
        p.setFont(small);
        const qreal y = page.height() - footerH + mm(4);
        QString left = in.statementDescriptor.isEmpty()
                           ? QString()
                           : tr("Appears on card statements as %1").arg(in.statementDescriptor);
        p.drawText(QRectF(0, y, page.width() * 0.7, mm(5)), Qt::AlignLeft,
                   elided(left, small, page.width() * 0.7));
        p.drawText(QRectF(page.width() * 0.7, y, page.width() * 0.3, mm(5)), Qt::AlignRight,
                   tr("Page %1 of %2").arg(pageNo).arg(pages));
        p.setPen(Qt::black);
    };
    // Columns: description, quantity, unit price, amount.
    const qreal wQty = mm(20), wUnit = mm(30), wAmount = mm(32);
    const qreal wDesc = page.width() - wQty - wUnit - wAmount;
    const auto drawTableHeader = [&](qreal y) {
        p.fillRect(QRectF(0, y, page.width(), rowH), accent.lighter(185));
        p.setFont(bold);
        p.drawText(QRectF(mm(2), y, wDesc - mm(2), rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("Description"));
        p.drawText(QRectF(wDesc, y, wQty, rowH), Qt::AlignRight | Qt::AlignVCenter, tr("Quantity"));
        p.drawText(QRectF(wDesc + wQty, y, wUnit, rowH), Qt::AlignRight | Qt::AlignVCenter, tr("Unit price"));
        p.drawText(QRectF(wDesc + wQty + wUnit, y, wAmount - mm(2), rowH), Qt::AlignRight | Qt::AlignVCenter,
                   tr("Amount"));
        return y + rowH;
    };

    int lineIndex = 0;
    for (int pageNo = 1; pageNo <= pages; ++pageNo) {
        if (pageNo > 1)
            pdf.newPage();
        drawHeader(pageNo);
        qreal y = headerH;
        if (pageNo == 1) {
            // Bill to (left) and the dates (right).
            p.setFont(small);
            p.setPen(Qt::darkGray);
            p.drawText(QRectF(0, y, page.width() / 2, mm(5)), Qt::AlignLeft, tr("BILL TO"));
            p.setPen(Qt::black);
            p.setFont(bold);
            const QString tenantName = in.tenant ? in.tenant->name : inv.tenantId;
            p.drawText(QRectF(0, y + mm(5), page.width() / 2, mm(6)), Qt::AlignLeft,
                       elided(tenantName, bold, page.width() / 2 - mm(4)));
            p.setFont(body);
            QStringList bill;
            if (in.tenant) {
                if (!in.tenant->billingEmail.isEmpty())
                    bill << in.tenant->billingEmail;
                if (in.tenant->e911Address) {
                    const Address &a = *in.tenant->e911Address;
                    bill << a.street << QStringLiteral("%1, %2 %3").arg(a.city, a.state, a.zip);
                }
                bill << tr("Account %1").arg(in.tenant->sipPrefix);
            }
            for (int i = 0; i < bill.size(); ++i)
                p.drawText(QRectF(0, y + mm(11) + i * mm(5), page.width() / 2, mm(5)), Qt::AlignLeft,
                           elided(bill.at(i), body, page.width() / 2 - mm(4)));
            const QList<std::pair<QString, QString>> facts{
                {tr("Issue date"), dates.toString(inv.issueDate, QLocale::LongFormat)},
                {tr("Due date"), dates.toString(inv.dueDate, QLocale::LongFormat)},
                {tr("Billing period"), tr("%1 to %2")
                                           .arg(dates.toString(inv.periodStart, QLocale::ShortFormat),
                                                dates.toString(inv.periodEnd, QLocale::ShortFormat))},
                {tr("Status"), displayName(inv.status)},
            };
            for (int i = 0; i < facts.size(); ++i) {
                const qreal fy = y + i * mm(6);
                p.setFont(small);
                p.setPen(Qt::darkGray);
                p.drawText(QRectF(page.width() / 2, fy, page.width() / 4, mm(6)), Qt::AlignLeft,
                           facts.at(i).first);
                p.setPen(Qt::black);
                p.setFont(body);
                p.drawText(QRectF(page.width() * 0.68, fy, page.width() * 0.32, mm(6)), Qt::AlignRight,
                           facts.at(i).second);
            }
            y = tableTop;
        } else {
            y = headerH + mm(6);
        }
        if (perPage.at(pageNo - 1) > 0 || pageNo == 1)
            y = drawTableHeader(y);
        p.setFont(body);
        for (int r = 0; r < perPage.at(pageNo - 1); ++r, ++lineIndex) {
            const InvoiceLineItem &line = lines.at(lineIndex);
            if (r % 2)
                p.fillRect(QRectF(0, y, page.width(), rowH), QColor(0xF4, 0xF5, 0xF7));
            p.drawText(QRectF(mm(2), y, wDesc - mm(4), rowH), Qt::AlignLeft | Qt::AlignVCenter,
                       elided(line.description, body, wDesc - mm(4)));
            p.drawText(QRectF(wDesc, y, wQty, rowH), Qt::AlignRight | Qt::AlignVCenter,
                       us.toString(line.quantity));
            p.drawText(QRectF(wDesc + wQty, y, wUnit, rowH), Qt::AlignRight | Qt::AlignVCenter,
                       line.unitPrice.format(us));
            p.drawText(QRectF(wDesc + wQty + wUnit, y, wAmount - mm(2), rowH),
                       Qt::AlignRight | Qt::AlignVCenter, money(line.amount.cents(), cur));
            y += rowH;
        }
        if (pageNo == pages) {
            // Totals, right-aligned under the table.
            y += mm(4);
            const QList<std::tuple<QString, qint64, bool>> totals{
                {tr("Subtotal"), inv.subtotal.cents(), false},
                {inv.taxRate.isEmpty() ? tr("Tax") : tr("Tax (%1)").arg(percent(inv.taxRate)),
                 inv.tax.cents(), false},
                {tr("Total"), inv.total.cents(), true},
                {tr("Amount paid"), inv.paid.cents(), false},
                {tr("Amount due"), inv.due.cents(), true},
            };
            for (const auto &[label, cents, strong] : totals) {
                p.setFont(strong ? bold : body);
                p.drawText(QRectF(page.width() * 0.5, y, page.width() * 0.25, rowH),
                           Qt::AlignLeft | Qt::AlignVCenter, label);
                p.drawText(QRectF(page.width() * 0.75, y, page.width() * 0.25 - mm(2), rowH),
                           Qt::AlignRight | Qt::AlignVCenter, money(cents, cur));
                y += rowH;
            }
            // The payment status mark.
            const bool paid = inv.status.value == InvoiceStatus::Paid;
            const bool voided = inv.status.value == InvoiceStatus::Cancelled;
            if (paid || voided) {
                p.save();
                p.translate(page.width() * 0.25, y - mm(18));
                p.rotate(-12);
                const QColor mark = paid ? QColor(0x1A, 0x7F, 0x37) : QColor(0xB3, 0x26, 0x1E);
                p.setPen(QPen(mark, mm(0.8)));
                p.setFont(pdfFont(in.fontFamily, 26, true));
                const QString word = paid ? tr("PAID") : tr("VOID");
                const QRectF box(-mm(25), -mm(9), mm(50), mm(18));
                p.drawRect(box);
                p.drawText(box, Qt::AlignCenter, word);
                p.restore();
            }
        }
        drawFooter(pageNo);
    }
    if (!p.end())
        return tr("The document could not be finished.");
    return {};
}

} // namespace simuwave
