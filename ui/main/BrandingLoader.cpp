#include "main/BrandingLoader.h"

#include "cache/SqlCache.h"
#include "main/ConsoleContext.h"

namespace simuwave {

BrandingLoader::BrandingLoader(ConsoleContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    connect(&m_context, &ConsoleContext::cacheReady, this, &BrandingLoader::reload);
    connect(&m_context, &ConsoleContext::cacheClosing, this, [this] { m_context.setBranding({}); });
    connect(&m_context, &ConsoleContext::documentChanged, this, [this](const QString &path) {
        if (path == QLatin1String("partner/branding/logo"))
            reload();
    });
    connect(&m_context, &ConsoleContext::cacheChanged, this, [this](const cache::CacheChange &change) {
        if (change.resource == cache::Resource::PartnerBranding)
            reload();
    });
    reload();
}

void BrandingLoader::reload()
{
    Branding b;
    if (cache::SqlCache *cache = m_context.cache()) {
        if (const auto branding = cache->branding()) {
            b.brandName = branding->brandName;
            b.primaryColor = QColor(branding->primaryColor);
        }
        if (const auto logo = cache->document(QStringLiteral("partner/branding/logo")))
            b.logo = QImage::fromData(logo->body);
    }
    const Branding current = m_context.branding();
    if (current.brandName == b.brandName && current.primaryColor == b.primaryColor &&
        current.logo.cacheKey() == b.logo.cacheKey() && current.logo.isNull() == b.logo.isNull())
        return;
    m_context.setBranding(b);
}

} // namespace simuwave
