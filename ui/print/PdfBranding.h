#pragma once
// The partner's branding as the generated documents (LOA, E911 compliance report) draw it: brand name,
// primary colour, logo and support email, read from the cache (branding record, logo and partner documents).
#include <QColor>
#include <QImage>
#include <QString>

namespace simuwave::cache {
class AbstractCache;
}

namespace simuwave {

struct PdfBranding
{
    QString brandName;
    QColor primaryColor;
    QImage logo; // already scaled to its box (InvoicePdfRenderer::prepareLogo)
    QString supportEmail;

    static PdfBranding fromCache(cache::AbstractCache &cache);
    QColor accent() const { return primaryColor.isValid() ? primaryColor : QColor(0x1F, 0x6F, 0xEB); }
};

} // namespace simuwave
