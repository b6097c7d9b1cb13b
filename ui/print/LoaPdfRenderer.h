#pragma once
// The Letter of Authorization of a port request (Appendix B's template) as a branded PDF ready to sign,
// drawn with the same QPdfWriter/QPainter approach as the invoices: the partner's logo, brand name and
// colour; the date; the account holder, the business, the brand that is authorised, the losing carrier;
// every number (flowing onto further pages when there are many); the service address; the account number;
// and the signature block. Text is extractable exactly as written (no ligatures), the font embedded.
#include "domain/Address.h"
#include "print/PdfBranding.h"

#include <QColor>
#include <QDate>
#include <QImage>
#include <QPageSize>
#include <QStringList>

class QIODevice;

namespace simuwave {

struct LoaPdfInput
{
    QDate date;
    QString accountHolderName; // exactly as on the carrier bill
    QString businessName;      // the customer (the target tenant's name)
    QString currentCarrier;
    QStringList numbers; // E.164
    Address serviceAddress;
    QString accountNumber; // empty: a line to fill in by hand
    PdfBranding branding;  // the partner: its brand is who is authorised
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QString fontFamily = QStringLiteral("DejaVu Sans");
};

class LoaPdfRenderer
{
public:
    // Writes the PDF to `out` (open for writing). Returns an empty string, or why nothing usable was written.
    static QString render(const LoaPdfInput &input, QIODevice *out);
    // "LOA_<first number digits>.pdf"
    static QString fileNameFor(const LoaPdfInput &input);
};

} // namespace simuwave
