#pragma once
// A tenant invoice as a branded PDF, drawn natively with QPdfWriter and QPainter (no HTML engine): the
// partner's logo, brand name, primary colour, support email and statement descriptor; the tenant's billing
// block; the line items flowing onto further pages with the table header repeated; totals; a PAID or VOID
// mark; "Page n of N". The bundled font is embedded so the PDF looks the same everywhere, and ligatures are
// off so that search and copy-paste find the words as written ("Springfield", not a U+FB01 ligature).
//
// Amounts come from integer cents only, and the line items are added up and checked against the invoice's
// subtotal and total first: a mismatch is reported and nothing is rendered.
#include "domain/Invoice.h"
#include "domain/Tenant.h"

#include <optional>
#include <QColor>
#include <QImage>
#include <QPageSize>
#include <QString>

class QIODevice;
class QPagedPaintDevice;
class QPrinter;

namespace simuwave::cache {
class AbstractCache;
}

namespace simuwave {

struct InvoicePdfInput
{
    Invoice invoice;
    std::optional<Tenant> tenant;
    QString brandName;
    QColor primaryColor;
    QImage logo;
    QString companyName;
    QString supportEmail;
    QString statementDescriptor;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QString fontFamily = QStringLiteral("DejaVu Sans");

    // Everything from the cache: the invoice, its tenant, the branding record, the logo and partner
    // documents.
    static std::optional<InvoicePdfInput> fromCache(cache::AbstractCache &cache, const QString &invoiceId,
                                                    QString *error = nullptr);
};

class InvoicePdfRenderer
{
public:
    // Empty when the line items add up to the subtotal and subtotal + tax to the total; otherwise why not.
    static QString checkTotals(const Invoice &invoice);
    // Writes the PDF to `out` (open for writing). Returns an empty string, or why nothing usable was written.
    static QString render(const InvoicePdfInput &input, QIODevice *out);
    // The same pages on a printer (or a QPrintPreviewDialog's printer).
    static QString print(const InvoicePdfInput &input, QPrinter *printer);
    // The file name the export uses: "<invoice-number>_<tenant-sip-prefix>.pdf", safe on every OS.
    static QString fileNameFor(const Invoice &invoice, const QString &sipPrefix);
    // The logo scaled once to its box on the page (render() scales any other size itself, every time).
    static QImage prepareLogo(const QImage &logo);
    // The paper size for the user's locale: US Letter where the locale measures in inches, A4 elsewhere.
    static QPageSize::PageSizeId defaultPageSize();

private:
    static QString paint(const InvoicePdfInput &input, QPagedPaintDevice &device);
};

} // namespace simuwave
