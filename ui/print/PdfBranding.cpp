#include "print/PdfBranding.h"

#include "cache/AbstractCache.h"
#include "print/InvoicePdfRenderer.h"

#include <QJsonObject>

namespace simuwave {

PdfBranding PdfBranding::fromCache(cache::AbstractCache &cache)
{
    PdfBranding b;
    if (const auto branding = cache.branding()) {
        b.brandName = branding->brandName;
        b.primaryColor = QColor(branding->primaryColor);
        b.supportEmail = branding->supportEmail;
    }
    if (const auto logoDoc = cache.document(QStringLiteral("partner/branding/logo")))
        b.logo = InvoicePdfRenderer::prepareLogo(QImage::fromData(logoDoc->body));
    if (b.brandName.isEmpty()) {
        if (const auto partner = cache.document(QStringLiteral("partner")))
            b.brandName = partner->object().value(QLatin1String("company_name")).toString();
    }
    return b;
}

} // namespace simuwave
